"""The mails: one notification, or the daily digest; always in the recipient's language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import ngettext

from wijkgoud.core.models import User

from .models import Notification


def site_url() -> str:
    """The address links in mails start with. Activities builds links from the request
    (`request.build_absolute_uri("/")`), but notifications are also made by scheduled tasks
    without one, so a SITE_URL setting is read, with a guess from ALLOWED_HOSTS without it."""
    configured = settings.SITE_URL
    if configured:
        return configured.rstrip("/")
    host = next((h for h in settings.ALLOWED_HOSTS if h and not h.startswith(".")), "localhost")
    if settings.PRODUCTION:
        return f"https://{host}"
    return f"http://{host}:8000"  # `make demo` serves here


def _context(user: User) -> dict:
    return {
        "user": user,
        "settings_url": site_url() + reverse("notifications:preferences"),
        "inbox_url": site_url() + reverse("notifications:inbox"),
    }


def send_one(notification: Notification) -> None:
    """Subject: the text. Body: the text, its link, and where to change these mails."""
    user = notification.recipient
    with translation.override(user.preferred_language):
        context = _context(user) | {
            "text": notification.text,
            "link": site_url() + notification.link,
        }
        body = render_to_string("notifications/email/one.txt", context)
        EmailMessage(subject=notification.text, body=body, to=[user.email]).send()


def send_digest(user: User, notifications: list[Notification]) -> None:
    """One mail listing what is new since yesterday."""
    with translation.override(user.preferred_language):
        items = [{"text": n.text, "link": site_url() + n.link} for n in notifications]
        body = render_to_string("notifications/email/digest.txt", _context(user) | {"items": items})
        subject = ngettext(
            "Wijkgoud: %(count)s new message", "Wijkgoud: %(count)s new messages", len(items)
        ) % {"count": len(items)}
        EmailMessage(subject=subject, body=body, to=[user.email]).send()
