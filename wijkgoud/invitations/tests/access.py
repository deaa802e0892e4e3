"""The invitations app's rows of the authorization table (see core's tests/access.py).

The example invitation is the active resident's: only they and the admin see it (others
get a 404); inviting is for active residents and workers."""

from wijkgoud.core.tests.access import ADMIN_RULE, only, signed_in

from .factories import InvitationFactory

ACCESS = {
    "invitations:mine": only("active_resident", "worker"),
    "invitations:create": only("active_resident", "worker"),
    "invitations:detail": only("active_resident", "admin"),
    "invitations:card_pdf": only("active_resident", "admin"),
    "invitations:outcome": signed_in(405),  # POST only
    "admin:invitations_invitation_changelist": ADMIN_RULE,
    "admin:invitations_invitation_add": ADMIN_RULE,
}


def world(people, almere_haven) -> dict:
    return {"invitation": InvitationFactory(inviter=people["active_resident"])}


def _invitation(world) -> dict:
    return {"pk": world["invitation"].pk}


EXAMPLE_KWARGS = {
    "invitations:detail": _invitation,
    "invitations:card_pdf": _invitation,
    "invitations:outcome": _invitation,
}
