"""Calendar feeds (iCalendar): per activity, per area and for all of Wijkgoud."""

from datetime import timedelta

from django.db.models import Exists, OuterRef, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkgoud.core.models import Area

from . import ical
from .models import Activity, Occurrence
from .views import base_url, visible_activity


def _response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _feed_activities(**filters):
    """Activities with dates from a month ago on; each with only the dates a feed needs:
    every date of a one-off activity, only the cancelled dates of a recurring one."""
    since = timezone.now() - timedelta(days=30)
    recent = Occurrence.objects.filter(activity=OuterRef("pk"), ends_at__gte=since)
    needed = Occurrence.objects.filter(ends_at__gte=since).filter(
        Q(cancelled_at__isnull=False)
        | Q(activity__repeat=Activity.Repeat.ONCE)
        | Q(activity__status=Activity.Status.CANCELLED)
    )
    return (
        Activity.objects.public()
        .filter(Exists(recent), **filters)
        .select_related("place")
        .prefetch_related(Prefetch("occurrences", queryset=needed.order_by("starts_at")))
        .order_by("pk")
    )


def all_activities(request: HttpRequest) -> HttpResponse:
    data = ical.calendar_for(_("Wijkgoud activities"), _feed_activities(), base_url(request))
    return _response(data, "wijkgoud.ics")


def area(request: HttpRequest, pk: int) -> HttpResponse:
    found = get_object_or_404(Area, pk=pk)
    activities = _feed_activities().filter(Q(area=found) | Q(area__parent=found))
    data = ical.calendar_for(str(found), activities, base_url(request))
    return _response(data, "wijkgoud-area.ics")


def activity(request: HttpRequest, pk: int) -> HttpResponse:
    found = visible_activity(request, pk)
    activities = _feed_activities(pk=found.pk)
    if not activities:
        raise Http404
    data = ical.calendar_for(found.title, activities, base_url(request))
    return _response(data, f"activity-{found.pk}.ics")


def date(request: HttpRequest, pk: int) -> HttpResponse:
    occurrence = get_object_or_404(
        Occurrence.objects.select_related("activity__place"),
        pk=pk,
        activity__status__in=[Activity.Status.PUBLISHED, Activity.Status.CANCELLED],
    )
    return _response(ical.one_date(occurrence, base_url(request)), "activity.ics")
