import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counters and used TOTP codes live in the cache: no test inherits them."""
    cache.clear()
    yield
    cache.clear()
