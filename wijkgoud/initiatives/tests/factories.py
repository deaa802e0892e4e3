from decimal import Decimal

import factory

from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.initiatives.models import (
    BudgetLine,
    CostKind,
    Initiative,
    Milestone,
    OtherFunding,
    PlanSection,
)


class InitiativeFactory(factory.django.DjangoModelFactory):
    """InitiativeFactory(areas=[de_werven], team=[someone]); stage traits: plan, running..."""

    class Meta:
        model = Initiative
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Buurtwandeling {n}")
    owner = factory.SubFactory(UserFactory)

    class Params:
        plan = factory.Trait(stage=Initiative.Stage.PLAN)
        running = factory.Trait(stage=Initiative.Stage.RUNNING)
        finished = factory.Trait(stage=Initiative.Stage.FINISHED)

    @factory.post_generation
    def areas(self, create, extracted, **kwargs):
        if extracted:
            self.areas.set(extracted)

    @factory.post_generation
    def team(self, create, extracted, **kwargs):
        if extracted:
            self.team.set(extracted)


class PlanSectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanSection

    initiative = factory.SubFactory(InitiativeFactory)
    key = PlanSection.Key.WHY
    text = "Veel buren zijn alleen."


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    initiative = factory.SubFactory(InitiativeFactory)
    title = "Eerste wandeling"
    due_on = factory.Faker("future_date")


class BudgetLineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BudgetLine

    initiative = factory.SubFactory(InitiativeFactory)
    description = "Koffie en thee"
    kind = CostKind.FOOD_AND_DRINKS
    amount = Decimal("50.00")


class OtherFundingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OtherFunding

    initiative = factory.SubFactory(InitiativeFactory)
    source = "Eigen bijdrage"
    amount = Decimal("25.00")
