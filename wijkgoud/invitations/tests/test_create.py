"""Inviting someone: choose an activity (or coffee), fill in who and how; bad input is
explained next to the field and nothing typed is lost."""

import re

import pytest
from django.urls import reverse

from wijkgoud.core.models import AuditEvent
from wijkgoud.invitations.models import Invitation

from .factories import InvitationFactory

pytestmark = pytest.mark.django_db
URL = "/en/invitations/new/"


def checked(page: str, name: str, value) -> bool:
    """Is this radio button chosen on the page?"""
    return bool(re.search(rf'name="{name}" value="{value}"[^>]*checked', page))


def test_without_an_activity_the_resident_first_chooses_one_near_them(
    client, active_resident, language_cafe
):
    client.force_login(active_resident)
    page = client.get(URL).text
    assert "Taalcafé" in page
    assert f"?activity={language_cafe.pk}" in page
    assert "Come and have coffee with me" in page


def test_searching_finds_an_activity_by_name(client, active_resident, language_cafe):
    client.force_login(active_resident)
    assert "Taalcafé" in client.get(URL, {"q": "taal"}).text
    assert "No activity found" in client.get(URL, {"q": "zwemmen"}).text


def test_an_active_resident_invites_a_neighbour_to_an_activity(
    client, active_resident, language_cafe
):
    client.force_login(active_resident)
    date = language_cafe.occurrences.order_by("starts_at")[1]
    response = client.post(
        f"{URL}?activity={language_cafe.pk}",
        {
            "invitee_name": " Maryam ",
            "language": "ar",
            "occurrence": date.pk,
            "channel": "card",
            "company": "pick_up",
            "pick_up_at": "13:45",
        },
    )
    invitation = Invitation.objects.get()
    assert response.headers["Location"] == reverse("invitations:detail", args=[invitation.pk])
    assert invitation.inviter == active_resident
    assert (invitation.invitee_name, invitation.language) == ("Maryam", "ar")
    assert invitation.activity == language_cafe
    assert invitation.occurrence == date
    assert invitation.status == "sent"
    assert str(invitation.pick_up_at) == "13:45:00"
    assert AuditEvent.objects.filter(action="invitation.sent").count() == 1


def test_the_first_coming_date_is_chosen_unless_the_resident_picks_another(
    client, active_resident, language_cafe
):
    client.force_login(active_resident)
    page = client.get(f"{URL}?activity={language_cafe.pk}").text
    first = language_cafe.occurrences.order_by("starts_at").first()
    assert checked(page, "occurrence", first.pk)


def test_bad_input_is_explained_next_to_the_field_and_nothing_is_lost(
    client, active_resident, language_cafe
):
    client.force_login(active_resident)
    response = client.post(
        f"{URL}?activity={language_cafe.pk}",
        {
            "invitee_name": "Maryam 0612345678",
            "language": "ar",
            "channel": "whatsapp",
            "company": "pick_up",
            "pick_up_at": "",
        },
    )
    assert response.status_code == 200
    page = response.text
    assert "Not saved yet" in page
    assert "Write only a first name or initials, no phone number or e-mail address." in page
    assert "At what time will you pick them up? For example 9:45." in page
    assert 'value="Maryam 0612345678"' in page  # what was typed is still there
    assert checked(page, "language", "ar")
    assert checked(page, "channel", "whatsapp")
    assert Invitation.objects.count() == 0


def test_bad_input_is_explained_in_the_users_language(client, active_resident, language_cafe):
    client.force_login(active_resident)
    response = client.post(
        f"/nl/invitations/new/?activity={language_cafe.pk}",
        {"invitee_name": "", "language": "nl", "channel": "card"},
    )
    assert "Dit veld is verplicht." in response.text


def test_coffee_with_me_needs_where_and_when(client, active_resident):
    client.force_login(active_resident)
    data = {"invitee_name": "Els", "language": "nl", "channel": "phone", "company": ""}
    response = client.post(f"{URL}?coffee=1", data)
    assert "This field is required." in response.text
    client.post(f"{URL}?coffee=1", data | {"coffee_where_when": "Bij mij, donderdag 10 uur"})
    invitation = Invitation.objects.get()
    assert invitation.is_coffee
    assert invitation.coffee_where_when == "Bij mij, donderdag 10 uur"


def test_a_need_the_resident_may_see_is_linked_and_fills_in_the_name(
    client, active_resident, language_cafe, make_need
):
    need = make_need(active_resident, name="Yusuf", language="tr")
    client.force_login(active_resident)
    page = client.get(f"{URL}?activity={language_cafe.pk}&need={need.pk}").text
    assert 'value="Yusuf"' in page
    assert checked(page, "language", "tr")
    client.post(
        f"{URL}?activity={language_cafe.pk}&need={need.pk}",
        {"invitee_name": "Yusuf", "language": "tr", "channel": "in_person",
         "occurrence": language_cafe.occurrences.first().pk},
    )  # fmt: skip
    assert Invitation.objects.get().need == need


def test_a_need_the_resident_may_not_see_is_ignored(
    client, active_resident, worker, language_cafe, make_need
):
    secret = make_need(worker, name="Geheim", language="nl")
    client.force_login(active_resident)
    url = f"{URL}?activity={language_cafe.pk}&need={secret.pk}"
    assert "Geheim" not in client.get(url).text
    client.post(
        url,
        {"invitee_name": "Els", "language": "nl", "channel": "card",
         "occurrence": language_cafe.occurrences.first().pk},
    )  # fmt: skip
    assert Invitation.objects.get().need is None


def test_inviting_again_fills_in_the_last_invitation_and_continues_the_chain(
    client, active_resident, language_cafe
):
    first = InvitationFactory(
        inviter=active_resident, activity=language_cafe, invitee_name="Piotr", language="pl",
        channel="whatsapp", not_yet=True,
    )  # fmt: skip
    client.force_login(active_resident)
    page = client.get(f"{URL}?again={first.pk}").text
    assert 'value="Piotr"' in page
    assert "You invite Piotr again." in page
    data = {"invitee_name": "Piotr", "language": "pl", "channel": "whatsapp", "company": ""}
    data["occurrence"] = language_cafe.occurrences.order_by("starts_at").first().pk
    client.post(f"{URL}?again={first.pk}", data)
    again = Invitation.objects.get(previous=first)
    assert again.chain_start == first
    # a second tap on an old "invite again" link makes no second one
    response = client.post(f"{URL}?again={first.pk}", data)
    assert response.headers["Location"] == again.get_absolute_url()
    assert Invitation.objects.count() == 2


def test_someone_who_came_is_invited_to_something_else(client, active_resident, language_cafe):
    came = InvitationFactory(inviter=active_resident, activity=language_cafe, came=True)
    client.force_login(active_resident)
    page = client.get(f"{URL}?again={came.pk}").text
    assert "What do you invite" in page  # choose another activity first
    assert f"again={came.pk}" in page


def test_another_residents_invitation_cannot_be_continued(client, active_resident, language_cafe):
    someone_else = InvitationFactory(activity=language_cafe, invitee_name="Stranger")
    client.force_login(active_resident)
    page = client.get(f"{URL}?again={someone_else.pk}").text
    assert "Stranger" not in page


def test_an_outsider_may_not_invite(client, outsider, language_cafe):
    client.force_login(outsider)
    assert client.get(f"{URL}?activity={language_cafe.pk}").status_code == 403
