"""Run daily: when a project with a paid advance has ended, its accountability report is due."""

from django.core.management.base import BaseCommand

from wijkgoud.funding.services import open_ended_accountability


class Command(BaseCommand):
    help = "Ask for the accountability report of every paid grant whose project has ended."

    def handle(self, *args, **options):
        count = open_ended_accountability()
        self.stdout.write(f"{count} accountability reports are now due.")
