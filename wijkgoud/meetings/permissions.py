"""Who may do what with meetings. Seeing a meeting at all goes through
Meeting.objects.visible_to(user) (a stranger gets a 404); these predicates come after."""

import rules

from wijkgoud.core.permissions import acts_in, is_active_resident, is_admin, is_worker

from .models import ActionItem, Meeting

# Workers and active residents organise kitchen visits and learning meetings.
can_organise = is_worker | is_active_resident | is_admin


def can_manage_meeting(user, meeting: Meeting) -> bool:
    """Change the meeting itself and see who comes: the host, a worker of its area, an admin."""
    if not user.is_authenticated:
        return False
    if meeting.host_id == user.pk or is_admin(user):
        return True
    return is_worker(user) and acts_in(user, meeting.area, "worker")


def can_take_part(user, meeting: Meeting, *, signed_up: bool) -> bool:
    """Write in the notes, capture ideas and actions: who manages it and who came."""
    return signed_up or can_manage_meeting(user, meeting)


def can_update_action(user, action: ActionItem, meeting: Meeting) -> bool:
    """Move an action on: its owner, or whoever manages the meeting it came from."""
    if not user.is_authenticated:
        return False
    return action.owner_id == user.pk or can_manage_meeting(user, meeting)


rules.add_perm("meetings.add_meeting", can_organise)
