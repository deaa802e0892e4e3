"""Without JavaScript the notes are saved with the button; the report, the lessons and the
Arabic (right-to-left) meeting page pass axe too."""

import pytest
from django.test import Client

from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.meetings import services

from ..factories import ActionItemFactory, IdeaFactory, LessonFactory, MeetingFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def no_js_page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def sign_in_as(page, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_notes_are_saved_with_the_button_when_javascript_is_off(
    no_js_page, live_server, de_werven, active_resident
):
    page = no_js_page
    meeting = MeetingFactory(area=de_werven, host=active_resident, title="Taalcafé")
    sign_in_as(page, live_server, active_resident)
    page.goto(f"/en/meetings/{meeting.pk}/")
    page.get_by_role("textbox", name="Notes").fill("Twaalf mensen, veel vragen over formulieren.")
    page.get_by_role("button", name="Save the notes").click()
    page.wait_for_selector("text=The notes are saved.")
    assert "Twaalf mensen" in page.get_by_role("textbox", name="Notes").input_value()
    # No axe here: axe itself is JavaScript. The same page passes it in the other tests.


def test_report_lessons_and_the_arabic_page_are_accessible(
    page, live_server, de_werven, active_resident, worker
):
    meeting = MeetingFactory(area=de_werven, host=active_resident, title="Taalcafé")
    services.sign_up(meeting, actor=worker, show_name=True)
    idea = IdeaFactory(meeting=meeting, text="Samen koken")
    ActionItemFactory(idea=idea, owner=worker, what="Keuken regelen")
    services.agree_idea(idea, actor=worker)
    LessonFactory(meeting=meeting, text="Vraag wat mensen nodig hebben")
    sign_in_as(page, live_server, active_resident)
    for path in (
        f"/en/meetings/{meeting.pk}/report/",
        "/en/meetings/lessons/?q=nodig",
        f"/ar/meetings/{meeting.pk}/",
        f"/ar/meetings/ideas/{idea.pk}/",
        "/tr/meetings/actions/",
        "/pl/dashboard/",
    ):
        page.goto(path)
        assert_accessible(page)
    assert page.locator("html").get_attribute("lang") == "pl"
