import pytest

from wijkgoud.core.tests.factories import PlaceFactory

from .factories import ActivityFactory


@pytest.fixture(autouse=True)
def _tasks_run_at_once(settings):
    """Mails are sent by tasks; in these tests the task runs right away (after commit)."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def place(de_werven):
    return PlaceFactory(name="Buurthuis De Werven", street_address="Werven 12", area=de_werven)


@pytest.fixture
def activity(place, active_resident):
    """A weekly coffee morning in De Werven by Fatima, the active resident."""
    return ActivityFactory(
        title="Koffieochtend", organiser=active_resident, place=place, area=place.area, capacity=10
    )
