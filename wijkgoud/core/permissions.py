"""Who may do what. Plain predicates (rules), used by views and templates alike."""

import rules

from .models import Area, RoleAssignment

Role = RoleAssignment.Role


def role_assignments_of(user) -> list[RoleAssignment]:
    """The user's roles with their areas, read once per request and kept on the user object."""
    if not user.is_authenticated:
        return []
    if not hasattr(user, "_wijkgoud_role_assignments"):
        user._wijkgoud_role_assignments = list(user.role_assignments.select_related("area"))
    return user._wijkgoud_role_assignments


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
    return Area.objects.where_user_acts(user, *roles).filter(pk=area.pk).exists()


can_view_history = is_worker | is_admin

# has_perm() reads the permission rule set (add_perm), not the default one (add_rule).
rules.add_perm("core.view_history", can_view_history)
