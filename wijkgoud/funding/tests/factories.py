"""Applications in every status: ApplicationFactory(granted=True) and so on."""

from datetime import timedelta
from decimal import Decimal
from importlib import import_module

import factory
from django.apps import apps
from django.utils import timezone

from wijkgoud.core.models import Area
from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.funding import services
from wijkgoud.funding.models import Application, Budget, Fund, Payment
from wijkgoud.initiatives.tests.factories import InitiativeFactory

Status = Application.Status


def samen_sterk() -> Fund:
    """The fund from the seed migration; after a transactional test emptied the tables, the
    migration's five funds are added again."""
    fund = Fund.objects.filter(slug="samen-sterk-budget").first()
    if fund is None:
        import_module("wijkgoud.funding.migrations.0002_seed_funds").add_funds(apps, None)
        fund = Fund.objects.get(slug="samen-sterk-budget")
    return fund


class BudgetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Budget

    fund = factory.LazyFunction(samen_sterk)
    year = factory.LazyFunction(lambda: timezone.localdate().year)
    area = None
    total = Decimal("10000.00")


def city_budget() -> Budget:
    """This year's Samen Sterk budget for every area, shared by the granted factories."""
    budget, _ = Budget.objects.get_or_create(
        fund=samen_sterk(),
        year=timezone.localdate().year,
        area=None,
        defaults={"total": Decimal("100000.00")},
    )
    return budget


def _area(application) -> Area:
    return application.initiative.areas.first() or Area.objects.get(cbs_code="BU00340102")


class ApplicationFactory(factory.django.DjangoModelFactory):
    """A draft by default; a status trait fills in what that status needs."""

    class Meta:
        model = Application

    initiative = factory.SubFactory(InitiativeFactory, plan=True)
    fund = factory.LazyFunction(samen_sterk)
    area = factory.LazyAttribute(_area)
    applicant = factory.LazyAttribute(lambda a: a.initiative.owner)
    amount_asked = Decimal("800.00")
    summary = "Elke week een wandeling met buren die alleen zijn."
    starts_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=30))
    ends_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=120))
    iban = "NL91ABNA0417164300"
    account_holder = "Stichting Samen Wandelen"
    submitted_at = factory.Maybe(
        factory.LazyAttribute(lambda a: a.status != Status.DRAFT),
        factory.LazyFunction(timezone.now),
        None,
    )

    class Params:
        advisor_user = factory.SubFactory(UserFactory)
        decider = factory.SubFactory(UserFactory)
        submitted = factory.Trait(status=Status.SUBMITTED)
        in_review = factory.Trait(
            status=Status.IN_REVIEW, advisor=factory.SelfAttribute("advisor_user")
        )
        advised = factory.Trait(
            status=Status.IN_REVIEW,
            advisor=factory.SelfAttribute("advisor_user"),
            advice=Application.Advice.GRANT,
            advice_text="Goed plan.",
            advised_at=factory.LazyFunction(timezone.now),
        )
        questions = factory.Trait(
            status=Status.QUESTIONS, advisor=factory.SelfAttribute("advisor_user")
        )
        rejected = factory.Trait(
            advised=True,
            status=Status.REJECTED,
            decided_by=factory.SelfAttribute("decider"),
            decided_at=factory.LazyFunction(timezone.now),
            reasons="Dit is een eenmalig feest.",
        )
        granted = factory.Trait(
            advised=True,
            status=Status.GRANTED,
            decided_by=factory.SelfAttribute("decider"),
            decided_at=factory.LazyFunction(timezone.now),
            amount_granted=Decimal("600.00"),
            budget=factory.LazyFunction(lambda: city_budget()),
            accountability_due_on=factory.LazyAttribute(lambda a: a.ends_on + timedelta(days=90)),
        )


def granted_application(status: str = Status.GRANTED, **kwargs) -> Application:
    """A grant whose budget holds what it promised, with its advance payment in place."""
    application = ApplicationFactory(granted=True, **kwargs)
    budget = application.budget
    budget.committed = budget.committed + application.amount_granted
    budget.save(update_fields=["committed"])
    if status == Status.GRANTED:  # the advance waits for a payout batch
        services.add_payment(
            application, Payment.Kind.ADVANCE, application.amount_granted, actor=None
        )
    else:
        Payment.objects.create(
            application=application,
            kind=Payment.Kind.ADVANCE,
            amount=application.amount_granted,
            payee_name=application.account_holder,
            iban=application.iban,
            status=Payment.Status.PAID,
            paid_at=timezone.now(),
        )
    if status in (Status.ACCOUNTED, Status.SETTLED):
        application.amount_spent = Decimal("500.00")
        application.report = "Tien wandelingen met gemiddeld acht buren."
        application.accounted_at = timezone.now()
    application.status = status
    application.save()
    return application
