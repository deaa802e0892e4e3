"""Forms of the needs app: they validate and clean, nothing more."""

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkgoud.activities.models import Activity, spoken_language_choices
from wijkgoud.core.models import Area, User
from wijkgoud.glossary.forms import JargonCheckMixin

from .models import HelperProfile, Need, NeedCategory, Weekday

CONTACT_NEEDS = {
    "phone": ("phone", "whatsapp"),
    "email": ("email",),
    "address": ("visit",),
}


def as_codes(values) -> str:
    """["a", "b"] → ",a,b,": the list kept in one column (see models.codes)."""
    return "," + ",".join(values) + ("," if values else "")


def _area_field(required=True):
    return forms.ModelChoiceField(
        label=_("Your neighbourhood"),
        queryset=Area.objects.order_by("kind", "name"),
        required=required,
        empty_label=_("Choose"),
    )


class NeedFieldsForm(forms.ModelForm):
    """What both ways in share: the words, the categories, where, language, how to reach."""

    categories = forms.MultipleChoiceField(
        label=_("What is it about?"),
        choices=NeedCategory.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    days = forms.MultipleChoiceField(
        label=_("Which days suit?"),
        choices=Weekday.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    language = forms.ChoiceField(label=_("Which language do you prefer?"), choices=[])

    class Meta:
        model = Need
        fields = [
            "words", "categories", "area", "language", "days", "name", "contact_by",
            "phone", "email", "address", "contact_when",
        ]  # fmt: skip
        widgets = {
            "words": forms.Textarea(attrs={"rows": 4}),
            "contact_by": forms.RadioSelect,
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "name": forms.TextInput(attrs={"autocomplete": "given-name"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["language"].choices = spoken_language_choices()
        self.fields["area"].queryset = Area.objects.order_by("kind", "name")
        self.fields["area"].empty_label = _("Choose")
        if self.instance.pk:
            self.initial["categories"] = self.instance.category_codes
            self.initial["days"] = self.instance.day_codes

    def clean_categories(self) -> str:
        return as_codes(self.cleaned_data["categories"])

    def clean_days(self) -> str:
        return as_codes(self.cleaned_data["days"])

    def clean(self):
        cleaned = super().clean()
        way = cleaned.get("contact_by")
        messages = {
            "phone": _("Write a phone number, so we can call or send a message."),
            "email": _("Write an e-mail address, so we can write to you."),
            "address": _("Write the street and number, so someone can visit."),
        }
        for field, ways in CONTACT_NEEDS.items():
            if way not in ways:
                cleaned[field] = ""  # stored only when given to be reached that way
            elif not cleaned.get(field) and field not in self.errors:
                self.add_error(field, messages[field])
        return cleaned


class PublicNeedForm(NeedFieldsForm):
    """The public page "I have a question": no account; `website` is a honeypot for robots."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta(NeedFieldsForm.Meta):
        labels = {
            "words": _("What would you like? Write it in your own words."),
            "name": _("Your first name or initials"),
            "contact_by": _("How can we reach you?"),
            "contact_when": _("When can we reach you best?"),
        }
        help_texts = {
            "words": _("For example: I would like to practise Dutch. Do not write about illness."),
            "phone": _("Only if you want a call or a WhatsApp message."),
            "email": _("Only if you want an e-mail."),
            "address": _("Only if you want a visit."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_by"].choices = [
            c for c in Need.ContactBy.choices if c[0] != Need.ContactBy.RESIDENT
        ]

    def clean_website(self) -> str:
        if self.cleaned_data["website"]:
            raise forms.ValidationError(_("Leave this field empty."))
        return ""


class RecordNeedForm(NeedFieldsForm):
    """An active resident writes down a neighbour's need — only after the neighbour agreed."""

    agreed = forms.BooleanField(
        label=_("The neighbour agreed that I write this down."),
        error_messages={"required": _("Only write it down when the neighbour agreed.")},
    )

    class Meta(NeedFieldsForm.Meta):
        fields = [*NeedFieldsForm.Meta.fields, "consent_given_by", "consent_on", "consent_how",
                  "share_with"]  # fmt: skip
        widgets = {
            **NeedFieldsForm.Meta.widgets,
            "consent_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "consent_how": forms.RadioSelect,
            "share_with": forms.RadioSelect,
        }
        labels = {
            "words": _("The question in the neighbour's own words"),
            "language": _("Their preferred language"),
            "area": _("Their neighbourhood"),
        }
        help_texts = {
            "words": _("Write what they said. No medical details."),
            "consent_given_by": _("Usually the neighbour. A first name is enough."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent_how"].choices = [
            c for c in Need.ConsentHow.choices if c[0] != Need.ConsentHow.SELF
        ]
        self.fields["consent_on"].initial = timezone.localdate()
        self.fields["area"].label = _("Their neighbourhood")
        self.fields["language"].label = _("Their preferred language")

    def clean_consent_on(self):
        value = self.cleaned_data["consent_on"]
        if value and value > timezone.localdate():
            raise forms.ValidationError(_("This date is in the future."))
        return value


class HandOverForm(JargonCheckMixin, forms.Form):
    """A warm hand-over: to which worker, and a note in plain words."""

    jargon_fields = ("note",)
    to = forms.ModelChoiceField(label=_("Worker"), queryset=User.objects.none(), empty_label=None)
    note = forms.CharField(
        label=_("Note for the worker"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("What did you hear, what was tried, what would help? Plain words."),
    )

    def __init__(self, *args, workers=None, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["to"].queryset = workers if workers is not None else User.objects.none()


class AssignForm(forms.Form):
    to = forms.ModelChoiceField(label=_("Worker"), queryset=User.objects.none(), empty_label=None)

    def __init__(self, *args, workers=None, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["to"].queryset = workers if workers is not None else User.objects.none()


class MatchForm(forms.Form):
    activity = forms.ModelChoiceField(queryset=Activity.objects.public(), required=False)
    helper = forms.ModelChoiceField(queryset=User.objects.all(), required=False)


FOLLOW_UP_QUICK = [
    ("", _("No follow-up")),
    ("7", _("in 1 week")),
    ("21", _("in 3 weeks")),
    ("42", _("in 6 weeks")),
    ("91", _("in 3 months")),
]


class FollowUpForm(forms.Form):
    """ "Ask again in 3 weeks" as quick choices, or a date."""

    quick = forms.ChoiceField(label=_("Ask again"), choices=FOLLOW_UP_QUICK, required=False)
    on = forms.DateField(
        label=_("or on this date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("on"):
            if cleaned["on"] < timezone.localdate():
                self.add_error("on", _("This date is in the past."))
        elif cleaned.get("quick"):
            cleaned["on"] = timezone.localdate() + timedelta(days=int(cleaned["quick"]))
        return cleaned


class WorkerNoteForm(forms.Form):
    text = forms.CharField(
        label=_("Private note (only workers see it)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)


class HelperProfileForm(forms.ModelForm):
    """What an active resident offers to neighbours."""

    languages = forms.MultipleChoiceField(
        label=_("Languages I speak"), widget=forms.CheckboxSelectMultiple
    )
    categories = forms.MultipleChoiceField(
        label=_("I can help with"),
        choices=NeedCategory.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    days = forms.MultipleChoiceField(
        label=_("Days I can help"),
        choices=Weekday.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = HelperProfile
        fields = ["languages", "categories", "offer", "areas", "days", "available", "active"]
        widgets = {"areas": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["languages"].choices = spoken_language_choices()
        self.fields["areas"].queryset = Area.objects.order_by("kind", "name")
        if self.instance.pk:
            self.initial["languages"] = self.instance.language_codes
            self.initial["categories"] = self.instance.category_codes
            self.initial["days"] = self.instance.days.strip(",").split(",")

    def clean_languages(self) -> str:
        return as_codes(self.cleaned_data["languages"])

    def clean_categories(self) -> str:
        return as_codes(self.cleaned_data["categories"])

    def clean_days(self) -> str:
        return as_codes(self.cleaned_data["days"])
