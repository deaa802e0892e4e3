"""Who may do what with expense claims. Seeing a claim at all goes through
ExpenseClaim.objects.visible_to(user): a stranger gets a 404."""

import rules

from wijkgoud.core.permissions import acts_in, is_active_resident, is_budget_holder, is_worker

APPROVERS = ("worker", "budget_holder")

can_claim = is_active_resident
can_see_approvals = is_worker | is_budget_holder


def can_decide_claim(user, claim) -> bool:
    """A worker or budget holder of the claim's area, and never the claimant."""
    return (
        user.is_authenticated
        and user.pk != claim.claimant_id
        and acts_in(user, claim.area, *APPROVERS)
    )


def can_decide_spending(user, request) -> bool:
    return (
        user.is_authenticated
        and user.pk != request.requester_id
        and acts_in(user, request.area, *APPROVERS)
    )


def can_edit_claim(user, claim) -> bool:
    return user.pk == claim.claimant_id and claim.is_editable


rules.add_perm("expenses.claim", can_claim)
rules.add_perm("expenses.see_approvals", can_see_approvals)
