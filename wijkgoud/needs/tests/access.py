"""The needs app's rows of the authorization table (see core's tests/access.py).

The example need is recorded by the active resident in De Werven, and the neighbour agreed
to share it with the wijkteam: the worker (Almere Haven) sees and works on it, the admin
only sees it, the budget holder and the outsider get a 404."""

from wijkgoud.core.tests.access import ADMIN_RULE, REDIRECT, anyone, only, signed_in

from .factories import HelperProfileFactory, NeedFactory

POST_ONLY = signed_in(405)

ACCESS = {
    "needs:ask": anyone(),
    "needs:ask_done": anyone(REDIRECT),  # without a question sent first: back to the form
    "needs:list": signed_in(),
    "needs:inbox": only("worker"),
    "needs:record": only("active_resident", "worker"),
    "needs:helper_profile": only("active_resident"),
    "needs:detail": only("active_resident", "worker", "admin"),
    "needs:hand_over": only("active_resident", "worker"),
    "needs:move": POST_ONLY,
    "needs:assign": POST_ONLY,
    "needs:match": POST_ONLY,
    "needs:follow_up": POST_ONLY,
    "needs:note_add": POST_ONLY,
    "admin:needs_helperprofile_changelist": ADMIN_RULE,
    "admin:needs_helperprofile_add": ADMIN_RULE,
}


def world(people, almere_haven) -> dict:
    de_werven = almere_haven.children.get(cbs_code="BU00340102")
    need = NeedFactory(recorded_by=people["active_resident"], area=de_werven, shared=True)
    HelperProfileFactory(user=people["active_resident"], areas=[de_werven])
    return {"need": need}


EXAMPLE_KWARGS = {
    name: (lambda world: {"pk": world["need"].pk})
    for name in [
        "needs:detail", "needs:hand_over", "needs:move", "needs:assign", "needs:match",
        "needs:follow_up", "needs:note_add",
    ]
}  # fmt: skip
