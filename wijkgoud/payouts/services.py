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

from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import Area, User
from wijkgoud.core.services import WorkflowError, record_event

from .models import PayableItem, normalise_iban


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
