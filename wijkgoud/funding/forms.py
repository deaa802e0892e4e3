"""Forms for applications, advice, questions, decisions, reports, budgets and the fund finder.

They validate and clean; the services in services.py change statuses."""

from decimal import Decimal

import filetype
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from schwifty import IBAN

from wijkgoud.glossary.forms import JargonCheckMixin
from wijkgoud.initiatives.models import ApplicantKind, CostKind

from .models import Application, Budget, validate_iban
from .services import euros

POSITIVE = _("The amount must be more than € 0.")
MAX_FILE_SIZE = 10 * 1024 * 1024
FILE_TYPES = {"application/pdf", "image/jpeg", "image/png", "image/heic", "image/webp"}


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


def money(label, *, required=True, help_text="") -> forms.DecimalField:
    return forms.DecimalField(
        label=label,
        required=required,
        help_text=help_text,
        max_digits=10,
        decimal_places=2,
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )


def _positive(amount: Decimal | None) -> Decimal | None:
    if amount is not None and amount <= 0:
        raise forms.ValidationError(POSITIVE, code="not_positive")
    return amount


class ApplicationForm(forms.ModelForm):
    amount_asked = money(_("How much money do you ask? (€)"))

    class Meta:
        model = Application
        fields = [
            "amount_asked",
            "summary",
            "starts_on",
            "ends_on",
            "iban",
            "account_holder",
            "show_publicly",
        ]
        widgets = {
            "starts_on": DateInput(),
            "ends_on": DateInput(),
            "summary": forms.Textarea(attrs={"rows": 12}),
            "iban": forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
        }
        help_texts = {
            "summary": _("This comes from your plan. You can change it."),
            "iban": _("The account the money goes to, for example NL91 ABNA 0417 1643 00."),
            "show_publicly": _(
                "Other residents can then see which initiatives got money. Your name is not shown."
            ),
        }

    def clean_amount_asked(self):
        return _positive(self.cleaned_data.get("amount_asked"))

    def clean_iban(self):
        iban = self.cleaned_data["iban"]
        if iban:
            validate_iban(iban)
            return IBAN(iban).compact
        return iban

    def clean_starts_on(self):
        starts_on = self.cleaned_data["starts_on"]
        if starts_on and starts_on < timezone.localdate():
            raise forms.ValidationError(_("This date has passed. Choose a date from today on."))
        return starts_on

    def clean(self):
        cleaned = super().clean()
        starts_on, ends_on = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("The end cannot be before the start."))
        return cleaned


class AdviceForm(JargonCheckMixin, forms.Form):
    jargon_fields = ("text",)  # the applicant reads the advice
    advice = forms.ChoiceField(
        label=_("My advice"), choices=Application.Advice.choices, widget=forms.RadioSelect
    )
    text = forms.CharField(
        label=_("Why? Write it so the applicant understands it too."),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=4000,
    )


class QuestionForm(JargonCheckMixin, forms.Form):
    jargon_fields = ("text",)
    text = forms.CharField(
        label=_("Your question for the applicant"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Your answer"), widget=forms.Textarea(attrs={"rows": 5}), max_length=4000
    )


class DecisionForm(JargonCheckMixin, forms.Form):
    GRANT, REJECT = "grant", "reject"
    jargon_fields = ("conditions", "reasons")  # both are in the decision letter
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[(GRANT, _("Grant (all or part)")), (REJECT, _("Reject"))],
        widget=forms.RadioSelect,
    )
    amount = money(_("Amount granted (€)"), required=False)
    conditions = forms.CharField(
        label=_("Conditions (if any)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )
    accountability_due_on = forms.DateField(
        label=_("Accountability report due on"), required=False, widget=DateInput()
    )
    reasons = forms.CharField(
        label=_("Reasons (needed when you reject or grant part)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
    )

    def __init__(self, *args, application: Application, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application

    def clean_amount(self):
        return _positive(self.cleaned_data.get("amount"))

    def clean_accountability_due_on(self):
        due = self.cleaned_data.get("accountability_due_on")
        if due and due <= timezone.localdate():
            raise forms.ValidationError(_("This date has passed. Choose a date in the future."))
        return due

    def clean(self):
        cleaned = super().clean()
        asked = self.application.amount_asked
        if cleaned.get("decision") == self.GRANT:
            amount = cleaned.get("amount")
            if amount is None and "amount" not in self.errors:
                self.add_error("amount", _("Write how much you grant."))
            elif amount is not None and amount > asked:
                self.add_error(
                    "amount",
                    _("You cannot grant more than was asked (%(asked)s).")
                    % {"asked": euros(asked)},
                )
            elif amount is not None and amount < asked and not cleaned.get("reasons", "").strip():
                self.add_error("reasons", _("Write why you grant only part."))
        if cleaned.get("decision") == self.REJECT and not cleaned.get("reasons", "").strip():
            self.add_error("reasons", _("Write why the application is rejected."))
        return cleaned


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several receipts or photos at once; each is checked by its content, not its name."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        cleaned = [super(MultipleFileField, self).clean(file, initial) for file in files]
        for file in cleaned:
            if file.size > MAX_FILE_SIZE:
                raise forms.ValidationError(_("A file can be at most 10 MB."))
            kind = filetype.guess(file.read(2048))
            file.seek(0)
            if kind is None or kind.mime not in FILE_TYPES:
                raise forms.ValidationError(_("Send a photo (JPG, PNG, HEIC) or a PDF."))
        return cleaned


class ReportForm(forms.Form):
    amount_spent = money(
        _("How much did you spend of the grant? (€)"),
        help_text=_("Money you did not spend goes back to the budget."),
    )
    report = forms.CharField(
        label=_("What did you do, and how did it go? (a few sentences)"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=6000,
    )
    receipts = MultipleFileField(label=_("Receipts"), required=False)
    photos = MultipleFileField(label=_("Photos"), required=False)

    def clean_amount_spent(self):
        amount = self.cleaned_data.get("amount_spent")
        if amount is not None and amount < 0:
            raise forms.ValidationError(_("The amount cannot be below € 0."))
        return amount


class BudgetForm(forms.ModelForm):
    class Meta:
        model = Budget
        fields = ["total"]
        localized_fields = ["total"]

    def clean_total(self):
        total = self.cleaned_data["total"]
        if total is not None and total < self.instance.committed:
            raise forms.ValidationError(
                _("The total cannot be below what is already promised (%(committed)s).")
                % {"committed": euros(self.instance.committed)}
            )
        return total


class FinderForm(forms.Form):
    amount = money(_("How much money do you need? (€)"), required=False)
    kinds = forms.MultipleChoiceField(
        label=_("What do you need money for?"),
        choices=CostKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    applicant_kind = forms.ChoiceField(
        label=_("Who applies?"), choices=ApplicantKind.choices, widget=forms.RadioSelect
    )
    starts_on = forms.DateField(label=_("When do you start?"), required=False, widget=DateInput())

    def clean_amount(self):
        return _positive(self.cleaned_data.get("amount"))
