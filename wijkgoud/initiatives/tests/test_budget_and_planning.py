"""Budget lines, other funding and milestones: formsets that keep what was typed."""

from decimal import Decimal

import pytest
from django.urls import reverse

from wijkgoud.initiatives.models import BudgetLine, Milestone, OtherFunding

from .factories import BudgetLineFactory

pytestmark = pytest.mark.django_db


def formset(prefix: str, rows: list[dict], initial: int = 0) -> dict:
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "50",
    }
    for n, row in enumerate(rows):
        data |= {f"{prefix}-{n}-{name}": value for name, value in row.items()}
    return data


def budget_post(lines, other=(), text="Wat het kost"):
    return {"text": text} | formset("budget", list(lines)) | formset("other", list(other))


def test_budget_lines_and_other_funding_are_saved_with_totals(login, initiative):
    client = login(initiative.owner)
    data = budget_post(
        [
            {"description": "Koffie", "kind": "food_and_drinks", "amount": "150.00"},
            {"description": "Flyers", "kind": "publicity", "amount": "40"},
        ],
        [{"source": "Eigen bijdrage", "amount": "20", "is_promised": "on"}],
    )
    response = client.post(reverse("initiatives:section", args=[initiative.pk, "budget"]), data)
    assert response.status_code == 302
    assert BudgetLine.objects.count() == 2
    assert OtherFunding.objects.get().is_promised
    assert initiative.budget_total == Decimal("190.00")
    assert initiative.amount_to_find == Decimal("170.00")
    page = client.get(response.url).text
    assert "€ 190.00" in page


@pytest.mark.parametrize("amount", ["0", "-5", "abc"])
def test_an_amount_of_zero_or_less_is_refused_next_to_the_field_and_nothing_is_lost(
    login, initiative, amount
):
    client = login(initiative.owner)
    data = budget_post(
        [
            {"description": "Koffie", "kind": "food_and_drinks", "amount": "150"},
            {"description": "Gratis zaal", "kind": "room_hire", "amount": amount},
        ],
        text="Mijn uitleg over het geld",
    )
    response = client.post(reverse("initiatives:section", args=[initiative.pk, "budget"]), data)
    assert response.status_code == 400
    assert "Fill in an amount of more than € 0, for example 12.50." in response.text
    assert "Mijn uitleg over het geld" in response.text
    assert 'value="Gratis zaal"' in response.text
    assert 'value="Koffie"' in response.text
    assert f'value="{amount}"' in response.text
    assert not BudgetLine.objects.exists()


def test_a_budget_line_can_be_removed(login, initiative):
    line = BudgetLineFactory(initiative=initiative)
    data = (
        {"text": ""}
        | formset(
            "budget",
            [
                {
                    "id": line.pk,
                    "description": line.description,
                    "kind": line.kind,
                    "amount": "50",
                    "DELETE": "on",
                }
            ],
            initial=1,
        )
        | formset("other", [])
    )
    client = login(initiative.owner)
    response = client.post(reverse("initiatives:section", args=[initiative.pk, "budget"]), data)
    assert response.status_code == 302
    assert not BudgetLine.objects.exists()


def test_a_line_of_another_initiative_cannot_be_changed_through_this_one(login, initiative):
    foreign = BudgetLineFactory(amount=Decimal("10.00"))
    data = (
        {"text": ""}
        | formset(
            "budget",
            [{"id": foreign.pk, "description": "Gekaapt", "kind": "other", "amount": "999"}],
            initial=1,
        )
        | formset("other", [])
    )
    login(initiative.owner).post(
        reverse("initiatives:section", args=[initiative.pk, "budget"]), data
    )
    foreign.refresh_from_db()
    assert (foreign.description, foreign.amount) == ("Koffie en thee", Decimal("10.00"))


def test_milestones_need_a_real_date_and_keep_what_was_typed(login, initiative):
    client = login(initiative.owner)
    url = reverse("initiatives:section", args=[initiative.pk, "planning"])
    data = {"text": "In het voorjaar"} | formset(
        "milestones", [{"title": "Buren uitnodigen", "due_on": "31-02-2027"}]
    )
    response = client.post(url, data)
    assert response.status_code == 400
    assert "Enter a valid date." in response.text
    assert 'value="Buren uitnodigen"' in response.text

    data["milestones-0-due_on"] = "2027-03-01"
    assert client.post(url, data).status_code == 302
    assert Milestone.objects.get().title == "Buren uitnodigen"


def test_the_budget_part_may_be_ready_with_lines_only(login, initiative):
    data = budget_post(
        [{"description": "Koffie", "kind": "food_and_drinks", "amount": "15"}], text=""
    ) | {"is_ready": "on"}
    response = login(initiative.owner).post(
        reverse("initiatives:section", args=[initiative.pk, "budget"]), data
    )
    assert response.status_code == 302
    assert initiative.sections.get(key="budget").is_ready


def test_in_dutch_an_amount_is_written_with_a_comma(login, initiative):
    url = reverse("initiatives:section", args=[initiative.pk, "budget"]).replace("/en/", "/nl/", 1)
    data = budget_post([{"description": "Koffie", "kind": "food_and_drinks", "amount": "12,50"}])
    assert login(initiative.owner).post(url, data).status_code == 302
    assert BudgetLine.objects.get().amount == Decimal("12.50")
    assert 'value="12,50"' in login(initiative.owner).get(url).text
