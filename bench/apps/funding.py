"""Funding at city scale: 5,000 applications in every state, budgets per wijk and year,
advance payments; the budget holder's list and a budget's overview are measured."""

import random
from datetime import timedelta
from decimal import Decimal

from django.db.models import Sum
from django.utils import timezone

from bench.data import HAVEN
from bench.measure import median_ms
from bench.pages import Page
from wijkgoud.core.models import Area, RoleAssignment, User
from wijkgoud.funding.models import Application, Budget, Fund, Payment
from wijkgoud.initiatives.models import Initiative

APPLICATIONS = 5_000
SUMMARY = "Bench-aanvraag: "
S = Application.Status
# Most applications are done; some wait for someone.
WEIGHTS = {
    S.DRAFT: 4,
    S.SUBMITTED: 4,
    S.IN_REVIEW: 6,
    S.QUESTIONS: 2,
    S.GRANTED: 4,
    S.REJECTED: 8,
    S.ADVANCE_PAID: 10,
    S.ACCOUNTABILITY_DUE: 8,
    S.ACCOUNTED: 4,
    S.SETTLED: 50,
}
DECIDED = {
    S.GRANTED,
    S.REJECTED,
    S.ADVANCE_PAID,
    S.ACCOUNTABILITY_DUE,
    S.ACCOUNTED,
    S.SETTLED,
}
ADVANCE_PAID = {S.ADVANCE_PAID, S.ACCOUNTABILITY_DUE, S.ACCOUNTED, S.SETTLED}


def is_present() -> bool:
    return Application.objects.filter(summary__startswith=SUMMARY).exists()


def generate(rng: random.Random) -> dict:
    from bench.apps import initiatives as bench_initiatives

    if not bench_initiatives.is_present():  # the apps run in name order: funding comes first
        bench_initiatives.generate(rng)
    fund = Fund.objects.get(slug="samen-sterk-budget")
    year = timezone.localdate().year
    districts = list(Area.objects.filter(kind=Area.Kind.DISTRICT))
    budgets = {
        (district.pk, y): Budget(fund=fund, year=y, area=district, total=Decimal("250000.00"))
        for district in districts
        for y in (year - 1, year)
    }
    Budget.objects.bulk_create(budgets.values())
    workers = _people(RoleAssignment.Role.WORKER)
    holders = _people(RoleAssignment.Role.BUDGET_HOLDER)
    parents = dict(Area.objects.values_list("pk", "parent_id"))
    rows = list(
        Initiative.areas.through.objects.filter(initiative__title__startswith="Bench-")
        .values_list("initiative_id", "area_id", "initiative__owner_id")
        .order_by("initiative_id")
    )
    now = timezone.now()
    today = timezone.localdate()
    statuses = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()), k=APPLICATIONS)
    applications = []
    for n, status in enumerate(statuses):
        initiative_id, area_id, owner_id = rows[n % len(rows)]
        asked = Decimal(rng.randrange(100, 5000))
        decided_at = now - timedelta(days=rng.randrange(0, 700))
        in_year = decided_at.year if decided_at.year in (year - 1, year) else year
        district = parents.get(area_id) or area_id
        decided = status in DECIDED
        granted = decided and status != S.REJECTED
        starts_on = today + timedelta(days=rng.randrange(-300, 120))
        applications.append(
            Application(
                initiative_id=initiative_id,
                fund=fund,
                area_id=area_id,
                applicant_id=owner_id,
                status=status,
                amount_asked=asked,
                summary=SUMMARY + f"{n + 1}. Samen wandelen, koffie en een taalcafé.",
                starts_on=starts_on,
                ends_on=starts_on + timedelta(days=90),
                iban="NL91ABNA0417164300",
                account_holder="Stichting Bench",
                show_publicly=granted and rng.random() < 0.5,
                submitted_at=None if status == S.DRAFT else decided_at - timedelta(days=20),
                advisor_id=rng.choice(workers) if status not in (S.DRAFT, S.SUBMITTED) else None,
                advice="grant" if decided or rng.random() < 0.5 else "",
                advised_at=decided_at - timedelta(days=5) if decided else None,
                budget=budgets[(district, in_year)] if granted else None,
                decided_by_id=rng.choice(holders) if decided else None,
                decided_at=decided_at if decided else None,
                amount_granted=(asked * Decimal("0.8")).quantize(Decimal("1")) if granted else None,
                reasons="" if granted or not decided else "Dit is een eenmalige activiteit.",
                accountability_due_on=starts_on + timedelta(days=180) if granted else None,
                amount_spent=asked / 2 if status in (S.ACCOUNTED, S.SETTLED) else None,
            )
        )
    applications = Application.objects.bulk_create(applications, batch_size=1000)
    Payment.objects.bulk_create(
        (
            Payment(
                application=a,
                kind=Payment.Kind.ADVANCE,
                amount=a.amount_granted,
                payee_name=a.account_holder,
                iban=a.iban,
                status="paid" if a.status in ADVANCE_PAID else "to_be_paid",
                paid_at=a.decided_at if a.status in ADVANCE_PAID else None,
            )
            for a in applications
            if a.amount_granted
        ),
        batch_size=1000,
    )
    for budget in budgets.values():
        promised = budget.applications.aggregate(total=Sum("amount_granted"))["total"] or 0
        budget.total = max(budget.total, promised)
        budget.committed = promised
    Budget.objects.bulk_update(budgets.values(), ["total", "committed"])
    return {"applications": len(applications), "budgets": len(budgets)}


def _people(role: str) -> list[int]:
    return list(
        User.objects.filter(role_assignments__role=role).order_by("pk").values_list("pk", flat=True)
    )


def _haven_budget() -> Budget:
    return Budget.objects.get(
        fund__slug="samen-sterk-budget", area__cbs_code=HAVEN, year=timezone.localdate().year
    )


def pages() -> list[Page]:
    return [
        Page("/nl/funding/applications/", as_user="budget_holder"),
        Page("/nl/funding/applications/?status=in_review", as_user="budget_holder"),
        Page(f"/nl/funding/budgets/{_haven_budget().pk}/", as_user="budget_holder"),
        Page("/nl/funding/transparency/"),
        Page("/nl/funding/money-for-your-idea/"),
    ]


def timings() -> list[dict]:
    from django.utils import translation

    from wijkgoud.core.pdf import render_pdf

    letter = (
        Application.objects.filter(status=S.SETTLED, area__parent__cbs_code=HAVEN)
        .select_related("initiative", "fund", "applicant", "decided_by")
        .first()
    )

    def decision_letter() -> None:
        with translation.override("nl"):
            render_pdf("funding/letter.html", {"application": letter})

    return [
        {
            "name": "decision letter PDF (WeasyPrint)",
            "median_ms": median_ms(decision_letter, repeat=5),
            "target_ms": 1000,
        }
    ]
