from django import forms
from django.contrib import admin

from wijkgoud.initiatives.models import CostKind

from .forms import BudgetForm
from .models import Application, Budget, Fund


class FundAdminForm(forms.ModelForm):
    excluded_kinds = forms.MultipleChoiceField(
        label=Fund._meta.get_field("excluded_kinds").verbose_name,
        choices=CostKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Fund
        fields = [
            "name",
            "slug",
            "summary",
            "pays_for",
            "does_not_pay_for",
            "excluded_kinds",
            "min_amount",
            "max_amount",
            "accepts_person",
            "accepts_group",
            "accepts_foundation",
            "lead_time_days",
            "deadline_on",
            "route",
            "website",
            "is_active",
            "position",
        ]


@admin.register(Fund)
class FundAdmin(admin.ModelAdmin):
    form = FundAdminForm
    list_display = ["name", "route", "min_amount", "max_amount", "lead_time_days", "is_active"]
    list_filter = ["route", "is_active"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class BudgetAdminForm(BudgetForm):
    class Meta(BudgetForm.Meta):
        fields = ["fund", "year", "area", "total"]


@admin.register(Budget)
class BudgetAdmin(admin.ModelAdmin):
    form = BudgetAdminForm
    list_display = ["fund", "year", "area", "total", "committed"]
    list_filter = ["year", "fund"]
    readonly_fields = ["committed"]
    autocomplete_fields = ["area"]


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    """To look things up; every change goes through the application's own pages."""

    list_display = ["initiative", "fund", "area", "status", "amount_asked", "amount_granted"]
    list_filter = ["status", "fund"]
    search_fields = ["initiative__title"]
    list_select_related = ["initiative", "fund", "area"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
