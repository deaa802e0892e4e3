"""A neighbour reads a marked word's meaning in Arabic; a worker reviews a proposed word;
a writer sees "beschikking" flagged with "besluit" while typing."""

import re

import pytest
from playwright.sync_api import expect

from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.core.tests.factories import PASSWORD, UserFactory, totp_code
from wijkgoud.glossary.models import Term

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("seeded_glossary"),
]

ARABIC_MEANING = "مجموعة من العاملين الاجتماعيين في حيّك"


def sign_in(page, user, *, second_factor: bool) -> None:
    page.goto("/nl/account/login/")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    if second_factor:
        page.wait_for_url("**/account/2fa/authenticate/")
        page.locator("input[name=code]").fill(totp_code())
        page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/dashboard/|/nl/$"))


def test_a_neighbour_reads_what_a_marked_word_means_in_arabic(page):
    page.goto("/ar/")
    word = page.locator("#content a.term__word", has_text="wijkteam").first
    tip = page.locator("#" + word.get_attribute("aria-describedby"))
    expect(tip).to_be_hidden()
    assert_accessible(page)

    word.focus()  # a keyboard user tabs to the word: its meaning shows
    expect(tip).to_be_visible()
    expect(tip).to_contain_text(ARABIC_MEANING)
    assert tip.get_attribute("lang") == "ar" and tip.get_attribute("dir") == "rtl"
    assert_accessible(page)
    page.keyboard.press("Escape")  # and goes away again without moving focus
    expect(tip).to_be_hidden()

    page.set_viewport_size({"width": 320, "height": 640})  # an old phone
    page.locator("h1").click()
    word.click()  # a tap shows the meaning and stays on the page
    expect(tip).to_be_visible()
    assert page.url.endswith("/ar/")
    box = tip.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320  # all of it on the screen
    word.click()  # a second tap opens the word's own page
    page.wait_for_url("**/ar/glossary/wijkteam/")
    expect(page.locator("h1")).to_have_text("wijkteam")
    expect(page.locator(".term-meaning")).to_contain_text(ARABIC_MEANING)
    assert_accessible(page)


def test_without_javascript_a_marked_word_is_a_link_to_its_page(browser, live_server, settings):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/ar/")
    page.locator("#content a.term__word", has_text="wijkteam").first.click()
    page.wait_for_url("**/ar/glossary/wijkteam/")
    context.close()


def test_a_worker_accepts_a_proposed_word_and_it_is_explained_from_then_on(page, worker):
    proposer = UserFactory(email="piet@example.org", display_name="Piet")
    sign_in(page, proposer, second_factor=False)
    page.goto("/nl/glossary/propose/")
    assert_accessible(page)
    page.get_by_label("Het woord").fill("schermlezer")
    page.get_by_label("Wat het betekent, in gewone woorden").fill(
        "Een programma dat de tekst op het scherm voorleest."
    )
    page.get_by_role("button", name="Versturen").click()
    page.wait_for_url("**/nl/glossary/schermlezer/")
    expect(page.locator(".messages")).to_contain_text("Een wijkwerker kijkt naar je woord.")
    page.context.clear_cookies()

    sign_in(page, worker, second_factor=True)
    page.goto("/nl/glossary/review/")
    assert_accessible(page)
    page.get_by_role("button", name=re.compile(r"^Goedkeuren\s*: schermlezer$")).click()
    page.wait_for_url("**/nl/glossary/review/")
    expect(page.locator(".messages")).to_contain_text("Het woord staat nu in de woordenlijst.")
    assert Term.objects.get(word="schermlezer").status == Term.Status.ACCEPTED

    page.goto("/nl/accessibility/")  # the accessibility statement now explains the word
    marked = page.locator("#content a.term__word[href='/nl/glossary/schermlezer/']")
    expect(marked).to_have_count(1)
    assert_accessible(page)


def test_while_writing_beschikking_is_flagged_and_besluit_suggested(page):
    sign_in(page, UserFactory(email="schrijver@example.org"), second_factor=False)
    page.goto("/nl/glossary/propose/")
    field = page.get_by_label("Wat het betekent, in gewone woorden")
    field.press_sequentially("Je krijgt een beschikking van de gemeente.", delay=10)
    advice = page.locator("#jargon-meaning")
    expect(advice).to_contain_text("„beschikking” is een ambtelijk woord.")
    expect(advice.locator("strong")).to_contain_text("besluit")
    assert_accessible(page)
    assert not Term.objects.filter(proposed_by__email="schrijver@example.org").exists()


@pytest.mark.parametrize(
    "path",
    ["/nl/glossary/", "/ar/glossary/?letter=b", "/tr/glossary/beschikking/", "/pl/glossary/check/"],
)
def test_the_glossary_pages_pass_axe(page, path):
    page.goto(path)
    assert_accessible(page)
