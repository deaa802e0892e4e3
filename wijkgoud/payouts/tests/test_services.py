from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType

from wijkgoud.core.models import AuditEvent
from wijkgoud.core.services import WorkflowError
from wijkgoud.core.tests.factories import PlaceFactory
from wijkgoud.payouts import services
from wijkgoud.payouts.models import PayableItem, PayoutBatch
from wijkgoud.payouts.services import (
    cancel_batch,
    confirm_batch_paid,
    create_batch,
    export_batch,
    make_payable,
    payable_item_for,
)

from .factories import PayableItemFactory

Status = PayoutBatch.Status
pytestmark = pytest.mark.django_db


def _events(obj, action):
    return AuditEvent.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk), action=action
    )


def test_make_payable_records_the_item_once_per_source(de_werven, worker):
    claim = PlaceFactory(area=de_werven)
    first = make_payable(
        claim,
        amount=Decimal("23.40"),
        payee_name="Fatima",
        iban="nl91 abna 0417 1643 00",
        description="Declaratie 7",
        actor=worker,
    )
    again = make_payable(
        claim,
        amount=Decimal("99"),
        payee_name="X",
        iban="NL91ABNA0417164300",
        description="other",
        actor=worker,
    )
    assert again.pk == first.pk
    assert PayableItem.objects.get().amount == Decimal("23.40")
    assert first.iban == "NL91ABNA0417164300" and first.area == de_werven
    assert _events(first, "payable.created").count() == 1
    assert payable_item_for(claim) == first


@pytest.mark.parametrize(
    ("amount", "iban", "description"),
    [
        ("0", "NL91ABNA0417164300", "ok"),
        ("-5", "NL91ABNA0417164300", "ok"),
        ("5", "NL91ABNA0417164301", "ok"),
        ("5", "NL91ABNA0417164300", "x" * 141),
    ],
)
def test_make_payable_refuses_bad_input(de_werven, worker, amount, iban, description):
    with pytest.raises(Exception) as refused:
        make_payable(
            PlaceFactory(area=de_werven),
            amount=Decimal(amount),
            payee_name="F",
            iban=iban,
            description=description,
            actor=worker,
        )
    assert refused.value.messages
    assert not PayableItem.objects.exists()


def test_a_budget_holder_makes_a_batch_of_waiting_items(waiting_items, almere_haven, budget_holder):
    batch = create_batch([i.pk for i in waiting_items], area=almere_haven, actor=budget_holder)
    assert (batch.status, batch.item_count, batch.total) == (Status.OPEN, 3, Decimal("37.02"))
    assert set(PayableItem.objects.values_list("status", "batch")) == {("in_batch", batch.pk)}
    assert _events(batch, "batch.created").count() == 1
    assert AuditEvent.objects.filter(action="payable.batched").count() == 3


def test_an_item_already_in_a_batch_stops_the_whole_new_batch(
    open_batch, almere_haven, budget_holder
):
    extra = PayableItemFactory()
    taken = open_batch.items.first()
    with pytest.raises(WorkflowError):
        create_batch([extra.pk, taken.pk], area=almere_haven, actor=budget_holder)
    assert PayoutBatch.objects.count() == 1
    extra.refresh_from_db()
    assert extra.status == "waiting" and extra.batch is None


def test_only_a_budget_holder_of_the_area_makes_a_batch(waiting_items, almere_haven, worker):
    with pytest.raises(WorkflowError):
        create_batch([i.pk for i in waiting_items], area=almere_haven, actor=worker)
    assert not PayoutBatch.objects.exists()


def test_an_item_of_another_area_is_refused(almere_haven, budget_holder):
    from wijkgoud.core.tests.factories import AreaFactory

    elsewhere = PayableItemFactory(source__area=AreaFactory())
    with pytest.raises(WorkflowError):
        create_batch([elsewhere.pk], area=almere_haven, actor=budget_holder)


def test_export_fixes_the_file_once(open_batch, account, budget_holder):
    batch = export_batch(open_batch, actor=budget_holder)
    assert batch.status == Status.EXPORTED
    assert batch.message_id.startswith(f"WIJKGOUD-{batch.pk}-")
    assert (batch.debtor_iban, batch.exported_by) == (account.iban, budget_holder)
    fixed = (batch.message_id, batch.file_created_at, batch.file_sha256)
    account.iban = "NL02ABNA0123456789"
    account.save()
    again = export_batch(batch, actor=budget_holder)
    assert (again.message_id, again.file_created_at, again.file_sha256) == fixed
    assert again.debtor_iban == "NL91ABNA0417164300"
    assert _events(batch, "batch.exported").count() == 1


def test_export_without_a_paying_account_is_refused_and_changes_nothing(open_batch, budget_holder):
    with pytest.raises(WorkflowError, match="bank account"):
        export_batch(open_batch, actor=budget_holder)
    open_batch.refresh_from_db()
    assert open_batch.status == Status.OPEN and open_batch.message_id is None


def test_a_crash_while_building_the_file_leaves_the_batch_open(
    open_batch, account, budget_holder, monkeypatch
):
    def crash(batch):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services.sepa, "batch_xml", crash)
    with pytest.raises(RuntimeError):
        export_batch(open_batch, actor=budget_holder)
    open_batch.refresh_from_db()
    assert (open_batch.status, open_batch.message_id, open_batch.exported_at) == (
        Status.OPEN,
        None,
        None,
    )
    assert not _events(open_batch, "batch.exported").exists()


def test_a_second_person_confirms_and_every_source_is_marked_paid(
    exported_batch, second_budget_holder, paid_sources
):
    batch = confirm_batch_paid(exported_batch, actor=second_budget_holder)
    assert batch.status == Status.PAID and batch.confirmed_by == second_budget_holder
    items = list(batch.items.all())
    assert {i.status for i in items} == {"paid"} and all(i.paid_at for i in items)
    assert sorted(paid_sources) == sorted(
        (int(i.object_id), second_budget_holder.pk) for i in items
    )
    assert AuditEvent.objects.filter(action="payable.paid").count() == 3


def test_the_exporter_cannot_confirm_their_own_batch(exported_batch, budget_holder, paid_sources):
    with pytest.raises(WorkflowError, match="other than"):
        confirm_batch_paid(exported_batch, actor=budget_holder)
    assert paid_sources == []


def test_a_small_team_may_let_the_exporter_confirm(
    exported_batch, account, budget_holder, paid_sources
):
    account.second_person_confirms = False
    account.save()
    assert confirm_batch_paid(exported_batch, actor=budget_holder).status == Status.PAID


def test_a_source_that_refuses_leaves_nothing_paid(
    exported_batch, second_budget_holder, monkeypatch
):
    from wijkgoud.core.models import Place

    calls = []

    def mark_paid(self, *, actor):
        calls.append(self.pk)
        if len(calls) == 2:
            raise WorkflowError("This claim cannot be paid.")

    monkeypatch.setattr(Place, "mark_paid", mark_paid, raising=False)
    with pytest.raises(WorkflowError):
        confirm_batch_paid(exported_batch, actor=second_budget_holder)
    exported_batch.refresh_from_db()
    assert exported_batch.status == Status.EXPORTED and exported_batch.confirmed_at is None
    assert set(exported_batch.items.values_list("status", flat=True)) == {"in_batch"}
    assert not AuditEvent.objects.filter(action__in=["batch.paid", "payable.paid"]).exists()


def test_cancelling_puts_the_items_back_on_the_waiting_list(open_batch, budget_holder):
    ids = sorted(open_batch.items.values_list("pk", flat=True))
    cancel_batch(open_batch, actor=budget_holder)
    open_batch.refresh_from_db()
    assert open_batch.status == Status.CANCELLED
    assert set(PayableItem.objects.values_list("status", "batch")) == {("waiting", None)}
    assert _events(open_batch, "batch.cancelled").get().data == {"items": ids}


MOVES = [
    # from, to, allowed
    (Status.OPEN, Status.EXPORTED, True),
    (Status.OPEN, Status.CANCELLED, True),
    (Status.OPEN, Status.PAID, False),
    (Status.EXPORTED, Status.PAID, True),
    (Status.EXPORTED, Status.CANCELLED, True),
    (Status.PAID, Status.CANCELLED, False),
    (Status.PAID, Status.PAID, False),
    (Status.CANCELLED, Status.EXPORTED, False),
    (Status.CANCELLED, Status.PAID, False),
    (Status.CANCELLED, Status.CANCELLED, False),
]


def _batch_in(status, *, open_batch, account, budget_holder, second):
    if status in (Status.EXPORTED, Status.PAID):
        export_batch(open_batch, actor=budget_holder)
    if status == Status.PAID:
        confirm_batch_paid(open_batch, actor=second)
    if status == Status.CANCELLED:
        cancel_batch(open_batch, actor=budget_holder)
    open_batch.refresh_from_db()
    return open_batch


@pytest.mark.parametrize(("current", "target", "allowed"), MOVES)
def test_the_table_of_batch_moves(
    current,
    target,
    allowed,
    open_batch,
    account,
    budget_holder,
    second_budget_holder,
    paid_sources,
):
    batch = _batch_in(
        current,
        open_batch=open_batch,
        account=account,
        budget_holder=budget_holder,
        second=second_budget_holder,
    )
    move = {
        Status.EXPORTED: lambda: export_batch(batch, actor=budget_holder),
        Status.PAID: lambda: confirm_batch_paid(batch, actor=second_budget_holder),
        Status.CANCELLED: lambda: cancel_batch(batch, actor=budget_holder),
    }[target]
    if allowed:
        assert move().status == target
    else:
        with pytest.raises(WorkflowError):
            move()
        batch.refresh_from_db()
        assert batch.status == current
