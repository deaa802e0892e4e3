"""Payable items, payout batches and the municipality's paying account.

A payable item is money one source (an approved expense claim, a granted advance) owes one
payee. A budget holder gathers waiting items in a payout batch, exports it as a SEPA
credit-transfer file for the bank, and a second person confirms it as paid.
See services.py for the flow and the contract sources implement.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from schwifty import BIC, IBAN
from schwifty.exceptions import SchwiftyException

from wijkgoud.core.models import Area, RoleAssignment
from wijkgoud.core.permissions import area_ids_where_user_acts


def normalise_iban(value: str) -> str:
    """The IBAN without spaces in capitals, or a ValidationError in the user's language."""
    try:
        return IBAN(value).compact
    except (SchwiftyException, ValueError, TypeError):
        raise ValidationError(
            _("This is not a valid IBAN. Check it, for example NL91ABNA0417164300."),
            code="invalid_iban",
        ) from None


def validate_iban(value: str) -> None:
    normalise_iban(value)


def validate_bic(value: str) -> None:
    try:
        BIC(value)
    except (SchwiftyException, ValueError, TypeError):
        raise ValidationError(
            _("This is not a valid BIC, for example ABNANL2A."), code="invalid_bic"
        ) from None


class PayingAccount(models.Model):
    """The municipality's bank account the payouts are paid from; admins keep it up to date."""

    name = models.CharField(
        _("account holder"), max_length=70, help_text=_("As the bank knows it.")
    )
    iban = models.CharField(_("IBAN"), max_length=34, validators=[validate_iban])
    bic = models.CharField(
        _("BIC"),
        max_length=11,
        blank=True,
        validators=[validate_bic],
        help_text=_("Only when your bank asks for it."),
    )
    second_person_confirms = models.BooleanField(
        _("a second person confirms payment"),
        default=True,
        help_text=_(
            "Someone other than the person who exported a batch confirms it as paid. "
            "Switch off only for a team with one budget holder."
        ),
    )
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        verbose_name = _("paying account")
        verbose_name_plural = _("paying accounts")
        constraints = [
            models.UniqueConstraint(
                fields=["is_active"],
                condition=Q(is_active=True),
                name="payouts_one_paying_account_in_use",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.iban})"

    def clean(self) -> None:
        if self.iban:
            self.iban = normalise_iban(self.iban)
        self.bic = self.bic.replace(" ", "").upper()

    @classmethod
    def in_use(cls) -> "PayingAccount | None":
        return cls.objects.filter(is_active=True).first()


def _budget_holder_areas(user):
    return area_ids_where_user_acts(user, RoleAssignment.Role.BUDGET_HOLDER)


class PayableItemQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Admins see all; a budget holder the items of their areas and those without one."""
        from wijkgoud.core.permissions import is_admin

        if not user.is_authenticated:
            return self.none()
        if is_admin(user):
            return self
        return self.filter(Q(area__in=_budget_holder_areas(user)) | Q(area__isnull=True))

    def waiting(self):
        return self.filter(status=PayableItem.Status.WAITING)


class PayableItem(models.Model):
    """Money one source owes one payee; paid exactly once, through one payout batch."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("waiting for a batch")
        IN_BATCH = "in_batch", _("in a payout batch")
        PAID = "paid", _("paid")

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.CharField(max_length=64)
    source = GenericForeignKey("content_type", "object_id")
    area = models.ForeignKey(
        Area,
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="payable_items",
    )
    amount = models.DecimalField(_("amount"), max_digits=10, decimal_places=2)
    payee_name = models.CharField(_("paid to"), max_length=70)
    iban = models.CharField(_("IBAN"), max_length=34, validators=[validate_iban])
    description = models.CharField(_("description on the bank statement"), max_length=140)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.WAITING
    )
    batch = models.ForeignKey(
        "PayoutBatch",
        verbose_name=_("payout batch"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="items",
    )
    paid_at = models.DateTimeField(_("paid on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = PayableItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("payable item")
        verbose_name_plural = _("payable items")
        ordering = ["created_at", "pk"]
        constraints = [
            # One source is paid through one item: paying a claim twice needs two items.
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="payouts_one_item_per_source"
            ),
            models.CheckConstraint(condition=Q(amount__gt=0), name="payouts_item_amount_positive"),
            # The status and the batch agree: waiting means in no batch; paid means
            # paid through a batch. Being in one batch at a time is the batch column itself.
            models.CheckConstraint(
                condition=Q(status="waiting", batch__isnull=True, paid_at__isnull=True)
                | Q(status="in_batch", batch__isnull=False, paid_at__isnull=True)
                | Q(status="paid", batch__isnull=False, paid_at__isnull=False),
                name="payouts_item_status_matches_batch",
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return f"€ {self.amount} → {self.payee_name}"

    @property
    def end_to_end_id(self) -> str:
        """The reference the bank reports back for this one transfer."""
        return f"WIJKGOUD-{self.pk}"


class PayoutBatchQuerySet(models.QuerySet):
    def visible_to(self, user):
        from wijkgoud.core.permissions import is_admin

        if not user.is_authenticated:
            return self.none()
        if is_admin(user):
            return self
        return self.filter(area__in=_budget_holder_areas(user))


class PayoutBatch(models.Model):
    """Payable items paid together: open → exported (SEPA file) → paid, or cancelled."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        EXPORTED = "exported", _("exported")
        PAID = "paid", _("paid")
        CANCELLED = "cancelled", _("cancelled")

    class PainVersion(models.TextChoices):
        PAIN_001_001_03 = "pain.001.001.03", _("pain.001.001.03 (most Dutch banks)")
        PAIN_001_001_09 = "pain.001.001.09", _("pain.001.001.09 (newer format)")

    area = models.ForeignKey(
        Area, verbose_name=_("area"), on_delete=models.PROTECT, related_name="payout_batches"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    pain_version = models.CharField(
        _("file format"),
        max_length=20,
        choices=PainVersion.choices,
        default=PainVersion.PAIN_001_001_03,
    )
    # Kept when the batch is made, so lists need no sums.
    item_count = models.PositiveIntegerField(_("number of payments"))
    total = models.DecimalField(_("total"), max_digits=12, decimal_places=2)
    created_at = models.DateTimeField(_("made"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    # Fixed at the first export, so every later download is byte for byte the same file.
    message_id = models.CharField(max_length=35, unique=True, null=True, blank=True)
    file_created_at = models.DateTimeField(null=True, blank=True)
    execution_on = models.DateField(_("requested payment date"), null=True, blank=True)
    debtor_name = models.CharField(max_length=70, blank=True)
    debtor_iban = models.CharField(max_length=34, blank=True)
    debtor_bic = models.CharField(max_length=11, blank=True)
    file_sha256 = models.CharField(max_length=64, blank=True)
    exported_at = models.DateTimeField(_("exported"), null=True, blank=True)
    exported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    confirmed_at = models.DateTimeField(_("confirmed as paid"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    objects = PayoutBatchQuerySet.as_manager()

    class Meta:
        verbose_name = _("payout batch")
        verbose_name_plural = _("payout batches")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(total__gt=0, item_count__gt=0), name="payouts_batch_not_empty"
            ),
            models.CheckConstraint(
                condition=~Q(status__in=["exported", "paid"])
                | Q(
                    message_id__isnull=False,
                    file_created_at__isnull=False,
                    execution_on__isnull=False,
                    exported_at__isnull=False,
                ),
                name="payouts_exported_batch_has_its_file_fixed",
            ),
            models.CheckConstraint(
                condition=Q(status="paid", confirmed_at__isnull=False)
                | (~Q(status="paid") & Q(confirmed_at__isnull=True)),
                name="payouts_paid_batch_is_confirmed",
            ),
        ]
        indexes = [models.Index(fields=["status", "-created_at"])]

    def __str__(self) -> str:
        return _("Payout batch %(number)s") % {"number": self.pk}

    def get_absolute_url(self) -> str:
        return reverse("payouts:batch_detail", args=[self.pk])
