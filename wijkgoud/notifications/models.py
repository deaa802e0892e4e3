"""The in-app inbox: one row per thing that happened for someone, and how they want mail."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import translate_url
from django.utils import timezone, translation
from django.utils.translation import get_language, get_language_from_path
from django.utils.translation import gettext_lazy as _


class NotificationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Only the recipient ever sees a notification; anyone else gets a 404."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(recipient=user)

    def unread(self):
        return self.filter(read_at=None)


class Notification(models.Model):
    """Something that happened for one person. The text is made when shown, from kind and
    params, so it reads right in the viewer's language (see kinds.py)."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=60)
    # Plain strings only (first names, titles): never contact details or private text.
    params = models.JSONField(default=dict, blank=True)
    # Stored at creation: the link still works when the object's URL logic changes, and the
    # inbox needs no query per row to build it.
    url = models.CharField(max_length=500)
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    object_id = models.CharField(max_length=64, blank=True)
    about = GenericForeignKey("content_type", "object_id")
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    mailed_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "read_at", "-created_at"], name="notification_inbox"),
            # The daily digest looks for what was not mailed yet.
            models.Index(
                fields=["mailed_at", "created_at"],
                name="notification_unmailed",
                condition=models.Q(mailed_at=None),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} → {self.recipient_id}"

    @property
    def is_read(self) -> bool:
        return self.read_at is not None

    @property
    def link(self) -> str:
        """The stored link in the active language: it was made in the language of whoever
        caused the notification, which need not be the reader's."""
        wanted = get_language() or settings.LANGUAGE_CODE
        # translate_url resolves only in the language the path is in.
        with translation.override(get_language_from_path(self.url) or wanted):
            return translate_url(self.url, wanted)

    @property
    def text(self) -> str:
        """The message in the active language."""
        from .kinds import render

        return render(self.kind, self.params)


class MailPreference(models.Model):
    """How someone wants their notifications by mail. No row means each one at once."""

    class Mode(models.TextChoices):
        EACH = "each", _("A mail for each notification, at once")
        DIGEST = "digest", _("One mail a day with everything new")
        NONE = "none", _("No mails: I look in my inbox")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="mail_preference",
    )
    mode = models.CharField(_("mails"), max_length=10, choices=Mode, default=Mode.EACH)

    class Meta:
        verbose_name = _("mail preference")
        verbose_name_plural = _("mail preferences")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(mode__in=["each", "digest", "none"]),
                name="mail_preference_mode_known",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.mode}"
