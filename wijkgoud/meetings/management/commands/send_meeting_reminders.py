from django.core.management.base import BaseCommand

from wijkgoud.meetings.services import sweep_reminders


class Command(BaseCommand):
    help = "Enqueue tomorrow's meeting reminders and overdue-action reminders, each once."

    def handle(self, *args, **options):
        meetings, actions = sweep_reminders()
        self.stdout.write(f"Enqueued {meetings} meeting reminders and {actions} action reminders.")
