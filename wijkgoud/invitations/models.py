"""Personal invitations: an active resident invites a neighbour, by name only, to an activity
or to coffee; the outcome; and a chain of invitations to the same person."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class InvitationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Only the inviter sees an invitation (and administrators); others get a 404."""
        from wijkgoud.core.permissions import is_admin

        if not user.is_authenticated:
            return self.none()
        if is_admin(user):
            return self
        return self.filter(inviter=user)

    def heads(self):
        """The newest invitation of each chain: the ones not yet followed by another."""
        return self.filter(followed_by__isnull=True)


class Invitation(models.Model):
    """One personal invitation of one neighbour, known only by first name or initials."""

    class Status(models.TextChoices):
        SENT = "sent", _("waiting for an answer")
        CAME = "came", _("came")
        NOT_YET = "not_yet", _("not yet")
        DECLINED = "declined", _("said no")
        NO_ANSWER = "no_answer", _("no answer")

    class Channel(models.TextChoices):
        IN_PERSON = "in_person", _("in person")
        CARD = "card", _("with a card")
        WHATSAPP = "whatsapp", _("by WhatsApp")
        PHONE = "phone", _("by phone")

    class Company(models.TextChoices):
        NONE = "", _("No")
        COME_ALONG = "come_along", _("I will come along")
        PICK_UP = "pick_up", _("I will pick them up")

    inviter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    invitee_name = models.CharField(
        _("first name or initials"),
        max_length=40,
        help_text=_("Only a first name or initials. It goes on the card."),
    )
    language = models.CharField(_("language of the invitation"), max_length=10)
    channel = models.CharField(_("how"), max_length=20, choices=Channel.choices)
    # Without an activity it is "come and have coffee with me" at the place and time below.
    activity = models.ForeignKey(
        "activities.Activity",
        verbose_name=_("activity"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="invitations",
    )
    occurrence = models.ForeignKey(
        "activities.Occurrence",
        verbose_name=_("date"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitations",
    )
    coffee_where_when = models.CharField(
        _("where and when"),
        max_length=200,
        blank=True,
        help_text=_("For example: at my place, Werven 12, Thursday at 10 o'clock."),
    )
    company = models.CharField(
        _("will you go with them?"),
        max_length=20,
        choices=Company.choices,
        default=Company.NONE,
        blank=True,
    )
    pick_up_at = models.TimeField(_("pick-up time"), null=True, blank=True)
    need = models.ForeignKey(
        "needs.Need",
        verbose_name=_("from the question"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitations",
    )
    status = models.CharField(
        _("outcome"), max_length=20, choices=Status.choices, default=Status.SENT
    )
    remind_on = models.DateField(_("remind me on"), null=True, blank=True)
    # The remind_on date a reminder went out for: one reminder per date, however often
    # the daily task runs.
    reminded_for = models.DateField(null=True, blank=True, editable=False)
    # A chain: the invitation this one follows up, and the first one of the chain, so that
    # the reach counts a person once whatever the number of invitations.
    previous = models.OneToOneField(
        "self",
        verbose_name=_("invited again after"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="followed_by",
    )
    chain_start = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="+", editable=False
    )
    # The first "came" of a chain: a neighbour who came for the first time.
    came_first_time = models.BooleanField(default=False, editable=False)
    created_at = models.DateTimeField(_("invited on"), auto_now_add=True)
    outcome_at = models.DateTimeField(_("outcome recorded"), null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["inviter", "status"]),
            models.Index(fields=["status", "remind_on"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(activity__isnull=False) | ~Q(coffee_where_when=""),
                name="invitation_activity_or_coffee",
            ),
            models.CheckConstraint(
                condition=Q(status="not_yet", remind_on__isnull=False)
                | (~Q(status="not_yet") & Q(remind_on__isnull=True)),
                name="invitation_reminder_only_when_not_yet",
            ),
            models.CheckConstraint(
                condition=Q(company="pick_up", pick_up_at__isnull=False)
                | (~Q(company="pick_up") & Q(pick_up_at__isnull=True)),
                name="invitation_pick_up_time_only_when_picking_up",
            ),
            models.CheckConstraint(
                condition=Q(previous__isnull=True, chain_start__isnull=True)
                | Q(previous__isnull=False, chain_start__isnull=False),
                name="invitation_chain_start_with_previous",
            ),
            models.CheckConstraint(
                condition=Q(came_first_time=False) | Q(status="came"),
                name="invitation_first_time_only_when_came",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.invitee_name}: {self.activity or _('coffee')}"

    def get_absolute_url(self) -> str:
        return reverse("invitations:detail", args=[self.pk])

    @property
    def is_coffee(self) -> bool:
        return self.activity_id is None

    @property
    def chain_id(self) -> int:
        return self.chain_start_id or self.pk
