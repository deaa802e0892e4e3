"""The inbox and the mail choice at 320 px: axe-clean in every language (Arabic right to
left), and usable without JavaScript: open a message, mark all as read, choose the digest."""

import re

import pytest
from django.test import Client

from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.notifications.models import MailPreference

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 320, "height": 640}


def _page(browser, live_server, user, *, javascript=True):
    client = Client()
    client.force_login(user)
    context = browser.new_context(
        base_url=live_server.url, viewport=PHONE, java_script_enabled=javascript
    )
    context.set_default_timeout(10_000)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return context.new_page()


def unread(count: int) -> re.Pattern:
    # The hidden word is a box of its own to the browser: "Inbox (2 unread )".
    return re.compile(rf"^Inbox \({count} unread\s*\)$")


def _fits(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width}px wide"


@pytest.mark.parametrize("language", ["nl", "en", "ar", "tr", "pl"])
def test_the_inbox_and_the_mail_choice_pass_axe_at_320_px(
    browser, live_server, outsider, say, language
):
    say(outsider, name="Ali")
    say(outsider, name="Bea")
    page = _page(browser, live_server, outsider)

    page.goto(f"/{language}/notifications/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert page.locator(".inbox__item--new").count() == 2
    assert page.locator(".site-nav").get_by_text("(2").count() == 1
    _fits(page)
    assert_accessible(page)

    page.goto(f"/{language}/notifications/mails/")
    _fits(page)
    assert_accessible(page)
    page.context.close()


def test_without_javascript_a_message_opens_and_everything_can_be_marked_read(
    browser, live_server, outsider, activity, say
):
    say(outsider, name="Ali")
    say(outsider, name="Bea")
    page = _page(browser, live_server, outsider, javascript=False)

    page.goto("/en/notifications/")
    assert page.get_by_role("link", name=unread(2)).count() == 1
    page.get_by_role("button", name="Bea signed up for Koffieochtend on 1-12-2026.").click()
    page.wait_for_url(f"**/en/activities/{activity.pk}/")
    assert page.get_by_role("link", name=unread(1)).count() == 1

    page.goto("/en/notifications/")
    page.get_by_role("button", name="Mark all as read").click()
    page.wait_for_selector("text=All your messages are marked as read.")
    assert page.locator(".inbox__item--new").count() == 0
    assert page.get_by_role("link", name="Inbox", exact=True).count() == 1

    page.get_by_role("link", name="Mails about your messages").first.click()
    page.get_by_label("One mail a day with everything new").check()
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector("text=Your choice for mails is saved.")
    assert MailPreference.objects.get(user=outsider).mode == "digest"
    page.context.close()
