"""Demo initiatives of the demo active resident: one at each stage, one with a half-written plan."""

from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from wijkgoud.core.models import Area, User

from .models import BudgetLine, CostKind, Initiative, Milestone, OtherFunding, PlanSection

Key = PlanSection.Key
Stage = Initiative.Stage

FULL_PLAN = {
    Key.WHY: "Veel oudere buren in De Werven wonen alleen. Ze vertellen ons dat ze soms dagen "
    "met niemand praten.",
    Key.GOAL: "Elke week lopen 10 buren samen. Na een half jaar zien 5 van hen elkaar ook buiten "
    "de wandeling.",
    Key.AUDIENCE: "Buren van 65 jaar en ouder die zich alleen voelen. We nodigen ze uit aan de "
    "deur en via het wijkteam.",
    Key.ACTIVITIES: "Elke dinsdag om 10 uur lopen we een uur vanaf Buurthuis De Werven. Daarna "
    "drinken we samen koffie.",
    Key.PLANNING: "We beginnen in het voorjaar en kijken na een half jaar terug.",
    Key.SUPPORT: "15 buren hebben onze lijst getekend. Het buurthuis geeft ons een ruimte.",
    Key.ORGANISATION: "Fatima houdt het overzicht en het geld. Jan maakt de flyers. Als het "
    "regent drinken we binnen koffie. We hebben geen vergunning nodig.",
    Key.BUDGET: "Koffie, thee en flyers. We betalen zelf een klein deel.",
    Key.COMMUNICATION: "We bellen aan met een kaartje in het Nederlands, Turks en Arabisch.",
    Key.EVALUATION: "Elke maand vragen we de lopers wat ze ervan vinden. Na een half jaar loopt "
    "de groep zelf verder.",
}

INITIATIVES = [
    # title, summary, stage, plan parts written (ready ones first), how many ready
    ("Taalcafé aan huis", "Buren oefenen samen Nederlands, bij iemand thuis.", Stage.IDEA, 0, 0),
    (
        "Samen wandelen in De Werven",
        "Een wekelijkse wandeling met buren die zich alleen voelen.",
        Stage.PLAN,
        5,
        3,
    ),
    ("Moestuin achter het buurthuis", "Samen groente kweken en delen.", Stage.RUNNING, 10, 10),
    ("Burendag 2025", "Een dag om elkaar te leren kennen.", Stage.FINISHED, 10, 10),
]


def load() -> None:
    """Create what is missing; never overwrite what a tester changed."""
    owner = User.objects.filter(email="actief@wijkgoud.example").first()
    area = Area.objects.filter(cbs_code="BU00340102").first()
    if owner is None or area is None:
        return
    today = timezone.localdate()
    for title, summary, stage, written, ready in INITIATIVES:
        initiative, created = Initiative.objects.get_or_create(
            title=title,
            owner=owner,
            defaults={
                "summary": summary,
                "stage": stage,
                "applicant_kind": "informal_group",
                "starts_on": _start(stage, today),
                "ends_on": _start(stage, today) + timedelta(days=180),
            },
        )
        if not created:
            continue
        initiative.areas.set([area])
        for n, key in enumerate(list(Key)[:written]):
            PlanSection.objects.create(
                initiative=initiative, key=key, text=FULL_PLAN[key], is_ready=n < ready
            )
        if written:
            _lines(initiative, today)


def _start(stage: str, today: date) -> date:
    return {
        Stage.IDEA: today + timedelta(days=150),
        Stage.PLAN: today + timedelta(days=75),
        Stage.RUNNING: today - timedelta(days=30),
        Stage.FINISHED: today - timedelta(days=300),
    }[stage]


def _lines(initiative: Initiative, today: date) -> None:
    start = initiative.starts_on
    Milestone.objects.bulk_create(
        [
            Milestone(
                initiative=initiative,
                title="Buren uitnodigen",
                due_on=start - timedelta(days=21),
                is_done=start <= today,
            ),
            Milestone(
                initiative=initiative, title="Eerste keer", due_on=start, is_done=start <= today
            ),
            Milestone(
                initiative=initiative,
                title="Samen terugkijken",
                due_on=start + timedelta(days=180),
            ),
        ]
    )
    BudgetLine.objects.bulk_create(
        [
            BudgetLine(
                initiative=initiative,
                description="Koffie en thee",
                kind=CostKind.FOOD_AND_DRINKS,
                amount=Decimal("150.00"),
            ),
            BudgetLine(
                initiative=initiative,
                description="Flyers en kaartjes",
                kind=CostKind.PUBLICITY,
                amount=Decimal("40.00"),
            ),
            BudgetLine(
                initiative=initiative,
                description="Materialen",
                kind=CostKind.MATERIALS,
                amount=Decimal("60.00"),
            ),
        ]
    )
    OtherFunding.objects.create(
        initiative=initiative, source="Eigen bijdrage", amount=Decimal("20.00"), is_promised=True
    )
