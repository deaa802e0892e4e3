import contextlib
import shutil
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test import override_settings

# Folders whose strings are not Wijkgoud's UI.
IGNORE = [".venv", ".tools", "var", "bench", "frontend", "node_modules", "docs"]


class Command(BaseCommand):
    help = "Fail when a UI string is missing, untranslated or fuzzy in any UI language."

    def handle(self, *args, **options):
        codes = [code for code, _name in settings.LANGUAGES]
        source = Path(settings.BASE_DIR)  # the wijkgoud package: core's and each app's locale/
        with tempfile.TemporaryDirectory() as tmp:
            # Extract the strings the code uses now into a copy, so the check sees
            # new strings without rewriting the committed .po files.
            copy = Path(tmp) / source.name
            shutil.copytree(source, copy, ignore=shutil.ignore_patterns("*.mo", "__pycache__"))
            locale_dir = copy / Path(settings.LOCALE_PATHS[0]).relative_to(source)
            with override_settings(LOCALE_PATHS=[locale_dir]), contextlib.chdir(tmp):
                call_command("makemessages", locale=codes, ignore_patterns=IGNORE, verbosity=0)
            catalogs = sorted(copy.glob("**/locale/*/LC_MESSAGES/django.po"))
            problems = [problem for catalog in catalogs for problem in self.check_catalog(catalog)]
        if problems:
            raise CommandError(
                "\n".join([*problems, "Run `make messages` and translate these entries."])
            )
        self.stdout.write(
            f"All UI strings are translated in {len(codes)} languages ({len(catalogs)} catalogs)."
        )

    def check_catalog(self, path: Path) -> list[str]:
        catalog = polib.pofile(str(path))
        where = f"{path.parts[-5]} {path.parts[-3]}"  # "<app or wijkgoud> <language>"
        return [f"{where}: untranslated: {e.msgid!r}" for e in catalog.untranslated_entries()] + [
            f"{where}: fuzzy: {e.msgid!r}" for e in catalog.fuzzy_entries()
        ]
