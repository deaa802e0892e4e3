from django.core.management.base import BaseCommand

from wijkgoud.activities.services import extend_dates


class Command(BaseCommand):
    help = "Keep a year of dates ahead for repeating activities; end activities that are over."

    def handle(self, *args, **options):
        result = extend_dates()
        self.stdout.write(
            f"{result['dates_added']} dates added, {result['activities_ended']} activities ended."
        )
