"""Initiatives at city scale: 2,000 initiatives with their plans, lines, versions and feedback."""

import random
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from bench.data import PEOPLE
from bench.measure import median_ms
from bench.pages import Page
from wijkgoud.core.models import Area, RoleAssignment, User
from wijkgoud.initiatives.models import (
    BudgetLine,
    CostKind,
    Initiative,
    Milestone,
    OtherFunding,
    PlanSection,
    PlanVersion,
    SectionFeedback,
)

INITIATIVES = 2_000
TITLE = "Bench-initiatief"
TEXT = (
    "Veel buren in deze straat zien elkaar weinig. We willen samen iets doen waar iedereen "
    "welkom is, ook wie de taal nog leert. "
)
Stage = Initiative.Stage


def is_present() -> bool:
    return Initiative.objects.filter(title__startswith=TITLE).exists()


def generate(rng: random.Random) -> dict:
    residents = list(
        User.objects.filter(role_assignments__role=RoleAssignment.Role.ACTIVE_RESIDENT)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    workers = list(
        User.objects.filter(role_assignments__role=RoleAssignment.Role.WORKER)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    buurten = list(Area.objects.filter(kind=Area.Kind.NEIGHBOURHOOD).values_list("pk", flat=True))
    haven = list(Area.objects.filter(parent__cbs_code="WK003401").values_list("pk", flat=True))
    bench_resident = User.objects.get(email=PEOPLE["resident"][0]).pk
    today = timezone.localdate()
    stages = rng.choices(Stage.values, weights=[3, 4, 2, 1], k=INITIATIVES)
    initiatives = Initiative.objects.bulk_create(
        (
            Initiative(
                title=f"{TITLE} {n + 1}",
                summary=TEXT[:120],
                # The bench resident owns a few, like a busy volunteer.
                owner_id=bench_resident if n < 8 else rng.choice(residents),
                stage=stages[n],
                applicant_kind=rng.choice(["person", "informal_group", "penvoerder"]),
                starts_on=today + timedelta(days=rng.randrange(-300, 200)),
            )
            for n in range(INITIATIVES)
        ),
        batch_size=1000,
    )
    through = Initiative.areas.through
    through.objects.bulk_create(
        (
            through(initiative_id=i.pk, area_id=rng.choice(haven if n % 5 == 0 else buurten))
            for n, i in enumerate(initiatives)
        ),
        batch_size=2000,
    )
    sections = []
    for initiative in initiatives:
        written = 10 if initiative.stage != Stage.IDEA else rng.randrange(0, 6)
        sections += [
            PlanSection(
                initiative=initiative,
                key=key,
                text=TEXT * rng.randrange(1, 4),
                is_ready=rng.random() < 0.6,
            )
            for key in PlanSection.Key.values[:written]
        ]
    sections = PlanSection.objects.bulk_create(sections, batch_size=2000)
    PlanVersion.objects.bulk_create(
        (
            PlanVersion(section=s, text=s.text, author_id=s.initiative.owner_id)
            for s in sections
            for _ in range(rng.randrange(1, 4))
        ),
        batch_size=2000,
    )
    SectionFeedback.objects.bulk_create(
        (
            SectionFeedback(section=s, author_id=rng.choice(workers), text="Mooi! Wie helpt mee?")
            for s in sections
            if rng.random() < 0.2
        ),
        batch_size=2000,
    )
    lines, milestones, other = [], [], []
    for initiative in initiatives:
        lines += [
            BudgetLine(
                initiative=initiative,
                description=f"Kostenpost {k + 1}",
                kind=rng.choice(CostKind.values),
                amount=Decimal(rng.randrange(500, 50_000)) / 100,
            )
            for k in range(rng.randrange(2, 8))
        ]
        milestones += [
            Milestone(
                initiative=initiative,
                title=f"Stap {k + 1}",
                due_on=initiative.starts_on + timedelta(days=30 * k),
                is_done=k == 0,
            )
            for k in range(rng.randrange(1, 5))
        ]
        if rng.random() < 0.5:
            other.append(
                OtherFunding(initiative=initiative, source="Eigen bijdrage", amount=Decimal(25))
            )
    BudgetLine.objects.bulk_create(lines, batch_size=2000)
    Milestone.objects.bulk_create(milestones, batch_size=2000)
    OtherFunding.objects.bulk_create(other, batch_size=2000)
    return {
        "initiatives": len(initiatives),
        "plan parts": len(sections),
        "budget lines": len(lines),
        "milestones": len(milestones),
    }


def _residents_initiative() -> Initiative:
    """The bench resident's fullest initiative."""
    owner = User.objects.get(email=PEOPLE["resident"][0])
    return (
        Initiative.objects.filter(owner=owner, title__startswith=TITLE)
        .exclude(stage=Stage.IDEA)
        .order_by("pk")
        .first()
    )


def pages() -> list[Page]:
    initiative = _residents_initiative()
    return [
        Page("/nl/initiatives/", as_user="resident"),
        Page(f"/nl/initiatives/{initiative.pk}/", as_user="resident"),
        Page(f"/nl/initiatives/{initiative.pk}/plan/budget/", as_user="resident"),
        Page(f"/nl/initiatives/{initiative.pk}/plan/why/", as_user="worker"),
        Page("/nl/initiatives/", as_user="worker"),
    ]


def timings() -> list[dict]:
    from django.utils import translation

    from wijkgoud.core.pdf import render_pdf
    from wijkgoud.initiatives.views import plan_context

    initiative = _residents_initiative()

    def plan_pdf() -> None:
        with translation.override("nl"):
            render_pdf("initiatives/plan_pdf.html", plan_context(initiative))

    return [
        {
            "name": "plan PDF (WeasyPrint)",
            "median_ms": median_ms(plan_pdf, repeat=5),
            "target_ms": 1000,
        }
    ]
