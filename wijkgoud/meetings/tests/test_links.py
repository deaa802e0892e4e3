"""Meetings and the rest of Wijkgoud: held at an activity or initiative; an action became one."""

import pytest
from django.urls import reverse

from wijkgoud.activities.models import Activity
from wijkgoud.activities.tests.factories import ActivityFactory
from wijkgoud.activities.tests.test_organiser import form_data as activity_form
from wijkgoud.core.models import AuditEvent
from wijkgoud.core.tests.factories import PlaceFactory, UserFactory
from wijkgoud.initiatives.models import Initiative
from wijkgoud.initiatives.tests.factories import InitiativeFactory
from wijkgoud.meetings.models import Meeting

from .factories import ActionItemFactory
from .test_meetings import _form

pytestmark = pytest.mark.django_db


def test_a_meeting_is_held_at_the_hosts_own_activity_and_says_so(
    client, active_resident, de_werven
):
    mine = ActivityFactory(organiser=active_resident, area=de_werven, title="Taalcafé")
    someone_elses = ActivityFactory(area=de_werven, title="Andermans koffie")
    client.force_login(active_resident)
    page = client.get(reverse("meetings:create")).text
    assert "Held at" in page and "Taalcafé" in page and "Andermans koffie" not in page
    response = client.post(
        reverse("meetings:create"), _form(de_werven, held_at=f"activity:{mine.pk}")
    )
    meeting = Meeting.objects.get()
    assert response.status_code == 302 and meeting.hosted_at == mine
    assert AuditEvent.objects.filter(action="meeting.hosted_at").exists()
    text = client.get(meeting.get_absolute_url()).text
    assert "Held at" in text and f'href="{mine.get_absolute_url()}"' in text
    refused = client.post(
        reverse("meetings:create"), _form(de_werven, held_at=f"activity:{someone_elses.pk}")
    )
    assert refused.status_code == 200 and "held_at" in refused.context["form"].errors
    assert Meeting.objects.count() == 1


def test_a_team_member_chooses_the_initiative_and_can_clear_it_again(
    client, active_resident, de_werven
):
    initiative = InitiativeFactory(areas=[de_werven], title="Samen wandelen")
    initiative.team.add(active_resident)
    client.force_login(active_resident)
    client.post(reverse("meetings:create"), _form(de_werven, held_at=f"initiative:{initiative.pk}"))
    meeting = Meeting.objects.get()
    assert meeting.hosted_at == initiative
    edit = reverse("meetings:edit", args=[meeting.pk])
    assert f'value="initiative:{initiative.pk}" selected' in client.get(edit).text
    data = _form(de_werven, new_series_title="", series=meeting.series_id, held_at="")
    assert client.post(edit, data).status_code == 302
    meeting.refresh_from_db()
    assert meeting.hosted_at_type is None and meeting.hosted_at_id == ""
    assert "Held at" not in client.get(meeting.get_absolute_url()).text


def test_the_owner_starts_an_initiative_from_an_action_and_the_link_is_kept(
    client, meeting, active_resident, de_werven
):
    action = ActionItemFactory(idea__meeting=meeting, owner=active_resident, what="Wandelclub")
    client.force_login(active_resident)
    page = client.get(action.get_absolute_url()).text
    start = f"{reverse('initiatives:create')}?from_action={action.pk}"
    assert start in page
    assert f"{reverse('activities:create')}?from_action={action.pk}" in page
    assert 'value="Wandelclub"' in client.get(start).text
    data = {"title": "Wandelclub Haven", "summary": "Samen lopen.", "areas": [de_werven.pk]}
    assert client.post(start, data).status_code == 302
    initiative = Initiative.objects.get()
    action.refresh_from_db()
    assert action.became == initiative
    assert AuditEvent.objects.filter(action="action.became", actor=active_resident).exists()
    page = client.get(action.get_absolute_url()).text
    assert "It became" in page and initiative.get_absolute_url() in page
    assert "from_action" not in page  # it became something: no second link


def test_the_owner_posts_an_activity_from_an_action(client, meeting, active_resident, de_werven):
    action = ActionItemFactory(idea__meeting=meeting, owner=active_resident, what="Taalcafé")
    client.force_login(active_resident)
    start = f"{reverse('activities:create')}?from_action={action.pk}"
    assert 'value="Taalcafé"' in client.get(start).text
    assert client.post(start, activity_form(PlaceFactory(area=de_werven))).status_code == 302
    action.refresh_from_db()
    assert action.became == Activity.objects.get()


def test_someone_else_s_action_in_the_link_is_ignored(client, meeting, de_werven):
    action = ActionItemFactory(idea__meeting=meeting, what="Niet van mij")
    other = UserFactory(roles=[("active_resident", de_werven)])
    client.force_login(other)
    start = f"{reverse('initiatives:create')}?from_action={action.pk}"
    assert "Niet van mij" not in client.get(start).text
    data = {"title": "Eigen idee", "summary": "Iets.", "areas": [de_werven.pk]}
    assert client.post(start, data).status_code == 302
    assert client.post(f"{reverse('initiatives:create')}?from_action=x", data).status_code == 302
    action.refresh_from_db()
    assert action.became_type is None and Initiative.objects.count() == 2
