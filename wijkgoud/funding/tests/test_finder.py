"""The fund finder: the funds that fit, and for the others every reason in plain words."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import formats, timezone, translation

from wijkgoud.funding.finder import Need, find_funds, need_of
from wijkgoud.funding.models import Fund
from wijkgoud.initiatives.models import ApplicantKind, CostKind
from wijkgoud.initiatives.tests.factories import BudgetLineFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]


def english_date(day) -> str:
    with translation.override("en"):
        return formats.date_format(day)


def reasons(need: Need) -> dict[str, list[str]]:
    with translation.override("en"):
        return {fit.fund.name: fit.reasons for fit in find_funds(need)}


def test_a_small_plan_by_one_person_fits_the_samen_sterk_budget_and_the_wijkbudget():
    need = Need(
        amount=Decimal("500"),
        kinds={CostKind.MATERIALS},
        applicant_kind=ApplicantKind.PERSON,
        starts_on=timezone.localdate() + timedelta(days=60),
    )
    found = reasons(need)
    assert found["Samen Sterk Budget"] == []
    assert found["Almere Wijkbudget"] == []
    assert found["Oranje Fonds"] == [
        "Oranje Fonds gives at least € 5,000.00; you need € 500.00.",
        "Oranje Fonds needs a foundation or a penvoerder.",
    ]
    assert found["VSBfonds"] == [
        "VSBfonds needs a foundation or a penvoerder.",
        "VSBfonds needs 4 months before the start; you start on "
        + english_date(need.starts_on)
        + ".",
    ]


def test_the_wijkbudget_does_not_pay_food_and_drinks_and_needs_six_weeks():
    need = Need(
        amount=Decimal("300"),
        kinds={CostKind.FOOD_AND_DRINKS, CostKind.MATERIALS},
        applicant_kind=ApplicantKind.INFORMAL_GROUP,
        starts_on=timezone.localdate() + timedelta(days=10),
    )
    assert reasons(need)["Almere Wijkbudget"] == [
        "Almere Wijkbudget does not pay for food and drinks.",
        "Almere Wijkbudget needs 6 weeks before the start; you start on "
        + english_date(need.starts_on)
        + ".",
    ]


def test_a_penvoerder_counts_as_a_foundation():
    need = Need(amount=Decimal("6000"), applicant_kind=ApplicantKind.PENVOERDER)
    assert reasons(need)["Oranje Fonds"] == []


def test_a_closing_date_that_has_passed_is_a_reason():
    Fund.objects.filter(slug="kansfonds").update(
        deadline_on=timezone.localdate() - timedelta(days=1)
    )
    need = Need(amount=Decimal("2000"), applicant_kind=ApplicantKind.FOUNDATION)
    assert any("closing date" in reason for reason in reasons(need)["Kansfonds"])


def test_the_funds_that_fit_come_first():
    fits = find_funds(Need(amount=Decimal("500"), applicant_kind=ApplicantKind.PERSON))
    flags = [fit.fits for fit in fits]
    assert flags == sorted(flags, reverse=True) and flags[0]


def test_the_need_comes_from_the_initiative(initiative):
    BudgetLineFactory(initiative=initiative, kind=CostKind.FOOD_AND_DRINKS, amount=Decimal("50"))
    need = need_of(initiative)
    assert need.amount == Decimal("550")
    assert need.kinds == {CostKind.MATERIALS, CostKind.PUBLICITY, CostKind.FOOD_AND_DRINKS}
    assert need.starts_on == initiative.starts_on


def test_the_finder_page_offers_to_apply_for_the_samen_sterk_budget(
    client, active_resident, initiative
):
    client.force_login(active_resident)
    with translation.override("en"):
        page = reverse("funding:finder", args=[initiative.pk])
    text = client.get(page).text
    assert "Apply for the Samen Sterk Budget" in text
    assert "Oranje Fonds needs a foundation or a penvoerder." in text


def test_the_finder_can_be_tried_with_other_answers_and_says_what_is_wrong(
    client, active_resident, initiative
):
    client.force_login(active_resident)
    with translation.override("en"):
        page = reverse("funding:finder", args=[initiative.pk])
    text = client.get(page, {"applicant_kind": "foundation", "amount": "-1"}).text
    assert "The amount must be more than € 0." in text
    text = client.get(page, {"applicant_kind": "foundation", "amount": "6000"}).text
    assert "Oranje Fonds needs" not in text
