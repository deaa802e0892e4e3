"""Who may do what with a need. The need comes through Need.objects.visible_to(user) first;
these predicates read the roles cached on the user, so a page asks them without queries."""

import rules

from wijkgoud.core.permissions import (
    is_active_resident,
    is_admin,
    is_worker,
    role_assignments_of,
)

from .models import Need


def works_in(user, area) -> bool:
    """A worker of this area or of the wijk around it (no query: roles are cached)."""
    return any(
        a.role == "worker" and a.area_id in (area.pk, area.parent_id)
        for a in role_assignments_of(user)
    )


@rules.predicate
def can_record_need(user) -> bool:
    return is_active_resident(user) or is_worker(user)


def is_shared_with_wijkteam(need: Need) -> bool:
    return need.share_with == Need.Sharing.WIJKTEAM


def can_manage_need(user, need: Need) -> bool:
    """Move it, match it, set the follow-up: who brought it, who works on it, and — when
    the neighbour agreed to share it with the wijkteam — the area's workers."""
    if not user.is_authenticated or need.is_anonymised:
        return False
    if user.pk in (need.recorded_by_id, need.assigned_to_id):
        return True
    return is_shared_with_wijkteam(need) and works_in(user, need.area)


def can_accept_handover(user, need: Need) -> bool:
    return need.status == Need.Status.HANDED_OVER and user.pk == need.handed_over_to_id


def can_take_back(user, need: Need) -> bool:
    """Who handed it over may take it back while nobody accepted it yet."""
    return need.status == Need.Status.HANDED_OVER and user.pk == need.recorded_by_id


def can_hand_over(user, need: Need) -> bool:
    return (
        can_manage_need(user, need)
        and is_shared_with_wijkteam(need)
        and need.status in (Need.Status.NEW, Need.Status.PICKED_UP, Need.Status.MATCHED)
    )


def can_read_worker_notes(user, need: Need) -> bool:
    """Workers' own notes and the view log: for workers and administrators only, never
    for the active resident who brought the need."""
    return is_worker(user) or is_admin(user)


def can_offer_help(user) -> bool:
    return is_active_resident(user)
