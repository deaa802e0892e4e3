"""Signing up for a date without an account; full dates, the waiting list, cancelling."""

import threading

import pytest
from django.db import connection
from django.utils import timezone
from icalendar import Calendar

from wijkgoud.activities import services
from wijkgoud.activities.models import Activity, Occurrence, Signup

from .factories import ActivityFactory, SignupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def occurrence(activity):
    return activity.occurrences.order_by("starts_at").first()


def signup_url(occurrence, language="en") -> str:
    return f"/{language}/activities/dates/{occurrence.pk}/signup/"


def post(client, occurrence, django_capture_on_commit_callbacks, language="en", **data):
    form = {"name": "Ayşe", "people": "2", "phone": "", "email": "", **data}
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(signup_url(occurrence, language), form)


def test_a_neighbour_signs_up_without_an_account_and_without_e_mail(
    client, occurrence, mailoutbox, django_capture_on_commit_callbacks
):
    assert "10 places left" in client.get(signup_url(occurrence)).text
    response = post(client, occurrence, django_capture_on_commit_callbacks, wants_company="on")
    signup = Signup.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/en/activities/signups/{signup.token}/"
    assert (signup.name, signup.people, signup.wants_company) == ("Ayşe", 2, True)
    assert signup.status == Signup.Status.CONFIRMED
    occurrence.refresh_from_db()
    assert occurrence.taken == 2
    page = client.get(response["Location"]).text
    assert "You are signed up" in page and "Keep this page" in page
    assert f"/signups/{signup.token}/cancel/" in page
    # No mail for the neighbour; only the organiser hears of it (notifications app).
    assert [m.to for m in mailoutbox] == [[occurrence.activity.organiser.email]]


def test_with_an_e_mail_address_the_neighbour_gets_a_mail_with_the_date_as_ics(
    client, occurrence, mailoutbox, django_capture_on_commit_callbacks
):
    post(client, occurrence, django_capture_on_commit_callbacks, "tr", email="ayse@example.org")
    [mail] = [m for m in mailoutbox if m.to != [occurrence.activity.organiser.email]]
    assert mail.to == ["ayse@example.org"]
    signup = Signup.objects.get()
    assert signup.language == "tr"
    assert f"http://testserver/tr/activities/signups/{signup.token}/" in mail.body
    [(_filename, content, mimetype)] = mail.attachments
    assert mimetype == "text/calendar"
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert event.decoded("dtstart") == timezone.localtime(occurrence.starts_at)
    assert str(event["summary"]) == "Koffieochtend"


def test_bad_input_gets_a_message_next_to_the_field_and_nothing_is_lost(
    client, occurrence, django_capture_on_commit_callbacks
):
    response = post(
        client,
        occurrence,
        django_capture_on_commit_callbacks,
        name="",
        people="0",
        phone="call me",
        email="ayse@example.org",
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"name", "people", "phone"}
    assert 'value="ayse@example.org"' in response.text and 'value="call me"' in response.text
    assert Signup.objects.count() == 0


def test_a_robot_that_fills_the_honeypot_is_not_signed_up(
    client, occurrence, django_capture_on_commit_callbacks
):
    response = post(client, occurrence, django_capture_on_commit_callbacks, website="http://spam")
    assert response.status_code == 200
    assert Signup.objects.count() == 0


def test_too_many_sign_ups_from_one_address_are_refused(client, occurrence):
    for _n in range(20):
        client.post(signup_url(occurrence), {"name": "A", "people": "1"})
    response = client.post(signup_url(occurrence), {"name": "A", "people": "1"})
    assert response.status_code == 429


def test_a_full_date_says_so_and_offers_the_waiting_list(
    client, occurrence, django_capture_on_commit_callbacks
):
    SignupFactory(occurrence=occurrence, people=10)
    Occurrence.objects.filter(pk=occurrence.pk).update(taken=10)
    page = client.get(signup_url(occurrence)).text
    assert "This date is full" in page and "Put me on the waiting list" in page
    refused = post(client, occurrence, django_capture_on_commit_callbacks)
    assert "not enough places left" in refused.text
    assert 'value="Ayşe"' in refused.text
    post(client, occurrence, django_capture_on_commit_callbacks, waiting_list="on")
    assert Signup.objects.filter(status=Signup.Status.WAITING).count() == 1


def test_cancelling_gives_the_place_to_the_waiting_list_who_gets_a_mail(
    client, occurrence, mailoutbox, django_capture_on_commit_callbacks
):
    coming = services.sign_up(occurrence, waiting_list_ok=False, base_url="/", name="A", people=10)
    waiting = services.sign_up(
        occurrence, waiting_list_ok=True, base_url="/", name="B", people=2, email="b@example.org"
    )
    too_big = services.sign_up(occurrence, waiting_list_ok=True, base_url="/", name="C", people=9)
    assert waiting.status == too_big.status == Signup.Status.WAITING
    assert "Are you sure" in client.get(f"/en/activities/signups/{coming.token}/cancel/").text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/activities/signups/{coming.token}/cancel/")
    assert response.status_code == 302
    coming.refresh_from_db(), waiting.refresh_from_db(), too_big.refresh_from_db()
    assert coming.status == Signup.Status.CANCELLED
    assert waiting.status == Signup.Status.CONFIRMED
    assert too_big.status == Signup.Status.WAITING  # 2 + 9 people do not fit in 10 places
    occurrence.refresh_from_db()
    assert occurrence.taken == 2
    assert [m.to for m in mailoutbox] == [["b@example.org"]]
    assert "Your sign-up is cancelled" in client.get(response["Location"]).text


def test_a_cancelled_or_past_date_takes_no_sign_ups(
    client, occurrence, django_capture_on_commit_callbacks
):
    occurrence.cancelled_at = timezone.now()
    occurrence.save()
    assert "This date is cancelled" in client.get(signup_url(occurrence)).text
    post(client, occurrence, django_capture_on_commit_callbacks)
    assert Signup.objects.count() == 0


def test_a_draft_date_cannot_be_found(client, occurrence):
    Activity.objects.filter(pk=occurrence.activity_id).update(status=Activity.Status.DRAFT)
    assert client.get(signup_url(occurrence)).status_code == 404


def test_an_unknown_token_is_a_404(client, db):
    assert client.get("/en/activities/signups/nope/").status_code == 404


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_last_minute_sign_ups_cannot_overbook(place, active_resident):
    if connection.vendor != "postgresql":
        pytest.skip("Row locks need PostgreSQL; SQLite serialises every write anyway.")
    activity = ActivityFactory(organiser=active_resident, place=place, area=place.area, capacity=3)
    occurrence = activity.occurrences.first()
    barrier = threading.Barrier(2)
    outcomes = []

    def sign_up(name):
        try:
            barrier.wait()
            services.sign_up(occurrence, waiting_list_ok=False, base_url="/", name=name, people=2)
            outcomes.append("ok")
        except services.WorkflowError:
            outcomes.append("full")
        finally:
            connection.close()

    threads = [threading.Thread(target=sign_up, args=(name,)) for name in ["A", "B"]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["full", "ok"]
    occurrence.refresh_from_db()
    assert occurrence.taken == 2
