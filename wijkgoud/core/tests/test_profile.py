import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_resident_changes_name_and_language_and_sees_the_page_in_that_language(
    client, active_resident
):
    client.force_login(active_resident)
    response = client.post(
        "/nl/profile/",
        {"display_name": "Fatima B.", "preferred_language": "ar", "phone": "06 12345678"},
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/ar/profile/"
    active_resident.refresh_from_db()
    assert (active_resident.display_name, active_resident.preferred_language) == ("Fatima B.", "ar")
    assert active_resident.phone == "06 12345678"


def test_a_wrong_phone_number_is_explained_next_to_the_field_and_nothing_is_lost(
    client, active_resident
):
    client.force_login(active_resident)
    response = client.post(
        "/en/profile/",
        {"display_name": "Fatima B.", "preferred_language": "tr", "phone": "call me"},
    )
    assert response.status_code == 200
    assert "Write a phone number" in response.text
    assert 'value="Fatima B."' in response.text
    active_resident.refresh_from_db()
    assert active_resident.display_name == "Fatima"


def test_a_visitor_without_an_account_is_sent_to_sign_in(client):
    response = client.get(reverse("core:profile"))
    assert response.status_code == 302
    assert "/account/login/" in response.headers["Location"]
