"""The claim workflow: every allowed and refused move, who may make it, what it leaves."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from wijkgoud.core.models import AuditEvent, RoleAssignment
from wijkgoud.core.services import WorkflowError
from wijkgoud.core.tests.factories import AreaFactory, UserFactory
from wijkgoud.expenses import services
from wijkgoud.expenses.models import ClaimLine, ExpenseClaim, VolunteerYear
from wijkgoud.payouts.models import PayableItem

from .factories import ExpenseClaimFactory

pytestmark = pytest.mark.django_db
S = ExpenseClaim.Status
ALL = list(S)
ALLOWED = {
    (S.DRAFT, S.SUBMITTED),
    (S.SUBMITTED, S.APPROVED),
    (S.SUBMITTED, S.REJECTED),
    (S.SUBMITTED, S.QUESTIONS),
    (S.QUESTIONS, S.SUBMITTED),
    (S.APPROVED, S.PAID),
}
TRAITS = {s: {} if s == S.DRAFT else {str(s): True} for s in ALL}


def move(claim, target, *, resident, worker):
    if target == S.SUBMITTED:
        return services.submit_claim(claim, actor=resident, answer="Voor de koffieochtend")
    if target == S.PAID:
        return claim.mark_paid(actor=worker)
    decision = {S.APPROVED: "approve", S.REJECTED: "reject", S.QUESTIONS: "questions"}
    if target in decision:
        return services.decide_claim(claim, actor=worker, decision=decision[target], reason="Bon?")
    return None


@pytest.mark.parametrize("target", [s for s in ALL if s != S.DRAFT])
@pytest.mark.parametrize("current", ALL)
def test_the_table_of_moves(current, target, active_resident, worker, mailoutbox):
    claim = ExpenseClaimFactory(claimant=active_resident, **TRAITS[current])
    if (current, target) in ALLOWED:
        move(claim, target, resident=active_resident, worker=worker)
        claim.refresh_from_db()
        assert claim.status == target
        assert AuditEvent.objects.filter(
            object_id=str(claim.pk), action__startswith="claim."
        ).exists()
    else:
        with pytest.raises(WorkflowError):
            move(claim, target, resident=active_resident, worker=worker)
        claim.refresh_from_db()
        assert claim.status == current


def test_approving_makes_the_claim_payable_to_the_claimant_once(active_resident, worker):
    claim = ExpenseClaimFactory(claimant=active_resident, submitted=True)
    services.decide_claim(claim, actor=worker, decision="approve")
    item = PayableItem.objects.get()
    assert (item.amount, item.iban, item.payee_name) == (claim.total, claim.iban, "Fatima")
    assert item.source == claim


def test_a_worker_cannot_approve_own_claim(almere_haven):
    both = UserFactory(
        roles=[
            (RoleAssignment.Role.ACTIVE_RESIDENT, almere_haven),
            (RoleAssignment.Role.WORKER, almere_haven),
        ]
    )
    claim = ExpenseClaimFactory(claimant=both, submitted=True)
    with pytest.raises(WorkflowError, match="your own claim"):
        services.decide_claim(claim, actor=both, decision="approve")


def test_the_database_refuses_an_approver_who_is_the_claimant(active_resident):
    claim = ExpenseClaimFactory(claimant=active_resident, approved=True)
    claim.decided_by = active_resident
    with pytest.raises(IntegrityError), transaction.atomic():
        claim.save()


def test_the_database_refuses_a_rejection_without_reason(active_resident):
    claim = ExpenseClaimFactory(claimant=active_resident, rejected=True)
    claim.reason = ""
    with pytest.raises(IntegrityError), transaction.atomic():
        claim.save()


@pytest.mark.parametrize("who", ["active_resident", "outsider", "admin"])
def test_only_workers_and_budget_holders_of_the_area_decide(people, who):
    claim = ExpenseClaimFactory(submitted=True)
    with pytest.raises(WorkflowError):
        services.decide_claim(claim, actor=people[who], decision="approve")


def test_a_worker_of_another_area_cannot_decide(db):
    elsewhere = UserFactory(roles=[(RoleAssignment.Role.WORKER, AreaFactory())])
    claim = ExpenseClaimFactory(submitted=True)
    with pytest.raises(WorkflowError, match="of this area"):
        services.decide_claim(claim, actor=elsewhere, decision="approve")


def test_a_budget_holder_may_approve(budget_holder):
    claim = ExpenseClaimFactory(submitted=True)
    services.decide_claim(claim, actor=budget_holder, decision="approve")
    assert ExpenseClaim.objects.get().decided_by == budget_holder


def test_rejecting_needs_a_reason_and_the_claimant_sees_it(active_resident, worker, client):
    claim = ExpenseClaimFactory(claimant=active_resident, submitted=True)
    with pytest.raises(WorkflowError, match="reason"):
        services.decide_claim(claim, actor=worker, decision="reject", reason=" ")
    services.decide_claim(claim, actor=worker, decision="reject", reason="Dit was privé.")
    client.force_login(active_resident)
    page = client.get(f"/en/expenses/{claim.pk}/").text
    assert "rejected" in page and "Dit was privé." in page


def test_questions_go_back_to_the_claimant_who_answers_and_sends_again(active_resident, worker):
    claim = ExpenseClaimFactory(claimant=active_resident, submitted=True)
    services.decide_claim(
        claim, actor=worker, decision="questions", reason="Voor welke activiteit?"
    )
    with pytest.raises(WorkflowError, match="answer"):
        services.submit_claim(claim, actor=active_resident)
    services.submit_claim(claim, actor=active_resident, answer="De koffieochtend van 12 mei.")
    claim.refresh_from_db()
    assert (claim.status, claim.answer) == (S.SUBMITTED, "De koffieochtend van 12 mei.")
    actions = list(
        AuditEvent.objects.filter(object_id=str(claim.pk)).values_list("action", flat=True)
    )
    assert "claim.questions" in actions and "claim.resubmitted" in actions


def test_a_claim_is_paid_once_only(active_resident, worker, mailoutbox):
    claim = ExpenseClaimFactory(claimant=active_resident, approved=True)
    claim.mark_paid(actor=worker)
    with pytest.raises(WorkflowError):
        claim.mark_paid(actor=worker)
    assert AuditEvent.objects.filter(action="claim.paid").count() == 1
    assert ExpenseClaim.objects.get().paid_at is not None


def test_mails_go_out_in_the_language_of_each_recipient(
    active_resident, worker, mailoutbox, django_capture_on_commit_callbacks
):
    active_resident.preferred_language = "tr"
    active_resident.save()
    worker.preferred_language = "en"
    worker.save()
    claim = ExpenseClaimFactory(claimant=active_resident)
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_claim(claim, actor=active_resident)
    assert [m.to for m in mailoutbox] == [[worker.email]]
    assert mailoutbox[0].subject.startswith("A claim is waiting")
    assert f"/en/expenses/{claim.pk}/" in mailoutbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        services.decide_claim(claim, actor=worker, decision="approve")
    assert mailoutbox[1].to == [active_resident.email]
    assert f"/tr/expenses/{claim.pk}/" in mailoutbox[1].body


def test_sending_needs_costs_a_bank_account_and_receipts(active_resident):
    empty = ExpenseClaimFactory(claimant=active_resident, line=False)
    with pytest.raises(WorkflowError, match="at least one cost"):
        services.submit_claim(empty, actor=active_resident)
    meal = ExpenseClaimFactory(
        claimant=active_resident, line__category=ClaimLine.Category.MEAL, line__amount=Decimal("9")
    )
    with pytest.raises(WorkflowError, match="receipt is missing"):
        services.submit_claim(meal, actor=active_resident)


def test_with_the_fixed_allowance_no_receipts_are_needed(active_resident):
    VolunteerYear.objects.create(user=active_resident, year=2026, mode=VolunteerYear.Mode.ALLOWANCE)
    meal = ExpenseClaimFactory(
        claimant=active_resident,
        line__category=ClaimLine.Category.MEAL,
        line__amount=Decimal("9"),
        line__spent_on=date(2026, 3, 1),
    )
    assert services.submit_claim(meal, actor=active_resident).status == S.SUBMITTED


def test_only_the_claimant_sends_or_changes_a_claim(active_resident, worker):
    claim = ExpenseClaimFactory(claimant=active_resident)
    with pytest.raises(WorkflowError, match="Only the person"):
        services.submit_claim(claim, actor=worker)
    with pytest.raises(WorkflowError, match="Only the person"):
        services.update_claim(claim, actor=worker, title="Anders")
