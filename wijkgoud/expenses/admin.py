from django.contrib import admin

from .models import AllowanceRule, VolunteerYear


@admin.register(AllowanceRule)
class AllowanceRuleAdmin(admin.ModelAdmin):
    """Admins keep the yearly caps and the km rate up to date (never in code)."""

    list_display = [
        "year",
        "hourly_cap_adult",
        "hourly_cap_young",
        "month_cap",
        "year_cap",
        "km_rate",
    ]


@admin.register(VolunteerYear)
class VolunteerYearAdmin(admin.ModelAdmin):
    """Where a lower personal cap is set, for example for someone on social assistance."""

    list_display = ["user", "year", "mode", "under_21", "personal_cap"]
    list_filter = ["year", "mode"]
    search_fields = ["user__email", "user__display_name"]
    autocomplete_fields = ["user"]
