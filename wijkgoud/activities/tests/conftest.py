import pytest
from django.contrib.contenttypes.models import ContentType

from wijkgoud.core.tests.factories import PlaceFactory

from .factories import ActivityFactory


@pytest.fixture(autouse=True)
def _tasks_run_at_once(settings):
    """Mails are sent by tasks; in these tests the task runs right away (after commit)."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def _fresh_content_types():
    """A sign-up notifies the organiser, which caches the activity's content type; after a
    transactional test re-creates the content types under other ids, a cached one breaks the
    next live-server test's foreign keys."""
    ContentType.objects.clear_cache()
    yield
    ContentType.objects.clear_cache()


@pytest.fixture
def place(de_werven):
    return PlaceFactory(name="Buurthuis De Werven", street_address="Werven 12", area=de_werven)


@pytest.fixture
def activity(place, active_resident):
    """A weekly coffee morning in De Werven by Fatima, the active resident."""
    return ActivityFactory(
        title="Koffieochtend", organiser=active_resident, place=place, area=place.area, capacity=10
    )
