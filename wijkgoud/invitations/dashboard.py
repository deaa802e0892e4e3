"""My page: who is waiting to be invited again, and the reach in one line (2 queries)."""

from .permissions import can_invite
from .services import due_reminders, reach


def sections(request) -> list[dict]:
    user = request.user
    if not can_invite(user):
        return []
    due = list(
        due_reminders().filter(inviter=user).select_related("activity").order_by("remind_on")[:5]
    )
    return [
        {
            "template": "invitations/dashboard_section.html",
            "due": due,
            "reach": reach(user),
        }
    ]
