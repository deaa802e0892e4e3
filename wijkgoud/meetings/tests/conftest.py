import pytest

from wijkgoud.core.tests.factories import PlaceFactory
from wijkgoud.glossary.tests.fixtures import glossary_marking  # noqa: F401

from .factories import MeetingFactory


@pytest.fixture
def meeting(active_resident, de_werven):
    """A kitchen visit hosted by the active resident in De Werven, next week."""
    return MeetingFactory(
        host=active_resident,
        area=de_werven,
        title="Taalcafé van Fatima",
        place=PlaceFactory(name="Buurthuis De Werven", area=de_werven),
    )
