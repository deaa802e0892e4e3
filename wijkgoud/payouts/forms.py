from django import forms
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import Area, RoleAssignment

from .models import PayableItem, PayoutBatch


class BatchForm(forms.Form):
    """Which waiting payments go in a new batch, and for which area."""

    area = forms.ModelChoiceField(label=_("Area"), queryset=Area.objects.none(), empty_label=None)
    items = forms.ModelMultipleChoiceField(
        label=_("Payments"),
        queryset=PayableItem.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one payment.")},
    )

    def __init__(self, *args, user, items, **kwargs):
        super().__init__(*args, **kwargs)
        areas = Area.objects.filter(
            role_assignments__user=user, role_assignments__role=RoleAssignment.Role.BUDGET_HOLDER
        ).distinct()
        self.fields["area"].queryset = areas
        if len(areas) == 1:
            self.fields["area"].initial = areas[0]
            self.fields["area"].widget = forms.HiddenInput()
        self.fields["items"].queryset = items


class ExportForm(forms.Form):
    pain_version = forms.ChoiceField(
        label=_("File format"),
        choices=PayoutBatch.PainVersion.choices,
        initial=PayoutBatch.PainVersion.PAIN_001_001_03,
        widget=forms.RadioSelect,
        help_text=_("Choose the newer format only when your bank asks for it."),
    )
