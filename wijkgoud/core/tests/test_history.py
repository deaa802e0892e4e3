"""The history page: what happened to one object, for workers and admins only."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wijkgoud.core.models import Place
from wijkgoud.core.services import record_event
from wijkgoud.core.tests.factories import PlaceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def place(almere_haven, worker) -> Place:
    place = PlaceFactory(name="Buurthuis De Werven", area=almere_haven)
    record_event(place, "place.created", actor=None)
    record_event(place, "place.opening_hours_changed", actor=worker)
    return place


def history_url(place_type: ContentType, object_id) -> str:
    return reverse("core:history", args=[place_type.pk, object_id])


@pytest.fixture
def place_type(db) -> ContentType:
    return ContentType.objects.get_for_model(Place)


@pytest.mark.parametrize("person", ["worker", "admin"])
def test_a_worker_and_an_admin_see_what_happened_newest_first(
    client, people, place, place_type, person
):
    client.force_login(people[person])
    response = client.get(f"/en{history_url(place_type, place.pk)[3:]}")

    assert response.status_code == 200
    text = response.text
    assert "History of Buurthuis De Werven" in text
    assert text.index("place.opening_hours_changed") < text.index("place.created")
    assert "Sanne" in text  # the worker who changed it
    assert "the system" in text  # the event without an actor


def test_an_object_without_events_says_nothing_has_been_recorded(
    client, worker, almere_haven, place_type
):
    client.force_login(worker)
    quiet = PlaceFactory(area=almere_haven)
    response = client.get(f"/en{history_url(place_type, quiet.pk)[3:]}")
    assert "Nothing has been recorded yet." in response.text


@pytest.mark.parametrize("person", ["active_resident", "outsider", "budget_holder"])
def test_people_without_the_worker_or_admin_role_get_403(client, people, place, place_type, person):
    client.force_login(people[person])
    assert client.get(history_url(place_type, place.pk)).status_code == 403


def test_a_visitor_is_asked_to_sign_in(client, place, place_type):
    url = history_url(place_type, place.pk)
    response = client.get(url)
    assert response.status_code == 302
    assert response.headers["Location"] == f"{reverse('account_login')}?next={url}"


@pytest.mark.parametrize("object_id", ["999999", "not-a-number"])
def test_a_missing_object_is_404(client, worker, place_type, object_id):
    client.force_login(worker)
    assert client.get(history_url(place_type, object_id)).status_code == 404


def test_an_unknown_or_stale_content_type_is_404(client, worker):
    client.force_login(worker)
    gone = ContentType.objects.create(app_label="removed_app", model="oldthing")
    assert client.get(reverse("core:history", args=[999999, "1"])).status_code == 404
    assert client.get(reverse("core:history", args=[gone.pk, "1"])).status_code == 404
