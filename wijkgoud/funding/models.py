"""Funds, budget pots, applications with their advice and decision, and grant payments.

The application's flow lives in services.py; the rules that must never break (amounts,
who decides, a budget never overdrawn) are also constraints here.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from wijkgoud.core.models import Area, RoleAssignment
from wijkgoud.core.permissions import area_ids_where_user_acts
from wijkgoud.initiatives.models import ApplicantKind, Initiative

CENT = Decimal("0.01")


def money_field(verbose_name, **kwargs) -> models.DecimalField:
    """Euros with cents; never negative."""
    kwargs.setdefault("validators", [MinValueValidator(CENT)])
    return models.DecimalField(verbose_name, max_digits=10, decimal_places=2, **kwargs)


def validate_iban(value: str) -> None:
    try:
        IBAN(value)
    except SchwiftyException:
        raise ValidationError(
            _(
                "This is not a valid IBAN. Check it on your bank card, "
                "for example NL91 ABNA 0417 1643 00."
            ),
            code="invalid_iban",
        ) from None


class Fund(models.Model):
    """A fund residents can ask money from; the catalogue and the fund finder show it."""

    class Route(models.TextChoices):
        MANAGED = "managed", _("apply in Wijkgoud")
        EXTERNAL = "external", _("apply on the fund's website")

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("short name in the web address"), unique=True)
    summary = models.TextField(_("in short"), help_text=_("Plain words: what is it for?"))
    pays_for = models.TextField(_("what it pays for"))
    does_not_pay_for = models.TextField(_("what it does not pay for"), blank=True)
    excluded_kinds = models.JSONField(
        _("kinds of cost it does not pay"),
        default=list,
        blank=True,
        help_text=_("Codes of the kinds of cost in a plan's budget, for the fund finder."),
    )
    min_amount = money_field(_("smallest amount"), null=True, blank=True)
    max_amount = money_field(_("largest amount"), null=True, blank=True)
    accepts_person = models.BooleanField(_("one person may apply"), default=False)
    accepts_group = models.BooleanField(_("a group without a foundation may apply"), default=False)
    accepts_foundation = models.BooleanField(
        _("a foundation, or a group with a penvoerder, may apply"), default=True
    )
    lead_time_days = models.PositiveSmallIntegerField(
        _("apply this many days before the start"), default=0
    )
    deadline_on = models.DateField(
        _("next closing date"), null=True, blank=True, help_text=_("Empty: apply any time.")
    )
    route = models.CharField(_("how to apply"), max_length=10, choices=Route.choices)
    website = models.URLField(_("website"), blank=True)
    is_active = models.BooleanField(_("shown"), default=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("fund")
        verbose_name_plural = _("funds")
        ordering = ["position", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(min_amount__isnull=True)
                | Q(max_amount__isnull=True)
                | Q(min_amount__lte=F("max_amount")),
                name="fund_min_not_above_max",
            ),
            models.CheckConstraint(
                condition=Q(route="managed") | ~Q(website=""), name="fund_external_has_website"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("funding:fund", args=[self.slug])

    @property
    def is_managed(self) -> bool:
        return self.route == self.Route.MANAGED

    def accepts(self, applicant_kind: str) -> bool:
        """A penvoerder is a foundation that applies for a group: it counts as a foundation."""
        if applicant_kind == ApplicantKind.PERSON:
            return self.accepts_person
        if applicant_kind == ApplicantKind.INFORMAL_GROUP:
            return self.accepts_group
        return self.accepts_foundation


class Budget(models.Model):
    """A pot of money of one fund for one year, for one area or for all.

    `committed` is the sum of the grants decided on it; services change it only with the
    budget row locked, and the database refuses it above the total."""

    fund = models.ForeignKey(
        Fund, verbose_name=_("fund"), on_delete=models.PROTECT, related_name="budgets"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    area = models.ForeignKey(
        Area,
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="budgets",
        help_text=_("Empty: for every area."),
    )
    total = models.DecimalField(
        _("total"), max_digits=12, decimal_places=2, validators=[MinValueValidator(0)]
    )
    committed = models.DecimalField(
        _("promised"), max_digits=12, decimal_places=2, default=0, editable=False
    )

    class Meta:
        verbose_name = _("budget")
        verbose_name_plural = _("budgets")
        ordering = ["-year", "fund__position", "area__name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(committed__gte=0), name="budget_committed_not_negative"
            ),
            models.CheckConstraint(
                condition=Q(committed__lte=F("total")), name="budget_never_overdrawn"
            ),
            models.UniqueConstraint(
                fields=["fund", "year", "area"],
                name="budget_one_per_fund_year_area",
                condition=Q(area__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["fund", "year"],
                name="budget_one_per_fund_year_everywhere",
                condition=Q(area__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        where = self.area.name if self.area_id else _("all areas")
        return f"{self.fund} {self.year} ({where})"

    def get_absolute_url(self) -> str:
        return reverse("funding:budget", args=[self.pk])

    @property
    def available(self) -> Decimal:
        return self.total - self.committed


class ApplicationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The applicant and the initiative's team see theirs; workers and budget holders of the
        area see those sent in; admins see all. Drafts stay with the team."""
        if not user.is_authenticated:
            return self.none()
        from wijkgoud.core.permissions import is_admin

        if is_admin(user):
            return self
        areas = area_ids_where_user_acts(
            user, RoleAssignment.Role.WORKER, RoleAssignment.Role.BUDGET_HOLDER
        )
        # Subqueries, not joins, each read from its own index: the list of a budget holder
        # stays one quick query.
        owned = Initiative.objects.filter(owner=user).values("pk")
        in_team = Initiative.team.through.objects.filter(user=user).values("initiative")
        return self.filter(
            Q(applicant=user)
            | Q(initiative__in=owned)
            | Q(initiative__in=in_team)
            | (Q(area__in=areas) & ~Q(status=Application.Status.DRAFT))
        )


class Application(models.Model):
    """A request for money from a fund managed in Wijkgoud, built from an initiative's plan."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        SUBMITTED = "submitted", _("sent in")
        IN_REVIEW = "in_review", _("being looked at")
        QUESTIONS = "questions", _("question for the applicant")
        GRANTED = "granted", _("granted")
        REJECTED = "rejected", _("rejected")
        ADVANCE_PAID = "advance_paid", _("advance paid")
        ACCOUNTABILITY_DUE = "accountability_due", _("accountability report due")
        ACCOUNTED = "accounted", _("accountability report sent")
        SETTLED = "settled", _("settled")

    class Advice(models.TextChoices):
        GRANT = "grant", _("grant it")
        GRANT_PART = "grant_part", _("grant part of it")
        REJECT = "reject", _("reject it")

    initiative = models.ForeignKey(
        Initiative,
        verbose_name=_("initiative"),
        on_delete=models.PROTECT,
        related_name="applications",
    )
    fund = models.ForeignKey(
        Fund, verbose_name=_("fund"), on_delete=models.PROTECT, related_name="applications"
    )
    area = models.ForeignKey(
        Area, verbose_name=_("area"), on_delete=models.PROTECT, related_name="applications"
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("applicant"),
        on_delete=models.PROTECT,
        related_name="funding_applications",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    amount_asked = money_field(_("amount asked (€)"))
    summary = models.TextField(_("what the money is for"), max_length=6000)
    starts_on = models.DateField(_("start"))
    ends_on = models.DateField(_("end"))
    iban = models.CharField(
        _("IBAN (bank account number)"), max_length=34, validators=[validate_iban]
    )
    account_holder = models.CharField(_("name of the account holder"), max_length=120)
    show_publicly = models.BooleanField(
        _("show on the public page how much we received"), default=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("sent in"), null=True, blank=True)

    advisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("advisor"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    advice = models.CharField(_("advice"), max_length=12, choices=Advice.choices, blank=True)
    advice_text = models.TextField(_("explanation of the advice"), blank=True)
    advised_at = models.DateTimeField(_("advice given"), null=True, blank=True)

    budget = models.ForeignKey(
        Budget,
        verbose_name=_("budget"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="applications",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    amount_granted = money_field(_("amount granted (€)"), null=True, blank=True)
    conditions = models.TextField(_("conditions"), blank=True)
    reasons = models.TextField(_("reasons"), blank=True)
    accountability_due_on = models.DateField(_("accountability report due"), null=True, blank=True)

    amount_spent = models.DecimalField(
        _("amount spent (€)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    report = models.TextField(_("short report"), blank=True)
    accounted_at = models.DateTimeField(_("report sent"), null=True, blank=True)
    settled_at = models.DateTimeField(_("settled"), null=True, blank=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["area", "status"]),
            models.Index(fields=["budget", "-decided_at"]),
            # The list of applications, last sent in first: the first page is read in
            # this order and stops after 25 visible rows, instead of sorting them all.
            models.Index(fields=["-submitted_at", "-id"], name="application_list_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_asked__gt=0), name="application_amount_asked_positive"
            ),
            models.CheckConstraint(
                condition=Q(amount_granted__isnull=True)
                | (Q(amount_granted__gt=0) & Q(amount_granted__lte=F("amount_asked"))),
                name="application_grant_not_above_asked",
            ),
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")), name="application_ends_after_start"
            ),
            # Four eyes: who advises never decides, and nobody decides on their own request.
            models.CheckConstraint(
                condition=Q(advisor__isnull=True)
                | Q(decided_by__isnull=True)
                | ~Q(advisor=F("decided_by")),
                name="application_advisor_is_not_decider",
            ),
            models.CheckConstraint(
                condition=Q(decided_by__isnull=True) | ~Q(decided_by=F("applicant")),
                name="application_decider_is_not_applicant",
            ),
            models.CheckConstraint(
                condition=Q(advisor__isnull=True) | ~Q(advisor=F("applicant")),
                name="application_advisor_is_not_applicant",
            ),
            # From "granted" on, a grant has an amount, a budget and a decider.
            models.CheckConstraint(
                condition=~Q(
                    status__in=[
                        "granted",
                        "advance_paid",
                        "accountability_due",
                        "accounted",
                        "settled",
                    ]
                )
                | (
                    Q(amount_granted__isnull=False)
                    & Q(budget__isnull=False)
                    & Q(decided_by__isnull=False)
                ),
                name="application_grant_is_complete",
            ),
            models.CheckConstraint(
                condition=~Q(status="rejected") | (Q(decided_by__isnull=False) & ~Q(reasons="")),
                name="application_rejection_has_reasons",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.initiative} — {self.fund}"

    def get_absolute_url(self) -> str:
        return reverse("funding:application", args=[self.pk])

    @property
    def is_partial(self) -> bool:
        return self.amount_granted is not None and self.amount_granted < self.amount_asked


class Question(models.Model):
    """A question to the applicant while the application is looked at, and the answer."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="questions")
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    text = models.TextField(_("question"), max_length=2000)
    asked_at = models.DateTimeField(_("asked"), auto_now_add=True)
    answer = models.TextField(_("answer"), max_length=4000, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["asked_at", "pk"]

    def __str__(self) -> str:
        return self.text[:60]


class Payment(models.Model):
    """Money of a grant that moves: the advance, a settlement, or unspent money paid back.

    One of each kind per application (the database makes "paid once" true); the payout
    batches call mark_paid(actor) when the bank has paid."""

    class Kind(models.TextChoices):
        ADVANCE = "advance", _("advance")
        SETTLEMENT = "settlement", _("rest of the grant")
        REPAYMENT = "repayment", _("unspent money paid back")

    class Status(models.TextChoices):
        TO_BE_PAID = "to_be_paid", _("to be paid")
        PAID = "paid", _("paid")

    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="payments")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.TO_BE_PAID
    )
    amount = money_field(_("amount (€)"))
    payee_name = models.CharField(_("name of the account holder"), max_length=120)
    iban = models.CharField(_("IBAN"), max_length=34, validators=[validate_iban])
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    paid_at = models.DateTimeField(_("paid"), null=True, blank=True)
    paid_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("grant payment")
        verbose_name_plural = _("grant payments")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "kind"], name="payment_one_per_kind_per_application"
            ),
            models.CheckConstraint(condition=Q(amount__gt=0), name="payment_amount_positive"),
            models.CheckConstraint(
                condition=Q(status="to_be_paid", paid_at__isnull=True)
                | Q(status="paid", paid_at__isnull=False),
                name="payment_paid_has_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} € {self.amount} — {self.application}"

    def get_absolute_url(self) -> str:
        return self.application.get_absolute_url()

    def mark_paid(self, actor) -> "Payment":
        """Called by the payout batches once the bank has paid; a second call changes nothing."""
        from .services import mark_payment_paid

        return mark_payment_paid(self, actor=actor)


class ReportFile(models.Model):
    """A receipt or a photo that comes with the accountability report."""

    class Kind(models.TextChoices):
        RECEIPT = "receipt", _("receipt")
        PHOTO = "photo", _("photo")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    file = models.FileField(_("file"), upload_to="funding/reports/%Y/%m/")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("receipt or photo")
        verbose_name_plural = _("receipts and photos")
        ordering = ["uploaded_at", "pk"]

    def __str__(self) -> str:
        return self.file.name.rsplit("/", 1)[-1]
