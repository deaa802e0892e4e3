from importlib import import_module

import pytest
from django.apps import apps

from wijkgoud.glossary import marking


@pytest.fixture(autouse=True)
def _glossary_marks_pages(settings):
    """The glossary's tests see pages as visitors do: with the words marked, and with
    patterns built from this test's terms."""
    settings.GLOSSARY_MARK_PAGES = True
    marking.forget_terms()
    yield
    marking.forget_terms()


@pytest.fixture
def seeded_glossary(db):
    """The seeded words; loaded again when needed: a transactional test empties the tables."""
    import_module("wijkgoud.glossary.migrations.0002_seed_terms").load_terms(apps, None)
    marking.forget_terms()
