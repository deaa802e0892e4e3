"""Payouts' rows of the authorization table (see wijkgoud/core/tests/access.py)."""

from wijkgoud.core.models import RoleAssignment
from wijkgoud.core.tests.access import ADMIN_RULE, only
from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.payouts.services import create_batch, export_batch

from .factories import PayableItemFactory, PayingAccountFactory

ACCESS = {
    "payouts:items": only("budget_holder", "admin"),
    "payouts:batches": only("budget_holder", "admin"),
    "payouts:batch_detail": only("budget_holder", "admin"),
    # moves are for the area's budget holders; an admin looks and downloads only
    "payouts:batch_export": only("budget_holder"),
    "payouts:batch_cancel": only("budget_holder"),
    # exported by another budget holder, so the named one may confirm it
    "payouts:batch_confirm": only("budget_holder"),
    "payouts:batch_sepa": only("budget_holder", "admin"),
    "payouts:batch_csv": only("budget_holder", "admin"),
    "admin:payouts_payingaccount_changelist": ADMIN_RULE,
    "admin:payouts_payingaccount_add": ADMIN_RULE,
}


def world(people, almere_haven) -> dict:
    """An open batch of the named budget holder, and one exported by a colleague."""
    PayingAccountFactory()
    colleague = UserFactory(roles=[(RoleAssignment.Role.BUDGET_HOLDER, almere_haven)])
    holder = people["budget_holder"]
    open_batch = create_batch([PayableItemFactory().pk], area=almere_haven, actor=holder)
    exported = create_batch([PayableItemFactory().pk], area=almere_haven, actor=colleague)
    export_batch(exported, actor=colleague)
    return {"open_batch": open_batch, "exported_batch": exported}


EXAMPLE_KWARGS = {
    "payouts:batch_detail": lambda world: {"pk": world["open_batch"].pk},
    "payouts:batch_export": lambda world: {"pk": world["open_batch"].pk},
    "payouts:batch_cancel": lambda world: {"pk": world["open_batch"].pk},
    "payouts:batch_confirm": lambda world: {"pk": world["exported_batch"].pk},
    "payouts:batch_sepa": lambda world: {"pk": world["exported_batch"].pk},
    "payouts:batch_csv": lambda world: {"pk": world["exported_batch"].pk},
}
