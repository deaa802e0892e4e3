"""Fixtures for tests that need the glossary; another app's conftest.py imports them:
`from wijkgoud.glossary.tests.fixtures import glossary_marking, seeded_glossary  # noqa: F401`
"""

from importlib import import_module

import pytest
from django.apps import apps

from wijkgoud.glossary import marking


@pytest.fixture
def glossary_marking(settings):
    """Pages as visitors see them: glossary words marked (the root conftest switches it off),
    with patterns built from this test's terms."""
    settings.GLOSSARY_MARK_PAGES = True
    marking.forget_terms()
    yield
    marking.forget_terms()


@pytest.fixture
def seeded_glossary(db):
    """The seeded words; loaded again when needed: a transactional test empties the tables."""
    import_module("wijkgoud.glossary.migrations.0002_seed_terms").load_terms(apps, None)
    marking.forget_terms()
