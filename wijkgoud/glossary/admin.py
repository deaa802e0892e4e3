from django import forms
from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .marking import forget_terms
from .models import Suggestion, Term


def _other_languages() -> list[tuple[str, str]]:
    return [(code, name) for code, name in settings.LANGUAGES if code != "nl"]


class TermAdminForm(forms.ModelForm):
    """One text box per UI language instead of raw JSON; a new language gets a box by itself."""

    class Meta:
        model = Term
        fields = ["word", "slug", "kind", "status", "meaning", "example", "plain_words", "variants"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, name in _other_languages():
            self.fields[f"meaning_{code}"] = forms.CharField(
                label=_("Meaning in %(language)s") % {"language": name},
                required=False,
                widget=forms.Textarea(attrs={"rows": 3}),
                initial=self.instance.translations.get(code, ""),
            )

    def save(self, commit=True):
        self.instance.translations = {
            code: self.cleaned_data[f"meaning_{code}"].strip()
            for code, _name in _other_languages()
            if self.cleaned_data.get(f"meaning_{code}", "").strip()
        }
        return super().save(commit)


@admin.register(Term)
class TermAdmin(admin.ModelAdmin):
    form = TermAdminForm
    list_display = ["word", "kind", "status", "plain_words", "proposed_by"]
    list_filter = ["status", "kind"]
    search_fields = ["word", "plain_words", "meaning"]
    prepopulated_fields = {"slug": ["word"]}
    readonly_fields = ["proposed_by", "decided_by", "decided_at", "created_at"]

    def get_fields(self, request, obj=None):
        fields = ["word", "slug", "kind", "status", "meaning", "example", "plain_words", "variants"]
        return fields + [f"meaning_{code}" for code, _name in _other_languages()] + [
            "proposed_by", "decided_by", "decided_at", "created_at"
        ]  # fmt: skip

    def get_form(self, request, obj=None, change=False, **kwargs):
        # The per-language boxes are the form's own fields, not the model's.
        extra = {f"meaning_{code}" for code, _name in _other_languages()}
        if kwargs.get("fields"):
            kwargs["fields"] = [name for name in kwargs["fields"] if name not in extra]
        return super().get_form(request, obj, change, **kwargs)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        forget_terms()  # every page explains the words as they are now


@admin.register(Suggestion)
class SuggestionAdmin(admin.ModelAdmin):
    list_display = ["term", "language", "status", "proposed_by", "created_at"]
    list_filter = ["status", "language"]
    autocomplete_fields = ["term"]
    readonly_fields = ["proposed_by", "decided_by", "decided_at", "created_at"]
