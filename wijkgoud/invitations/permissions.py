"""Who may invite and who may record what became of an invitation. Seeing one at all goes
through Invitation.objects.visible_to(user) (a stranger gets a 404)."""

import rules

from wijkgoud.core.permissions import is_active_resident, is_worker

# Active residents invite their neighbours; workers sometimes do the same.
can_invite = is_active_resident | is_worker


def can_record_outcome(user, invitation) -> bool:
    """Only the inviter knows whether the neighbour came."""
    return user.is_authenticated and invitation.inviter_id == user.pk


rules.add_perm("invitations.add_invitation", can_invite)
