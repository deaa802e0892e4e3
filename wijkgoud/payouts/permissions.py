"""Who may see and move payouts: the budget holders of the area; admins may look and download."""

import rules

from wijkgoud.core.models import RoleAssignment
from wijkgoud.core.permissions import acts_in, is_admin, is_budget_holder

from .models import PayoutBatch
from .services import may_confirm

can_see_payouts = is_budget_holder | is_admin


def can_move_batch(user, batch: PayoutBatch) -> bool:
    """Make, export, cancel and confirm: a budget holder of the batch's area."""
    return acts_in(user, batch.area, RoleAssignment.Role.BUDGET_HOLDER)


def can_confirm_batch(user, batch: PayoutBatch) -> bool:
    return (
        batch.status == PayoutBatch.Status.EXPORTED
        and can_move_batch(user, batch)
        and may_confirm(batch, user)
    )


def can_download_batch(user, batch: PayoutBatch) -> bool:
    """The bank file moves money: only budget holders of the area and admins take it."""
    return batch.status in (PayoutBatch.Status.EXPORTED, PayoutBatch.Status.PAID) and (
        is_admin(user) or can_move_batch(user, batch)
    )


rules.add_perm("payouts.see_payouts", can_see_payouts)
