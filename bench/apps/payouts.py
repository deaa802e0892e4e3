"""Payouts in the bench: 20,000 payable items in 200 batches, and the SEPA export timed.

The items' sources are the generated people (a payment "to" someone), so this module needs
no other app's bench data; the pages only read the items, never their sources.
"""

import random
from datetime import timedelta
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from schwifty import IBAN

from wijkgoud.core.models import Area, RoleAssignment, User
from wijkgoud.payouts.models import PayableItem, PayingAccount, PayoutBatch

from ..data import NAMES, PEOPLE
from ..measure import median_ms
from ..pages import Page

ACCOUNT_NAME = "Gemeente Almere (bench)"
ITEMS = 20_000
BATCH_SIZE = 100
WAITING = 1_000
BIG_BATCH = 1_000  # the batch the export is timed on


def is_present() -> bool:
    return PayingAccount.objects.filter(name=ACCOUNT_NAME).exists()


def generate(rng: random.Random) -> dict:
    PayingAccount.objects.create(name=ACCOUNT_NAME, iban="NL91ABNA0417164300", bic="ABNANL2A")
    holders = list(
        User.objects.filter(role_assignments__role=RoleAssignment.Role.BUDGET_HOLDER).values_list(
            "pk", "role_assignments__area"
        )
    )
    user_ids = list(User.objects.values_list("pk", flat=True)[:ITEMS])
    areas = list(Area.objects.filter(kind=Area.Kind.NEIGHBOURHOOD).values_list("pk", "parent"))
    user_type = ContentType.objects.get_for_model(User)
    now = timezone.now()
    # An IBAN per payee from a few hundred numbers: schwifty checks each one it makes.
    ibans = [
        IBAN.generate("NL", bank_code="INGB", account_code=f"{n:010d}").compact
        for n in range(1, 501)
    ]
    items = [
        PayableItem(
            content_type=user_type,
            object_id=str(user_id),
            area_id=rng.choice(areas)[0],
            amount=Decimal(rng.randrange(150, 25_000)) / 100,
            payee_name=rng.choice(NAMES),
            iban=rng.choice(ibans),
            description=f"Onkostendeclaratie {n + 1}",
            created_at=now - timedelta(days=rng.randrange(365)),
        )
        for n, user_id in enumerate(user_ids)
    ]
    parent_of = dict(areas)
    by_district: dict[int, list[PayableItem]] = {}
    for item in items[WAITING:]:
        by_district.setdefault(parent_of[item.area_id], []).append(item)
    holder_of = {area: user for user, area in holders}
    haven_holder = User.objects.get(email=PEOPLE["budget_holder"][0])
    batches, members = [], []
    for district, its_items in by_district.items():
        size = BIG_BATCH if not batches else BATCH_SIZE
        for start in range(0, len(its_items), size):
            chunk = its_items[start : start + size]
            by = holder_of.get(district, haven_holder.pk)
            batches.append(_batch(len(batches), district, chunk, by, now))
            members.append(chunk)
    # All but the newest 20 batches are paid; those 20 wait for a second person.
    for batch in batches[:-20]:
        batch.status, batch.confirmed_at = PayoutBatch.Status.PAID, now
    PayoutBatch.objects.bulk_create(batches, batch_size=500)
    for batch, chunk in zip(batches, members, strict=True):
        for item in chunk:
            item.batch = batch
            if batch.status == PayoutBatch.Status.PAID:
                item.status, item.paid_at = PayableItem.Status.PAID, now
            else:
                item.status = PayableItem.Status.IN_BATCH
    PayableItem.objects.bulk_create(items, batch_size=2000)
    return {"payable items": len(items), "payout batches": len(batches)}


def _batch(number, area_id, chunk, by, now) -> PayoutBatch:
    """An exported batch, as export_batch would leave it."""
    return PayoutBatch(
        area_id=area_id,
        status=PayoutBatch.Status.EXPORTED,
        item_count=len(chunk),
        total=sum(item.amount for item in chunk),
        created_by_id=by,
        exported_by_id=by,
        exported_at=now,
        file_created_at=now.replace(microsecond=0),
        execution_on=now.date(),
        message_id=f"WIJKGOUD-BENCH-{number + 1}",
        debtor_name=ACCOUNT_NAME,
        debtor_iban="NL91ABNA0417164300",
        debtor_bic="ABNANL2A",
    )


def pages() -> list[Page]:
    return [
        Page("/nl/payouts/", as_user="budget_holder"),
        Page("/nl/payouts/batches/", as_user="budget_holder"),
    ]


def timings() -> list[dict]:
    from wijkgoud.payouts.sepa import batch_xml

    batch = PayoutBatch.objects.filter(item_count=BIG_BATCH).first()
    return [
        {
            "name": f"payouts: export and validate a SEPA batch of {batch.item_count} payments",
            "median_ms": median_ms(lambda: batch_xml(batch), repeat=5),
            "target_ms": 2000,
        }
    ]
