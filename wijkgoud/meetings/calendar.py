"""A meeting as an iCalendar event (.ics), for any calendar app."""

from icalendar import Calendar, Event

from .models import Meeting


def meeting_ics(meeting: Meeting, request) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Wijkgoud//meetings//NL")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"meeting-{meeting.pk}@wijkgoud")
    event.add("summary", meeting.title)
    event.add("dtstart", meeting.starts_at)
    event.add("dtend", meeting.ends_at)
    event.add("dtstamp", meeting.created_at)
    event.add("location", meeting.where)
    event.add("description", meeting.what_to_expect)
    event.add("url", request.build_absolute_uri(meeting.get_absolute_url()))
    calendar.add_component(event)
    return calendar.to_ical()
