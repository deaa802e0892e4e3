"""The expenses rows of the authorization table (see core/tests/test_authorization.py)."""

from wijkgoud.core.tests.access import ADMIN_RULE, only, signed_in
from wijkgoud.expenses import services
from wijkgoud.expenses.models import ExpenseClaim, VolunteerYear
from wijkgoud.expenses.receipts import CleanReceipt
from wijkgoud.expenses.tests.factories import (
    ExpenseClaimFactory,
    SpendingRequestFactory,
    jpeg_bytes,
)

APPROVERS = ("active_resident", "worker", "budget_holder")
POST_ONLY = signed_in(405)  # a GET is refused before anyone is looked at

ACCESS = {
    "expenses:my_costs": only("active_resident"),
    "expenses:my_costs_pdf": only("active_resident"),
    "expenses:choose_mode": POST_ONLY,
    "expenses:claim_new": only("active_resident"),
    "expenses:approvals": only("worker", "budget_holder"),
    # the claimant and the approvers of the area; the admin sees no claims (privacy)
    "expenses:claim_detail": only(*APPROVERS),
    "expenses:claim_edit": only("active_resident"),
    "expenses:line_add": only("active_resident"),
    "expenses:line_remove": POST_ONLY,
    "expenses:claim_submit": POST_ONLY,
    "expenses:claim_decide": POST_ONLY,
    "expenses:receipt": only(*APPROVERS),
    "expenses:receipt_thumbnail": only(*APPROVERS),
    "expenses:spending_new": only("active_resident"),
    "expenses:spending_detail": only(*APPROVERS),
    "expenses:spending_claim": POST_ONLY,
    "admin:expenses_allowancerule_changelist": ADMIN_RULE,
    "admin:expenses_volunteeryear_changelist": ADMIN_RULE,
}


def world(people, almere_haven) -> dict:
    resident = people["active_resident"]
    draft = ExpenseClaimFactory(claimant=resident)
    sent = ExpenseClaimFactory(claimant=resident, line=False)
    receipt = services.store_receipt(
        sent,
        CleanReceipt(jpeg_bytes(), "image/jpeg", "jpg", jpeg_bytes((40, 30))),
        name="bon.jpg",
        actor=resident,
    )
    sent.status = ExpenseClaim.Status.SUBMITTED
    sent.save(update_fields=["status"])
    VolunteerYear.objects.create(user=resident, year=2026, mode=VolunteerYear.Mode.ALLOWANCE)
    return {
        "draft_claim": draft,
        "sent_claim": sent,
        "receipt": receipt,
        "spending": SpendingRequestFactory(requester=resident),
    }


EXAMPLE_KWARGS = {
    "expenses:claim_detail": lambda world: {"pk": world["sent_claim"].pk},
    "expenses:claim_edit": lambda world: {"pk": world["draft_claim"].pk},
    "expenses:line_add": lambda world: {"pk": world["draft_claim"].pk},
    "expenses:line_remove": lambda world: {
        "pk": world["draft_claim"].pk,
        "line_pk": world["draft_claim"].lines.get().pk,
    },
    "expenses:claim_submit": lambda world: {"pk": world["draft_claim"].pk},
    "expenses:claim_decide": lambda world: {"pk": world["sent_claim"].pk},
    "expenses:receipt": lambda world: {"pk": world["receipt"].pk},
    "expenses:receipt_thumbnail": lambda world: {"pk": world["receipt"].pk},
    "expenses:spending_detail": lambda world: {"pk": world["spending"].pk},
    "expenses:spending_claim": lambda world: {"pk": world["spending"].pk},
}
