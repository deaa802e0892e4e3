import pytest

from wijkgoud.glossary import marking


@pytest.fixture(autouse=True)
def _glossary_marks_pages(settings):
    """The glossary's tests see pages as visitors do: with the words marked, and with
    patterns built from this test's terms."""
    settings.GLOSSARY_MARK_PAGES = True
    marking.forget_terms()
    yield
    marking.forget_terms()
