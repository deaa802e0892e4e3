"""The organiser's block on "My page": the next dates of their activities and who is coming."""

from django.utils import timezone

from .models import Activity, Occurrence
from .permissions import can_create_activity, is_active_resident

TEMPLATE = "activities/includes/dashboard_section.html"


def sections(request) -> list[dict]:
    user = request.user
    if not can_create_activity(user):
        return []
    if not is_active_resident(user):
        # Workers and admins get the links only: My page stays within its few queries.
        return [{"template": TEMPLATE, "next_dates": [], "organises": False}]
    # What they organise themselves; all they may manage is on the "Activities I organise" page.
    mine = Activity.objects.filter(organiser=user).exclude(status=Activity.Status.CANCELLED)
    dates = list(
        Occurrence.objects.filter(activity__in=mine, ends_at__gte=timezone.now())
        .select_related("activity")
        .order_by("starts_at")[:5]
    )
    return [{"template": TEMPLATE, "next_dates": dates, "organises": True}]
