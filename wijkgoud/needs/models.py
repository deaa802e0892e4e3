"""A neighbour's need in their own words, who may see it, and the helpers who offer help."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wijkgoud.activities.models import Category as ActivityCategory
from wijkgoud.core.models import Area, phone_validator
from wijkgoud.core.permissions import area_ids_where_user_acts


class NeedCategory(models.TextChoices):
    """The categories of activities, plus what people ask help with outside activities."""

    MEETING = ActivityCategory.MEETING.value, ActivityCategory.MEETING.label
    LANGUAGE = ActivityCategory.LANGUAGE.value, ActivityCategory.LANGUAGE.label
    COOKING = ActivityCategory.COOKING.value, ActivityCategory.COOKING.label
    SPORT = ActivityCategory.SPORT.value, ActivityCategory.SPORT.label
    CREATIVE = ActivityCategory.CREATIVE.value, ActivityCategory.CREATIVE.label
    FAMILY = ActivityCategory.FAMILY.value, ActivityCategory.FAMILY.label
    GARDEN = ActivityCategory.GARDEN.value, ActivityCategory.GARDEN.label
    COMPUTER = ActivityCategory.COMPUTER.value, ActivityCategory.COMPUTER.label
    VOLUNTEERING = ActivityCategory.VOLUNTEERING.value, ActivityCategory.VOLUNTEERING.label
    MONEY = "money", _("Money and debts")
    LONELINESS = "loneliness", _("Feeling alone")
    PAPERWORK = ActivityCategory.PAPERWORK.value, _("Letters and forms")
    HEALTH = "health", _("Health")


class Weekday(models.TextChoices):
    MONDAY = "1", _("Monday")
    TUESDAY = "2", _("Tuesday")
    WEDNESDAY = "3", _("Wednesday")
    THURSDAY = "4", _("Thursday")
    FRIDAY = "5", _("Friday")
    SATURDAY = "6", _("Saturday")
    SUNDAY = "7", _("Sunday")


def codes(value: str) -> list[str]:
    """ ",a,b," → ["a", "b"]: lists kept in one column so `contains` finds one on any database."""
    return [code for code in value.split(",") if code]


class NeedQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Needs a user may see: recorded by them, given to them, or — only when the
        neighbour agreed to share with the wijkteam — of an area where they are a worker.
        An administrator sees what is shared with the wijkteam, never what is not."""
        from wijkgoud.core.permissions import is_admin

        if not user.is_authenticated:
            return self.none()
        mine = (
            models.Q(recorded_by=user) | models.Q(assigned_to=user) | models.Q(handed_over_to=user)
        )
        shared = models.Q(share_with=Need.Sharing.WIJKTEAM)
        if is_admin(user):
            return self.filter(mine | shared)
        areas = area_ids_where_user_acts(user, "worker")
        return self.filter(mine | (shared & models.Q(area__in=areas)))

    def open(self):
        return self.exclude(status__in=[Need.Status.RESOLVED, Need.Status.CLOSED])


class Need(models.Model):
    """What a neighbour would like, in their own words, and how to reach them."""

    class Status(models.TextChoices):
        NEW = "new", _("new")
        PICKED_UP = "picked_up", _("picked up")
        MATCHED = "matched", _("matched")
        HANDED_OVER = "handed_over", _("handed over")
        RESOLVED = "resolved", _("resolved")
        CLOSED = "closed", _("closed")

    class Source(models.TextChoices):
        PUBLIC = "public", _("sent by the neighbour")
        RECORDED = "recorded", _("recorded by an active resident")

    class ContactBy(models.TextChoices):
        PHONE = "phone", _("Phone call")
        WHATSAPP = "whatsapp", _("WhatsApp")
        EMAIL = "email", _("E-mail")
        RESIDENT = "resident", _("Through the active resident")
        VISIT = "visit", _("A visit at home")
        COME_BY = "come_by", _("I will come by myself")

    class ConsentHow(models.TextChoices):
        SPOKEN = "spoken", _("spoken")
        WRITTEN = "written", _("written")
        SELF = "self", _("sent it themselves")

    class Sharing(models.TextChoices):
        ONLY_ME = "only_me", _("only me")
        WIJKTEAM = "wijkteam", _("me and the wijkteam")

    words = models.TextField(
        _("the question in your own words"),
        max_length=2000,
        help_text=_("Do not write about illness or medicines."),
    )
    categories = models.CharField(_("about"), max_length=200, default=",", blank=True)
    area = models.ForeignKey(
        Area, verbose_name=_("neighbourhood"), on_delete=models.PROTECT, related_name="needs"
    )
    language = models.CharField(_("preferred language"), max_length=10)
    days = models.CharField(_("days that suit"), max_length=20, default=",", blank=True)
    name = models.CharField(
        _("first name or initials"), max_length=60, help_text=_("A first name is enough.")
    )
    contact_by = models.CharField(_("how to reach them"), max_length=20, choices=ContactBy.choices)
    # Contact details are stored only when given to be reached that way (services.py).
    phone = models.CharField(
        _("phone number"), max_length=20, blank=True, validators=[phone_validator]
    )
    email = models.EmailField(_("e-mail address"), blank=True)
    address = models.CharField(_("street and number"), max_length=120, blank=True)
    contact_when = models.CharField(
        _("when to reach them"),
        max_length=100,
        blank=True,
        help_text=_("For example: weekdays after 4 pm."),
    )
    source = models.CharField(max_length=10, choices=Source.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="recorded_needs",
    )
    consent_given_by = models.CharField(_("who agreed"), max_length=60)
    consent_on = models.DateField(_("agreed on"))
    consent_how = models.CharField(_("how they agreed"), max_length=10, choices=ConsentHow.choices)
    share_with = models.CharField(
        _("who may see it"), max_length=10, choices=Sharing.choices, default=Sharing.ONLY_ME
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("working on it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_needs",
    )
    handed_over_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handed over to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="handed_over_needs",
    )
    handover_note = models.TextField(_("note for the worker"), blank=True)
    handed_over_at = models.DateTimeField(null=True, blank=True)
    handover_accepted_at = models.DateTimeField(null=True, blank=True)
    matched_activity = models.ForeignKey(
        "activities.Activity",
        verbose_name=_("activity chosen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    matched_helper = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("helper chosen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    follow_up_on = models.DateField(_("ask again on"), null=True, blank=True)
    # The follow-up date a reminder went out for: one reminder per date.
    follow_up_reminded_on = models.DateField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("asked on"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    closed_at = models.DateTimeField(_("closed on"), null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)

    objects = NeedQuerySet.as_manager()

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["area", "status", "-created_at"]),
            models.Index(fields=["status", "closed_at"]),
            models.Index(fields=["follow_up_on"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(source="recorded", recorded_by__isnull=False)
                | models.Q(source="public", consent_how="self", share_with="wijkteam")
                | models.Q(anonymised_at__isnull=False),
                name="need_consent_fits_the_way_in",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="handed_over")
                | models.Q(handed_over_to__isnull=False)
                | models.Q(anonymised_at__isnull=False),
                name="need_handed_over_to_someone",
            ),
            models.CheckConstraint(
                condition=models.Q(status="closed", closed_at__isnull=False)
                | (~models.Q(status="closed") & models.Q(closed_at__isnull=True)),
                name="need_closed_at_when_closed",
            ),
            models.CheckConstraint(
                condition=models.Q(anonymised_at__isnull=True) | models.Q(status="closed"),
                name="need_anonymised_only_when_closed",
            ),
            # Contact details only when given to be reached that way.
            models.CheckConstraint(
                condition=(models.Q(phone="") | models.Q(contact_by__in=["phone", "whatsapp"]))
                & (models.Q(email="") | models.Q(contact_by="email"))
                & (models.Q(address="") | models.Q(contact_by="visit")),
                name="need_contact_details_only_for_that_way",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name}: {self.label}"

    def get_absolute_url(self) -> str:
        return reverse("needs:detail", args=[self.pk])

    @property
    def label(self) -> str:
        """A short label without private words: the first category, for notifications."""
        first = next(iter(self.category_codes), None)
        return str(NeedCategory(first).label) if first else str(_("a question"))

    @property
    def category_codes(self) -> list[str]:
        return codes(self.categories)

    @property
    def category_items(self) -> list[tuple[str, str]]:
        """(code, label) per category; the template draws the pictogram by code."""
        labels = dict(NeedCategory.choices)
        return [(c, labels.get(c, c)) for c in self.category_codes]

    @property
    def day_codes(self) -> list[str]:
        return codes(self.days)

    @property
    def working_on_it(self):
        """Who the next step is with: the worker a hand-over waits for, else the assignee."""
        if self.status == self.Status.HANDED_OVER:
            return self.handed_over_to
        return self.assigned_to or self.recorded_by

    @property
    def is_anonymised(self) -> bool:
        return self.anonymised_at is not None


class NeedView(models.Model):
    """One look at a need's page: who and when (shown to workers as "seen by")."""

    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="views")
    viewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    viewed_at = models.DateTimeField(_("seen at"), auto_now_add=True)

    class Meta:
        verbose_name = _("view of a question")
        verbose_name_plural = _("views of questions")
        ordering = ["-viewed_at", "-pk"]
        indexes = [models.Index(fields=["need", "-viewed_at"])]

    def __str__(self) -> str:
        return f"{self.viewer} {self.viewed_at:%Y-%m-%d %H:%M}"


class WorkerNote(models.Model):
    """A worker's own note on a need; never shown to the active resident who brought it."""

    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="worker_notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("note"), max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("worker's note")
        verbose_name_plural = _("worker's notes")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.author}: {self.text[:30]}"


class HelperProfile(models.Model):
    """What an active resident offers: languages, what they can help with, where and when."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="helper_profile"
    )
    languages = models.CharField(_("languages I speak"), max_length=100, default=",nl,")
    categories = models.CharField(_("I can help with"), max_length=200, default=",", blank=True)
    offer = models.CharField(
        _("in my own words"),
        max_length=200,
        blank=True,
        help_text=_("For example: I can read letters with you."),
    )
    areas = models.ManyToManyField(Area, verbose_name=_("neighbourhoods"), related_name="helpers")
    days = models.CharField(_("days I can help"), max_length=20, default=",", blank=True)
    available = models.CharField(
        _("when I can help"), max_length=100, blank=True, help_text=_("For example: mornings.")
    )
    active = models.BooleanField(_("I want to be asked"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("helper profile")
        verbose_name_plural = _("helper profiles")

    def __str__(self) -> str:
        return str(self.user)

    @property
    def language_codes(self) -> list[str]:
        return codes(self.languages)

    @property
    def category_codes(self) -> list[str]:
        return codes(self.categories)
