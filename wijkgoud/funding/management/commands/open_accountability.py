"""Run daily: when a project with a paid advance has ended, its accountability report is due."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from wijkgoud.funding.models import Application
from wijkgoud.funding.services import open_accountability


class Command(BaseCommand):
    help = "Ask for the accountability report of every paid grant whose project has ended."

    def handle(self, *args, **options):
        ended = Application.objects.filter(
            status=Application.Status.ADVANCE_PAID, ends_on__lt=timezone.localdate()
        )
        count = 0
        for application in ended.iterator():
            open_accountability(application, actor=None)
            count += 1
        self.stdout.write(f"{count} accountability reports are now due.")
