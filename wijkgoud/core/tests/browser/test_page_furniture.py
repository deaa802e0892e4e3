"""What every page carries: a skip link, the read-aloud button, large tap targets."""

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_first_tab_shows_the_skip_link_to_the_content(page):
    page.goto("/nl/")
    skip_link = page.locator("a[href='#main']")
    assert not skip_link.is_visible() or skip_link.bounding_box()["y"] < 0
    page.keyboard.press("Tab")
    box = skip_link.bounding_box()
    assert skip_link.evaluate("link => link === document.activeElement")
    assert box["y"] >= 0 and box["height"] >= 44
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_the_read_aloud_button_shows_where_the_browser_can_speak(page):
    page.goto("/en/")
    button = page.get_by_role("button", name="Read aloud")
    assert button.is_visible()
    assert button.bounding_box()["height"] >= 44


def test_without_javascript_there_is_no_dead_read_aloud_button(browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/en/")
    assert page.locator("button.read-aloud").is_hidden()
    assert page.locator("h1").is_visible()
    context.close()


def test_links_and_buttons_in_the_header_are_large_enough_to_tap(page):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto("/nl/")
    for target in page.locator(".site-header a, .site-header button").all():
        box = target.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44, target.inner_text()
