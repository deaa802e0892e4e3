"""Signing up: signed-in people, guests by name, a maximum kept by the database lock."""

import threading

import pytest
from django.db import connection
from django.urls import reverse

from wijkgoud.core.services import WorkflowError
from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.meetings import services
from wijkgoud.meetings.models import Signup

from .factories import MeetingFactory

pytestmark = pytest.mark.django_db


def test_signing_up_in_the_browser(client, meeting, worker):
    client.force_login(worker)
    response = client.post(reverse("meetings:signup", args=[meeting.pk]), {"show_name": "on"})
    assert response.status_code == 302
    signup = Signup.objects.get(meeting=meeting)
    assert (signup.user, signup.role, signup.show_name) == (worker, "worker", True)
    text = client.get(f"/en/meetings/{meeting.pk}/").text
    assert "You are signed up." in text and "Add to my calendar" in text


def test_signing_up_twice_is_refused_with_a_message(client, meeting, worker):
    client.force_login(worker)
    url = reverse("meetings:signup", args=[meeting.pk]).replace("/nl/", "/en/")
    client.post(url)
    response = client.post(url, follow=True)
    assert "You are already signed up." in response.text
    assert Signup.objects.count() == 1


def test_a_full_meeting_refuses_the_next_person(meeting, worker, active_resident):
    meeting.max_people = 1
    meeting.save()
    services.sign_up(meeting, actor=active_resident)
    with pytest.raises(WorkflowError) as refused:
        services.sign_up(meeting, actor=worker)
    assert refused.value.code == "full"
    with pytest.raises(WorkflowError) as refused:
        services.add_guest(meeting, "Els", actor=active_resident)
    assert refused.value.code == "full"


def test_a_past_meeting_takes_no_sign_ups(de_werven, worker):
    meeting = MeetingFactory(area=de_werven, past=True)
    with pytest.raises(WorkflowError) as refused:
        services.sign_up(meeting, actor=worker)
    assert refused.value.code == "past"


def test_the_host_adds_a_guest_by_name_and_sees_the_list(client, meeting, active_resident):
    client.force_login(active_resident)
    client.post(reverse("meetings:guest_add", args=[meeting.pk]), {"name": "Buurman Kees"})
    signup = Signup.objects.get()
    assert (signup.user, signup.name, signup.role) == (None, "Buurman Kees", "guest")
    text = client.get(f"/en/meetings/{meeting.pk}/people/").text
    assert "Buurman Kees" in text
    client.post(reverse("meetings:signup_remove", args=[signup.pk]))
    assert not Signup.objects.exists()


def test_a_guest_without_a_name_gets_a_clear_message(client, meeting, active_resident):
    client.force_login(active_resident)
    response = client.post(f"/en/meetings/{meeting.pk}/guests/", {"name": "  "})
    assert response.status_code == 400
    assert "This field is required." in response.text


def test_only_who_manages_the_meeting_sees_the_names(client, meeting, worker, outsider):
    services.add_guest(meeting, "Buurman Kees", actor=meeting.host)
    meeting.welcome_everyone = True
    meeting.save()
    client.force_login(outsider)
    text = client.get(f"/en/meetings/{meeting.pk}/").text
    assert "Buurman Kees" not in text and "Signed up: 1" in text
    assert client.get(f"/en/meetings/{meeting.pk}/people/").status_code == 403
    assert client.post(f"/en/meetings/{meeting.pk}/guests/", {"name": "X"}).status_code == 403
    client.force_login(worker)  # a worker of the area manages it: the names, on their own page
    assert "Buurman Kees" not in client.get(f"/en/meetings/{meeting.pk}/").text
    assert "Buurman Kees" in client.get(f"/en/meetings/{meeting.pk}/people/").text


def test_signing_off(client, meeting, worker):
    services.sign_up(meeting, actor=worker)
    client.force_login(worker)
    client.post(reverse("meetings:cancel_signup", args=[meeting.pk]))
    assert not Signup.objects.exists()


def test_the_calendar_file_holds_the_meeting(client, meeting, active_resident):
    client.force_login(active_resident)
    response = client.get(reverse("meetings:ics", args=[meeting.pk]))
    assert response["Content-Type"] == "text/calendar"
    body = response.content.decode()
    assert "BEGIN:VEVENT" in body and "SUMMARY:Taalcafé van Fatima" in body
    assert "Buurthuis De Werven" in body


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_last_place_goes_to_one_person_when_two_sign_up_at_once(de_werven):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no row locks; this runs on PostgreSQL in CI")
    meeting = MeetingFactory(area=de_werven, max_people=1, welcome_everyone=True)
    people = [UserFactory(), UserFactory()]
    results, barrier = [], threading.Barrier(2)

    def attempt(person):
        barrier.wait()
        try:
            services.sign_up(meeting, actor=person)
            results.append("in")
        except WorkflowError:
            results.append("full")
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=[p]) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["full", "in"]
    assert Signup.objects.filter(meeting=meeting).count() == 1
