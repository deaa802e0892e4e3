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
