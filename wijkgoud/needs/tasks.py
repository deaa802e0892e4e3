"""Daily jobs for needs: follow-up reminders and anonymising closed needs (django.tasks)."""

from crontask import cron
from django.tasks import task


@cron("0 8 * * *")
@task
def remind_need_follow_ups() -> None:
    """Every morning: remind whoever works on a need whose follow-up day has come, once."""
    from .services import send_follow_up_reminders as send

    send()


@cron("30 3 * * *")
@task
def anonymise_old_needs() -> None:
    """Every night: anonymise needs closed longer ago than NEEDS_RETENTION_MONTHS."""
    from .services import anonymise_closed_needs as anonymise

    anonymise()
