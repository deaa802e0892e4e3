"""Mails about meetings, each in the receiver's own language (django.tasks)."""

from crontask import cron
from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from .models import ActionItem, Signup


@task
def send_meeting_reminder(signup_id: int) -> None:
    """Remind someone the day before a meeting they signed up for."""
    signup = Signup.objects.select_related("user", "meeting__place").filter(pk=signup_id).first()
    if signup is None or signup.user is None:  # cancelled before the worker got to it
        return
    with translation.override(signup.user.preferred_language):
        body = render_to_string("meetings/email/reminder.txt", {"signup": signup})
        subject = _("Tomorrow: %(title)s") % {"title": signup.meeting.title}
        EmailMessage(subject=subject, body=body, to=[signup.user.email]).send()


@task
def send_overdue_reminder(action_id: int) -> None:
    """Tell an owner that their action is past its due date."""
    action = (
        ActionItem.objects.select_related("owner", "idea__meeting").filter(pk=action_id).first()
    )
    if action is None or action.owner is None or not action.is_overdue:
        return
    with translation.override(action.owner.preferred_language):
        body = render_to_string("meetings/email/overdue.txt", {"action": action})
        subject = _("Your action is overdue: %(what)s") % {"what": action.what}
        EmailMessage(subject=subject, body=body, to=[action.owner.email]).send()


@cron("5 * * * *")
@task
def sweep_reminders() -> None:
    """Hourly: tomorrow's meeting reminders and overdue-action reminders, each once."""
    from .services import sweep_reminders as sweep

    sweep()
