"""Helper profiles in the admin. Needs are not: every look at a need must be logged and
scoped (views.need_for), which the admin's pages would bypass."""

from django.contrib import admin

from .models import HelperProfile


@admin.register(HelperProfile)
class HelperProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "languages", "active", "updated_at"]
    list_select_related = ["user"]
    filter_horizontal = ["areas"]
