from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Fail when a UI string is untranslated or fuzzy in any of the UI languages."

    def handle(self, *args, **options):
        problems = []
        for code, _name in settings.LANGUAGES:
            for locale_path in settings.LOCALE_PATHS:
                po_path = Path(locale_path) / code / "LC_MESSAGES" / "django.po"
                if not po_path.exists():
                    problems.append(f"{code}: {po_path} is missing")
                    continue
                catalog = polib.pofile(str(po_path))
                problems += [
                    f"{code}: untranslated: {e.msgid!r}" for e in catalog.untranslated_entries()
                ]
                problems += [f"{code}: fuzzy: {e.msgid!r}" for e in catalog.fuzzy_entries()]
        if problems:
            raise CommandError("\n".join(problems))
        self.stdout.write(f"All UI strings are translated in {len(settings.LANGUAGES)} languages.")
