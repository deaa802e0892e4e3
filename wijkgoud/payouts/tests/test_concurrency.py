"""Two budget holders at the same moment: an item never lands in two batches (PostgreSQL)."""

import threading

import pytest
from django.db import connection, connections

from wijkgoud.core.services import WorkflowError
from wijkgoud.payouts.models import PayableItem, PayoutBatch
from wijkgoud.payouts.services import confirm_batch_paid, create_batch, export_batch

from .factories import PayableItemFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor == "sqlite",
        reason="Needs real row locks and parallel connections: runs on PostgreSQL in CI.",
    ),
]


def _at_once(*jobs) -> list:
    """Run the jobs in threads that start together; each result or the exception it raised."""
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


def test_two_budget_holders_batching_the_same_items_never_share_one(
    almere_haven, budget_holder, second_budget_holder
):
    items = [PayableItemFactory() for _ in range(20)]
    ids = [item.pk for item in items]
    for _round in range(5):
        PayableItem.objects.update(status="waiting", batch=None)
        PayoutBatch.objects.all().delete()
        results = _at_once(
            lambda: create_batch(ids, area=almere_haven, actor=budget_holder),
            # the other takes an overlapping half, in the opposite order
            lambda: create_batch(ids[::-1][:10], area=almere_haven, actor=second_budget_holder),
        )
        made = [r for r in results if isinstance(r, PayoutBatch)]
        refused = [r for r in results if isinstance(r, WorkflowError)]
        assert (len(made), len(refused)) == (1, 1), results
        assert PayoutBatch.objects.count() == 1
        batch = made[0]
        assert PayableItem.objects.filter(batch=batch).count() == batch.item_count
        assert batch.total == sum(i.amount for i in PayableItem.objects.filter(batch=batch))


def test_two_people_exporting_one_batch_get_one_file(
    almere_haven, budget_holder, second_budget_holder, account
):
    batch = create_batch([PayableItemFactory().pk], area=almere_haven, actor=budget_holder)
    results = _at_once(
        lambda: export_batch(batch, actor=budget_holder),
        lambda: export_batch(batch, actor=second_budget_holder),
    )
    assert {r.message_id for r in results} == {PayoutBatch.objects.get().message_id}


def test_two_confirmations_at_once_pay_once(
    almere_haven, budget_holder, second_budget_holder, account, paid_sources
):
    from wijkgoud.core.tests.factories import UserFactory

    third = UserFactory(roles=[("budget_holder", almere_haven)])
    batch = create_batch([PayableItemFactory().pk], area=almere_haven, actor=budget_holder)
    export_batch(batch, actor=budget_holder)
    results = _at_once(
        lambda: confirm_batch_paid(batch, actor=second_budget_holder),
        lambda: confirm_batch_paid(batch, actor=third),
    )
    assert sum(isinstance(r, PayoutBatch) for r in results) == 1
    assert sum(isinstance(r, WorkflowError) for r in results) == 1
    assert len(paid_sources) == 1
