"""Who may do what. Plain predicates (rules), used by views and templates alike."""

import rules
from django.db.models import F

from .models import RoleAssignment

Role = RoleAssignment.Role


def role_assignments_of(user) -> list[RoleAssignment]:
    """The user's roles with their areas, read once per request and kept on the user object.

    Each comes with area_ids: its area and the buurten in it, joined in the same query, so
    knowing where someone acts (area_ids_where_user_acts, acts_in) takes no query at all."""
    if not user.is_authenticated:
        return []
    if not hasattr(user, "_wijkgoud_role_assignments"):
        rows = user.role_assignments.select_related("area").annotate(buurt=F("area__children"))
        assignments: dict[int, RoleAssignment] = {}
        for row in rows:
            assignment = assignments.setdefault(row.pk, row)
            if assignment is row:
                assignment.area_ids = [row.area_id] if row.area_id else []
            if row.buurt:
                assignment.area_ids.append(row.buurt)
        user._wijkgoud_role_assignments = list(assignments.values())
    return user._wijkgoud_role_assignments


def area_ids_where_user_acts(user, *roles: str) -> list[int]:
    """The areas where the user holds one of these roles: a wijk held brings its buurten.
    A plain list (no query): filters become "area_id IN (…)" instead of nested subqueries."""
    held = {pk for a in role_assignments_of(user) if a.role in roles for pk in a.area_ids}
    return sorted(held)


def roles_of(user) -> set[str]:
    """The roles a user holds; a superuser is always an admin."""
    roles = {assignment.role for assignment in role_assignments_of(user)}
    if user.is_superuser:
        roles.add(Role.ADMIN)
    return roles


@rules.predicate
def is_active_resident(user) -> bool:
    return Role.ACTIVE_RESIDENT in roles_of(user)


@rules.predicate
def is_worker(user) -> bool:
    return Role.WORKER in roles_of(user)


@rules.predicate
def is_budget_holder(user) -> bool:
    return Role.BUDGET_HOLDER in roles_of(user)


@rules.predicate
def is_admin(user) -> bool:
    return Role.ADMIN in roles_of(user)


@rules.predicate
def must_use_second_factor(user) -> bool:
    """People who see personal data or money need a second factor (TOTP)."""
    return bool(roles_of(user) & {Role.WORKER, Role.BUDGET_HOLDER, Role.ADMIN}) or user.is_staff


def acts_in(user, area, *roles: str) -> bool:
    """Does the user hold one of these roles for this area (or for the wijk around it)?"""
    return area is not None and area.pk in area_ids_where_user_acts(user, *roles)


can_view_history = is_worker | is_admin

# has_perm() reads the permission rule set (add_perm), not the default one (add_rule).
rules.add_perm("core.view_history", can_view_history)
