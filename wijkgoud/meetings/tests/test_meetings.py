"""Organising a meeting, the meeting page, the follow-through in a series, lessons."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from wijkgoud.core.tests.factories import PlaceFactory
from wijkgoud.meetings import services
from wijkgoud.meetings.models import Meeting
from wijkgoud.meetings.selectors import lessons_for

from .factories import ActionItemFactory, IdeaFactory, LessonFactory, MeetingFactory, SeriesFactory

pytestmark = pytest.mark.django_db


def _form(de_werven, **changes) -> dict:
    start = timezone.localtime() + timedelta(days=10)
    data = {
        "kind": "kitchen_visit",
        "title": "Kijken in de keuken van het taalcafé",
        "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
        "ends_at": (start + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
        "area": de_werven.pk,
        "place": PlaceFactory(area=de_werven).pk,
        "welcome_active_residents": "on",
        "welcome_workers": "on",
        "max_people": "12",
        "languages": "Nederlands, Arabisch",
        "new_series_title": "Keukenbezoeken 2027",
    }
    return data | changes


def test_a_worker_organises_a_kitchen_visit(client, worker, de_werven):
    client.force_login(worker)
    response = client.post(reverse("meetings:create"), _form(de_werven))
    meeting = Meeting.objects.get()
    assert response.headers["Location"] == meeting.get_absolute_url()
    assert (meeting.host, meeting.series.title, meeting.max_people) == (
        worker,
        "Keukenbezoeken 2027",
        12,
    )


def test_bad_input_comes_back_with_messages_and_nothing_lost(client, worker, de_werven):
    client.force_login(worker)
    data = _form(de_werven, place="", ends_at="2001-01-01T10:00", max_people="0")
    response = client.post("/en/meetings/new/", data)
    assert response.status_code == 200
    assert "Choose a place, or write the address." in response.text
    assert "The end must be after the start." in response.text
    assert "Ensure this value is greater than or equal to 1." in response.text
    assert "Kijken in de keuken van het taalcafé" in response.text
    assert not Meeting.objects.exists()


def test_a_meeting_in_the_past_cannot_be_planned(client, worker, de_werven):
    client.force_login(worker)
    data = _form(de_werven, starts_at="2001-01-01T10:00", ends_at="2001-01-01T12:00")
    assert "Choose a moment in the future." in client.post("/en/meetings/new/", data).text


def test_an_outsider_cannot_organise(client, outsider):
    client.force_login(outsider)
    assert client.get(reverse("meetings:create")).status_code == 403


def test_the_host_changes_the_meeting(client, meeting, active_resident):
    client.force_login(active_resident)
    form = _form(meeting.area, title="Nieuwe titel", new_series_title="")
    response = client.post(reverse("meetings:edit", args=[meeting.pk]), form)
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.title == "Nieuwe titel"


def test_the_next_meeting_opens_with_what_became_of_the_last(client, de_werven, worker):
    series = SeriesFactory()
    last = MeetingFactory(area=de_werven, series=series, past=True, host=worker)
    idea = IdeaFactory(meeting=last, text="Samen koken")
    ActionItemFactory(idea=idea, what="Keuken regelen", done=True, outcome="Het buurthuis mag")
    parked = IdeaFactory(meeting=last, text="Buurtbus")
    services.park_idea(parked, "Te duur", actor=worker)
    upcoming = MeetingFactory(area=de_werven, series=series, host=worker)
    client.force_login(worker)
    text = client.get(f"/en/meetings/{upcoming.pk}/").text
    block = text[text.index("What became of the last meeting") :]
    assert "Samen koken" in block and "Keuken regelen" in block
    assert "Het buurthuis mag" in block and "Buurtbus" in block and "Te duur" in block
    # And the last one points to the next.
    assert "Next in this series" in client.get(f"/en/meetings/{last.pk}/").text


def test_every_form_on_the_host_s_page_has_ids_of_its_own(client, meeting, active_resident):
    client.force_login(active_resident)
    html = client.get(meeting.get_absolute_url()).text
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    assert 'for="idea_text"' in html and 'for="lesson_text"' in html


def test_the_plan_next_link_copies_the_last_meeting(client, meeting, active_resident):
    meeting.series = SeriesFactory()
    meeting.save()
    client.force_login(active_resident)
    text = client.get(f"/en/meetings/new/?series={meeting.series_id}").text
    assert 'value="Taalcafé van Fatima"' in text
    assert client.get("/en/meetings/new/?series=abc").status_code == 200


def test_lessons_are_searchable_and_shown_for_the_host_object(client, meeting, active_resident):
    LessonFactory(meeting=meeting, text="Kinderopvang maakt het verschil")
    LessonFactory(meeting=meeting, text="Iets anders")
    hidden = MeetingFactory()  # another area: not for her
    LessonFactory(meeting=hidden, text="Kinderopvang elders")
    client.force_login(active_resident)
    text = client.get("/en/meetings/lessons/?q=kinderopvang").text
    assert "Kinderopvang maakt het verschil" in text
    assert "Iets anders" not in text and "Kinderopvang elders" not in text
    assert "Nothing found" in client.get("/en/meetings/lessons/?q=zzz").text
    services.set_hosted_at(meeting, meeting.place, actor=active_resident)
    assert [lesson.text for lesson in lessons_for(meeting.place)] == [
        "Iets anders",
        "Kinderopvang maakt het verschil",
    ]


def test_the_lessons_include_renders_for_an_object(meeting, active_resident):
    from django.template import Context, Template

    LessonFactory(meeting=meeting, text="Vraag wat mensen nodig hebben")
    services.set_hosted_at(meeting, meeting.place, actor=active_resident)
    html = Template("{% load meetings %}{% lessons_for place %}").render(
        Context({"place": meeting.place})
    )
    assert "Vraag wat mensen nodig hebben" in html


def test_the_meeting_list_shows_what_i_may_see(client, meeting, budget_holder, worker):
    client.force_login(worker)
    assert meeting.title in client.get("/en/meetings/").text
    client.force_login(budget_holder)  # budget holders are not welcome at this one
    assert meeting.title not in client.get("/en/meetings/").text
    assert client.get(meeting.get_absolute_url()).status_code == 404


def test_a_worker_of_another_area_does_not_see_it(client, meeting):
    from wijkgoud.core.models import RoleAssignment
    from wijkgoud.core.tests.factories import AreaFactory, UserFactory

    elsewhere = UserFactory(roles=[(RoleAssignment.Role.WORKER, AreaFactory())], totp=True)
    client.force_login(elsewhere)
    assert client.get(meeting.get_absolute_url()).status_code == 404


def test_an_active_resident_of_a_buurt_sees_a_meeting_for_the_whole_wijk(
    client, almere_haven, active_resident
):
    meeting = MeetingFactory(area=almere_haven)
    client.force_login(active_resident)
    assert client.get(meeting.get_absolute_url()).status_code == 200
