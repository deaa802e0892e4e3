"""The named people every test shares, and the settings every test runs with."""

import pytest

from wijkgoud.core.models import Area, RoleAssignment
from wijkgoud.core.tests.factories import UserFactory

Role = RoleAssignment.Role


@pytest.fixture(autouse=True)
def _test_settings(settings):
    # Tests render templates without running collectstatic first.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def almere_haven(db) -> Area:
    """The wijk loaded by the data migration, with its buurten."""
    return Area.objects.get(cbs_code="WK003401")


@pytest.fixture
def de_werven(db) -> Area:
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
