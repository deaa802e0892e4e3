"""Expense claims: draft → submitted → approved / rejected / questions (→ submitted) → paid.

Asking before spending: asked → approved / refused. Every move is an AuditEvent; the
approver is never the claimant (checked here and by a database constraint).
"""

from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Sum
from django.utils.crypto import get_random_string
from django.utils.timezone import now
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import Area, User
from wijkgoud.core.services import WorkflowError, ensure_move, record_event

from . import allowance, tasks
from .models import ClaimLine, ExpenseClaim, Receipt, SpendingRequest, VolunteerYear
from .permissions import can_decide_claim, can_decide_spending
from .receipts import CleanReceipt

Status = ExpenseClaim.Status
MOVES = {
    Status.DRAFT: {Status.SUBMITTED},
    Status.SUBMITTED: {Status.APPROVED, Status.REJECTED, Status.QUESTIONS},
    Status.QUESTIONS: {Status.SUBMITTED},
    Status.APPROVED: {Status.PAID},
    Status.REJECTED: set(),
    Status.PAID: set(),
}
SPENDING_MOVES = {
    SpendingRequest.Status.ASKED: {SpendingRequest.Status.APPROVED, SpendingRequest.Status.REFUSED},
    SpendingRequest.Status.APPROVED: set(),
    SpendingRequest.Status.REFUSED: set(),
}
DECISIONS = {"approve": Status.APPROVED, "reject": Status.REJECTED, "questions": Status.QUESTIONS}


def _locked(claim: ExpenseClaim) -> ExpenseClaim:
    return ExpenseClaim.objects.select_for_update().get(pk=claim.pk)


def _ensure_claimant_may_edit(claim: ExpenseClaim, actor: User) -> None:
    if actor != claim.claimant:
        raise WorkflowError(_("Only the person who made this claim can change it."))
    if not claim.is_editable:
        raise WorkflowError(_("This claim has been sent and cannot be changed now."))


@transaction.atomic
def create_claim(
    *,
    actor: User,
    area: Area,
    title: str,
    iban: str = "",
    account_holder: str = "",
    spending_request: SpendingRequest | None = None,
) -> ExpenseClaim:
    """Start a draft claim; receipts and lines are added to it one by one."""
    claim = ExpenseClaim.objects.create(
        claimant=actor,
        area=area,
        title=title,
        iban=iban,
        account_holder=account_holder,
        spending_request=spending_request,
    )
    record_event(claim, "claim.created", actor=actor)
    return claim


@transaction.atomic
def update_claim(claim: ExpenseClaim, *, actor: User, **fields) -> ExpenseClaim:
    claim = _locked(claim)
    _ensure_claimant_may_edit(claim, actor)
    for name, value in fields.items():
        setattr(claim, name, value)
    claim.save(update_fields=list(fields))
    record_event(claim, "claim.changed", actor=actor, data={"fields": sorted(fields)})
    return claim


@transaction.atomic
def store_receipt(claim: ExpenseClaim, clean: CleanReceipt, *, name: str, actor: User) -> Receipt:
    """Keep a checked receipt on the draft at once, so a form error never loses it."""
    _ensure_claimant_may_edit(claim, actor)
    stem = get_random_string(20)  # the claimant's file name is shown, never used as a path
    receipt = Receipt(
        claim=claim,
        content_type=clean.content_type,
        original_name=name[:200],
        size=len(clean.content),
    )
    receipt.file.save(f"{stem}.{clean.extension}", ContentFile(clean.content), save=False)
    if clean.thumbnail:
        receipt.thumbnail.save(f"{stem}-thumb.jpg", ContentFile(clean.thumbnail), save=False)
    receipt.save()
    record_event(claim, "claim.receipt_added", actor=actor, data={"receipt": receipt.pk})
    return receipt


def _update_total(claim: ExpenseClaim) -> None:
    claim.total = claim.lines.aggregate(total=Sum("amount"))["total"] or Decimal("0.00")
    claim.save(update_fields=["total"])


@transaction.atomic
def add_line(claim: ExpenseClaim, *, actor: User, receipts: list[Receipt], **fields) -> ClaimLine:
    """Add a cost with its receipts; receipts kept earlier but not chosen are thrown away."""
    claim = _locked(claim)
    _ensure_claimant_may_edit(claim, actor)
    line = ClaimLine.objects.create(claim=claim, **fields)
    chosen = [r.pk for r in receipts]
    claim.receipts.filter(line=None, pk__in=chosen).update(line=line)
    for unused in claim.receipts.filter(line=None):
        _delete_receipt(unused)
    _update_total(claim)
    record_event(claim, "claim.line_added", actor=actor, data={"line": line.pk})
    return line


def _delete_receipt(receipt: Receipt) -> None:
    files = [receipt.file, receipt.thumbnail]
    receipt.delete()
    for file in files:
        if file:
            transaction.on_commit(lambda name=file.name, storage=file.storage: storage.delete(name))


@transaction.atomic
def remove_line(line: ClaimLine, *, actor: User) -> None:
    claim = _locked(line.claim)
    _ensure_claimant_may_edit(claim, actor)
    for receipt in line.receipts.all():
        _delete_receipt(receipt)
    record_event(claim, "claim.line_removed", actor=actor, data={"description": line.description})
    line.delete()
    _update_total(claim)


def missing_receipts(claim: ExpenseClaim) -> list[ClaimLine]:
    """Lines that need a receipt (actual costs, not a distance) and have none."""
    modes = {}
    missing = []
    for line in claim.lines.prefetch_related("receipts"):
        year = line.spent_on.year
        if year not in modes:
            modes[year] = allowance.volunteer_year(claim.claimant, year).mode
        needs = line.category not in ClaimLine.NO_RECEIPT
        if needs and modes[year] == VolunteerYear.Mode.ACTUAL_COSTS and not line.receipts.all():
            missing.append(line)
    return missing


@transaction.atomic
def submit_claim(claim: ExpenseClaim, *, actor: User, answer: str = "") -> ExpenseClaim:
    """Send the claim to the neighbourhood team (again, after answering their questions)."""
    claim = _locked(claim)
    ensure_move(claim, Status.SUBMITTED, MOVES)
    _ensure_claimant_may_edit(claim, actor)
    if not claim.lines.exists():
        raise WorkflowError(_("Add at least one cost before you send the claim."))
    if not claim.iban or not claim.account_holder:
        raise WorkflowError(_("Fill in your bank account number and the name on the account."))
    if missing := missing_receipts(claim):
        raise WorkflowError(
            _("A receipt is missing for: %(lines)s."),
            params={"lines": ", ".join(line.description for line in missing)},
        )
    if claim.status == Status.QUESTIONS and not answer.strip():
        raise WorkflowError(_("Write an answer to the questions first."))
    was = claim.status
    claim.status, claim.submitted_at = Status.SUBMITTED, now()
    claim.answer = answer.strip() or claim.answer
    claim.save(update_fields=["status", "submitted_at", "answer"])
    record_event(
        claim,
        "claim.resubmitted" if was == Status.QUESTIONS else "claim.submitted",
        actor=actor,
        data={"total": str(claim.total)},
    )
    transaction.on_commit(lambda: tasks.notify_claim_submitted.enqueue(claim.pk))
    return claim


@transaction.atomic
def decide_claim(
    claim: ExpenseClaim, *, actor: User, decision: str, reason: str = ""
) -> ExpenseClaim:
    """Approve, reject (with a reason) or ask questions; never about one's own claim."""
    claim = _locked(claim)
    target = DECISIONS[decision]
    ensure_move(claim, target, MOVES)
    if actor == claim.claimant:
        raise WorkflowError(_("You cannot decide about your own claim."))
    if not can_decide_claim(actor, claim):
        raise WorkflowError(
            _("Only the neighbourhood team or a budget holder of this area decides.")
        )
    reason = reason.strip()
    if target != Status.APPROVED and not reason:
        raise WorkflowError(
            _("Write the reason or your questions, so the claimant knows what to do.")
        )
    claim.status, claim.reason = target, reason
    fields = ["status", "reason"]
    if target != Status.QUESTIONS:
        claim.decided_by, claim.decided_at = actor, now()
        fields += ["decided_by", "decided_at"]
    claim.save(update_fields=fields)
    data = {"reason": reason} if reason else {"total": str(claim.total)}
    if target == Status.APPROVED:
        data["warnings"] = allowance.cap_warnings(claim)
        _make_payable(claim, actor=actor)
    record_event(claim, f"claim.{target}", actor=actor, data=data)
    transaction.on_commit(lambda: tasks.notify_claim_decided.enqueue(claim.pk))
    return claim


def _make_payable(claim: ExpenseClaim, *, actor: User) -> None:
    from wijkgoud.payouts.services import make_payable

    make_payable(
        claim,
        amount=claim.total,
        payee_name=claim.account_holder,
        iban=claim.iban,
        description=str(_("Expense claim %(number)s") % {"number": claim.pk}),
        actor=actor,
    )


@transaction.atomic
def mark_claim_paid(claim: ExpenseClaim, *, actor: User | None) -> ExpenseClaim:
    """The money went out (payouts confirmed the batch); allowed once only."""
    claim = _locked(claim)
    ensure_move(claim, Status.PAID, MOVES)
    claim.status, claim.paid_at = Status.PAID, now()
    claim.save(update_fields=["status", "paid_at"])
    record_event(claim, "claim.paid", actor=actor, data={"total": str(claim.total)})
    transaction.on_commit(lambda: tasks.notify_claim_decided.enqueue(claim.pk))
    return claim


@transaction.atomic
def choose_mode(*, actor: User, year: int, mode: str, under_21: bool = False) -> VolunteerYear:
    """One mode per volunteer per year; it cannot change once a claim of that year is approved."""
    setting, _created = VolunteerYear.objects.select_for_update().get_or_create(
        user=actor, year=year, defaults={"mode": mode, "under_21": under_21}
    )
    if setting.mode != mode:
        decided = ClaimLine.objects.filter(
            claim__claimant=actor, claim__status__in=allowance.COUNTED, spent_on__year=year
        )
        if decided.exists():
            raise WorkflowError(
                _(
                    "Claims of %(year)s have been approved already: the way you are paid back "
                    "stays the same this year."
                ),
                params={"year": year},
            )
    setting.mode, setting.under_21 = mode, under_21
    setting.save(update_fields=["mode", "under_21"])
    record_event(setting, "volunteer_year.chosen", actor=actor, data={"mode": mode})
    return setting


@transaction.atomic
def ask_spending(*, actor: User, area: Area, amount: Decimal, purpose: str) -> SpendingRequest:
    request = SpendingRequest.objects.create(
        requester=actor, area=area, amount=amount, purpose=purpose
    )
    record_event(request, "spending.asked", actor=actor, data={"amount": str(amount)})
    transaction.on_commit(lambda: tasks.notify_spending_asked.enqueue(request.pk))
    return request


@transaction.atomic
def decide_spending(
    request: SpendingRequest, *, actor: User, approve: bool, reason: str = ""
) -> SpendingRequest:
    request = SpendingRequest.objects.select_for_update().get(pk=request.pk)
    target = SpendingRequest.Status.APPROVED if approve else SpendingRequest.Status.REFUSED
    ensure_move(request, target, SPENDING_MOVES)
    if not can_decide_spending(actor, request):
        raise WorkflowError(
            _("Only the neighbourhood team or a budget holder of this area decides.")
        )
    if not approve and not reason.strip():
        raise WorkflowError(_("Write the reason, so the person who asked knows why."))
    request.status, request.decided_by, request.decided_at = target, actor, now()
    request.reason = reason.strip()
    request.save(update_fields=["status", "decided_by", "decided_at", "reason"])
    record_event(request, f"spending.{target}", actor=actor, data={"reason": request.reason})
    transaction.on_commit(lambda: tasks.notify_spending_decided.enqueue(request.pk))
    return request


@transaction.atomic
def claim_from_spending(request: SpendingRequest, *, actor: User) -> ExpenseClaim:
    """An approved request becomes a draft claim with the same area and title."""
    if request.requester != actor or request.status != SpendingRequest.Status.APPROVED:
        raise WorkflowError(_("Only an approved request of your own can become a claim."))
    earlier = ExpenseClaim.objects.filter(claimant=actor).exclude(iban="").first()
    return create_claim(
        actor=actor,
        area=request.area,
        title=request.purpose[:120],
        iban=earlier.iban if earlier else "",
        account_holder=earlier.account_holder if earlier else "",
        spending_request=request,
    )
