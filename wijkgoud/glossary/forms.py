from django import forms
from django.conf import settings
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from .checker import Advice, check_text
from .models import Suggestion, Term

CHECK_BUTTON = "check_text"


class JargonCheckMixin:
    """Adds the jargon checker to the text fields named in `jargon_fields`.

    The field's textarea gets data-jargon-check (the script checks while you type);
    without JavaScript the "Check my text" button sends the form back to its own view,
    which shows the advice and does not save: `if form.is_valid() and not form.is_checking`.
    """

    jargon_fields: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.jargon_fields:
            attrs = self.fields[name].widget.attrs
            attrs["data-jargon-check"] = reverse_lazy("glossary:check")
            described_by = [f"jargon-{self.add_prefix(name)}"]
            if self.fields[name].help_text:  # keep the help text's link that Django makes
                described_by.insert(0, f"{self[name].auto_id}_helptext")
            attrs["aria-describedby"] = " ".join(described_by)

    @property
    def is_checking(self) -> bool:
        """The writer asked for advice, not to save."""
        return self.is_bound and CHECK_BUTTON in self.data

    def text_language(self) -> str:
        """The language the writer writes in; the readability hints are for Dutch only."""
        return "nl"

    def jargon_advice(self, name: str) -> Advice | None:
        if not self.is_bound:
            return None
        return check_text(self.data.get(self.add_prefix(name), ""), self.text_language())


class TermForm(JargonCheckMixin, forms.ModelForm):
    jargon_fields = ("meaning",)

    class Meta:
        model = Term
        fields = ["word", "meaning", "example", "plain_words"]
        labels = {"word": _("The word"), "meaning": _("What it means, in plain Dutch")}
        help_texts = {
            "word": _("A word from a letter, a form or a meeting that people do not understand."),
            "meaning": _("Short sentences and everyday words. Write as you would say it."),
            "example": _("A sentence in which you meet the word."),
        }
        widgets = {
            "meaning": forms.Textarea(attrs={"rows": 4}),
            "example": forms.Textarea(attrs={"rows": 2}),
        }


class SuggestionForm(JargonCheckMixin, forms.ModelForm):
    jargon_fields = ("meaning",)
    language = forms.ChoiceField(
        label=_("In which language do you explain it?"), choices=settings.LANGUAGES
    )

    def text_language(self) -> str:
        language = self.data.get(self.add_prefix("language"), "nl")
        return language if language in dict(settings.LANGUAGES) else "nl"

    class Meta:
        model = Suggestion
        fields = ["language", "meaning", "example"]
        widgets = {
            "meaning": forms.Textarea(attrs={"rows": 4}),
            "example": forms.Textarea(attrs={"rows": 2}),
        }


class CheckForm(forms.Form):
    text = forms.CharField(label=_("Your text"), widget=forms.Textarea, max_length=20_000)
