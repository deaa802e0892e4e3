"""Two approvers at the same moment: one decision wins, the claim is payable once, and
paid once (PostgreSQL row locks)."""

import threading

import pytest
from django.db import connection, connections

from wijkgoud.core.models import AuditEvent
from wijkgoud.core.services import WorkflowError
from wijkgoud.expenses import services
from wijkgoud.expenses.models import ExpenseClaim
from wijkgoud.payouts.models import PayableItem

from .factories import ExpenseClaimFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor == "sqlite",
        reason="Needs real row locks and parallel connections: runs on PostgreSQL in CI.",
    ),
]


def _at_once(*jobs) -> list:
    start = threading.Barrier(len(jobs))
    results = [None] * len(jobs)

    def run(index, job):
        try:
            start.wait()
            results[index] = job()
        except Exception as error:
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_a_worker_and_a_budget_holder_deciding_at_once_make_one_decision(
    active_resident, worker, budget_holder
):
    for _round in range(5):
        claim = ExpenseClaimFactory(claimant=active_resident, submitted=True)
        results = _at_once(
            lambda claim=claim: services.decide_claim(claim, actor=worker, decision="approve"),
            lambda claim=claim: services.decide_claim(
                claim, actor=budget_holder, decision="reject", reason="Dubbel"
            ),
        )
        decided = [r for r in results if isinstance(r, ExpenseClaim)]
        refused = [r for r in results if isinstance(r, WorkflowError)]
        assert (len(decided), len(refused)) == (1, 1), results
        events = AuditEvent.objects.filter(
            object_id=str(claim.pk), action__in=["claim.approved", "claim.rejected"]
        )
        assert events.count() == 1
        payable = PayableItem.objects.filter(object_id=str(claim.pk)).count()
        assert payable == (1 if decided[0].status == "approved" else 0)


def test_marking_paid_twice_at_once_pays_once(active_resident, worker):
    claim = ExpenseClaimFactory(claimant=active_resident, approved=True)
    results = _at_once(lambda: claim.mark_paid(actor=worker), lambda: claim.mark_paid(actor=worker))
    assert sorted(type(r).__name__ for r in results) == ["ExpenseClaim", "WorkflowError"]
    assert AuditEvent.objects.filter(object_id=str(claim.pk), action="claim.paid").count() == 1
