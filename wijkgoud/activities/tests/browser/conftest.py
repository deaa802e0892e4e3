import pytest


@pytest.fixture
def patient_page(page):
    """The shared `page`, with more time per step: the machines that run the browser tests
    are often busy, and the first request of a test compiles many templates."""
    page.set_default_timeout(30_000)
    return page
