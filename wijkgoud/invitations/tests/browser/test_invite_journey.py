"""On an old phone (320 px wide), with a Dutch screen: Fatima invites her neighbour Maryam
to the language café in Arabic, shows her the card, notes "not yet", and later "came"."""

import re

import pytest
from django.test import Client

from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.invitations.models import Invitation

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def sign_in_as(page, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_an_active_resident_invites_a_neighbour_and_follows_up(
    page, live_server, active_resident, language_cafe
):
    page.set_viewport_size({"width": 320, "height": 720})
    sign_in_as(page, live_server, active_resident)

    page.goto("/nl/invitations/", timeout=30_000)  # the live server's first page
    assert "Je hebt nog niemand uitgenodigd." in page.locator("main").inner_text()
    assert_accessible(page)
    page.get_by_role("link", name="Iemand uitnodigen").click()
    page.wait_for_url("**/invitations/new/")
    assert_accessible(page)
    page.get_by_role("link", name="Taalcafé").click()
    page.wait_for_url(re.compile(r"\?activity=\d+$"))
    assert_accessible(page)

    # Forgetting the pick-up time: told next to the field, nothing typed is lost.
    page.get_by_label("Voornaam of voorletters").fill("Maryam")
    page.get_by_label("العربيّة").check()
    page.get_by_label("met een kaart").check()
    page.get_by_label("Ik haal de ander op").check()
    page.get_by_role("button", name="Maak de uitnodiging").click()
    page.wait_for_selector("text=Hoe laat haal je de ander op? Bijvoorbeeld 9:45.")
    assert_accessible(page)
    assert page.get_by_label("Voornaam of voorletters").input_value() == "Maryam"
    assert page.get_by_label("العربيّة").is_checked()
    page.get_by_label("Tijd van ophalen").fill("13:45")
    page.get_by_role("button", name="Maak de uitnodiging").click()
    page.wait_for_url(re.compile(r"/nl/invitations/\d+/$"))
    assert_accessible(page)

    # The card to show Maryam: in Arabic, right to left, on a Dutch page.
    card = page.locator("article.invitation-card")
    assert card.get_attribute("dir") == "rtl"
    assert "Fatima تدعوك" in card.inner_text()
    assert "مقهى اللغة" in card.inner_text()
    assert "13:45" in card.inner_text()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, "the page scrolls sideways on a small phone"
    whatsapp = page.get_by_role("link", name="Sturen via WhatsApp").get_attribute("href")
    assert whatsapp.startswith("https://wa.me/?text=")

    # She is not ready yet: a reminder in three weeks.
    page.get_by_role("button", name=re.compile("^Nog niet")).click()
    page.wait_for_selector("text=om Maryam opnieuw uit te nodigen")
    assert_accessible(page)
    invitation = Invitation.objects.get()
    assert invitation.status == "not_yet" and invitation.remind_on is not None

    # Later she came: one tap from My invitations, and she is celebrated.
    page.goto("/nl/invitations/")
    assert_accessible(page)
    page.get_by_role("button", name=re.compile("^Gekomen")).click()
    page.wait_for_selector("text=Geweldig: Maryam kwam voor het eerst! Dankjewel.")
    assert_accessible(page)
    assert "Ze zijn gekomen!" in page.locator("main").inner_text()
    assert (
        "Je hebt 1 persoon uitgenodigd; 1 van hen kwam voor het eerst."
        in page.locator("main").inner_text()
    )
    invitation.refresh_from_db()
    assert invitation.status == "came" and invitation.came_first_time
