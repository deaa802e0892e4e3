from functools import cache

from django import forms
from django.conf import settings
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import User


class SignupForm(forms.Form):
    """Extra sign-up field for allauth; a password is optional (sign in by e-mail code)."""

    display_name = forms.CharField(
        label=_("Your name"),
        max_length=80,
        required=False,
        help_text=_("How others see you. A first name is enough."),
    )

    def signup(self, request, user) -> None:
        user.display_name = self.cleaned_data["display_name"]
        user.save(update_fields=["display_name"])


class ProfileForm(forms.ModelForm):
    """What someone may change about themselves; the e-mail address lives with allauth."""

    preferred_language = forms.ChoiceField(
        label=_("language"),
        choices=settings.LANGUAGES,
        help_text=_("We write to you in this language."),
    )

    class Meta:
        model = User
        fields = ["display_name", "preferred_language", "phone"]
        help_texts = {"phone": _("Only if you want to be called. Others do not see it.")}
        widgets = {"phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"})}


@cache
def _empty_form_html(form_class: type[forms.BaseForm], language: str) -> str:
    return str(form_class())


def empty_form(form_class: type[forms.BaseForm]) -> SafeString:
    """A form with nothing filled in, as HTML, made once per language in this process: a page
    that shows everyone the same empty form (a sign-up, "capture an idea") need not render
    it field by field each time. Only for forms without choices from the database; a form
    sent back with errors is rendered as usual."""
    return mark_safe(_empty_form_html(form_class, get_language()))
