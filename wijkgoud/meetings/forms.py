from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import Area, Place, User
from wijkgoud.core.permissions import is_admin
from wijkgoud.glossary.forms import JargonCheckMixin

from .models import ActionItem, Idea, Lesson, Meeting, Series

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class MeetingForm(forms.ModelForm):
    """Plan or change a meeting. Rules between fields are checked here, with a clear message."""

    new_series_title = forms.CharField(
        label=_("or start a new series"),
        max_length=120,
        required=False,
        help_text=_(
            "A name for meetings that follow each other, for example “Kitchen visits 2027”."
        ),
    )

    held_at = forms.ChoiceField(
        label=_("Held at"),
        required=False,
        help_text=_("Your activity or initiative where it takes place: what we learn shows there."),
    )

    class Meta:
        model = Meeting
        fields = [
            "kind",
            "title",
            "starts_at",
            "ends_at",
            "area",
            "place",
            "address",
            "what_to_expect",
            "welcome_everyone",
            "welcome_active_residents",
            "welcome_workers",
            "welcome_budget_holders",
            "max_people",
            "languages",
            "series",
        ]
        widgets = {
            "starts_at": DATETIME,
            "ends_at": DATETIME,
            "what_to_expect": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "what_to_expect": _("In plain words: what you do together and what to bring.")
        }

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].widget = forms.RadioSelect(choices=Meeting.Kind.choices)
        if is_admin(user):
            areas = Area.objects.all()
        else:
            areas = Area.objects.where_user_acts(user, "worker", "active_resident")
        self.fields["area"].queryset = areas
        self.fields["place"].queryset = Place.objects.all()
        self.fields["place"].required = False
        visible = Meeting.objects.visible_to(user).values("series")
        self.fields["series"].queryset = Series.objects.filter(
            Q(pk__in=visible) | Q(created_by=user)
        )
        self.fields["series"].required = False
        for name in ("starts_at", "ends_at"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        self._hosts = hosts_of(self.instance.host if self.instance.pk else user)
        self.fields["held_at"].choices = [("", "—")] + [
            (group, [(key, str(obj)) for key, obj in found.items()])
            for group, found in self._hosts
            if found
        ]
        if self.instance.hosted_at_type_id:
            self.initial["held_at"] = (
                f"{self.instance.hosted_at_type.model}:{self.instance.hosted_at_id}"
            )

    def clean_held_at(self):
        """The chosen activity or initiative itself, or None."""
        key = self.cleaned_data["held_at"]
        for _group, found in self._hosts:
            if key in found:
                return found[key]
        return None

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The end must be after the start."))
        if starts and not self.instance.pk and starts < timezone.now():
            self.add_error("starts_at", _("Choose a moment in the future."))
        if not data.get("place") and not data.get("address", "").strip():
            self.add_error("place", _("Choose a place, or write the address."))
        if data.get("series") and data.get("new_series_title"):
            self.add_error("new_series_title", _("Choose a series or start a new one, not both."))
        return data


def hosts_of(user: User) -> list[tuple[str, dict]]:
    """Where a meeting of this user can be held: their activities and initiatives, by key."""
    from wijkgoud.activities.models import Activity
    from wijkgoud.initiatives.models import Initiative

    activities = Activity.objects.filter(organiser=user).order_by("title")
    initiatives = (
        Initiative.objects.filter(Q(owner=user) | Q(team=user)).distinct().order_by("title")
    )
    return [
        (_("Activities"), {f"activity:{a.pk}": a for a in activities}),
        (_("Initiatives"), {f"initiative:{i.pk}": i for i in initiatives}),
    ]


class SignupForm(forms.Form):
    show_name = forms.BooleanField(
        label=_("Show my name in the report"),
        required=False,
        help_text=_("Otherwise the report only counts you."),
    )


class GuestForm(forms.Form):
    name = forms.CharField(
        label=_("Name of someone without an account"),
        max_length=80,
        help_text=_("A first name is enough."),
    )


class NotesForm(JargonCheckMixin, forms.Form):
    jargon_fields = ("notes",)

    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 12})
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class IdeaForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        # Its own ids: the lesson form on the same page has a "text" field too.
        super().__init__(*args, auto_id="idea_%s", **kwargs)

    class Meta:
        model = Idea
        fields = ["text"]
        labels = {"text": _("New idea")}


class ActionForm(forms.ModelForm):
    """An action item: the owner is chosen from who is there, or written by name."""

    class Meta:
        model = ActionItem
        fields = ["what", "first_step", "owner", "owner_name", "due_on"]
        widgets = {"due_on": DATE}
        labels = {"owner": _("Owner (someone with an account)")}
        help_texts = {
            "first_step": _("The very first thing the owner does, for example “call Ahmed”."),
        }

    def __init__(self, *args, owners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owners
        self.fields["owner"].empty_label = _("— someone else: write the name below —")

    def clean(self):
        data = super().clean()
        if not data.get("owner") and not data.get("owner_name", "").strip():
            self.add_error("owner", _("Choose who owns this action, or write their name."))
        if data.get("owner") and data.get("owner_name", "").strip():
            self.add_error("owner_name", _("Choose one owner: from the list or by name."))
        due = data.get("due_on")
        if due and due < timezone.localdate():
            self.add_error("due_on", _("Choose today or a later date."))
        return data


class ParkForm(forms.Form):
    reason = forms.CharField(
        label=_("Why park this idea?"),
        max_length=300,
        help_text=_("For example: not now, first the summer party."),
    )


class ActionMoveForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), widget=forms.RadioSelect)
    outcome = forms.CharField(
        label=_("What happened?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Needed when it is done or dropped."),
    )

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = choices

    def clean(self):
        data = super().clean()
        if data.get("status") in {"done", "dropped"} and not data.get("outcome", "").strip():
            self.add_error("outcome", _("Write in a few words what happened."))
        return data


class LessonForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, auto_id="lesson_%s", **kwargs)

    class Meta:
        model = Lesson
        fields = ["text"]
        labels = {"text": _("What did we learn?")}
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}


class LessonSearchForm(forms.Form):
    q = forms.CharField(label=_("Search in what we learned"), max_length=100, required=False)
