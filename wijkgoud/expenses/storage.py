"""Receipts live outside MEDIA_ROOT, so no web server serves them: only the receipt
view does, after checking who asks."""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property


class PrivateStorage(FileSystemStorage):
    """RECEIPTS_ROOT when set, else a "private" folder beside MEDIA_ROOT; no URL at all."""

    @cached_property
    def base_location(self):
        configured = getattr(settings, "RECEIPTS_ROOT", None)
        return str(configured or Path(settings.MEDIA_ROOT).parent / "private")

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "RECEIPTS_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise ValueError("Receipts have no public URL; link to the receipt view instead.")

    def deconstruct(self):
        return ("wijkgoud.expenses.storage.PrivateStorage", (), {})


def receipt_storage() -> PrivateStorage:
    return PrivateStorage()
