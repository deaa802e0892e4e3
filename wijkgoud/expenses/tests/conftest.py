import pytest


@pytest.fixture(autouse=True)
def _private_files_and_mail(settings, tmp_path):
    """Receipts go to a fresh folder; tasks run at once so mails land in the outbox."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
