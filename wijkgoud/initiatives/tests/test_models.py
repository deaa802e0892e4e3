from decimal import Decimal

import pytest
from django.db import IntegrityError

from wijkgoud.initiatives.models import CostKind, Initiative

from .factories import BudgetLineFactory, InitiativeFactory, OtherFundingFactory

pytestmark = pytest.mark.django_db


def test_a_budget_line_of_zero_euro_is_refused_by_the_database():
    with pytest.raises(IntegrityError):
        BudgetLineFactory(amount=Decimal("0"))


def test_the_budget_total_is_the_sum_of_the_lines_however_it_is_read(django_assert_num_queries):
    initiative = InitiativeFactory()
    BudgetLineFactory(initiative=initiative, amount=Decimal("12.50"))
    BudgetLineFactory(initiative=initiative, amount=Decimal("30.00"), kind=CostKind.ROOM_HIRE)
    OtherFundingFactory(initiative=initiative, amount=Decimal("10.00"))

    assert initiative.budget_total == Decimal("42.50")
    assert initiative.amount_to_find == Decimal("32.50")
    assert initiative.cost_kinds == {CostKind.FOOD_AND_DRINKS, CostKind.ROOM_HIRE}
    with django_assert_num_queries(1):
        annotated = Initiative.objects.with_budget_total().get(pk=initiative.pk)
        assert annotated.budget_total == Decimal("42.50")


def test_an_initiative_without_lines_has_a_budget_of_zero():
    initiative = InitiativeFactory()
    assert initiative.budget_total == Decimal("0")
    assert Initiative.objects.with_budget_total().get().budget_total == Decimal("0")
