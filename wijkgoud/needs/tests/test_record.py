"""An active resident records a neighbour's need — only with the neighbour's consent."""

import pytest

from wijkgoud.core.models import AuditEvent
from wijkgoud.needs.models import Need

from .factories import en

pytestmark = pytest.mark.django_db


def _form(area, **changes) -> dict:
    return {
        "agreed": "on",
        "consent_given_by": "Mehmet",
        "consent_on": "2026-11-20",
        "consent_how": "spoken",
        "share_with": "wijkteam",
        "words": "Ik kan de brieven niet lezen.",
        "categories": ["paperwork"],
        "area": area.pk,
        "language": "tr",
        "name": "Mehmet K.",
        "contact_by": "resident",
        "phone": "",
        "email": "",
        "address": "",
        "contact_when": "",
        "days": [],
    } | changes


def test_a_resident_records_a_need_with_consent(client, active_resident, de_werven):
    client.force_login(active_resident)
    response = client.post(en("needs:record"), _form(de_werven))
    need = Need.objects.get()
    assert response.headers["Location"] == need.get_absolute_url()
    assert (need.status, need.recorded_by, need.assigned_to) == (
        "picked_up", active_resident, active_resident,
    )  # fmt: skip
    event = AuditEvent.objects.get(action="need.recorded")
    assert event.data["consent"] == {
        "by": "Mehmet", "on": "2026-11-20", "how": "spoken", "share_with": "wijkteam",
    }  # fmt: skip


def test_without_consent_nothing_is_saved_and_nothing_typed_is_lost(
    client, active_resident, de_werven
):
    client.force_login(active_resident)
    form = _form(de_werven)
    del form["agreed"]
    response = client.post(en("needs:record"), form)
    assert "Only write it down when the neighbour agreed." in response.text
    assert "Ik kan de brieven niet lezen." in response.text
    assert not Need.objects.exists()


def test_who_agreed_and_when_are_required(client, active_resident, de_werven):
    client.force_login(active_resident)
    response = client.post(en("needs:record"), _form(de_werven, consent_given_by="", consent_on=""))
    assert response.text.count("This field is required.") == 2
    assert not Need.objects.exists()


def test_contact_details_are_kept_only_for_the_way_chosen(client, active_resident, de_werven):
    client.force_login(active_resident)
    client.post(
        en("needs:record"),
        _form(de_werven, contact_by="visit", address="Werven 40", phone="06 12345678"),
    )
    need = Need.objects.get()
    assert (need.address, need.phone) == ("Werven 40", "")


def test_someone_without_the_role_cannot_record(client, outsider):
    client.force_login(outsider)
    assert client.get(en("needs:record")).status_code == 403
