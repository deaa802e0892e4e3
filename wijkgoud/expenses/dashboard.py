"""The expenses block on My page: links only, read from the roles already loaded (no query)."""

from wijkgoud.core.permissions import Role, roles_of


def sections(request) -> list[dict]:
    roles = roles_of(request.user)
    claims = Role.ACTIVE_RESIDENT in roles
    approvals = bool(roles & {Role.WORKER, Role.BUDGET_HOLDER})
    if not (claims or approvals):
        return []
    return [
        {
            "template": "expenses/includes/dashboard.html",
            "claims": claims,
            "approvals": approvals,
        }
    ]
