"""Paying people: payable item → payout batch: open → exported → paid (or cancelled).

The contract for apps whose objects get paid (expense claims, grants):

1. When money becomes owed, the source's app calls, inside its own transaction::

       make_payable(claim, amount=..., payee_name=..., iban=..., description=..., actor=...)

   Once per source: a second call returns the same item unchanged (the database holds
   one item per source). Pass `area=` (or give the source an `area` attribute) so that
   only the budget holders of that area pay it. `description` is what the payee reads
   on their bank statement (at most 140 characters, say what it is for, no personal
   details beyond that).

2. The source's model has a method ``mark_paid(self, *, actor) -> None``. When a second
   person confirms a batch as paid, ``confirm_batch_paid`` calls
   ``item.source.mark_paid(actor=actor)`` for every item, inside the same transaction
   as the items' own move to paid: if one source refuses (raises), nothing is paid.
   mark_paid moves the source to its paid status, records its AuditEvent and tells its
   people (a mail in their language, enqueued with transaction.on_commit). It is never
   called twice for one source.

3. `payable_item_for(source)` tells the source's pages where the money is (waiting, in
   a batch, paid and when).
"""

import hashlib
from collections.abc import Iterable
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.utils.timezone import localdate, now
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import Area, AuditEvent, RoleAssignment, User
from wijkgoud.core.permissions import acts_in
from wijkgoud.core.services import WorkflowError, ensure_move, record_event

from . import sepa
from .models import PayableItem, PayingAccount, PayoutBatch, normalise_iban

Status = PayoutBatch.Status
MOVES = {
    Status.OPEN: {Status.EXPORTED, Status.CANCELLED},
    Status.EXPORTED: {Status.PAID, Status.CANCELLED},
    Status.PAID: set(),
    Status.CANCELLED: set(),
}
BUDGET_HOLDER = RoleAssignment.Role.BUDGET_HOLDER


def payable_item_for(source: models.Model) -> PayableItem | None:
    """The payable item of this source, if it has one."""
    return (
        PayableItem.objects.filter(
            content_type=ContentType.objects.get_for_model(source), object_id=str(source.pk)
        )
        .select_related("batch")
        .first()
    )


def make_payable(
    source: models.Model,
    *,
    amount: Decimal,
    payee_name: str,
    iban: str,
    description: str,
    actor: User | None,
    area: Area | None = None,
) -> PayableItem:
    """Record that the source owes `amount` to the payee; once per source (idempotent)."""
    existing = payable_item_for(source)
    if existing is not None:
        return existing
    amount = Decimal(amount)
    if amount <= 0:
        raise WorkflowError(_("The amount must be more than € 0."), code="amount")
    if len(description) > 140:
        raise WorkflowError(
            _("The bank statement text can be at most 140 characters."), code="description"
        )
    item = PayableItem(
        content_type=ContentType.objects.get_for_model(source),
        object_id=str(source.pk),
        area=area if area is not None else getattr(source, "area", None),
        amount=amount,
        payee_name=payee_name[:70],
        iban=normalise_iban(iban),
        description=description,
        created_by=actor if actor and actor.is_authenticated else None,
    )
    try:
        # A savepoint: when two requests make the same source payable at once, the
        # loser finds the winner's item instead of breaking the caller's transaction.
        with transaction.atomic():
            item.save()
    except IntegrityError:
        existing = payable_item_for(source)
        if existing is None:
            raise
        return existing
    record_event(item, "payable.created", actor=actor, data={"amount": str(amount)})
    return item


def _record_item_events(items: Iterable[PayableItem], action: str, *, actor, data=None) -> None:
    """One AuditEvent per item, written at once: a batch can hold a thousand items."""
    content_type = ContentType.objects.get_for_model(PayableItem)
    AuditEvent.objects.bulk_create(
        AuditEvent(
            content_type=content_type,
            object_id=str(item.pk),
            action=action,
            actor=actor,
            data=data or {},
        )
        for item in items
    )


def _ensure_budget_holder(actor: User, area: Area) -> None:
    if not acts_in(actor, area, BUDGET_HOLDER):
        raise WorkflowError(_("Only a budget holder of this area can do this."), code="role")


def items_for_area(area: Area):
    """What a batch of this area may pay: the area's items, its buurten's, and those without."""
    return PayableItem.objects.filter(Q(area=area) | Q(area__parent=area) | Q(area__isnull=True))


@transaction.atomic
def create_batch(
    item_ids: Iterable[int],
    *,
    area: Area,
    actor: User,
    pain_version: str = PayoutBatch.PainVersion.PAIN_001_001_03,
) -> PayoutBatch:
    """Put waiting items in a new open batch; an item taken by someone else stops it all."""
    _ensure_budget_holder(actor, area)
    item_ids = sorted(set(item_ids))
    if not item_ids:
        raise WorkflowError(_("Choose at least one payment."), code="empty")
    # Locked in one order, so two budget holders taking overlapping items wait, not deadlock.
    items = list(
        items_for_area(area).select_for_update(of=("self",)).filter(pk__in=item_ids).order_by("pk")
    )
    if len(items) != len(item_ids) or any(i.status != PayableItem.Status.WAITING for i in items):
        raise WorkflowError(
            _("Some of these payments are already in another batch. Look at the list again."),
            code="taken",
        )
    batch = PayoutBatch.objects.create(
        area=area,
        pain_version=pain_version,
        item_count=len(items),
        total=sum(item.amount for item in items),
        created_by=actor,
    )
    # The WHERE on status makes the database itself refuse an item that moved meanwhile.
    moved = PayableItem.objects.filter(
        pk__in=item_ids, status=PayableItem.Status.WAITING, batch__isnull=True
    ).update(status=PayableItem.Status.IN_BATCH, batch=batch)
    if moved != len(items):
        raise WorkflowError(_("Some of these payments are already in another batch."), code="taken")
    record_event(batch, "batch.created", actor=actor, data={"items": item_ids})
    _record_item_events(items, "payable.batched", actor=actor, data={"batch": batch.pk})
    return batch


def _lock(batch: PayoutBatch) -> PayoutBatch:
    return PayoutBatch.objects.select_for_update().get(pk=batch.pk)


@transaction.atomic
def export_batch(
    batch: PayoutBatch, *, actor: User, pain_version: str | None = None
) -> PayoutBatch:
    """Fix the SEPA file of an open batch (ids, time, account) and check it against the XSD.

    Exporting again changes nothing: the file is built from what the first export fixed."""
    batch = _lock(batch)
    if batch.status in (Status.EXPORTED, Status.PAID):
        return batch
    ensure_move(batch, Status.EXPORTED, MOVES)
    _ensure_budget_holder(actor, batch.area)
    account = PayingAccount.in_use()
    if account is None:
        raise WorkflowError(
            _("An administrator first needs to enter the bank account payouts are paid from."),
            code="no_account",
        )
    moment = now().replace(microsecond=0)
    batch.status = Status.EXPORTED
    batch.pain_version = pain_version or batch.pain_version
    batch.message_id = f"WIJKGOUD-{batch.pk}-{moment:%Y%m%d%H%M%S}"
    batch.file_created_at = moment
    batch.execution_on = localdate(moment)
    batch.debtor_name, batch.debtor_iban, batch.debtor_bic = account.name, account.iban, account.bic
    batch.exported_at, batch.exported_by = moment, actor
    try:
        content = sepa.batch_xml(batch)
    except sepa.SepaValidationError:
        raise WorkflowError(
            _("The bank file did not pass the SEPA check. Look at the names and IBANs in it."),
            code="invalid_file",
        ) from None
    batch.file_sha256 = hashlib.sha256(content).hexdigest()
    batch.save()
    record_event(
        batch,
        "batch.exported",
        actor=actor,
        data={"message_id": batch.message_id, "sha256": batch.file_sha256},
    )
    return batch


def record_download(batch: PayoutBatch, kind: str, *, actor: User) -> None:
    """Who took the bank file, and when: it moves money."""
    record_event(batch, f"batch.downloaded.{kind}", actor=actor)


def may_confirm(batch: PayoutBatch, user: User) -> bool:
    """Not the exporter, unless the paying account lets one person do both."""
    account = PayingAccount.in_use()
    second_person = account.second_person_confirms if account else True
    return not (second_person and batch.exported_by_id == user.pk)


@transaction.atomic
def confirm_batch_paid(batch: PayoutBatch, *, actor: User) -> PayoutBatch:
    """The bank paid the batch: its items and their sources move to paid, all or nothing."""
    batch = _lock(batch)
    ensure_move(batch, Status.PAID, MOVES)
    _ensure_budget_holder(actor, batch.area)
    if not may_confirm(batch, actor):
        raise WorkflowError(
            _("Someone other than the person who exported the batch confirms that it is paid."),
            code="same_person",
        )
    moment = now()
    items = list(
        PayableItem.objects.select_for_update(of=("self",))
        .filter(batch=batch)
        .order_by("pk")
        .prefetch_related("source")
    )
    PayableItem.objects.filter(batch=batch, status=PayableItem.Status.IN_BATCH).update(
        status=PayableItem.Status.PAID, paid_at=moment
    )
    batch.status, batch.confirmed_at, batch.confirmed_by = Status.PAID, moment, actor
    batch.save(update_fields=["status", "confirmed_at", "confirmed_by"])
    record_event(batch, "batch.paid", actor=actor)
    _record_item_events(items, "payable.paid", actor=actor, data={"batch": batch.pk})
    for item in items:
        mark_paid = getattr(item.source, "mark_paid", None)
        if mark_paid is None:  # the source is gone, or its app does not keep the contract
            raise WorkflowError(
                _("Payment %(reference)s no longer has its claim or grant. Ask an administrator."),
                params={"reference": item.end_to_end_id},
                code="source_gone",
            )
        mark_paid(actor=actor)
    return batch


@transaction.atomic
def cancel_batch(batch: PayoutBatch, *, actor: User) -> PayoutBatch:
    """Stop a batch that was not paid; its items wait for a new batch."""
    batch = _lock(batch)
    ensure_move(batch, Status.CANCELLED, MOVES)
    _ensure_budget_holder(actor, batch.area)
    items = list(PayableItem.objects.select_for_update().filter(batch=batch).order_by("pk"))
    PayableItem.objects.filter(batch=batch).update(status=PayableItem.Status.WAITING, batch=None)
    batch.status, batch.cancelled_at, batch.cancelled_by = Status.CANCELLED, now(), actor
    batch.save(update_fields=["status", "cancelled_at", "cancelled_by"])
    record_event(batch, "batch.cancelled", actor=actor, data={"items": [i.pk for i in items]})
    _record_item_events(items, "payable.unbatched", actor=actor, data={"batch": batch.pk})
    return batch
