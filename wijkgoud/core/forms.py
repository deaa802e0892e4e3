from django import forms
from django.conf import settings
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
