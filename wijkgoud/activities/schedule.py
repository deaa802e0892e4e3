"""From an activity's schedule to its dates (dateutil.rrule), in Dutch local time."""

from datetime import date, datetime, timedelta

from dateutil import rrule
from django.utils import timezone

# Without a last date, dates are stored this far ahead; `extend_dates` keeps it so.
HORIZON = timedelta(days=365)

FREQUENCIES = {
    "weekly": (rrule.WEEKLY, 1),
    "biweekly": (rrule.WEEKLY, 2),
    "monthly": (rrule.MONTHLY, 1),
}


def nth_weekday(day: date) -> int:
    """2 for the 2nd Tuesday of a month; -1 for a weekday in the month's last seven days."""
    nth = (day.day - 1) // 7 + 1
    return -1 if nth == 5 else nth


def recurrence(activity) -> rrule.rrule | None:
    """The schedule as an rrule (without the skipped dates); None for a one-off activity."""
    if activity.repeat not in FREQUENCIES:
        return None
    frequency, interval = FREQUENCIES[activity.repeat]
    start = datetime.combine(activity.starts_on, activity.start_time)
    until = datetime.combine(activity.ends_on, activity.start_time) if activity.ends_on else None
    extra = {}
    if activity.repeat == "monthly":
        weekday = rrule.weekdays[activity.starts_on.weekday()]
        extra["byweekday"] = weekday(nth_weekday(activity.starts_on))
    return rrule.rrule(frequency, interval=interval, dtstart=start, until=until, **extra)


def local_dates(activity, *, today: date | None = None) -> list[date]:
    """Every date of the schedule up to its last date or the horizon, minus skipped dates."""
    today = today or timezone.localdate()
    skipped = {date.fromisoformat(day) for day in activity.skipped_dates}
    rule = recurrence(activity)
    if rule is None:
        days = [activity.starts_on]
    else:
        horizon = datetime.combine(today + HORIZON, activity.start_time)
        days = [moment.date() for moment in rule.between(rule._dtstart, horizon, inc=True)]
    return [day for day in days if day not in skipped]


def moments(activity, day: date) -> tuple[datetime, datetime]:
    """Start and end of the activity on one day, as aware datetimes (summer time included)."""
    start = timezone.make_aware(datetime.combine(day, activity.start_time))
    end = timezone.make_aware(datetime.combine(day, activity.end_time))
    return start, end
