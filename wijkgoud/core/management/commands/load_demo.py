from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wijkgoud.core.plugins import app_modules


class Command(BaseCommand):
    help = "Load the Almere Haven demo data; safe to run again, keeps what is there."

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError("Demo data is refused in production: its passwords are public.")
        with transaction.atomic():
            for demo in app_modules("demo"):
                demo.load()
                self.stdout.write(f"Demo data loaded: {demo.__name__.removesuffix('.demo')}")
