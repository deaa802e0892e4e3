"""A budget holder writes the reasons of a decision: "beschikking" is flagged and "besluit"
suggested while typing, then saves the plainer text. Checking never decides. (Without
JavaScript, "Check my text" is tested at the view level in tests/test_jargon.py.)"""

import pytest
from playwright.sync_api import expect

from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.funding.models import Application
from wijkgoud.funding.tests.factories import ApplicationFactory

from .test_grant_journey import act_as

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("seeded_glossary", "budget"),
]

REASONS = "Redenen (nodig als je afwijst of een deel toekent)"
JARGON = "Je kreeg vorig jaar al een beschikking voor dit feest."
PLAIN = "Je kreeg vorig jaar al een besluit en geld voor dit feest."


@pytest.fixture
def advised(almere_haven):
    return ApplicationFactory(advised=True)


def test_while_typing_the_reasons_beschikking_is_flagged_and_besluit_suggested(
    page, live_server, budget_holder, advised
):
    act_as(page, budget_holder, live_server)
    page.goto(f"/nl/funding/applications/{advised.pk}/decide/")
    expect(page.get_by_role("button", name="Kijk mijn tekst na")).to_have_count(0)
    page.get_by_label("Afwijzen").check()
    field = page.get_by_label(REASONS)
    field.press_sequentially(JARGON, delay=5)
    advice = page.locator("#jargon-reasons")
    expect(advice).to_contain_text("„beschikking” is een ambtelijk woord.")
    expect(advice.locator("strong")).to_contain_text("besluit")
    assert_accessible(page)
    advised.refresh_from_db()
    assert advised.status == Application.Status.IN_REVIEW  # checking decides nothing

    field.fill(PLAIN)
    page.get_by_role("button", name="Besluit opslaan").click()
    expect(
        page.get_by_text("Je besluit is opgeslagen en naar de aanvrager gestuurd.")
    ).to_be_visible()
    advised.refresh_from_db()
    assert advised.status == Application.Status.REJECTED and advised.reasons == PLAIN
