"""Every public page, in every language, passes axe (WCAG 2.2 AA)."""

import pytest
from django.conf import settings

from wijkgoud.core.tests.browser.fixtures import assert_accessible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PUBLIC_PAGES = [
    "/",
    "/accessibility/",
    "/privacy/",
    "/account/login/",
    "/account/login/code/",
    "/account/signup/",
    "/this-page-does-not-exist/",
]


@pytest.fixture(autouse=True)
def _demo_mode(settings):
    # The demo banner is on every page of the demo, so it is checked too.
    settings.DEMO_MODE = True


@pytest.mark.parametrize("path", PUBLIC_PAGES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_public_page_has_no_accessibility_problems(page, language, path):
    response = page.goto(f"/{language}{path}")
    expected_status = 404 if "does-not-exist" in path else 200
    assert response.status == expected_status
    html = page.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == ("rtl" if language in settings.LANGUAGES_BIDI else "ltr")
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_fits_a_320_pixel_wide_phone(page, language):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"/{language}/")
    assert_accessible(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
