"""The volunteer allowance: one mode per year, month and year caps to the cent, km and hours."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation

from wijkgoud.core.services import WorkflowError
from wijkgoud.expenses import allowance, services
from wijkgoud.expenses.forms import LineForm
from wijkgoud.expenses.models import AllowanceRule, ClaimLine, VolunteerYear

from .factories import ExpenseClaimFactory

pytestmark = pytest.mark.django_db
MEAL = ClaimLine.Category.MEAL


def claim(user, amount, on, **traits):
    return ExpenseClaimFactory(
        claimant=user,
        line__category=MEAL,
        line__amount=Decimal(amount),
        line__spent_on=on,
        **traits,
    )


@pytest.fixture
def volunteer(active_resident):
    VolunteerYear.objects.create(user=active_resident, year=2026, mode=VolunteerYear.Mode.ALLOWANCE)
    return active_resident


def test_the_2025_and_2026_rules_come_with_the_database(almere_haven):
    rules = {r.year: r for r in AllowanceRule.objects.all()}
    assert rules[2025].month_cap == Decimal("210.00") and rules[2025].year_cap == Decimal("2100.00")
    assert rules[2025].hourly_cap_adult == Decimal("5.60")
    assert rules[2026].month_cap == Decimal("220.00") and rules[2026].hourly_cap_young == Decimal(
        "3.40"
    )
    assert rules[2026].km_rate == Decimal("0.230")


def test_reaching_the_month_cap_exactly_is_fine(volunteer):
    claim(volunteer, "200.00", date(2026, 5, 3), approved=True)
    assert (
        allowance.cap_warnings(claim(volunteer, "20.00", date(2026, 5, 31), submitted=True)) == []
    )


def test_one_cent_above_the_month_cap_warns(volunteer):
    claim(volunteer, "200.00", date(2026, 5, 3), paid=True)
    warnings = allowance.cap_warnings(claim(volunteer, "20.01", date(2026, 5, 31), submitted=True))
    assert len(warnings) == 1 and "220" in warnings[0]


def test_another_month_does_not_count_for_this_month(volunteer):
    claim(volunteer, "200.00", date(2026, 4, 30), approved=True)
    assert (
        allowance.cap_warnings(claim(volunteer, "200.00", date(2026, 5, 1), submitted=True)) == []
    )


def test_claims_still_waiting_do_not_count(volunteer):
    claim(volunteer, "200.00", date(2026, 5, 3), submitted=True)
    assert (
        allowance.cap_warnings(claim(volunteer, "200.00", date(2026, 5, 4), submitted=True)) == []
    )


def test_the_year_cap_counts_every_month_to_the_cent(volunteer):
    for month in range(1, 10):
        claim(volunteer, "220.00", date(2026, month, 1), approved=True)
    claim(volunteer, "219.99", date(2026, 10, 1), approved=True)
    assert allowance.cap_warnings(claim(volunteer, "0.01", date(2026, 11, 1), submitted=True)) == []
    claim(volunteer, "0.01", date(2026, 11, 2), approved=True)
    with translation.override("en"):
        warnings = allowance.cap_warnings(
            claim(volunteer, "0.01", date(2026, 12, 1), submitted=True)
        )
    assert warnings == ["Year 2026: €2200.01, above the cap of €2200.00."]


def test_december_and_january_belong_to_different_years(volunteer):
    VolunteerYear.objects.create(user=volunteer, year=2025, mode=VolunteerYear.Mode.ALLOWANCE)
    claim(volunteer, "210.00", date(2025, 12, 31), approved=True)
    assert (
        allowance.cap_warnings(claim(volunteer, "220.00", date(2026, 1, 1), submitted=True)) == []
    )


def test_a_lower_personal_cap_warns_earlier(volunteer):
    VolunteerYear.objects.filter(user=volunteer).update(personal_cap=Decimal("100.00"))
    claim(volunteer, "90.00", date(2026, 2, 1), approved=True)
    with translation.override("nl"):
        warnings = allowance.cap_warnings(
            claim(volunteer, "10.01", date(2026, 3, 1), submitted=True)
        )
    assert len(warnings) == 1 and "100,01" in warnings[0] and "100,00" in warnings[0]


def test_actual_costs_with_receipts_have_no_cap(active_resident):
    claim(active_resident, "2000.00", date(2026, 5, 3), approved=True)
    assert (
        allowance.cap_warnings(claim(active_resident, "900.00", date(2026, 5, 4), submitted=True))
        == []
    )


def test_one_mode_per_volunteer_per_year_in_the_database(volunteer):
    with pytest.raises(IntegrityError), transaction.atomic():
        VolunteerYear.objects.create(
            user=volunteer, year=2026, mode=VolunteerYear.Mode.ACTUAL_COSTS
        )


def test_the_mode_can_change_until_a_claim_of_that_year_is_approved(active_resident):
    services.choose_mode(actor=active_resident, year=2026, mode=VolunteerYear.Mode.ALLOWANCE)
    services.choose_mode(actor=active_resident, year=2026, mode=VolunteerYear.Mode.ACTUAL_COSTS)
    claim(active_resident, "10.00", date(2026, 5, 3), approved=True)
    with pytest.raises(WorkflowError, match="stays the same"):
        services.choose_mode(actor=active_resident, year=2026, mode=VolunteerYear.Mode.ALLOWANCE)
    # Another year is free.
    services.choose_mode(actor=active_resident, year=2025, mode=VolunteerYear.Mode.ALLOWANCE)
    assert VolunteerYear.objects.get(user=active_resident, year=2026).mode == "actual_costs"


def line_form(claim, **data):
    base = {"description": "Rit", "purpose": "Koffieochtend", "spent_on": "2026-05-12"}
    return LineForm(base | data, claim=claim)


def test_kilometres_are_paid_at_that_years_rate(active_resident):
    form = line_form(ExpenseClaimFactory(claimant=active_resident), category="car_km", km="34")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["amount"] == Decimal("7.82")


def test_hours_are_paid_at_the_hourly_cap_for_the_age(volunteer):
    form = line_form(ExpenseClaimFactory(claimant=volunteer), category="allowance", hours="4")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["amount"] == Decimal("23.00")
    VolunteerYear.objects.filter(user=volunteer).update(under_21=True)
    form = line_form(ExpenseClaimFactory(claimant=volunteer), category="allowance", hours="4")
    assert form.is_valid() and form.cleaned_data["amount"] == Decimal("13.60")


def test_hours_need_the_allowance_mode(active_resident):
    form = line_form(ExpenseClaimFactory(claimant=active_resident), category="allowance", hours="4")
    assert "fixed volunteer allowance" in str(form.errors["category"])


def test_the_overview_shows_months_and_what_is_left(volunteer):
    claim(volunteer, "50.00", date(2026, 5, 3), approved=True)
    claim(volunteer, "25.00", date(2026, 5, 9), submitted=True)
    found = allowance.overview(volunteer, 2026)
    may = found.months[4]
    assert (may["counted"], may["pending"]) == (Decimal("50.00"), Decimal("25.00"))
    assert (found.cap, found.left) == (Decimal("2200.00"), Decimal("2150.00"))
