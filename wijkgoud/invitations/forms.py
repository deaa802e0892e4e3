import re

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from wijkgoud.activities.models import Activity, Occurrence

from .models import Invitation
from .services import DEFAULT_WEEKS

# A name, not contact details: a phone number or an e-mail address has no place on a card.
CONTACT_DETAILS = re.compile(r"@|\d{3,}")


def language_choices() -> list[tuple[str, str]]:
    """The card's languages, each by its own name, so the inviter finds the neighbour's."""
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class InvitationForm(forms.ModelForm):
    """Who, in which language, how, and whether the inviter comes along."""

    class Meta:
        model = Invitation
        fields = [
            "invitee_name",
            "language",
            "occurrence",
            "coffee_where_when",
            "channel",
            "company",
            "pick_up_at",
        ]
        widgets = {
            "channel": forms.RadioSelect,
            "company": forms.RadioSelect,
            "pick_up_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "coffee_where_when": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {"pick_up_at": _("Only when you pick them up.")}

    def __init__(self, *args, activity: Activity | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.activity = activity
        self.fields["invitee_name"].widget.attrs["autocomplete"] = "off"
        self.fields["language"] = forms.ChoiceField(
            label=_("Language of the invitation"),
            choices=language_choices(),
            widget=forms.RadioSelect,
            help_text=_("The card and the message are in this language."),
        )
        self.fields["channel"].choices = Invitation.Channel.choices
        self.fields["company"].choices = Invitation.Company.choices
        self.fields["company"].required = False
        if activity is None:
            del self.fields["occurrence"]
            self.fields["coffee_where_when"].required = True
        else:
            del self.fields["coffee_where_when"]
            self._date_choices(activity)

    def _date_choices(self, activity: Activity) -> None:
        dates = list(
            activity.occurrences.filter(
                ends_at__gte=timezone.now(), cancelled_at__isnull=True
            ).order_by("starts_at")[:10]
        )
        field = self.fields["occurrence"]
        field.queryset = Occurrence.objects.filter(pk__in=[d.pk for d in dates])
        field.label = _("Which date")
        field.empty_label = None
        field.required = self.has_dates = bool(dates)
        field.widget = forms.RadioSelect(choices=field.choices)
        field.label_from_instance = _date_label
        if dates and not self.initial.get("occurrence"):
            self.initial["occurrence"] = dates[0].pk

    def clean_invitee_name(self) -> str:
        name = self.cleaned_data["invitee_name"].strip()
        if CONTACT_DETAILS.search(name):
            raise forms.ValidationError(
                _("Write only a first name or initials, no phone number or e-mail address."),
                code="contact_details",
            )
        return name

    def clean(self):
        data = super().clean()
        if data.get("company") == Invitation.Company.PICK_UP and not data.get("pick_up_at"):
            self.add_error("pick_up_at", _("At what time will you pick them up? For example 9:45."))
        if data.get("company") != Invitation.Company.PICK_UP:
            data["pick_up_at"] = None
        return data


def _date_label(occurrence: Occurrence) -> str:
    starts = timezone.localtime(occurrence.starts_at)
    return f"{date_format(starts, 'l j F')}, {time_format(starts, 'H:i')}"


class OutcomeForm(forms.Form):
    status = forms.ChoiceField(choices=Invitation.Status.choices)
    weeks = forms.IntegerField(
        label=_("Remind me after (weeks)"),
        min_value=1,
        max_value=12,
        initial=DEFAULT_WEEKS,
        required=False,
    )


class ChooseForm(forms.Form):
    """Step one without an activity: find the activity to invite to."""

    q = forms.CharField(label=_("Search an activity"), max_length=60, required=False)
