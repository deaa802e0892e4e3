"""Demo: this year's Samen Sterk budget and applications in several states, made through the
real services (so the audit trail, the budget and the payments add up):
one waiting for the demo worker's advice, one for the demo budget holder's decision, one
granted with its accountability report due."""

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from wijkgoud.core.models import Area, User
from wijkgoud.initiatives.models import BudgetLine, CostKind, Initiative, PlanSection
from wijkgoud.payouts.demo import SECOND_BUDGET_HOLDER
from wijkgoud.payouts.services import (
    confirm_batch_paid,
    create_batch,
    export_batch,
    payable_item_for,
)

from . import services
from .models import Application, Budget, Fund

HOMEWORK_CLUB = "Huiswerkclub De Werven"


@transaction.atomic
def load() -> None:
    """Create what is missing; never overwrite what a tester changed."""
    resident = User.objects.filter(email="actief@wijkgoud.example").first()
    worker = User.objects.filter(email="wijkwerker@wijkgoud.example").first()
    holder = User.objects.filter(email="budget@wijkgoud.example").first()
    fund = Fund.objects.filter(slug="samen-sterk-budget").first()
    if not (resident and worker and holder and fund):
        return
    today = timezone.localdate()
    haven = Area.objects.get(cbs_code="WK003401")
    Budget.objects.get_or_create(
        fund=fund, year=today.year, area=haven, defaults={"total": Decimal("25000.00")}
    )
    walk = Initiative.objects.filter(title="Samen wandelen in De Werven", owner=resident).first()
    garden = Initiative.objects.filter(
        title="Moestuin achter het buurthuis", owner=resident
    ).first()
    club = _homework_club(resident, today)

    if walk and not walk.applications.exists():
        # Sent in: waits for the worker's advice.
        application = _apply(walk, fund, resident, Decimal("190.00"), walk.starts_on)
        services.submit_application(application, actor=resident)

    if not club.applications.exists():
        # Advised by the worker, after a question and its answer: waits for the decision.
        application = _apply(club, fund, resident, Decimal("1200.00"), club.starts_on)
        services.submit_application(application, actor=resident)
        services.start_review(application, actor=worker)
        services.ask_question(
            application, text="Hoeveel kinderen komen er naar verwachting?", actor=worker
        )
        services.answer_question(
            application, answer="We verwachten 12 kinderen per week.", actor=resident
        )
        services.give_advice(
            application,
            advice=Application.Advice.GRANT_PART,
            text="Goed plan. De laptop is niet nodig: het buurthuis heeft er een.",
            actor=worker,
        )

    if garden and not garden.applications.exists():
        # Granted in part, advance paid; the accountability report is now due.
        application = _apply(garden, fund, resident, Decimal("900.00"), today, public=True)
        services.submit_application(application, actor=resident)
        services.start_review(application, actor=worker)
        services.give_advice(
            application, advice=Application.Advice.GRANT_PART, text="Mooi plan.", actor=worker
        )
        services.grant_application(
            application,
            amount=Decimal("750.00"),
            conditions="Stuur na afloop een paar foto's van de moestuin.",
            actor=holder,
        )
        _pay_through_a_batch(application.payments.get(), holder)
        services.open_accountability(application, actor=None)


def _pay_through_a_batch(payment, holder) -> None:
    """The advance goes the way real money goes: a batch, a bank file, a second person."""
    item = payable_item_for(payment)
    batch = create_batch([item.pk], area=item.area, actor=holder)
    export_batch(batch, actor=holder)
    confirm_batch_paid(batch, actor=User.objects.get(email=SECOND_BUDGET_HOLDER[0]))


def _apply(initiative, fund, resident, amount, starts_on, *, public=False) -> Application:
    return services.create_application(
        initiative,
        fund,
        actor=resident,
        amount_asked=amount,
        summary=services.plan_summary(initiative) or initiative.summary,
        starts_on=starts_on,
        ends_on=starts_on + timedelta(days=60),
        iban="NL91ABNA0417164300",
        account_holder="F. El Amrani",
        show_publicly=public,
    )


def _homework_club(resident: User, today) -> Initiative:
    club, created = Initiative.objects.get_or_create(
        title=HOMEWORK_CLUB,
        owner=resident,
        defaults={
            "summary": "Elke woensdag helpen buren kinderen met huiswerk.",
            "stage": Initiative.Stage.PLAN,
            "applicant_kind": "informal_group",
            "starts_on": today + timedelta(days=45),
            "ends_on": today + timedelta(days=225),
        },
    )
    if created:
        club.areas.set([Area.objects.get(cbs_code="BU00340102")])
        PlanSection.objects.create(
            initiative=club,
            key=PlanSection.Key.WHY,
            text="Veel ouders kunnen hun kinderen niet helpen met huiswerk in het Nederlands.",
            is_ready=True,
        )
        PlanSection.objects.create(
            initiative=club,
            key=PlanSection.Key.ACTIVITIES,
            text="Elke woensdagmiddag in het buurthuis: huiswerk maken, daarna samen limonade.",
            is_ready=True,
        )
        BudgetLine.objects.create(
            initiative=club,
            description="Schriften, pennen en boeken",
            kind=CostKind.MATERIALS,
            amount=Decimal("400.00"),
        )
        BudgetLine.objects.create(
            initiative=club,
            description="Een tweedehands laptop",
            kind=CostKind.OTHER,
            amount=Decimal("800.00"),
        )
    return club
