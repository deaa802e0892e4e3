"""Meetings and the rest of Wijkgoud: held at an activity or initiative; an action became one."""

import pytest
from django.urls import reverse

from wijkgoud.activities.tests.factories import ActivityFactory
from wijkgoud.core.models import AuditEvent
from wijkgoud.initiatives.tests.factories import InitiativeFactory
from wijkgoud.meetings.models import Meeting

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
    assert refused.status_code == 200 and "Select a valid choice" in refused.text
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
