"""Notifications: notify → (inbox, and a mail at once / in tomorrow's digest / none) → read."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import models, transaction
from django.utils import timezone

from wijkgoud.core.models import User

from . import kinds, tasks
from .models import MailPreference, Notification

UNREAD_TIMEOUT = 60 * 60 * 24  # a day; the key is dropped on every change anyway


def _unread_key(user_id: int) -> str:
    return f"notifications:unread:{user_id}"


def unread_count(user: User) -> int:
    """The nav's number. Kept in the cache so signed-in pages cost no query for it."""
    key = _unread_key(user.pk)
    count = cache.get(key)
    if count is None:
        count = Notification.objects.filter(recipient=user, read_at=None).count()
        cache.set(key, count, UNREAD_TIMEOUT)
    return count


def _forget_unread(user_id: int) -> None:
    # Dropped after commit, and dropped again now: a page rendered before the commit must not
    # keep the old number for a day.
    cache.delete(_unread_key(user_id))
    transaction.on_commit(lambda: cache.delete(_unread_key(user_id)))


def mail_mode(user: User) -> str:
    preference = MailPreference.objects.filter(user=user).only("mode").first()
    return preference.mode if preference else MailPreference.Mode.EACH


def notify(
    recipient: User, kind: str, *, about: models.Model, params: dict | None = None
) -> Notification:
    """Put a notification in the recipient's inbox and, after the transaction commits, mail it
    (at once, or in tomorrow's digest, as the recipient chose)."""
    params = dict(params or {})
    kinds.check(kind, params)
    notification = Notification.objects.create(
        recipient=recipient,
        kind=kind,
        params=params,
        url=about.get_absolute_url(),
        content_type=ContentType.objects.get_for_model(about),
        object_id=str(about.pk),
    )
    _forget_unread(recipient.pk)
    if recipient.email and mail_mode(recipient) == MailPreference.Mode.EACH:
        transaction.on_commit(lambda: tasks.send_notification.enqueue(notification.pk))
    return notification


@transaction.atomic
def mark_read(notification: Notification) -> Notification:
    """Opened: no longer counted as new."""
    if notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at=None).update(
            read_at=notification.read_at
        )
        _forget_unread(notification.recipient_id)
    return notification


@transaction.atomic
def mark_all_read(user: User) -> int:
    """Everything in the inbox counted as read; returns how many were new."""
    changed = Notification.objects.filter(recipient=user, read_at=None).update(
        read_at=timezone.now()
    )
    _forget_unread(user.pk)
    return changed


def set_mail_mode(user: User, mode: str) -> MailPreference:
    """Each mail at once, one daily digest, or no mails."""
    preference, _created = MailPreference.objects.update_or_create(
        user=user, defaults={"mode": mode}
    )
    return preference


# A little over a day: a worker that runs the job late one morning leaves no gap. mailed_at
# keeps anything from being sent twice.
DIGEST_WINDOW = timedelta(hours=36)


def send_daily_digests() -> int:
    """One mail per digest reader with their new, unread, unmailed notifications; returns how
    many mails went out. Nobody with nothing new gets a mail."""
    from . import mails

    now = timezone.now()
    fresh = {"mailed_at": None, "read_at": None, "created_at__gte": now - DIGEST_WINDOW}
    readers = (
        User.objects.filter(mail_preference__mode=MailPreference.Mode.DIGEST, is_active=True)
        .exclude(email="")
        .filter(pk__in=Notification.objects.filter(**fresh).values("recipient"))
    )
    sent = 0
    for user in readers:
        # One transaction per person: a failed mail leaves their notifications for tomorrow.
        with transaction.atomic():
            items = list(
                Notification.objects.select_for_update()
                .filter(recipient=user, **fresh)
                .order_by("created_at", "pk")
            )
            if not items:
                continue
            mails.send_digest(user, items)
            Notification.objects.filter(pk__in=[n.pk for n in items]).update(mailed_at=now)
            sent += 1
    return sent
