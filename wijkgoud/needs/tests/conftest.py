import pytest

from wijkgoud.core.models import Area, RoleAssignment
from wijkgoud.core.tests.factories import UserFactory

from .factories import NeedFactory

Role = RoleAssignment.Role


@pytest.fixture(autouse=True)
def _run_tasks_at_once(settings):
    # Mails are sent by tasks; here they run at once, into the locmem outbox.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def de_meenten(almere_haven) -> Area:
    return Area.objects.get(cbs_code="BU00340104")


@pytest.fixture
def other_wijk(db) -> Area:
    return Area.objects.create(name="Almere Stad", kind=Area.Kind.DISTRICT, cbs_code="WK003402")


@pytest.fixture
def worker_elsewhere(other_wijk):
    """A worker of another wijk: sees nothing of Almere Haven's needs."""
    return UserFactory(
        email="joost@example.org", display_name="Joost",
        roles=[(Role.WORKER, other_wijk)], totp=True,
    )  # fmt: skip


@pytest.fixture
def other_resident(de_werven):
    return UserFactory(
        email="karin@example.org", display_name="Karin", roles=[(Role.ACTIVE_RESIDENT, de_werven)]
    )


@pytest.fixture
def need(active_resident, de_werven):
    """Recorded by Fatima in De Werven; the neighbour agreed to share it with the wijkteam."""
    return NeedFactory(
        recorded_by=active_resident, area=de_werven, shared=True,
        words="Ik kan de brieven die ik krijg niet lezen.", name="Mehmet K.",
        categories=",paperwork,", language="tr",
    )  # fmt: skip


@pytest.fixture
def private_need(active_resident, de_werven):
    """Recorded by Fatima; the neighbour agreed to share it with her only."""
    return NeedFactory(recorded_by=active_resident, area=de_werven, name="mevr. J.")
