"""Calendar feeds: valid iCalendar, parsed back, recurrences expanded, cancellations right."""

from datetime import date, datetime, time

import pytest
import time_machine
from dateutil.rrule import rruleset, rrulestr
from django.utils import timezone
from icalendar import Calendar

from wijkgoud.activities import services
from wijkgoud.activities.models import Activity
from wijkgoud.core.models import Area
from wijkgoud.core.tests.factories import PlaceFactory

from .factories import ActivityFactory

pytestmark = pytest.mark.django_db
AMSTERDAM = timezone.get_default_timezone()


@pytest.fixture(autouse=True)
def _november():
    with time_machine.travel(timezone.make_aware(datetime(2026, 11, 2, 8, 0)), tick=False):
        yield


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def expand(event) -> list[datetime]:
    """The dates a calendar program would show for one event, EXDATEs taken out."""
    start = event.decoded("dtstart")
    rules = rruleset()
    rules.rrule(rrulestr(event["rrule"].to_ical().decode(), dtstart=start))
    for exdate in (
        event.get("exdate", []) if isinstance(event.get("exdate"), list) else [event.get("exdate")]
    ):
        if exdate is not None:
            for moment in exdate.dts:
                rules.exdate(moment.dt)
    return list(rules)


@pytest.fixture
def weekly(de_werven):
    activity = ActivityFactory(
        title="Wandelgroep",
        place=PlaceFactory(area=de_werven),
        area=de_werven,
        starts_on=date(2026, 11, 4),
        ends_on=date(2026, 12, 2),
        skipped_dates=["2026-11-18"],
        start_time=time(9, 30),
        end_time=time(11, 0),
    )
    services.generate_dates(activity)
    return activity


def test_a_weekly_activity_is_one_event_with_a_rule_and_its_skipped_dates(client, weekly):
    calendar = parse(client.get(f"/en/activities/{weekly.pk}/calendar.ics"))
    [event] = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Wandelgroep"
    assert calendar.walk("VTIMEZONE")[0]["tzid"] == "Europe/Amsterdam"
    days = [moment.date() for moment in expand(event)]
    assert days == [date(2026, 11, 4), date(2026, 11, 11), date(2026, 11, 25), date(2026, 12, 2)]
    assert expand(event)[0].utcoffset().total_seconds() == 3600
    stored = [timezone.localdate(o.starts_at) for o in weekly.occurrences.all()]
    assert days == stored


def test_a_cancelled_date_is_an_override_with_status_cancelled(client, weekly):
    occurrence = weekly.occurrences.order_by("starts_at")[1]
    services.cancel_date(occurrence, actor=None, reason="", base_url="/")
    events = parse(client.get(f"/en/activities/{weekly.pk}/calendar.ics")).walk("VEVENT")
    master, override = events
    assert "rrule" in master
    assert str(override["status"]) == "CANCELLED"
    assert override.decoded("recurrence-id") == timezone.localtime(occurrence.starts_at)
    assert override["uid"] == master["uid"]


def test_monthly_and_every_other_week_rules_are_written_as_rfc_5545(client, de_werven):
    place = PlaceFactory(area=de_werven)
    monthly = ActivityFactory(
        place=place,
        area=de_werven,
        repeat="monthly",
        starts_on=date(2026, 11, 10),
        ends_on=date(2027, 2, 28),
    )
    biweekly = ActivityFactory(
        place=place,
        area=de_werven,
        repeat="biweekly",
        starts_on=date(2026, 11, 3),
        ends_on=date(2026, 12, 1),
    )
    for activity in [monthly, biweekly]:
        [event] = parse(client.get(f"/en/activities/{activity.pk}/calendar.ics")).walk("VEVENT")
        stored = [timezone.localtime(o.starts_at) for o in activity.occurrences.all()]
        assert expand(event) == stored
    [event] = parse(client.get(f"/en/activities/{monthly.pk}/calendar.ics")).walk("VEVENT")
    assert b"BYDAY=2TU" in event["rrule"].to_ical()


def test_a_one_off_activity_is_a_plain_event(client, de_werven):
    activity = ActivityFactory(
        place=PlaceFactory(area=de_werven),
        area=de_werven,
        repeat="once",
        starts_on=date(2026, 11, 20),
        ends_on=None,
    )
    [event] = parse(client.get(f"/en/activities/{activity.pk}/calendar.ics")).walk("VEVENT")
    assert "rrule" not in event
    assert event.decoded("dtstart") == datetime(2026, 11, 20, 10, 0, tzinfo=AMSTERDAM)


def test_the_area_feed_holds_its_buurten_and_the_all_feed_everything_but_drafts(
    client, almere_haven, weekly
):
    meenten = Area.objects.get(cbs_code="BU00340104")
    ActivityFactory(title="Moestuin", place=PlaceFactory(area=meenten), area=meenten)
    ActivityFactory(
        title="Concept",
        place=PlaceFactory(area=meenten),
        area=meenten,
        status=Activity.Status.DRAFT,
    )

    def summaries(url):
        return sorted(str(e["summary"]) for e in parse(client.get(url)).walk("VEVENT"))

    assert summaries(f"/en/activities/areas/{weekly.area.pk}/calendar.ics") == ["Wandelgroep"]
    assert summaries(f"/en/activities/areas/{almere_haven.pk}/calendar.ics") == [
        "Moestuin",
        "Wandelgroep",
    ]
    assert summaries("/en/activities/calendar.ics") == ["Moestuin", "Wandelgroep"]


def test_a_cancelled_activity_lists_its_dates_as_cancelled(client, weekly):
    services.cancel_activity(weekly, actor=None, reason="", base_url="/")
    events = parse(client.get(f"/en/activities/{weekly.pk}/calendar.ics")).walk("VEVENT")
    assert len(events) == 4
    assert {str(e["status"]) for e in events} == {"CANCELLED"}


def test_one_date_as_a_file(client, weekly):
    occurrence = weekly.occurrences.first()
    [event] = parse(client.get(f"/en/activities/dates/{occurrence.pk}/calendar.ics")).walk("VEVENT")
    assert event.decoded("dtstart") == timezone.localtime(occurrence.starts_at)
    assert "Werven" in str(event["location"])
