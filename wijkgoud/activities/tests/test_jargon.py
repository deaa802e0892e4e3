"""The activity forms get the jargon checker: "Check my text" shows plainer words and
never saves; a normal save still works."""

import pytest

from wijkgoud.activities.models import Activity, ActivityText

from .test_organiser import form_data

pytestmark = pytest.mark.django_db

JARGON = "Neem je beschikking mee, dan helpen we je verder."


def test_checking_a_new_activity_shows_the_advice_and_saves_nothing(client, active_resident, place):
    client.force_login(active_resident)
    data = form_data(place, description=JARGON, check_text="1")
    response = client.post("/nl/activities/new/", data)
    assert response.status_code == 200
    assert "<strong>besluit, brief met het besluit</strong>" in response.text
    assert JARGON in response.text  # nothing typed is lost
    assert 'id="jargon-summary"' in response.text and 'id="jargon-description"' in response.text
    assert 'src="/static/glossary/glossary.js"' in response.text
    assert not Activity.objects.exists()

    del data["check_text"]
    assert client.post("/nl/activities/new/", data).status_code == 302
    assert Activity.objects.get().description == JARGON


def test_checking_a_translation_does_not_save_it(client, activity):
    client.force_login(activity.organiser)
    url = f"/nl/activities/{activity.pk}/texts/en/"
    data = {"title": "Coffee", "summary": "Bring your\r\nbeschikking.", "description": ""}
    response = client.post(url, data | {"check_text": "1"})
    assert response.status_code == 200
    assert 'id="jargon-summary"' in response.text
    assert (
        "Bring your\r\nbeschikking." in response.text or "Bring your\nbeschikking." in response.text
    )
    assert not ActivityText.objects.exists()
    assert client.post(url, data).status_code == 302
    assert ActivityText.objects.get().summary == "Bring your beschikking."  # one line
