"""Expenses in the bench: 50,000 claims with a line each, by the city's active residents.

About one claim in ten waits for a decision; the bench worker (Almere Haven) has a few
thousand of those in their list, the page measured against the framework floor.
"""

import random
from datetime import timedelta
from decimal import Decimal

from django.db import connection
from django.utils import timezone

from wijkgoud.core.models import Area, RoleAssignment, User
from wijkgoud.expenses.models import ClaimLine, ExpenseClaim

from ..data import HAVEN, PEOPLE
from ..measure import median_ms
from ..pages import Page

CLAIMS = 50_000
TITLE = "Bench-declaratie"
S = ExpenseClaim.Status
# status: weight
STATUSES = {S.DRAFT: 5, S.SUBMITTED: 10, S.QUESTIONS: 3, S.APPROVED: 12, S.REJECTED: 5, S.PAID: 65}
CATEGORIES = [c for c in ClaimLine.Category if c not in ClaimLine.KM_CATEGORIES | {"allowance"}]


def is_present() -> bool:
    return ExpenseClaim.objects.filter(title__startswith=TITLE).exists()


def generate(rng: random.Random) -> dict:
    residents = list(
        User.objects.filter(role_assignments__role=RoleAssignment.Role.ACTIVE_RESIDENT).values_list(
            "pk", flat=True
        )
    )
    approvers = list(
        User.objects.filter(role_assignments__role=RoleAssignment.Role.WORKER).values_list(
            "pk", flat=True
        )
    )
    buurten = list(Area.objects.filter(kind=Area.Kind.NEIGHBOURHOOD).values_list("pk", flat=True))
    haven = list(Area.objects.filter(parent__cbs_code=HAVEN).values_list("pk", flat=True))
    statuses, weights = zip(*STATUSES.items(), strict=True)
    now = timezone.now()
    claims = []
    for n in range(CLAIMS):
        status = rng.choices(statuses, weights)[0]
        created = now - timedelta(days=rng.randrange(730), minutes=rng.randrange(1440))
        decided = status in (S.APPROVED, S.REJECTED, S.PAID)
        claims.append(
            ExpenseClaim(
                claimant_id=rng.choice(residents),
                # Almere Haven is one wijk of seven, with a tenth of the claims.
                area_id=rng.choice(haven if rng.random() < 0.1 else buurten),
                title=f"{TITLE} {n + 1}",
                status=status,
                iban="NL91ABNA0417164300",
                account_holder="Bench",
                total=Decimal(rng.randrange(150, 25_000)) / 100,
                submitted_at=None if status == S.DRAFT else created + timedelta(hours=2),
                decided_by_id=rng.choice(approvers) if decided else None,
                decided_at=created + timedelta(days=3) if decided else None,
                reason="Geen bon" if status in (S.REJECTED, S.QUESTIONS) else "",
                paid_at=created + timedelta(days=10) if status == S.PAID else None,
            )
        )
    claims = ExpenseClaim.objects.bulk_create(claims, batch_size=2000)
    ClaimLine.objects.bulk_create(
        (
            ClaimLine(
                claim=claim,
                category=rng.choice(CATEGORIES),
                spent_on=(now - timedelta(days=rng.randrange(730))).date(),
                amount=claim.total,
                description="Boodschappen",
                purpose="Koffieochtend",
            )
            for claim in claims
        ),
        batch_size=2000,
    )
    if connection.vendor == "postgresql":
        # Fresh bulk data: the planner needs its statistics now, not when autovacuum comes by.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE expenses_expenseclaim, expenses_claimline")
    waiting = ExpenseClaim.objects.filter(status=S.SUBMITTED, area__in=haven).count()
    return {"claims": len(claims), "waiting_in_haven": waiting}


def pages() -> list[Page]:
    return [
        Page("/nl/expenses/approvals/", as_user="worker"),
        Page("/nl/expenses/approvals/?page=20", as_user="worker"),
        Page("/nl/expenses/", as_user="resident"),
    ]


def timings() -> list[dict]:
    """The approval list's query itself, without the page around it."""
    worker = User.objects.get(email=PEOPLE["worker"][0])

    def first_page() -> None:
        list(
            ExpenseClaim.objects.to_decide_by(worker)
            .select_related("claimant", "area")
            .order_by("submitted_at", "pk")[:50]
        )

    return [
        {
            "name": "approval list query (50 rows)",
            "median_ms": median_ms(first_page),
            "target_ms": 50.0,
        }
    ]
