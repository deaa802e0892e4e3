from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.timezone import localdate
from django.utils.translation import gettext_lazy as _
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from wijkgoud.core.models import Area

from . import allowance
from .models import MAX_KM, ClaimLine, ExpenseClaim, Receipt, SpendingRequest, VolunteerYear
from .receipts import clean_receipt

CENT = Decimal("0.01")
Category = ClaimLine.Category


def areas_for(user):
    """The areas where the user is an active resident; all areas when none is named."""
    own = Area.objects.filter(role_assignments__user=user, role_assignments__role="active_resident")
    return own if own.exists() else Area.objects.all()


# A text box with a number keyboard: "25,00" in Dutch is read as it is meant.
DECIMAL = {"localize": True, "widget": forms.TextInput(attrs={"inputmode": "decimal"})}


def positive_amount(**kwargs) -> forms.DecimalField:
    return forms.DecimalField(
        **DECIMAL,
        max_digits=9,
        decimal_places=2,
        validators=[
            MinValueValidator(CENT, _("The amount must be more than €0.")),
            MaxValueValidator(Decimal(100_000), _("That is more than €100,000. Check the amount.")),
        ],
        **kwargs,
    )


class ClaimForm(forms.ModelForm):
    """The claim itself: where, what, and the account the money goes to."""

    class Meta:
        model = ExpenseClaim
        fields = ["title", "area", "iban", "account_holder"]
        help_texts = {
            "title": _("For example: coffee mornings in May."),
            "iban": _("For example NL91 ABNA 0417 1643 00."),
        }
        widgets = {"iban": forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = areas_for(user)
        self.fields["area"].empty_label = None
        self.fields["iban"].required = self.fields["account_holder"].required = True

    def clean_iban(self) -> str:
        value = self.cleaned_data["iban"]
        if not value:
            return ""
        try:
            return IBAN(value).compact
        except SchwiftyException:
            raise ValidationError(
                _("This is not a valid IBAN. Check the letters and numbers."), code="iban"
            ) from None


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class ReceiptField(forms.FileField):
    """Several photos or PDFs at once; each is checked and cleaned on its own."""

    widget = MultipleFileInput(attrs={"accept": ".jpg,.jpeg,.png,.heic,.heif,.pdf,image/*"})

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(ReceiptField, self).clean(f, initial) for f in files]


class LineForm(forms.Form):
    """One cost. Km and allowance hours are turned into an amount with that year's rates."""

    category = forms.ChoiceField(label=_("Kind of cost"), choices=Category.choices)
    spent_on = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    amount = positive_amount(
        label=_("Amount (euro)"),
        required=False,
        help_text=_("Not needed for kilometres and hours: we work it out."),
    )
    km = forms.DecimalField(
        **DECIMAL,
        label=_("Kilometres"),
        required=False,
        max_digits=6,
        decimal_places=1,
        validators=[
            MinValueValidator(Decimal("0.1"), _("Fill in more than 0 km.")),
            MaxValueValidator(MAX_KM, _("At most %(limit_value)s km per line. Split a long trip.")),
        ],
    )
    hours = forms.DecimalField(
        **DECIMAL,
        label=_("Hours"),
        required=False,
        max_digits=5,
        decimal_places=1,
        validators=[
            MinValueValidator(Decimal("0.5"), _("Fill in at least half an hour.")),
            MaxValueValidator(Decimal(24), _("At most 24 hours per line.")),
        ],
    )
    description = forms.CharField(
        label=_("What it was"),
        max_length=200,
        help_text=_("For example: bus from Haven to Centrum."),
    )
    purpose = forms.CharField(
        label=_("What it was for"),
        max_length=200,
        help_text=_("The activity, plan or meeting. For example: coffee morning 12 May."),
    )
    purpose_url = forms.URLField(label=_("Link to it (if there is one)"), required=False)
    receipts = ReceiptField(
        label=_("Receipts (photo or PDF)"),
        required=False,
        help_text=_("JPEG, PNG, HEIC or PDF, at most 10 MB each. Not needed for kilometres."),
    )
    keep = forms.ModelMultipleChoiceField(
        label=_("Receipts you sent already"),
        queryset=Receipt.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, claim: ExpenseClaim, **kwargs):
        super().__init__(*args, **kwargs)
        self.claim = claim
        self.fields["keep"].queryset = claim.receipts.filter(line=None)
        self.fields["keep"].label_from_instance = lambda receipt: receipt.original_name
        self.cleaned_receipts = []  # (name, CleanReceipt), ready to be stored

    def clean_spent_on(self) -> date:
        spent_on = self.cleaned_data["spent_on"]
        if spent_on > localdate():
            raise ValidationError(_("The date cannot be in the future."), code="future")
        return spent_on

    def clean_receipts(self) -> list:
        errors = []
        for upload in self.cleaned_data["receipts"]:
            try:
                self.cleaned_receipts.append((upload.name, clean_receipt(upload)))
            except ValidationError as error:
                errors.append(error)
        if errors:
            raise ValidationError(errors)
        return self.cleaned_data["receipts"]

    def clean(self) -> dict:
        data = super().clean()
        category, spent_on = data.get("category"), data.get("spent_on")
        if not category or not spent_on:
            return data
        rule = allowance.rule_for(spent_on.year)
        setting = allowance.volunteer_year(self.claim.claimant, spent_on.year)
        if category in ClaimLine.KM_CATEGORIES:
            self._amount_from("km", _("Fill in the kilometres."), rule, lambda r: r.km_rate)
        elif category == Category.ALLOWANCE:
            if setting.mode != VolunteerYear.Mode.ALLOWANCE:
                self.add_error(
                    "category",
                    _("Hours count only when you chose the fixed volunteer allowance this year."),
                )
            else:
                self._amount_from(
                    "hours",
                    _("Fill in the hours."),
                    rule,
                    lambda r: allowance.hourly_cap(setting, r),
                )
        else:
            data["km"] = data["hours"] = None
            if not data.get("amount") and "amount" not in self.errors:
                self.add_error("amount", _("Fill in the amount."))
            receipts = self.cleaned_receipts or data.get("keep")
            if (
                not receipts
                and "receipts" not in self.errors
                and setting.mode == VolunteerYear.Mode.ACTUAL_COSTS
            ):
                self.add_error("receipts", _("Add a photo or PDF of the receipt."))
        return data

    def _amount_from(self, field, missing, rule, rate) -> None:
        value = self.cleaned_data.get(field)
        if field in self.errors:
            return
        if not value:
            self.add_error(field, missing)
        elif rule is None:
            self.add_error(
                "spent_on", _("There are no rates for this year yet. Ask the neighbourhood team.")
            )
        else:
            self.cleaned_data["amount"] = (value * rate(rule)).quantize(CENT, ROUND_HALF_UP)
            other = "hours" if field == "km" else "km"
            self.cleaned_data[other] = None

    def line_fields(self) -> dict:
        data = self.cleaned_data
        names = ["category", "spent_on", "km", "hours", "amount", "description", "purpose"]
        return {name: data[name] for name in names} | {"purpose_url": data["purpose_url"]}


class SubmitForm(forms.Form):
    answer = forms.CharField(
        label=_("Your answer to the questions"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Your decision"),
        choices=[
            ("approve", _("Approve")),
            ("questions", _("Ask questions")),
            ("reject", _("Reject")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason or questions"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Needed when you reject or ask questions. The claimant reads this."),
    )
    accept_warning = forms.BooleanField(
        label=_("I have read the warning about the caps and approve anyway."), required=False
    )

    def __init__(self, *args, warnings: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.warnings = warnings
        if not warnings:
            del self.fields["accept_warning"]

    def clean(self) -> dict:
        data = super().clean()
        decision = data.get("decision")
        if decision in ("reject", "questions") and not data.get("reason", "").strip():
            self.add_error("reason", _("Write the reason or your questions."))
        if decision == "approve" and self.warnings and not data.get("accept_warning"):
            self.add_error("accept_warning", _("Read the warning and tick this box to approve."))
        return data

    def service_kwargs(self) -> dict:
        return {"decision": self.cleaned_data["decision"], "reason": self.cleaned_data["reason"]}


class ModeForm(forms.ModelForm):
    class Meta:
        model = VolunteerYear
        fields = ["mode", "under_21"]
        widgets = {"mode": forms.RadioSelect}
        help_texts = {
            "under_21": _("The hourly cap is lower for people under 21."),
        }


class SpendingForm(forms.ModelForm):
    amount = positive_amount(label=_("Amount (euro)"))

    class Meta:
        model = SpendingRequest
        fields = ["purpose", "amount", "area"]
        help_texts = {"purpose": _("What do you want to buy or pay, and what is it for?")}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = areas_for(user)
        self.fields["area"].empty_label = None


class SpendingDecisionForm(forms.Form):
    approve = forms.TypedChoiceField(
        label=_("Your answer"),
        choices=[("yes", _("Yes, this may be spent")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Needed when you say no."),
    )

    def clean(self) -> dict:
        data = super().clean()
        if data.get("approve") is False and not data.get("reason", "").strip():
            self.add_error("reason", _("Write the reason."))
        return data
