"""Activities, their dates, their texts in other languages and the sign-ups for a date."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import Area, Place, phone_validator
from wijkgoud.core.permissions import area_ids_where_user_acts

# Languages people may speak at an activity: more than the UI languages. Shown by their
# own name ("Türkçe"), so a visitor recognises their language without reading Dutch.
SPOKEN_LANGUAGES = ["nl", "en", "ar", "tr", "pl", "uk", "ru", "fa", "de", "fr", "es"]


def spoken_language_choices() -> list[tuple[str, str]]:
    return [(code, get_language_info(code)["name_local"]) for code in SPOKEN_LANGUAGES]


class Category(models.TextChoices):
    MEETING = "meeting", _("Meeting people and coffee")
    LANGUAGE = "language", _("Language practice")
    COOKING = "cooking", _("Cooking and eating together")
    SPORT = "sport", _("Sport and movement")
    CREATIVE = "creative", _("Creative")
    FAMILY = "family", _("Children and family")
    PAPERWORK = "paperwork", _("Help with paperwork and money")
    GARDEN = "garden", _("Garden and nature")
    COMPUTER = "computer", _("Computer and learning")
    VOLUNTEERING = "volunteering", _("Doing something for others")


# One lucide pictogram per category (the templates list them in includes/category_icon.html).
CATEGORY_ICONS = {
    Category.MEETING: "coffee",
    Category.LANGUAGE: "languages",
    Category.COOKING: "cooking-pot",
    Category.SPORT: "footprints",
    Category.CREATIVE: "palette",
    Category.FAMILY: "baby",
    Category.PAPERWORK: "file-text",
    Category.GARDEN: "sprout",
    Category.COMPUTER: "laptop",
    Category.VOLUNTEERING: "hand-heart",
}


class ActivityQuerySet(models.QuerySet):
    def public(self):
        """What a visitor may see: published, cancelled and ended activities, never drafts."""
        return self.exclude(status=Activity.Status.DRAFT)

    def managed_by(self, user):
        """Activities the user may edit: their own, their areas' as a worker, all as admin."""
        from wijkgoud.core.permissions import is_admin

        if not user.is_authenticated:
            return self.none()
        if is_admin(user):
            return self
        areas = area_ids_where_user_acts(user, "worker")
        return self.filter(models.Q(organiser=user) | models.Q(area__in=areas))


class Activity(models.Model):
    """Something neighbours can join: once, or on a schedule of dates."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")
        CANCELLED = "cancelled", _("cancelled")
        ENDED = "ended", _("ended")

    class Cost(models.TextChoices):
        FREE = "free", _("free")
        AMOUNT = "amount", _("an amount")
        PAY_WHAT_YOU_CAN = "pay_what_you_can", _("pay what you can")

    class Repeat(models.TextChoices):
        ONCE = "once", _("once")
        WEEKLY = "weekly", _("every week")
        BIWEEKLY = "biweekly", _("every other week")
        MONTHLY = "monthly", _("every month on the same weekday")

    title = models.CharField(_("title"), max_length=100)
    summary = models.CharField(
        _("summary"), max_length=160, help_text=_("One sentence in plain words.")
    )
    description = models.TextField(_("description"), blank=True)
    language = models.CharField(
        _("language of the text"), max_length=10, default=settings.LANGUAGE_CODE
    )
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    organiser = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("organiser"),
        on_delete=models.PROTECT,
        related_name="organised_activities",
    )
    group_name = models.CharField(
        _("group"), max_length=100, blank=True, help_text=_("Only if you organise it as a group.")
    )
    area = models.ForeignKey(
        Area, verbose_name=_("area"), on_delete=models.PROTECT, related_name="activities"
    )
    place = models.ForeignKey(
        Place, verbose_name=_("place"), on_delete=models.PROTECT, related_name="activities"
    )
    # ",nl,tr," so that one language is found with a plain `contains` on every database.
    spoken_languages = models.CharField(_("languages spoken"), max_length=100, default=",nl,")
    cost = models.CharField(_("cost"), max_length=20, choices=Cost.choices, default=Cost.FREE)
    price = models.DecimalField(
        _("amount in euros"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    children_welcome = models.BooleanField(_("children welcome"), default=False)
    women_only = models.BooleanField(_("women only"), default=False)
    no_signup_needed = models.BooleanField(_("no sign-up needed, just come"), default=False)
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(10_000)],
        help_text=_("How many people can come to one date. Empty: no limit."),
    )
    contact_phone = models.CharField(
        _("phone number for questions"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
        help_text=_("Only if you want it on the page. Everyone can see it."),
    )
    contact_whatsapp = models.BooleanField(_("people may send a WhatsApp message"), default=False)
    photo = models.ImageField(_("photo"), upload_to="activities/%Y/", blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    # The schedule; its dates are stored as Occurrence rows (services.generate_dates).
    repeat = models.CharField(
        _("how often"), max_length=20, choices=Repeat.choices, default=Repeat.ONCE
    )
    starts_on = models.DateField(_("first date"))
    start_time = models.TimeField(_("start time"))
    end_time = models.TimeField(_("end time"))
    ends_on = models.DateField(_("last date"), null=True, blank=True)
    skipped_dates = models.JSONField(_("dates without the activity"), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ActivityQuerySet.as_manager()

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["title"]
        indexes = [models.Index(fields=["area", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_time__gt=models.F("start_time")),
                name="activity_ends_after_it_starts",
            ),
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="activity_last_date_not_before_first",
            ),
            models.CheckConstraint(
                condition=(models.Q(cost="amount") & models.Q(price__gt=0))
                | (~models.Q(cost="amount") & models.Q(price__isnull=True)),
                name="activity_price_only_with_an_amount",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("activities:detail", args=[self.pk])

    @property
    def icon(self) -> str:
        return CATEGORY_ICONS.get(self.category, "calendar")

    @property
    def language_codes(self) -> list[str]:
        return [code for code in self.spoken_languages.split(",") if code]

    @property
    def language_names(self) -> list[tuple[str, str]]:
        """(code, the language's own name) for each language spoken there."""
        names = dict(spoken_language_choices())
        return [(code, names.get(code, code)) for code in self.language_codes]

    @property
    def is_public(self) -> bool:
        return self.status != self.Status.DRAFT

    def text_in(self, language: str | None = None) -> "ActivityText | None":
        """The people-written translation in this language, from prefetched texts."""
        language = (language or get_language() or "").split("-")[0]
        if language == self.language:
            return None
        texts = self.__dict__.get("_texts")
        if texts is None:
            texts = self.texts.all()
        return next((t for t in texts if t.language == language), None)

    def shown_text(self, language: str | None = None) -> "Activity | ActivityText":
        """What to show a visitor: the text in their language when someone wrote it,
        else the original. Both have title, summary, description and language."""
        return self.text_in(language) or self


def attach_texts(activities, languages: list[str]) -> None:
    """The people-written texts of these activities in these languages, in one query.
    (Cheaper than prefetch_related with a filtered queryset, which clones it per row.)"""
    by_id: dict[int, list] = {}
    for activity in activities:  # one activity may come as several objects (one per date)
        activity._texts = []
        by_id.setdefault(activity.pk, []).append(activity)
    if by_id:
        texts = ActivityText.objects.filter(activity_id__in=by_id, language__in=languages)
        for text in texts:
            for activity in by_id[text.activity_id]:
                activity._texts.append(text)


class ActivityText(models.Model):
    """Title, summary and description of an activity in one more language, by a person."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=10)
    title = models.CharField(_("title"), max_length=100)
    summary = models.CharField(_("summary"), max_length=160)
    description = models.TextField(_("description"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "language"], name="activity_text_one_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.activity} ({self.language})"


# An activity lasts at most this long (the end time is on the same day as the start).
MAX_DURATION = timedelta(days=1)


class OccurrenceQuerySet(models.QuerySet):
    def upcoming(self):
        """Dates not yet over, of activities a visitor may see, soonest first.

        The bound on starts_at lets the database walk the (starts_at, id) index in order
        and stop after one page, instead of sorting every future date."""
        now = timezone.now()
        return self.filter(
            listed=True, starts_at__gte=now - MAX_DURATION, ends_at__gte=now
        ).order_by("starts_at", "pk")


class Occurrence(models.Model):
    """One date of an activity. Kept when the schedule changes, so its sign-ups stay."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="occurrences")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    cancel_reason = models.CharField(_("reason"), max_length=200, blank=True)
    # Places taken by confirmed sign-ups; changed only under a row lock (services.py).
    taken = models.PositiveIntegerField(default=0)
    # In the finder: the activity is not a draft. Kept on the date so the finder's query
    # walks one index in date order without joining activities first (services.py).
    listed = models.BooleanField(default=False)

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("date")
        verbose_name_plural = _("dates")
        ordering = ["starts_at"]
        indexes = [
            models.Index(fields=["listed", "starts_at", "id"]),
            models.Index(fields=["activity", "starts_at"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "starts_at"], name="occurrence_one_per_start"
            ),
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="occurrence_ends_after_it_starts",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.activity} {timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"

    def get_absolute_url(self) -> str:
        return reverse("activities:signup", args=[self.pk])

    @property
    def is_cancelled(self) -> bool:
        """Cancelled by itself, or because the whole activity is."""
        return self.cancelled_at is not None or self.activity.status == Activity.Status.CANCELLED

    @property
    def local_date(self):
        return timezone.localdate(self.starts_at)

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()

    @property
    def places_left(self) -> int | None:
        capacity = self.activity.capacity
        return None if capacity is None else max(capacity - self.taken, 0)

    @property
    def is_full(self) -> bool:
        return self.places_left == 0


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Signup(models.Model):
    """Someone coming to one date; no account needed. The token is their key to cancel."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("coming")
        WAITING = "waiting", _("on the waiting list")
        CANCELLED = "cancelled", _("cancelled")

    occurrence = models.ForeignKey(
        Occurrence, verbose_name=_("date"), on_delete=models.CASCADE, related_name="signups"
    )
    name = models.CharField(
        _("first name or nickname"), max_length=60, help_text=_("So the organiser can greet you.")
    )
    phone = models.CharField(
        _("phone number"), max_length=20, blank=True, validators=[phone_validator]
    )
    email = models.EmailField(_("e-mail address"), blank=True)
    people = models.PositiveSmallIntegerField(
        _("number of people"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("You included."),
    )
    wants_company = models.BooleanField(
        _("I would like someone to come with me or pick me up"), default=False
    )
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["occurrence", "status", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(people__gte=1) & models.Q(people__lte=10),
                name="signup_people_between_1_and_10",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.people})"

    def get_absolute_url(self) -> str:
        return reverse("activities:signup_done", args=[self.token])
