from django.contrib import admin

from .models import Invitation


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["invitee_name", "inviter", "activity", "status", "remind_on", "created_at"]
    list_filter = ["status", "channel", "language"]
    search_fields = ["invitee_name", "inviter__email", "inviter__display_name"]
    raw_id_fields = ["inviter", "activity", "occurrence", "need", "previous"]
    readonly_fields = ["reminded_for", "chain_start", "came_first_time", "created_at"]
