from importlib import import_module

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _private_files_and_mail(settings, tmp_path):
    """Receipts go to a fresh folder; tasks run at once so mails land in the outbox."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def _english():
    """Services and forms used outside a request speak English in these tests."""
    with translation.override("en"):
        yield


@pytest.fixture
def almere_haven(almere_haven):
    """Core's fixture, plus the allowance rules of the data migration: a transactional
    test empties every table behind it, the rules included."""
    from django.apps import apps

    import_module("wijkgoud.expenses.migrations.0002_allowance_rules_2025_2026").load_rules(
        apps, None
    )
    return almere_haven
