"""Forms of the activities app: they validate and clean, nothing more."""

from datetime import date

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import Area, Place, postcode_validator
from wijkgoud.glossary.forms import JargonCheckMixin

from .images import clean_photo
from .models import Activity, ActivityText, Category, Signup, spoken_language_choices


def one_line(text: str) -> str:
    """The summary is one sentence: a textarea (for the jargon checker) may add line breaks."""
    return " ".join(text.split())


class FinderForm(forms.Form):
    """The finder's filters, sent as GET so a search can be bookmarked and shared."""

    WHEN_CHOICES = [
        ("", _("All coming dates")),
        ("today", _("Today")),
        ("week", _("This week")),
    ]
    when = forms.ChoiceField(label=_("When"), choices=WHEN_CHOICES, required=False)
    area = forms.ModelChoiceField(
        label=_("Neighbourhood"),
        queryset=Area.objects.none(),
        required=False,
        empty_label=_("All neighbourhoods"),
    )
    category = forms.ChoiceField(
        label=_("What"), choices=[("", _("Everything")), *Category.choices], required=False
    )
    language = forms.ChoiceField(label=_("Language spoken"), choices=[], required=False)
    free = forms.BooleanField(label=_("Free"), required=False)
    wheelchair = forms.BooleanField(label=_("Wheelchair accessible"), required=False)

    def __init__(self, *args, areas=None, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["area"].queryset = Area.objects.all()
        if areas is not None:
            self.fields["area"].choices = [("", _("All neighbourhoods")), *areas]
        self.fields["language"].choices = [
            ("", _("Any language")),
            *spoken_language_choices(),
        ]


class ActivityForm(JargonCheckMixin, forms.ModelForm):
    """What an organiser fills in; the dates follow from the schedule."""

    jargon_fields = ("summary", "description")

    spoken_languages = forms.MultipleChoiceField(
        label=_("Languages spoken"),
        choices=spoken_language_choices,
        widget=forms.CheckboxSelectMultiple,
        initial=["nl"],
    )
    # A place not in the list yet: the organiser adds it here, without leaving the form.
    new_place_name = forms.CharField(
        label=_("Name of the new place"),
        required=False,
        max_length=120,
        help_text=_("For example: the community room of the Lindenhof flats."),
    )
    new_place_street = forms.CharField(label=_("Street and number"), required=False, max_length=120)
    new_place_postcode = forms.CharField(
        label=_("Postcode"),
        required=False,
        max_length=7,
        help_text=_("For example 1354 AB."),
    )
    skipped_dates = forms.CharField(
        label=_("Dates without the activity"),
        required=False,
        help_text=_("For example holidays. Write dates like 24-12-2026, separated by commas."),
    )

    class Meta:
        model = Activity
        fields = [
            "title",
            "summary",
            "description",
            "category",
            "group_name",
            "area",
            "place",
            "spoken_languages",
            "repeat",
            "starts_on",
            "start_time",
            "end_time",
            "ends_on",
            "skipped_dates",
            "cost",
            "price",
            "capacity",
            "wheelchair_accessible",
            "children_welcome",
            "women_only",
            "no_signup_needed",
            "contact_phone",
            "contact_whatsapp",
            "photo",
        ]
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "end_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            # Textareas: the jargon checker follows what is typed in textareas.
            "summary": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 6}),
            "repeat": forms.RadioSelect,
            "cost": forms.RadioSelect,
            "contact_phone": forms.TextInput(attrs={"type": "tel"}),
        }
        help_texts = {
            "ends_on": _("For a repeating activity. Empty: it goes on."),
            "price": _("Only when it costs an amount."),
        }

    def __init__(self, *args, language: str | None = None, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.language = language or self.instance.language or "nl"
        self.fields["area"].queryset = Area.objects.filter(kind=Area.Kind.NEIGHBOURHOOD)
        self.fields["place"].queryset = Place.objects.select_related("area")
        self.fields["place"].required = False  # or a new place, see clean()
        self.fields["place"].help_text = _("Not in the list? Fill in the new place below.")
        if self.instance.pk:
            self.initial["spoken_languages"] = self.instance.language_codes
            self.initial["skipped_dates"] = ", ".join(
                date.fromisoformat(day).strftime("%d-%m-%Y") for day in self.instance.skipped_dates
            )

    def text_language(self) -> str:
        return self.language

    def clean_summary(self) -> str:
        return one_line(self.cleaned_data["summary"])

    def clean_spoken_languages(self) -> str:
        return "," + ",".join(self.cleaned_data["spoken_languages"]) + ","

    def clean_skipped_dates(self) -> list[str]:
        days = []
        for part in self.cleaned_data["skipped_dates"].replace(";", ",").split(","):
            if not part.strip():
                continue
            try:
                days.append(forms.DateField(input_formats=["%d-%m-%Y", "%Y-%m-%d"]).clean(part))
            except forms.ValidationError:
                raise forms.ValidationError(
                    _("“%(value)s” is not a date. Write it like 24-12-2026."),
                    params={"value": part.strip()},
                ) from None
        return sorted({day.isoformat() for day in days})

    def clean_starts_on(self) -> date:
        starts_on = self.cleaned_data["starts_on"]
        unchanged = self.instance.pk and starts_on == self.instance.starts_on
        if starts_on < timezone.localdate() and not unchanged:
            raise forms.ValidationError(_("This date is in the past. Choose today or later."))
        return starts_on

    def clean_photo(self):
        return clean_photo(self.cleaned_data.get("photo"))

    def clean(self):
        data = super().clean()
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("The end time must be after the start time."))
        starts_on, ends_on = data.get("starts_on"), data.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("The last date cannot be before the first date."))
        if data.get("cost") == Activity.Cost.AMOUNT:
            if not data.get("price"):
                self.add_error("price", _("Write the amount, for example 2.50."))
        else:
            data["price"] = None
        self._check_capacity(data.get("capacity"))
        self._check_place(data)
        return data

    NEW_PLACE_FIELDS = ("new_place_name", "new_place_street", "new_place_postcode")

    def _check_place(self, data: dict) -> None:
        typed = [name for name in self.NEW_PLACE_FIELDS if data.get(name)]
        if data.get("place") and typed:
            message = _("Choose a place from the list or fill in a new one, not both.")
            self.add_error("place", message)
        elif not data.get("place") and not typed and "place" not in self.errors:
            self.add_error("place", _("Choose a place, or fill in a new place below."))
        elif typed:
            for name in self.NEW_PLACE_FIELDS:
                if not data.get(name) and name not in self.errors:
                    self.add_error(name, _("Fill this in for the new place."))

    def clean_new_place_postcode(self) -> str:
        postcode = self.cleaned_data["new_place_postcode"].strip().upper()
        if postcode:
            postcode_validator(postcode)
        return postcode

    def new_place(self) -> Place | None:
        """The place the organiser filled in, not saved yet; None when they chose one."""
        data = self.cleaned_data
        if data.get("place"):
            return None
        return Place(
            name=data["new_place_name"],
            street_address=data["new_place_street"],
            postcode=data["new_place_postcode"],
            area=data["area"],
            wheelchair_accessible=data.get("wheelchair_accessible", False),
        )

    def _check_capacity(self, capacity) -> None:
        if not self.instance.pk or capacity is None:
            return
        fullest = (
            self.instance.occurrences.filter(ends_at__gte=timezone.now(), cancelled_at=None)
            .order_by("-taken")
            .first()
        )
        if fullest and fullest.taken > capacity:
            message = _(
                "%(taken)s people have already signed up for %(date)s. "
                "Choose at least %(taken)s places."
            )
            day = timezone.localtime(fullest.starts_at).strftime("%d-%m-%Y")
            self.add_error(
                "capacity",
                forms.ValidationError(message, params={"taken": fullest.taken, "date": day}),
            )


class ActivityTextForm(JargonCheckMixin, forms.ModelForm):
    """The activity's texts in one more language, written by a person."""

    jargon_fields = ("summary", "description")

    def __init__(self, *args, language: str = "nl", **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language

    def text_language(self) -> str:
        return self.language

    def clean_summary(self) -> str:
        return one_line(self.cleaned_data["summary"])

    class Meta:
        model = ActivityText
        fields = ["title", "summary", "description"]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 6}),
        }


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (optional)"),
        max_length=200,
        required=False,
        help_text=_("People who signed up get this in their mail."),
    )


class SignupForm(forms.ModelForm):
    """Sign up for one date without an account. `website` is a honeypot for robots."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    waiting_list = forms.BooleanField(
        label=_("If it is full: put me on the waiting list"), required=False
    )

    class Meta:
        model = Signup
        fields = ["name", "people", "phone", "email", "wants_company"]
        widgets = {
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "name": forms.TextInput(attrs={"autocomplete": "given-name"}),
        }
        help_texts = {
            "phone": _("Optional. Only the organiser sees it."),
            "email": _("Optional. Then you get a mail with the date and a link to cancel."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)

    def clean_website(self) -> str:
        if self.cleaned_data["website"]:
            raise forms.ValidationError(_("Leave this field empty."))
        return ""
