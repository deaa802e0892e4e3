"""The named people every test shares, and the settings every test runs with."""

from importlib import import_module

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache

from wijkgoud.core.models import Area, RoleAssignment
from wijkgoud.core.tests.factories import UserFactory

Role = RoleAssignment.Role

# Chromium and axe for the browser tests of every app.
pytest_plugins = ["wijkgoud.core.tests.browser.fixtures"]


@pytest.fixture(autouse=True)
def _test_settings(settings):
    # Tests render templates without running collectstatic first.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # A real password hash costs most of a second; tests are not about hash strength.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Pages are tested as written; the glossary's tests switch its word marking on
    # (it adds one query on the first page after a cache clear, which every test starts with).
    settings.GLOSSARY_MARK_PAGES = False
    # Rate-limit counters and used TOTP codes live in the cache: no test inherits them.
    cache.clear()
    # Content types are cached per process; a transactional test re-creates them under other
    # ids, and a cached one would then break the next test's foreign keys (notify() uses them).
    ContentType.objects.clear_cache()
    yield
    cache.clear()
    ContentType.objects.clear_cache()


@pytest.fixture
def almere_haven(db) -> Area:
    """The wijk loaded by the data migration, with its buurten.

    Loaded again when needed: a transactional test empties the tables behind it."""
    import_module("wijkgoud.core.migrations.0002_almere_haven_areas").load_areas(apps, None)
    return Area.objects.get(cbs_code="WK003401")


@pytest.fixture
def de_werven(almere_haven) -> Area:
    return Area.objects.get(cbs_code="BU00340102")


@pytest.fixture
def active_resident(de_werven):
    return UserFactory(
        email="fatima@example.org", display_name="Fatima", roles=[(Role.ACTIVE_RESIDENT, de_werven)]
    )


@pytest.fixture
def worker(almere_haven):
    return UserFactory(
        email="sanne@example.org",
        display_name="Sanne",
        roles=[(Role.WORKER, almere_haven)],
        totp=True,
    )


@pytest.fixture
def budget_holder(almere_haven):
    return UserFactory(
        email="mehmet@example.org",
        display_name="Mehmet",
        roles=[(Role.BUDGET_HOLDER, almere_haven)],
        totp=True,
    )


@pytest.fixture
def admin_user(db):
    return UserFactory(
        email="beheer@example.org",
        display_name="Beheer",
        is_staff=True,
        is_superuser=True,
        roles=[(Role.ADMIN, None)],
        totp=True,
    )


@pytest.fixture
def outsider(db):
    """Signed in, but holds no role anywhere."""
    return UserFactory(email="outsider@example.org", display_name="Olaf")


@pytest.fixture
def people(active_resident, worker, budget_holder, admin_user, outsider) -> dict:
    """Everyone by name; 'anonymous' is the visitor without an account."""
    return {
        "anonymous": None,
        "active_resident": active_resident,
        "worker": worker,
        "budget_holder": budget_holder,
        "admin": admin_user,
        "outsider": outsider,
    }


def pytest_collection_modifyitems(items):
    """A transactional test must put the migrations' data back (serialized_rollback=True):
    after a plain one, Django's flush re-creates the content types, and the next test that
    restores the serialized data fails on them."""
    for item in items:
        for mark in item.iter_markers("django_db"):
            if mark.kwargs.get("transaction") and not mark.kwargs.get("serialized_rollback"):
                raise pytest.UsageError(
                    f"{item.nodeid}: use django_db(transaction=True, serialized_rollback=True)"
                )
