"""The daily reminder to invite a neighbour again (django.tasks, scheduled by crontask)."""

from crontask import cron
from django.tasks import task


@cron("0 8 * * *")
@task
def remind_to_invite_again() -> None:
    """Every morning: "time to invite … again", once per reminder date."""
    from .services import send_reminders

    send_reminders()
