"""Mails to people who signed up, in the language they used; sent by the task worker."""

from crontask import cron
from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _


def _send(signup, subject: str, template: str, base_url: str, *, with_ics: bool) -> None:
    from . import ical

    occurrence = signup.occurrence
    with translation.override(signup.language):
        context = {
            "signup": signup,
            "occurrence": occurrence,
            "activity": occurrence.activity,
            "text": occurrence.activity.shown_text(signup.language),
            "signup_url": base_url.rstrip("/")
            + reverse("activities:signup_done", args=[signup.token]),
            "activity_url": base_url.rstrip("/") + occurrence.activity.get_absolute_url(),
        }
        message = EmailMessage(
            subject=subject % {"title": context["text"].title},
            body=render_to_string(template, context),
            to=[signup.email],
        )
        if with_ics:
            message.attach("activity.ics", ical.one_date(occurrence, base_url), "text/calendar")
        message.send()


def _signups(ids):
    from .models import Signup

    return (
        Signup.objects.filter(pk__in=ids)
        .exclude(email="")
        .select_related("occurrence__activity__place")
    )


@task
def send_signup_confirmation(signup_id: int, base_url: str) -> None:
    """Confirm a sign-up (or a place on the waiting list), with the date as .ics."""
    for signup in _signups([signup_id]):
        with translation.override(signup.language):
            subject = _("You signed up: %(title)s")
        _send(signup, subject, "activities/email/signup.txt", base_url, with_ics=True)


@task
def send_date_cancelled(signup_ids: list[int], base_url: str) -> None:
    """Tell the people who signed up that their date does not go ahead."""
    for signup in _signups(signup_ids):
        with translation.override(signup.language):
            subject = _("Cancelled: %(title)s")
        _send(signup, subject, "activities/email/date_cancelled.txt", base_url, with_ics=False)


@task
def send_moved_up(signup_ids: list[int], base_url: str) -> None:
    """Tell people on the waiting list that a place came free for them."""
    for signup in _signups(signup_ids):
        with translation.override(signup.language):
            subject = _("There is a place for you: %(title)s")
        _send(signup, subject, "activities/email/moved_up.txt", base_url, with_ics=True)


@cron("15 3 * * *")
@task
def extend_dates() -> None:
    """Daily: a year of dates ahead for repeating activities; ended ones closed."""
    from .services import extend_dates as extend

    extend()
