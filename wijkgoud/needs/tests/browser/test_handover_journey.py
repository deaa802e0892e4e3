"""An active resident records a neighbour's need with consent and hands it over; the worker
accepts it and writes a private note; the resident still sees the status, not the note.
And the public page in Dutch and Arabic (tests/test_public_form.py sends it without JavaScript)."""

import re

import pytest
from django.test import Client

from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.needs.models import Need

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def sign_in_as(page, live_server, user) -> None:
    """A fresh session for this person, as after signing in (the sign-in itself is core's)."""
    client = Client()
    client.force_login(user)
    page.context.clear_cookies()
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_a_warm_hand_over_from_resident_to_worker(page, live_server, active_resident, worker):
    page.set_default_timeout(30_000)  # the first page of a session compiles its templates
    sign_in_as(page, live_server, active_resident)
    page.goto("/en/needs/new/")
    assert_accessible(page)
    page.get_by_role("button", name="Save the question").click()  # nothing filled in yet
    page.wait_for_selector("text=Only write it down when the neighbour agreed.")
    assert_accessible(page)
    page.get_by_label("The neighbour agreed that I write this down.").check()
    page.get_by_label("who agreed").fill("Mehmet")
    page.get_by_label("spoken").check()
    page.get_by_label("me and the wijkteam").check()
    page.get_by_label("The question in the neighbour's own words").fill(
        "Ik kan de brieven die ik krijg niet lezen."
    )
    page.get_by_label("Letters and forms").check()
    page.get_by_label("Their neighbourhood").select_option(label="De Werven")
    page.get_by_label("Their preferred language").select_option("tr")
    page.get_by_label("first name or initials").fill("Mehmet K.")
    page.get_by_label("Through the active resident").check()
    page.get_by_role("button", name="Save the question").click()
    page.wait_for_url(re.compile(r"/en/needs/\d+/$"))
    assert_accessible(page)
    need = Need.objects.get()

    page.get_by_role("link", name="Hand over to the neighbourhood team").click()
    page.wait_for_url("**/hand-over/")
    assert_accessible(page)
    page.get_by_label("Worker", exact=True).select_option(label="Sanne")
    page.get_by_label("Note for the worker").fill("Hij schrikt van de brieven. Graag samen kijken.")
    page.get_by_role("button", name="Hand over", exact=True).click()
    page.wait_for_selector("text=Handed over. You keep seeing how it goes.")
    assert_accessible(page)

    sign_in_as(page, live_server, worker)
    page.goto("/en/needs/inbox/")
    assert_accessible(page)
    page.get_by_role("button", name="Accept Mehmet K.").click()
    page.wait_for_selector("text=You accepted the question.")
    page.get_by_label("Private note (only workers see it)").fill("Schuld bij de woningcorporatie.")
    page.get_by_role("button", name="Save note").click()
    page.wait_for_selector("text=Your note is saved.")
    assert_accessible(page)
    assert page.get_by_text("Fatima,").count() >= 1  # seen by the resident earlier

    sign_in_as(page, live_server, active_resident)
    page.goto(f"/en/needs/{need.pk}/")
    assert "picked up" in page.locator("main").inner_text()
    assert "Accepted on" in page.locator("main").inner_text()
    assert "woningcorporatie" not in page.content()
    assert_accessible(page)


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_the_public_page_in_dutch_and_arabic(page, live_server, de_werven, language):
    page.goto(f"/{language}/needs/ask/")
    assert_accessible(page)
    page.locator("#id_words").fill("Ik wil graag Nederlands oefenen.")
    page.locator("input[name=categories][value=language]").check()
    page.locator("#id_area").select_option(label="De Werven")
    page.locator("#id_name").fill("Amina")
    page.locator("input[name=contact_by][value=phone]").check()
    page.locator("button[type=submit]").click()  # no phone number yet: a message, nothing lost
    page.wait_for_load_state()
    assert page.locator("#id_words").input_value() == "Ik wil graag Nederlands oefenen."
    assert_accessible(page)
    page.locator("#id_phone").fill("06 12345678")
    page.locator("button[type=submit]").click()
    page.wait_for_url(f"**/{language}/needs/ask/thanks/")
    assert_accessible(page)
    assert Need.objects.get().status == "new"
