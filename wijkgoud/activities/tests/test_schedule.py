"""Dates from the schedule (dateutil.rrule), and regenerating them without losing sign-ups."""

from datetime import date, time, timedelta

import pytest
import time_machine
from django.utils import timezone

from wijkgoud.activities import schedule, services
from wijkgoud.activities.models import Activity, Signup

from .factories import ActivityFactory, SignupFactory

pytestmark = pytest.mark.django_db

# A Tuesday in November 2026; the tests travel there so the schedules are in the future.
TODAY = date(2026, 11, 3)


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(timezone.make_aware(timezone.datetime(2026, 11, 3, 8, 0)), tick=False):
        yield


def local_days(activity) -> list[date]:
    return [timezone.localdate(o.starts_at) for o in activity.occurrences.order_by("starts_at")]


def test_a_weekly_activity_has_a_date_every_week_until_its_last_date():
    activity = ActivityFactory(starts_on=TODAY, ends_on=date(2026, 12, 1))
    assert local_days(activity) == [TODAY + timedelta(weeks=n) for n in range(5)]


def test_every_other_week_skips_a_week():
    activity = ActivityFactory(repeat="biweekly", starts_on=TODAY, ends_on=date(2026, 12, 1))
    assert local_days(activity) == [date(2026, 11, 3), date(2026, 11, 17), date(2026, 12, 1)]


def test_monthly_is_on_the_same_weekday_of_the_month_like_the_second_tuesday():
    activity = ActivityFactory(
        repeat="monthly", starts_on=date(2026, 11, 10), ends_on=date(2027, 3, 31)
    )
    assert local_days(activity) == [
        date(2026, 11, 10),
        date(2026, 12, 8),
        date(2027, 1, 12),
        date(2027, 2, 9),
        date(2027, 3, 9),
    ]
    assert all(day.weekday() == 1 for day in local_days(activity))


def test_monthly_in_the_last_week_stays_on_the_last_weekday_of_the_month():
    # 30 November 2026 is the fifth Monday: the schedule keeps "the last Monday".
    activity = ActivityFactory(
        repeat="monthly", starts_on=date(2026, 11, 30), ends_on=date(2027, 2, 28)
    )
    assert local_days(activity) == [
        date(2026, 11, 30),
        date(2026, 12, 28),
        date(2027, 1, 25),
        date(2027, 2, 22),
    ]


def test_skipped_dates_get_no_date():
    activity = ActivityFactory(
        starts_on=date(2026, 12, 15), ends_on=date(2027, 1, 5), skipped_dates=["2026-12-29"]
    )
    assert local_days(activity) == [date(2026, 12, 15), date(2026, 12, 22), date(2027, 1, 5)]


def test_without_a_last_date_dates_are_stored_a_year_ahead():
    activity = ActivityFactory(starts_on=TODAY, ends_on=None)
    days = local_days(activity)
    assert len(days) == 53
    assert days[-1] <= TODAY + schedule.HORIZON


def test_a_one_off_activity_has_one_date():
    activity = ActivityFactory(repeat="once", starts_on=date(2026, 11, 20), ends_on=None)
    assert local_days(activity) == [date(2026, 11, 20)]


def test_times_are_dutch_local_time_also_in_summer():
    activity = ActivityFactory(
        repeat="monthly", starts_on=date(2027, 3, 9), ends_on=date(2027, 4, 30)
    )
    first, second = activity.occurrences.order_by("starts_at")
    assert timezone.localtime(first.starts_at).time() == time(10, 0)
    assert timezone.localtime(second.starts_at).time() == time(10, 0)
    assert first.starts_at.utcoffset() == timedelta(0)  # stored in UTC
    assert (first.starts_at.hour, second.starts_at.hour) == (9, 8)  # winter, summer time


def test_regenerating_keeps_the_dates_that_stay_and_their_sign_ups():
    activity = ActivityFactory(starts_on=TODAY, ends_on=date(2026, 12, 1))
    second = activity.occurrences.order_by("starts_at")[1]
    SignupFactory(occurrence=second)
    activity.start_time, activity.end_time = time(10, 30), time(12, 30)
    activity.ends_on = date(2026, 12, 15)
    activity.save()
    services.generate_dates(activity)
    second.refresh_from_db()
    assert second.signups.count() == 1
    assert timezone.localtime(second.starts_at).time() == time(10, 30)
    assert len(local_days(activity)) == 7


def test_a_date_that_leaves_the_schedule_is_cancelled_when_people_signed_up(
    mailoutbox, django_capture_on_commit_callbacks
):
    activity = ActivityFactory(starts_on=TODAY, ends_on=date(2026, 12, 1))
    last = activity.occurrences.order_by("starts_at").last()
    SignupFactory(occurrence=last, email="ayse@example.org")
    empty_before_last = activity.occurrences.order_by("starts_at")[3]
    activity.ends_on = date(2026, 11, 17)
    activity.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.generate_dates(activity, base_url="http://testserver/")
    last.refresh_from_db()
    assert last.cancelled_at is not None
    assert not activity.occurrences.filter(pk=empty_before_last.pk).exists()
    assert [m.to for m in mailoutbox] == [["ayse@example.org"]]


def test_past_dates_are_never_touched():
    activity = ActivityFactory(starts_on=TODAY, ends_on=date(2026, 12, 1))
    with time_machine.travel(
        timezone.make_aware(timezone.datetime(2026, 11, 20, 8, 0)), tick=False
    ):
        activity.repeat = Activity.Repeat.BIWEEKLY
        activity.save()
        services.generate_dates(activity)
    assert local_days(activity) == [
        date(2026, 11, 3),
        date(2026, 11, 10),
        date(2026, 11, 17),
        date(2026, 12, 1),
    ]
    assert Signup.objects.count() == 0


def test_extend_dates_keeps_a_year_ahead_and_ends_what_is_over(settings):
    from io import StringIO

    from django.core.management import call_command

    open_ended = ActivityFactory(starts_on=TODAY, ends_on=None)
    finished = ActivityFactory(repeat="once", starts_on=TODAY, ends_on=None)
    with time_machine.travel(timezone.make_aware(timezone.datetime(2026, 12, 3, 8, 0)), tick=False):
        out = StringIO()
        call_command("extend_dates", stdout=out)
        assert "4 dates added, 1 activities ended." in out.getvalue()
    finished.refresh_from_db()
    assert finished.status == Activity.Status.ENDED
    assert local_days(open_ended)[-1] == date(2027, 11, 30)  # the last Tuesday in a year


def test_more_places_move_the_waiting_list_up(mailoutbox, django_capture_on_commit_callbacks):
    activity = ActivityFactory(starts_on=TODAY, ends_on=TODAY, capacity=1)
    occurrence = activity.occurrences.get()
    services.sign_up(occurrence, waiting_list_ok=False, base_url="/", name="A")
    waiting = services.sign_up(
        occurrence, waiting_list_ok=True, base_url="/", name="B", email="b@example.org"
    )
    activity.capacity = 2
    with django_capture_on_commit_callbacks(execute=True):
        services.save_activity(activity, actor=None, base_url="/")
    waiting.refresh_from_db()
    assert waiting.status == Signup.Status.CONFIRMED
    assert [m.to for m in mailoutbox] == [["b@example.org"]]
