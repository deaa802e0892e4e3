"""Expense claims with their lines and receipts, asking before spending, and the yearly
volunteer allowance rules."""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import Area
from wijkgoud.core.permissions import area_ids_where_user_acts

from .storage import receipt_storage

MAX_KM = 1000
money = {"max_digits": 9, "decimal_places": 2}


class AllowanceRule(models.Model):
    """The Belastingdienst's volunteer allowance caps and the km rate for one year."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    hourly_cap_adult = models.DecimalField(_("per hour, 21 and older"), **money)
    hourly_cap_young = models.DecimalField(_("per hour, under 21"), **money)
    month_cap = models.DecimalField(_("per month at most"), **money)
    year_cap = models.DecimalField(_("per year at most"), **money)
    km_rate = models.DecimalField(_("per kilometre"), max_digits=5, decimal_places=3)

    class Meta:
        verbose_name = _("allowance rules for a year")
        verbose_name_plural = _("allowance rules per year")
        ordering = ["-year"]
        constraints = [
            models.CheckConstraint(
                condition=Q(month_cap__gt=0, year_cap__gte=F("month_cap"), km_rate__gt=0),
                name="allowance_rule_caps_make_sense",
            ),
        ]

    def __str__(self) -> str:
        return str(self.year)


class VolunteerYear(models.Model):
    """How one volunteer is paid back in one year: one mode, and an optional lower cap."""

    class Mode(models.TextChoices):
        ACTUAL_COSTS = "actual_costs", _("actual costs, with receipts")
        ALLOWANCE = "allowance", _("fixed volunteer allowance")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer_years"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    mode = models.CharField(_("how you are paid back"), max_length=20, choices=Mode.choices)
    under_21 = models.BooleanField(_("younger than 21"), default=False)
    personal_cap = models.DecimalField(
        _("lower cap for this year"),
        null=True,
        blank=True,
        help_text=_("For example for someone on social assistance. Empty: the yearly cap."),
        **money,
    )

    class Meta:
        verbose_name = _("volunteer year")
        verbose_name_plural = _("volunteer years")
        constraints = [
            models.UniqueConstraint(fields=["user", "year"], name="volunteer_year_one_mode"),
            models.CheckConstraint(
                condition=Q(personal_cap__isnull=True) | Q(personal_cap__gte=0),
                name="volunteer_year_personal_cap_not_negative",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.year}: {self.get_mode_display()}"


class SpendingRequestQuerySet(models.QuerySet):
    def visible_to(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(Q(requester=user) | Q(area__in=approver_area_ids(user)))


class SpendingRequest(models.Model):
    """'May I spend this?': asked before buying, so the claim later is quick."""

    class Status(models.TextChoices):
        ASKED = "asked", _("asked")
        APPROVED = "approved", _("yes, you may")
        REFUSED = "refused", _("no")

    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="spending_requests"
    )
    area = models.ForeignKey(Area, verbose_name=_("area"), on_delete=models.PROTECT)
    amount = models.DecimalField(_("amount (euro)"), **money)
    purpose = models.CharField(_("what for"), max_length=300)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ASKED)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True)
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SpendingRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="spending_amount_positive"),
            models.CheckConstraint(
                condition=~Q(decided_by=F("requester")), name="spending_decider_not_requester"
            ),
            models.CheckConstraint(
                condition=Q(status="asked") | Q(decided_by__isnull=False),
                name="spending_decision_has_decider",
            ),
        ]

    def __str__(self) -> str:
        return self.purpose

    def get_absolute_url(self) -> str:
        return reverse("expenses:spending_detail", args=[self.pk])


def approver_area_ids(user) -> list[int]:
    """The areas where the user approves: as worker or budget holder, a wijk with its buurten."""
    return area_ids_where_user_acts(user, "worker", "budget_holder")


class ExpenseClaimQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The claimant's own claims, and the sent claims of the areas where they approve
        (a draft is the claimant's own business until it is sent)."""
        if not user.is_authenticated:
            return self.none()
        areas = approver_area_ids(user)
        return self.filter(Q(claimant=user) | (Q(area__in=areas) & ~Q(status="draft")))

    def to_decide_by(self, user, areas: list[int] | None = None):
        """Waiting claims in the user's areas, given as ids: the database counts and walks
        its partial indexes by area."""
        if areas is None:
            areas = approver_area_ids(user)
        return self.filter(status=ExpenseClaim.Status.SUBMITTED, area__in=areas).exclude(
            claimant=user
        )


class ExpenseClaim(models.Model):
    """A declaratie: costs an active resident made, to be paid back once."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        SUBMITTED = "submitted", _("sent, waiting for a decision")
        QUESTIONS = "questions", _("questions for you")
        APPROVED = "approved", _("approved, will be paid")
        REJECTED = "rejected", _("rejected")
        PAID = "paid", _("paid")

    claimant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("claimant"),
        on_delete=models.PROTECT,
        related_name="expense_claims",
    )
    area = models.ForeignKey(
        Area,
        verbose_name=_("neighbourhood"),
        on_delete=models.PROTECT,
        help_text=_("Where you did this. The neighbourhood team there decides."),
    )
    title = models.CharField(_("short title"), max_length=120)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    # Stored on the claim, as it was when sent: the payout goes to this account.
    iban = models.CharField(_("IBAN (bank account number)"), max_length=34, blank=True)
    account_holder = models.CharField(_("name of the account holder"), max_length=70, blank=True)
    total = models.DecimalField(_("total"), default=Decimal("0.00"), **money)
    spending_request = models.ForeignKey(
        SpendingRequest,
        verbose_name=_("asked before spending"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claims",
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(_("reason or questions"), blank=True)
    answer = models.TextField(_("your answer"), blank=True)
    paid_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ExpenseClaimQuerySet.as_manager()

    class Meta:
        verbose_name = _("expense claim")
        verbose_name_plural = _("expense claims")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["claimant", "status"], name="claim_claimant_status_idx"),
            # The approval list: waiting claims, oldest first, walked in order.
            models.Index(
                fields=["submitted_at", "id"],
                condition=Q(status="submitted"),
                name="claim_waiting_idx",
            ),
            # ... and how many wait in the approver's areas, and which of them make a page:
            # both read from this index alone (PostgreSQL; the others ignore include).
            models.Index(
                fields=["area", "claimant"],
                include=["submitted_at", "id"],
                condition=Q(status="submitted"),
                name="claim_waiting_area_idx",
            ),
        ]
        constraints = [
            # The approver is never the claimant, also when code forgets to check.
            models.CheckConstraint(
                condition=~Q(decided_by=F("claimant")), name="claim_approver_not_claimant"
            ),
            models.CheckConstraint(
                condition=~Q(status__in=["approved", "rejected", "paid"])
                | Q(decided_by__isnull=False, decided_at__isnull=False),
                name="claim_decision_has_decider",
            ),
            models.CheckConstraint(
                condition=~Q(status="rejected") | ~Q(reason=""), name="claim_rejection_has_reason"
            ),
            models.CheckConstraint(
                condition=~Q(status="paid") | Q(paid_at__isnull=False), name="claim_paid_has_date"
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | (Q(total__gt=0) & ~Q(iban="")),
                name="claim_sent_has_amount_and_iban",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("expenses:claim_detail", args=[self.pk])

    @property
    def is_editable(self) -> bool:
        return self.status in (self.Status.DRAFT, self.Status.QUESTIONS)

    def mark_paid(self, *, actor) -> "ExpenseClaim":
        """Called by payouts once the batch is confirmed paid; a second call is refused."""
        from .services import mark_claim_paid

        return mark_claim_paid(self, actor=actor)


class ClaimLine(models.Model):
    """One cost on a claim: what, when, how much, what it was for."""

    class Category(models.TextChoices):
        CAR_KM = "car_km", _("car (kilometres)")
        BIKE_KM = "bike_km", _("bike (kilometres)")
        PUBLIC_TRANSPORT = "public_transport", _("bus, train or tram")
        MEAL = "meal", _("lunch or dinner")
        CHILDCARE = "childcare", _("childcare")
        CAREGIVING = "caregiving", _("replacement of care at home")
        MATERIALS_BOUGHT = "materials_bought", _("materials bought")
        MATERIALS_HIRED = "materials_hired", _("materials hired")
        STORAGE = "storage", _("storage")
        ROOM_HIRE = "room_hire", _("room hire")
        ALLOWANCE = "allowance", _("volunteer allowance (hours)")
        OTHER = "other", _("other")

    KM_CATEGORIES = {Category.CAR_KM, Category.BIKE_KM}
    # No receipt for distances and for the allowance: the rate is the proof.
    NO_RECEIPT = {Category.CAR_KM, Category.BIKE_KM, Category.ALLOWANCE}

    claim = models.ForeignKey(ExpenseClaim, on_delete=models.CASCADE, related_name="lines")
    category = models.CharField(_("kind of cost"), max_length=20, choices=Category.choices)
    spent_on = models.DateField(_("date"))
    km = models.DecimalField(_("kilometres"), max_digits=6, decimal_places=1, null=True, blank=True)
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1, null=True, blank=True)
    amount = models.DecimalField(_("amount (euro)"), **money)
    description = models.CharField(_("what it was"), max_length=200)
    purpose = models.CharField(
        _("what it was for"),
        max_length=200,
        help_text=_("The activity, plan or meeting. For example: coffee morning 12 May."),
    )
    purpose_url = models.URLField(_("link to it (if there is one)"), blank=True)

    class Meta:
        ordering = ["spent_on", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="claim_line_amount_positive"),
            models.CheckConstraint(
                condition=Q(km__isnull=True) | Q(km__gt=0, km__lte=MAX_KM),
                name="claim_line_km_in_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_category_display()}: {self.description}"


def receipt_path(receipt: "Receipt", filename: str) -> str:
    return f"receipts/{receipt.claim_id}/{filename}"


class Receipt(models.Model):
    """A bon: a cleaned photo or PDF, stored where no public URL reaches it."""

    claim = models.ForeignKey(ExpenseClaim, on_delete=models.CASCADE, related_name="receipts")
    # Empty while the line it belongs to is still being written (kept on a form error).
    line = models.ForeignKey(
        ClaimLine, null=True, blank=True, on_delete=models.CASCADE, related_name="receipts"
    )
    file = models.FileField(storage=receipt_storage, upload_to=receipt_path, max_length=200)
    thumbnail = models.FileField(
        storage=receipt_storage, upload_to=receipt_path, max_length=200, blank=True
    )
    content_type = models.CharField(max_length=40)
    original_name = models.CharField(max_length=200)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]

    def __str__(self) -> str:
        return self.original_name

    def get_absolute_url(self) -> str:
        return reverse("expenses:receipt", args=[self.pk])

    @property
    def is_pdf(self) -> bool:
        return self.content_type == "application/pdf"
