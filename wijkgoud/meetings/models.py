"""Kitchen visits and learning meetings: who comes, the notes, the ideas born there and the
action items (each with an owner and a due date) that follow them up."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import Area, Place, RoleAssignment


class Series(models.Model):
    """Meetings that follow each other up: the next one opens with what became of the last."""

    title = models.CharField(_("title"), max_length=120)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("series")
        verbose_name_plural = _("series")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class MeetingQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Meetings the user may see: their own, those they signed up for, and those that
        welcome one of their roles in an area where they hold it. Others get a 404."""
        from wijkgoud.core.permissions import is_admin, role_assignments_of

        if not user.is_authenticated:
            return self.none()
        if is_admin(user):
            return self
        mine = Signup.objects.filter(user=user).values("meeting")
        visible = Q(host=user) | Q(pk__in=mine) | Q(welcome_everyone=True)
        for role, flag in WELCOME_FLAGS.items():
            held = [a for a in role_assignments_of(user) if a.role == role]
            if not held:
                continue
            if any(a.area_id is None for a in held):
                visible |= Q(**{flag: True})
                continue
            # A meeting for the wijk is also for the buurten in it, and the other way round.
            near = {pk for a in held for pk in a.area_ids}
            near |= {a.area.parent_id for a in held if a.area.parent_id}
            visible |= Q(**{flag: True}, area__in=sorted(near))
        return self.filter(visible)

    def upcoming(self):
        return self.filter(ends_at__gte=timezone.now()).order_by("starts_at")


class Meeting(models.Model):
    """A kitchen visit or a learning meeting at a time and place."""

    class Kind(models.TextChoices):
        KITCHEN_VISIT = "kitchen_visit", _("kitchen visit")
        LEARNING = "learning", _("learning meeting")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=120)
    series = models.ForeignKey(
        Series,
        verbose_name=_("series"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meetings",
    )
    host = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("host"),
        on_delete=models.PROTECT,
        related_name="hosted_meetings",
    )
    area = models.ForeignKey(
        Area,
        verbose_name=_("area"),
        on_delete=models.PROTECT,
        related_name="meetings",
        help_text=_("The neighbourhood this meeting is for."),
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meetings",
    )
    address = models.CharField(
        _("address"),
        max_length=200,
        blank=True,
        help_text=_("Only when the place is not in the list, for example a living room."),
    )
    what_to_expect = models.TextField(_("what to expect"), blank=True)
    welcome_everyone = models.BooleanField(_("everyone with an account"), default=False)
    welcome_active_residents = models.BooleanField(_("active residents"), default=True)
    welcome_workers = models.BooleanField(_("neighbourhood workers"), default=True)
    welcome_budget_holders = models.BooleanField(
        _("budget holders and policy makers"), default=False
    )
    max_people = models.PositiveSmallIntegerField(
        _("maximum number of people"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty when there is no limit."),
    )
    languages = models.CharField(
        _("languages"),
        max_length=60,
        blank=True,
        help_text=_("Which languages people can speak there, for example: Dutch, Arabic."),
    )
    # Where the meeting is held: an activity or initiative (apps that link to us later).
    hosted_at_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    hosted_at_id = models.CharField(max_length=64, blank=True)
    hosted_at = GenericForeignKey("hosted_at_type", "hosted_at_id")
    # Shared notes: the current text and its version; every save is kept as a NoteRevision.
    notes = models.TextField(_("notes"), blank=True)
    notes_version = models.PositiveIntegerField(default=0)
    # Counts every change to what the ideas list shows (services.ideas_list_changed): the
    # kept copy of the list is found by it, without reading the ideas (caching.py).
    ideas_version = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["starts_at"]
        indexes = [
            models.Index(fields=["series", "starts_at"]),
            models.Index(fields=["hosted_at_type", "hosted_at_id"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="meeting_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(place__isnull=False) | ~Q(address=""), name="meeting_has_a_place"
            ),
            models.CheckConstraint(
                condition=Q(max_people__isnull=True) | Q(max_people__gte=1),
                name="meeting_max_people_positive",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("meetings:detail", args=[self.pk])

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()

    @property
    def where(self) -> str:
        if self.place:
            return f"{self.place.name}, {self.place.street_address}"
        return self.address


Role = RoleAssignment.Role
# Which Meeting flag welcomes which role.
WELCOME_FLAGS = {
    Role.ACTIVE_RESIDENT: "welcome_active_residents",
    Role.WORKER: "welcome_workers",
    Role.BUDGET_HOLDER: "welcome_budget_holders",
}


class Signup(models.Model):
    """Someone who comes: a user who signed up, or a person the host added by name."""

    class Role(models.TextChoices):
        # Who they came as, kept at sign-up: the report counts people per role.
        ACTIVE_RESIDENT = "active_resident", _("active resident")
        WORKER = "worker", _("neighbourhood worker")
        BUDGET_HOLDER = "budget_holder", _("budget holder")
        ADMIN = "admin", _("administrator")
        RESIDENT = "resident", _("resident")
        GUEST = "guest", _("guest without an account")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="signups")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="meeting_signups",
    )
    name = models.CharField(_("name"), max_length=80, blank=True)
    role = models.CharField(_("comes as"), max_length=20, choices=Role.choices)
    show_name = models.BooleanField(
        _("show my name in the report"),
        default=False,
        help_text=_("Otherwise the report only counts you."),
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "user"],
                condition=Q(user__isnull=False),
                name="signup_once_per_user",
            ),
            models.CheckConstraint(
                condition=Q(user__isnull=False) | ~Q(name=""), name="signup_has_a_person"
            ),
        ]

    def __str__(self) -> str:
        return str(self.user) if self.user_id else self.name


class NoteRevision(models.Model):
    """Every save of the shared notes, and any text that lost a race: notes are never lost."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="note_revisions")
    text = models.TextField()
    version = models.PositiveIntegerField(help_text="The version this text became, or was based on")
    kept_aside = models.BooleanField(
        default=False, help_text="Someone else saved first; this text was kept, not shown as notes"
    )
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    saved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-saved_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.meeting} v{self.version}"


class Idea(models.Model):
    """An idea captured during a meeting: agreed (with an owned action) or parked."""

    class Status(models.TextChoices):
        NEW = "new", _("new")
        AGREED = "agreed", _("agreed")
        PARKED = "parked", _("parked")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="ideas")
    text = models.CharField(_("idea"), max_length=300)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    parked_reason = models.CharField(_("why it is parked"), max_length=300, blank=True)
    # The action that made it agreed. Every action has an owner (ActionItem's constraint),
    # so "agreed ⇒ this is set" below means "agreed ⇒ an action with an owner", in the database.
    agreed_action = models.ForeignKey(
        "ActionItem", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("idea")
        verbose_name_plural = _("ideas")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="agreed") | Q(agreed_action__isnull=False),
                name="idea_agreed_has_an_action",
            ),
            models.CheckConstraint(
                condition=~Q(status="parked") | ~Q(parked_reason=""),
                name="idea_parked_has_a_reason",
            ),
        ]

    def __str__(self) -> str:
        return self.text

    def get_absolute_url(self) -> str:
        return reverse("meetings:idea", args=[self.pk])


class ActionItem(models.Model):
    """What someone will do about an idea: a first step, an owner and a due date."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        DOING = "doing", _("doing")
        DONE = "done", _("done")
        DROPPED = "dropped", _("dropped")

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="actions")
    what = models.CharField(_("what"), max_length=200)
    first_step = models.CharField(_("first step"), max_length=300)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meeting_actions",
    )
    owner_name = models.CharField(
        _("owner without an account"),
        max_length=80,
        blank=True,
        help_text=_("The name of the owner, when they have no account."),
    )
    due_on = models.DateField(_("due date"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    outcome = models.TextField(_("what happened"), blank=True)
    # What it became: an initiative or an activity (apps that link to us later).
    became_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    became_id = models.CharField(max_length=64, blank=True)
    became = GenericForeignKey("became_type", "became_id")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    overdue_reminder_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("action item")
        verbose_name_plural = _("action items")
        ordering = ["due_on", "pk"]
        indexes = [
            models.Index(fields=["owner", "status", "due_on"]),
            models.Index(fields=["status", "due_on"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(owner__isnull=False) | ~Q(owner_name=""),
                name="action_has_an_owner",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["open", "doing"]) | ~Q(outcome=""),
                name="action_closed_says_what_happened",
            ),
        ]

    def __str__(self) -> str:
        return self.what

    def get_absolute_url(self) -> str:
        return reverse("meetings:action", args=[self.pk])

    @property
    def owner_label(self) -> str:
        return str(self.owner) if self.owner_id else self.owner_name

    @property
    def is_overdue(self) -> bool:
        return self.status in {"open", "doing"} and self.due_on < timezone.localdate()


class Lesson(models.Model):
    """What we learned: one short lesson from a meeting, searchable and shown at the host."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="lessons")
    text = models.CharField(_("what we learned"), max_length=400)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.text
