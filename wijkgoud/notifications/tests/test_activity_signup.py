"""A confirmed sign-up tells the organiser in their inbox; the waiting list does not."""

import pytest
from django.utils import translation

from wijkgoud.activities import services
from wijkgoud.activities.tests.factories import ActivityFactory
from wijkgoud.notifications.models import Notification

pytestmark = pytest.mark.django_db


@pytest.fixture
def coffee(active_resident):
    return ActivityFactory(title="Koffieochtend", organiser=active_resident, capacity=2)


def _sign_up(activity, name, people=1):
    occurrence = activity.occurrences.order_by("starts_at").first()
    return services.sign_up(
        occurrence, waiting_list_ok=True, base_url="", name=name, people=people, language="tr"
    )


def test_the_organiser_hears_of_a_sign_up_in_their_own_language(coffee, active_resident):
    _sign_up(coffee, "Ayşe")

    notification = Notification.objects.get()
    assert notification.recipient == active_resident
    assert notification.about == coffee
    assert notification.url == coffee.get_absolute_url()
    with translation.override("en"):
        assert notification.text.startswith("Ayşe signed up for Koffieochtend on ")
    # Only a first name and the title: no contact details of the neighbour.
    assert set(notification.params) == {"name", "title", "date"}


def test_a_place_on_the_waiting_list_makes_no_notification(coffee):
    _sign_up(coffee, "Ayşe", people=2)
    _sign_up(coffee, "Piotr")  # full: waiting list
    assert Notification.objects.count() == 1
