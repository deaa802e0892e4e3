"""My page: my actions (the overdue first) and the meetings I signed up for (2 queries)."""

from django.utils import timezone

from .models import Meeting
from .permissions import can_organise
from .selectors import my_open_actions, open_action_rows


def sections(request) -> list[dict]:
    user = request.user
    actions = open_action_rows(my_open_actions(user)[:5])
    upcoming = list(
        Meeting.objects.filter(signups__user=user, ends_at__gte=timezone.now())
        .order_by("starts_at")
        .values("pk", "title", "starts_at")[:5]
    )
    if not actions and not upcoming and not can_organise(user):
        return []
    return [
        {"template": "meetings/dashboard_section.html", "actions": actions, "upcoming": upcoming}
    ]
