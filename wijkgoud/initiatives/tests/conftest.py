import pytest
from django.utils import translation

from .factories import InitiativeFactory


@pytest.fixture
def initiative(active_resident, de_werven):
    """The active resident's initiative in De Werven, still an idea."""
    return InitiativeFactory(
        owner=active_resident, title="Samen wandelen", areas=[de_werven], summary="Wandelen."
    )


@pytest.fixture
def login(client):
    def sign_in(user):
        client.force_login(user)
        return client

    return sign_in


@pytest.fixture(autouse=True)
def _english():
    """Tests read the English texts: reverse() gives /en/ URLs (Dutch is tested on purpose)."""
    with translation.override("en"):
        yield
