"""Who may see, change and comment on an initiative.

The team (owner and members) edits; workers of its areas read and give feedback;
budget holders of its areas read (they decide on applications built from the plan);
admins read, help edit and give feedback. Everyone else does not see it (404).
"""

import rules

from wijkgoud.core.models import RoleAssignment
from wijkgoud.core.permissions import area_ids_where_user_acts, is_active_resident, is_admin

Role = RoleAssignment.Role


def _acts_in_areas_of(user, initiative, *roles: str) -> bool:
    if not user.is_authenticated:
        return False
    return initiative.areas.through.objects.filter(
        initiative=initiative, area__in=area_ids_where_user_acts(user, *roles)
    ).exists()


@rules.predicate
def is_initiative_owner(user, initiative) -> bool:
    return user.is_authenticated and initiative.owner_id == user.pk


@rules.predicate
def is_in_initiative_team(user, initiative) -> bool:
    """Owner or team member."""
    if not user.is_authenticated:
        return False
    if initiative.owner_id == user.pk:
        return True
    if "team" in getattr(initiative, "_prefetched_objects_cache", {}):
        return any(member.pk == user.pk for member in initiative.team.all())
    return initiative.team.filter(pk=user.pk).exists()


@rules.predicate
def is_worker_of_initiative(user, initiative) -> bool:
    """A worker in one of the initiative's areas (or in the wijk around it)."""
    return _acts_in_areas_of(user, initiative, Role.WORKER)


@rules.predicate
def is_budget_holder_of_initiative(user, initiative) -> bool:
    return _acts_in_areas_of(user, initiative, Role.BUDGET_HOLDER)


can_add_initiative = is_active_resident
can_view_initiative = (
    is_in_initiative_team | is_admin | is_worker_of_initiative | is_budget_holder_of_initiative
)
# Admins may help out where the team cannot do it alone.
can_change_initiative = is_in_initiative_team | is_admin
can_give_feedback = is_worker_of_initiative | is_admin
# Only the owner hands the initiative over or changes who is in the team.
can_manage_team = is_initiative_owner | is_admin

rules.add_perm("initiatives.add_initiative", can_add_initiative)
rules.add_perm("initiatives.view_initiative", can_view_initiative)
rules.add_perm("initiatives.change_initiative", can_change_initiative)
rules.add_perm("initiatives.give_feedback", can_give_feedback)
rules.add_perm("initiatives.manage_team", can_manage_team)
