"""Each Wijkgoud app's part of the bench: one module bench/apps/<app>.py, found by name.

A module defines what it needs of:
  is_present() -> bool      its data is already in the bench database
  generate(rng) -> dict     writes its city-scale data after the core data (one transaction,
                            bulk_create, from the random.Random it is given); returns its counts
  pages() -> list[Page]     the pages to measure; may look up ids in the database
  timings() -> list[dict]   operations that are not pages (a PDF, a SEPA export), each
                            {"name": str, "median_ms": float, "target_ms": float}; time them
                            with bench.measure.median_ms
"""

import pkgutil
from importlib import import_module
from types import ModuleType


def modules() -> list[ModuleType]:
    return [import_module(f"{__name__}.{info.name}") for info in pkgutil.iter_modules(__path__)]
