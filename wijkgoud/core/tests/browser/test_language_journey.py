"""A visitor switches the site to Arabic and gets it right to left."""

import pytest

from wijkgoud.core.tests.browser.fixtures import assert_accessible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_visitor_switches_the_home_page_to_arabic(page):
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert_accessible(page)

    switcher = page.get_by_role("navigation", name="Kies je taal").or_(
        page.locator("nav.language-switcher")
    )
    switcher.first.locator("a[hreflang=ar]").click()

    page.wait_for_url("**/ar/")
    html = page.locator("html")
    assert html.get_attribute("lang") == "ar"
    assert html.get_attribute("dir") == "rtl"
    # Robust while translations are being written: the page speaks some Arabic script.
    heading = page.locator("h1").inner_text()
    assert any("\u0600" <= char <= "\u06ff" for char in page.locator("body").inner_text())
    assert heading
    assert page.locator("nav.language-switcher a[aria-current]").get_attribute("lang") == "ar"
    assert_accessible(page)
