"""What each Wijkgoud app adds to shared pages: its demo data, its dashboard sections, its
rows in the authorization table. An app takes part by having a module of that name."""

from functools import cache
from importlib import import_module
from importlib.util import find_spec
from types import ModuleType

from django.apps import apps


@cache
def app_modules(name: str) -> tuple[ModuleType, ...]:
    """The `name` module of every Wijkgoud app that has one, in INSTALLED_APPS order."""
    found = []
    for config in apps.get_app_configs():
        if config.name.startswith("wijkgoud.") and find_spec(f"{config.name}.{name}"):
            found.append(import_module(f"{config.name}.{name}"))
    return tuple(found)
