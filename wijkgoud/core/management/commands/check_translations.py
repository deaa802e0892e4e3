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
        locale_dir = Path(settings.LOCALE_PATHS[0])
        codes = [code for code, _name in settings.LANGUAGES]
        with tempfile.TemporaryDirectory() as tmp:
            # Extract the strings the code uses now into a copy, so the check sees
            # new strings without rewriting the committed .po files.
            copy = Path(tmp) / "locale"
            shutil.copytree(locale_dir, copy, ignore=shutil.ignore_patterns("*.mo"))
            with override_settings(LOCALE_PATHS=[copy]), contextlib.chdir(settings.PROJECT_DIR):
                call_command(
                    "makemessages",
                    locale=codes,
                    ignore_patterns=[*IGNORE, str(locale_dir.relative_to(settings.PROJECT_DIR))],
                    verbosity=0,
                )
            problems = [problem for code in codes for problem in self.check_catalog(copy, code)]
        if problems:
            raise CommandError(
                "\n".join([*problems, "Run `make messages` and translate these entries."])
            )
        self.stdout.write(f"All UI strings are translated in {len(codes)} languages.")

    def check_catalog(self, locale_dir: Path, code: str) -> list[str]:
        catalog = polib.pofile(str(locale_dir / code / "LC_MESSAGES" / "django.po"))
        return [f"{code}: untranslated: {e.msgid!r}" for e in catalog.untranslated_entries()] + [
            f"{code}: fuzzy: {e.msgid!r}" for e in catalog.fuzzy_entries()
        ]
