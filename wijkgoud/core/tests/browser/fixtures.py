"""Playwright with Debian's Chromium: one browser per test session (per xdist worker),
a fresh context (cookies, storage) per test, and an axe-core check for WCAG 2.2 AA.

A pytest plugin (the root conftest loads it), so every app's browser tests have the
`page` fixture; they import assert_accessible from here."""

import os
import shutil

import pytest

# live_server runs Django in a thread next to Playwright's sync API, which owns an event
# loop in the test thread; Django's ORM refuses to run there unless told it is safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, sync_playwright
from playwright.sync_api import Error as PlaywrightError

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

_axe = Axe()


@pytest.fixture(scope="session")
def browser() -> Browser:
    if not shutil.which(CHROMIUM):
        # Failing, not skipping: a browser test that did not run has not passed.
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: run `make test`, or apt-get install chromium"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, live_server) -> Page:
    """A fresh browser tab on the live server; the Content-Security-Policy stays on."""
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


def assert_accessible(page: Page) -> None:
    """Fail with a readable list when axe finds any WCAG 2.x A/AA violation on the page.

    A click that submits a form or follows a link may still be replacing the page when
    this is called: axe then runs again on the page that arrived."""
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    for attempt in range(3):
        page.wait_for_load_state()
        try:
            results = _axe.run(page, options=options)
            break
        except PlaywrightError:  # the document went away under axe: a navigation
            if attempt == 2:
                raise
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"
