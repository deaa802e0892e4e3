from django.contrib import admin

from .models import BudgetLine, Initiative, Milestone, OtherFunding, PlanSection


class PlanSectionInline(admin.StackedInline):
    model = PlanSection
    extra = 0
    fields = ["key", "text", "is_ready"]


class MilestoneInline(admin.TabularInline):
    model = Milestone
    extra = 0


class BudgetLineInline(admin.TabularInline):
    model = BudgetLine
    extra = 0


class OtherFundingInline(admin.TabularInline):
    model = OtherFunding
    extra = 0


@admin.register(Initiative)
class InitiativeAdmin(admin.ModelAdmin):
    """Admins can hand an initiative over to a new owner or correct its details."""

    list_display = ["title", "owner", "stage", "starts_on", "updated_at"]
    list_filter = ["stage", "applicant_kind"]
    search_fields = ["title", "owner__email", "owner__display_name"]
    autocomplete_fields = ["owner", "team", "areas"]
    inlines = [PlanSectionInline, MilestoneInline, BudgetLineInline, OtherFundingInline]
