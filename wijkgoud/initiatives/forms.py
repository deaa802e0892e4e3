from decimal import Decimal

from django import forms
from django.core.validators import MinValueValidator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import Area, RoleAssignment, User
from wijkgoud.core.permissions import is_admin
from wijkgoud.glossary.forms import JargonCheckMixin

from .models import (
    ApplicantKind,
    BudgetLine,
    CostKind,
    Initiative,
    Milestone,
    OtherFunding,
    PlanSection,
)

AMOUNT_ERROR = _("Fill in an amount of more than € 0, for example 12.50.")
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
# Texts people write may be in another script than the page (Dutch on an Arabic page).
AUTO = {"dir": "auto"}


def areas_for(user: User, initiative: Initiative | None = None):
    """The areas someone may choose: the wijk where they are active and its buurten."""
    if is_admin(user):
        return Area.objects.order_by("kind", "name")
    held = RoleAssignment.objects.filter(user=user, role=RoleAssignment.Role.ACTIVE_RESIDENT)
    wijken = Area.objects.filter(
        Q(pk__in=held.values("area"), parent__isnull=True)
        | Q(pk__in=Area.objects.filter(pk__in=held.values("area")).values("parent"))
    )
    chosen = Q(pk__in=initiative.areas.values("pk")) if initiative and initiative.pk else Q()
    return Area.objects.filter(
        Q(pk__in=wijken.values("pk")) | Q(parent__in=wijken.values("pk")) | chosen
    ).order_by("kind", "name")


class InitiativeForm(forms.ModelForm):
    """The details of an initiative: what it is called, where, when and who applies."""

    class Meta:
        model = Initiative
        fields = [
            "title",
            "summary",
            "areas",
            "starts_on",
            "ends_on",
            "applicant_kind",
            "penvoerder_name",
        ]
        widgets = {
            "areas": forms.CheckboxSelectMultiple,
            "applicant_kind": forms.RadioSelect,
            "starts_on": DATE_INPUT,
            "ends_on": DATE_INPUT,
            "title": forms.TextInput(attrs=AUTO),
            "summary": forms.TextInput(attrs=AUTO),
            "penvoerder_name": forms.TextInput(attrs=AUTO),
        }
        help_texts = {
            "areas": _("Where does it happen? Choose one or more."),
            "starts_on": _("When do you want to start? You can change it later."),
        }

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["areas"].queryset = areas_for(user, self.instance)
        self.fields["areas"].error_messages["required"] = _("Choose at least one area.")
        self.fields["title"].error_messages["required"] = _("Give your initiative a name.")

    def clean(self):
        cleaned = super().clean()
        starts_on, ends_on = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("The end cannot be before the start."))
        if (
            cleaned.get("applicant_kind") == ApplicantKind.PENVOERDER
            and not cleaned.get("penvoerder_name", "").strip()
        ):
            self.add_error(
                "penvoerder_name", _("Write the name of the foundation that applies for you.")
            )
        return cleaned


class NewInitiativeForm(InitiativeForm):
    """Starting an idea asks only for a name, one sentence and where."""

    class Meta(InitiativeForm.Meta):
        fields = ["title", "summary", "areas"]


class SectionForm(JargonCheckMixin, forms.ModelForm):
    jargon_fields = ("text",)

    class Meta:
        model = PlanSection
        fields = ["text", "is_ready"]
        # The coach's question (id coach-question on the page) explains what to write.
        widgets = {
            "text": forms.Textarea(attrs={"rows": 8, "aria-describedby": "coach-question"} | AUTO)
        }
        labels = {"text": _("Your answer")}
        help_texts = {"is_ready": _("Tick this when you think this part is finished.")}

    def __init__(self, *args, has_lines: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_lines = has_lines
        # The coach's question first, then the checker's advice.
        attrs = self.fields["text"].widget.attrs
        attrs["aria-describedby"] = f"coach-question {attrs['aria-describedby']}"

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("is_ready") and not cleaned.get("text", "").strip() and not self.has_lines:
            self.add_error("is_ready", _("Write something first, then tick that it is ready."))
        return cleaned


class MilestoneForm(forms.ModelForm):
    class Meta:
        model = Milestone
        fields = ["title", "due_on", "is_done"]
        widgets = {"due_on": DATE_INPUT, "title": forms.TextInput(attrs=AUTO)}


class BudgetLineForm(forms.ModelForm):
    amount = forms.DecimalField(
        label=_("amount (€)"),
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"), message=AMOUNT_ERROR)],
        error_messages={"invalid": AMOUNT_ERROR},
        # In Dutch people write 12,50: read and show amounts the way the language does.
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )

    class Meta:
        model = BudgetLine
        fields = ["description", "kind", "amount"]
        widgets = {"description": forms.TextInput(attrs=AUTO)}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("choose a kind")), *CostKind.choices]


class OtherFundingForm(forms.ModelForm):
    amount = forms.DecimalField(
        label=_("amount (€)"),
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"), message=AMOUNT_ERROR)],
        error_messages={"invalid": AMOUNT_ERROR},
        # In Dutch people write 12,50: read and show amounts the way the language does.
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )

    class Meta:
        model = OtherFunding
        fields = ["source", "amount", "is_promised"]
        widgets = {"source": forms.TextInput(attrs=AUTO)}


def _formset(model, form):
    return forms.inlineformset_factory(
        Initiative, model, form=form, extra=2, can_delete=True, max_num=50, validate_max=True
    )


MilestoneFormSet = _formset(Milestone, MilestoneForm)
BudgetLineFormSet = _formset(BudgetLine, BudgetLineForm)
OtherFundingFormSet = _formset(OtherFunding, OtherFundingForm)


class FeedbackForm(forms.Form):
    text = forms.CharField(
        label=_("Your feedback on this part"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4} | AUTO),
        error_messages={"required": _("Write your feedback first.")},
    )


class StageForm(forms.Form):
    stage = forms.ChoiceField(choices=Initiative.Stage.choices)


class AddMemberForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address of the new team member"),
        help_text=_("They need a Wijkgoud account with this address."),
    )

    def __init__(self, *args, initiative: Initiative, **kwargs):
        super().__init__(*args, **kwargs)
        self.initiative = initiative

    def clean_email(self) -> User:
        email = self.cleaned_data["email"].lower()
        member = User.objects.filter(email=email).first()
        if member is None:
            raise forms.ValidationError(
                _("Nobody uses Wijkgoud with this address yet. Ask them to make an account first.")
            )
        if member.pk == self.initiative.owner_id or self.initiative.team.filter(pk=member.pk):
            raise forms.ValidationError(_("This person is already in the team."))
        return member
