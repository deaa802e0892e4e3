from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MailPreference


class MailPreferenceForm(forms.Form):
    mode = forms.ChoiceField(
        label=_("Mails about your messages"),
        choices=MailPreference.Mode.choices,
        widget=forms.RadioSelect,
    )
