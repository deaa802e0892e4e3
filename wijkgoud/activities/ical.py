"""iCalendar (RFC 5545) for activities: a recurring activity is one event with an RRULE,
skipped dates as EXDATE and each cancelled date as an override with STATUS:CANCELLED;
a one-off activity (or a single date) is one plain event."""

from datetime import UTC, datetime

from django.utils import timezone
from icalendar import Calendar, Event, vRecur

from . import schedule
from .models import Activity, Occurrence

PRODID = "-//Wijkgoud//Activities//NL"


def new_calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def finish(calendar: Calendar) -> bytes:
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _local(moment: datetime) -> datetime:
    return timezone.localtime(moment)


def _uid(activity: Activity) -> str:
    return f"activity-{activity.pk}@wijkgoud"


def _base_event(activity: Activity, base_url: str) -> Event:
    event = Event()
    event.add("uid", _uid(activity))
    event.add("dtstamp", timezone.now())
    event.add("summary", activity.title)
    event.add("description", activity.summary)
    place = activity.place
    event.add("location", f"{place.name}, {place.street_address}, {place.postcode} {place.city}")
    event.add("url", base_url.rstrip("/") + activity.get_absolute_url())
    return event


def activity_events(activity: Activity, occurrences: list[Occurrence], base_url: str) -> list:
    """The events of one activity. `occurrences` are its stored dates (prefetched)."""
    rule = schedule.recurrence(activity)
    tz = timezone.get_current_timezone()
    if rule is None or activity.status == Activity.Status.CANCELLED:
        return [_date_event(activity, o, base_url) for o in occurrences]
    first = datetime.combine(activity.starts_on, activity.start_time, tzinfo=tz)
    master = _base_event(activity, base_url)
    master.add("dtstart", first)
    master.add("dtend", datetime.combine(activity.starts_on, activity.end_time, tzinfo=tz))
    recur = {"freq": "WEEKLY" if activity.repeat != "monthly" else "MONTHLY"}
    if activity.repeat == "biweekly":
        recur["interval"] = 2
    if activity.repeat == "monthly":
        weekday = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][activity.starts_on.weekday()]
        recur["byday"] = f"{schedule.nth_weekday(activity.starts_on)}{weekday}"
    if activity.ends_on:
        last = datetime.combine(activity.ends_on, activity.start_time, tzinfo=tz)
        recur["until"] = last.astimezone(UTC)
    master.add("rrule", vRecur(recur))
    skipped = [
        datetime.combine(datetime.fromisoformat(day).date(), activity.start_time, tzinfo=tz)
        for day in sorted(activity.skipped_dates)
    ]
    if skipped:
        master.add("exdate", skipped)
    events = [master]
    for occurrence in occurrences:
        if occurrence.is_cancelled:
            override = _date_event(activity, occurrence, base_url)
            override.add("recurrence-id", _local(occurrence.starts_at))
            events.append(override)
    return events


def _date_event(activity: Activity, occurrence: Occurrence, base_url: str) -> Event:
    event = _base_event(activity, base_url)
    if schedule.recurrence(activity) is None or activity.status == Activity.Status.CANCELLED:
        event["uid"] = f"date-{occurrence.pk}@wijkgoud"
    event.add("dtstart", _local(occurrence.starts_at))
    event.add("dtend", _local(occurrence.ends_at))
    if occurrence.is_cancelled:
        event.add("status", "CANCELLED")
        event["summary"] = f"{activity.title} ✕"
    else:
        event.add("status", "CONFIRMED")
    return event


def calendar_for(name: str, activities: list[Activity], base_url: str) -> bytes:
    """A feed: activities with their cancelled dates (`occurrences` prefetched)."""
    calendar = new_calendar(name)
    for activity in activities:
        for event in activity_events(activity, list(activity.occurrences.all()), base_url):
            calendar.add_component(event)
    return finish(calendar)


def one_date(occurrence: Occurrence, base_url: str) -> bytes:
    """One date as a file to add to your own calendar (also attached to the sign-up mail)."""
    activity = occurrence.activity
    calendar = new_calendar(activity.title)
    event = _base_event(activity, base_url)
    event["uid"] = f"date-{occurrence.pk}@wijkgoud"
    event.add("dtstart", _local(occurrence.starts_at))
    event.add("dtend", _local(occurrence.ends_at))
    event.add("status", "CANCELLED" if occurrence.is_cancelled else "CONFIRMED")
    calendar.add_component(event)
    return finish(calendar)
