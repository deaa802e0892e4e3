"""Notification mails, sent by the task worker after the transaction that made them."""

from crontask import cron
from django.db import transaction
from django.tasks import task
from django.utils import timezone

from .models import MailPreference, Notification


@task
def send_notification(notification_id: int) -> None:
    """Mail one notification to someone who wants each at once; never twice."""
    from . import mails

    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update()
            .select_related("recipient")
            .filter(pk=notification_id, mailed_at=None, read_at=None)
            .first()
        )
        if notification is None:  # already read, mailed, or gone
            return
        if not (notification.recipient.is_active and notification.recipient.email):
            return
        preference = MailPreference.objects.filter(user=notification.recipient_id).first()
        if preference and preference.mode != MailPreference.Mode.EACH:
            return  # changed their mind since; the digest or nobody takes it
        mails.send_one(notification)
        notification.mailed_at = timezone.now()
        notification.save(update_fields=["mailed_at"])


@cron("0 7 * * *")
@task
def send_daily_digests() -> None:
    """Daily at seven: one mail per digest reader with what is new for them."""
    from .services import send_daily_digests as send

    send()
