from django.contrib import admin

from . import services
from .models import ActionItem, Lesson, Meeting, Series


@admin.register(Series)
class SeriesAdmin(admin.ModelAdmin):
    list_display = ["title", "created_by", "created_at"]
    search_fields = ["title"]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "starts_at", "host", "area", "series"]
    list_filter = ["kind", "area"]
    search_fields = ["title"]
    date_hierarchy = "starts_at"
    raw_id_fields = ["host", "series", "place", "area"]
    exclude = ["notes_version", "hosted_at_type", "hosted_at_id"]


@admin.register(ActionItem)
class ActionItemAdmin(admin.ModelAdmin):
    """Admins may fix a typo or an owner; status moves go through the app (audited)."""

    list_display = ["what", "owner", "owner_name", "due_on", "status"]
    list_filter = ["status"]
    search_fields = ["what", "owner_name"]
    raw_id_fields = ["idea", "owner", "created_by"]
    readonly_fields = ["status", "outcome", "closed_at", "became_type", "became_id"]

    # What an admin changes shows at once in the meeting's ideas list (caching.py).
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        services.ideas_list_changed(obj.idea_id)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        services.ideas_list_changed(obj.idea_id)

    def delete_queryset(self, request, queryset):
        ideas = set(queryset.values_list("idea", flat=True))
        super().delete_queryset(request, queryset)
        for idea_id in ideas:
            services.ideas_list_changed(idea_id)


@admin.register(Lesson)
class LessonAdmin(admin.ModelAdmin):
    list_display = ["text", "meeting", "created_at"]
    search_fields = ["text"]
    raw_id_fields = ["meeting", "created_by"]
