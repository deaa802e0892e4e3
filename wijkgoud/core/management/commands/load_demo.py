from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction


class Command(BaseCommand):
    help = "Load the Almere Haven demo data; safe to run again, keeps what is there."

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError("Demo data is refused in production: its passwords are public.")
        with transaction.atomic():
            for config in apps.get_app_configs():
                if config.name.startswith("wijkgoud.") and find_spec(f"{config.name}.demo"):
                    import_module(f"{config.name}.demo").load()
                    self.stdout.write(f"Demo data loaded: {config.label}")
