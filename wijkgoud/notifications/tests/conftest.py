import pytest

from wijkgoud.activities.tests.factories import ActivityFactory
from wijkgoud.notifications.services import notify


@pytest.fixture
def activity(db):
    return ActivityFactory(title="Koffieochtend")


@pytest.fixture
def say(activity):
    """notify() with the one kind every test may rely on: activities declare it."""

    def say(recipient, *, name="Ali", about=None):
        return notify(
            recipient,
            "activity.signup",
            about=about or activity,
            params={"name": name, "title": "Koffieochtend", "date": "1-12-2026"},
        )

    return say
