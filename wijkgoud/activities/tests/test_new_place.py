"""An organiser whose place is not in the list adds it in the activity form itself."""

import pytest

from wijkgoud.activities.models import Activity
from wijkgoud.core.models import AuditEvent, Place

from .test_organiser import form_data

pytestmark = pytest.mark.django_db

NEW_PLACE = {
    "place": "",
    "new_place_name": "Huiskamer Lindenhof",
    "new_place_street": "Lindenhof 12",
    "new_place_postcode": "1354 ab",
}


def test_a_new_place_is_added_with_the_activity(client, active_resident, place):
    client.force_login(active_resident)
    response = client.post("/en/activities/new/", form_data(place) | NEW_PLACE)
    assert response.status_code == 302
    activity = Activity.objects.get()
    new = activity.place
    assert (new.name, new.street_address, new.postcode) == (
        "Huiskamer Lindenhof",
        "Lindenhof 12",
        "1354 AB",
    )
    assert new.area == place.area and new.wheelchair_accessible
    event = AuditEvent.objects.get(action="place.created")
    assert event.actor == active_resident and event.object_id == str(new.pk)
    # Others can choose it from now on.
    client.force_login(active_resident)
    assert "Huiskamer Lindenhof" in client.get("/en/activities/new/").text


def test_a_half_filled_new_place_is_refused_and_what_was_typed_stays(
    client, active_resident, place
):
    client.force_login(active_resident)
    data = form_data(place) | NEW_PLACE | {"new_place_street": ""}
    response = client.post("/en/activities/new/", data)
    assert response.status_code == 200
    assert "Fill this in for the new place." in response.text
    assert 'value="Huiskamer Lindenhof"' in response.text and 'value="Taalcafé"' in response.text
    assert not Place.objects.filter(name="Huiskamer Lindenhof").exists()
    assert not Activity.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"place": ""}, "Choose a place, or fill in a new place below."),
        (NEW_PLACE | {"place": "KEEP"}, "not both"),
        (NEW_PLACE | {"new_place_postcode": "12345"}, "Write a Dutch postcode"),
    ],
)
def test_a_place_is_needed_once_and_a_postcode_must_be_dutch(
    client, active_resident, place, changes, message
):
    client.force_login(active_resident)
    if changes.get("place") == "KEEP":
        changes = changes | {"place": place.pk}
    response = client.post("/en/activities/new/", form_data(place) | changes)
    assert response.status_code == 200 and message in response.text
    assert not Activity.objects.exists()
