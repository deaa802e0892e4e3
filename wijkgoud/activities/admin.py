from django.contrib import admin

from .models import Activity, ActivityText, Occurrence, Signup


class ActivityTextInline(admin.StackedInline):
    model = ActivityText
    extra = 0


@admin.register(Activity)
class ActivityAdmin(admin.ModelAdmin):
    list_display = ["title", "category", "area", "status", "repeat", "starts_on"]
    list_filter = ["status", "category", "repeat"]
    search_fields = ["title", "summary"]
    raw_id_fields = ["organiser", "area", "place"]
    inlines = [ActivityTextInline]


@admin.register(Occurrence)
class OccurrenceAdmin(admin.ModelAdmin):
    list_display = ["activity", "starts_at", "cancelled_at", "taken"]
    raw_id_fields = ["activity"]
    date_hierarchy = "starts_at"


@admin.register(Signup)
class SignupAdmin(admin.ModelAdmin):
    list_display = ["name", "occurrence", "people", "status", "created_at"]
    list_filter = ["status"]
    raw_id_fields = ["occurrence"]
    readonly_fields = ["token"]
