"""Activities: draft → published → cancelled / ended. Dates: planned → cancelled.
Sign-ups: coming ⇄ waiting list → cancelled (a cancelled place goes to the waiting list)."""

from collections.abc import Callable

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import Place
from wijkgoud.core.services import WorkflowError, ensure_move, record_event
from wijkgoud.notifications.services import notify

from . import caching, schedule, tasks
from .models import Activity, ActivityText, Occurrence, Signup

Status = Activity.Status
MOVES = {
    Status.DRAFT: {Status.PUBLISHED, Status.CANCELLED},
    Status.PUBLISHED: {Status.CANCELLED, Status.ENDED},
    Status.CANCELLED: set(),
    Status.ENDED: set(),
}
ACTIVE_SIGNUP = [Signup.Status.CONFIRMED, Signup.Status.WAITING]


def _after_commit(function: Callable) -> None:
    transaction.on_commit(function)


@transaction.atomic
def save_activity(
    activity: Activity, *, actor, base_url: str, new_place: Place | None = None
) -> Activity:
    """Create or change an activity and bring its stored dates in line with the schedule.
    A new place the organiser filled in is added to the places everyone can choose."""
    created = activity.pk is None
    if new_place is not None:
        new_place.save()
        record_event(new_place, "place.created", actor=actor)
        activity.place = new_place
    activity.save()
    generate_dates(activity, base_url=base_url)
    if not created:
        _fill_from_waiting_lists(activity, base_url=base_url)
    record_event(activity, "activity.created" if created else "activity.changed", actor=actor)
    return activity


def generate_dates(activity: Activity, *, base_url: str = "", today=None) -> list[Occurrence]:
    """Store the schedule's future dates. A date that stays keeps its sign-ups (its time
    may move); a date that goes is deleted, or cancelled and its people told when it had
    sign-ups. Past dates are never touched. Returns the new dates."""
    now = timezone.now()
    wanted = {day: schedule.moments(activity, day) for day in schedule.local_dates(activity)}
    wanted = {day: times for day, times in wanted.items() if times[1] >= now}
    existing = {
        timezone.localdate(o.starts_at): o for o in activity.occurrences.filter(ends_at__gte=now)
    }
    for day, occurrence in existing.items():
        if day in wanted:
            starts_at, ends_at = wanted[day]
            if (occurrence.starts_at, occurrence.ends_at) != (starts_at, ends_at):
                occurrence.starts_at, occurrence.ends_at = starts_at, ends_at
                occurrence.save(update_fields=["starts_at", "ends_at"])
        elif occurrence.is_cancelled:
            continue
        elif occurrence.signups.filter(status__in=ACTIVE_SIGNUP).exists():
            _cancel(occurrence, reason="", base_url=base_url)
        else:
            occurrence.delete()
    caching.changed()
    return Occurrence.objects.bulk_create(
        Occurrence(
            activity=activity, starts_at=starts_at, ends_at=ends_at, listed=activity.is_public
        )
        for day, (starts_at, ends_at) in sorted(wanted.items())
        if day not in existing
    )


def _fill_from_waiting_lists(activity: Activity, *, base_url: str) -> None:
    """After more places (or no limit), people on a waiting list move up."""
    waiting = Occurrence.objects.filter(
        activity=activity,
        ends_at__gte=timezone.now(),
        cancelled_at=None,
        signups__status=Signup.Status.WAITING,
    ).distinct()
    for occurrence in Occurrence.objects.select_for_update().filter(pk__in=waiting):
        occurrence.activity = activity
        moved_up = _move_up(occurrence)
        occurrence.save(update_fields=["taken"])
        if moved_up:
            _after_commit(lambda ids=moved_up: tasks.send_moved_up.enqueue(ids, base_url))


def extend_dates(*, today=None) -> dict:
    """Daily: keep a year of dates ahead for open-ended schedules, and end activities
    whose last date has passed."""
    now = timezone.now()
    extended = ended = 0
    published = Activity.objects.filter(status=Status.PUBLISHED)
    for activity in published.exclude(repeat=Activity.Repeat.ONCE).filter(ends_on=None):
        extended += len(generate_dates(activity))
    over = published.exclude(occurrences__ends_at__gte=now)
    for activity in over:
        activity.status = Status.ENDED
        activity.save(update_fields=["status", "updated_at"])
        record_event(activity, "activity.ended", actor=None)
        caching.changed()
        ended += 1
    return {"dates_added": extended, "activities_ended": ended}


@transaction.atomic
def publish_activity(activity: Activity, *, actor) -> Activity:
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    ensure_move(activity, Status.PUBLISHED, MOVES)
    if not activity.occurrences.filter(ends_at__gte=timezone.now()).exists():
        raise WorkflowError(_("This activity has no dates in the future. Change the dates first."))
    activity.status = Status.PUBLISHED
    activity.save(update_fields=["status", "updated_at"])
    activity.occurrences.update(listed=True)
    caching.changed()
    record_event(activity, "activity.published", actor=actor)
    return activity


@transaction.atomic
def cancel_activity(activity: Activity, *, actor, reason: str, base_url: str) -> Activity:
    """Cancel the activity and all its coming dates; everyone signed up is told."""
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    ensure_move(activity, Status.CANCELLED, MOVES)
    activity.status = Status.CANCELLED
    activity.save(update_fields=["status", "updated_at"])
    caching.changed()
    coming = activity.occurrences.filter(ends_at__gte=timezone.now(), cancelled_at=None)
    for occurrence in coming:
        _cancel(occurrence, reason=reason, base_url=base_url)
    record_event(activity, "activity.cancelled", actor=actor, data={"reason": reason})
    return activity


@transaction.atomic
def cancel_date(occurrence: Occurrence, *, actor, reason: str, base_url: str) -> Occurrence:
    """Cancel one date: it stays visible as cancelled, and the people signed up are told."""
    occurrence = Occurrence.objects.select_for_update().get(pk=occurrence.pk)
    if occurrence.is_cancelled:
        raise WorkflowError(_("This date is already cancelled."))
    if occurrence.is_past:
        raise WorkflowError(_("This date is over; it cannot be cancelled any more."))
    _cancel(occurrence, reason=reason, base_url=base_url)
    record_event(
        occurrence.activity,
        "activity.date_cancelled",
        actor=actor,
        data={"date": occurrence.starts_at.isoformat(), "reason": reason},
    )
    return occurrence


def _cancel(occurrence: Occurrence, *, reason: str, base_url: str) -> None:
    occurrence.cancelled_at, occurrence.cancel_reason = timezone.now(), reason
    occurrence.save(update_fields=["cancelled_at", "cancel_reason"])
    caching.changed()
    told = list(
        occurrence.signups.filter(status__in=ACTIVE_SIGNUP)
        .exclude(email="")
        .values_list("pk", flat=True)
    )
    if told:
        _after_commit(lambda: tasks.send_date_cancelled.enqueue(told, base_url))


def save_text(activity: Activity, language: str, *, title, summary, description, actor):
    """Add or change the text of an activity in one more language."""
    text, _created = ActivityText.objects.update_or_create(
        activity=activity,
        language=language,
        defaults={"title": title, "summary": summary, "description": description},
    )
    caching.changed()
    record_event(activity, "activity.translated", actor=actor, data={"language": language})
    return text


@transaction.atomic
def sign_up(occurrence: Occurrence, *, waiting_list_ok: bool, base_url: str, **details) -> Signup:
    """Take places on one date, or a place on its waiting list when it is full and that's
    fine. The row lock keeps two last-minute sign-ups from overbooking."""
    occurrence = (
        Occurrence.objects.select_for_update().select_related("activity").get(pk=occurrence.pk)
    )
    activity = occurrence.activity
    if occurrence.is_cancelled or occurrence.is_past or activity.status != Status.PUBLISHED:
        raise WorkflowError(_("You cannot sign up for this date any more."), code="closed")
    signup = Signup(occurrence=occurrence, **details)
    left = occurrence.places_left
    if left is None or signup.people <= left:
        signup.status = Signup.Status.CONFIRMED
        Occurrence.objects.filter(pk=occurrence.pk).update(taken=F("taken") + signup.people)
    elif waiting_list_ok:
        signup.status = Signup.Status.WAITING
    else:
        raise WorkflowError(
            _("Sorry, there are not enough places left: %(left)s."),
            params={"left": left},
            code="full",
        )
    signup.save()
    caching.changed()
    if signup.status == Signup.Status.CONFIRMED:
        _tell_organiser(signup, occurrence)
    if signup.email:
        _after_commit(lambda: tasks.send_signup_confirmation.enqueue(signup.pk, base_url))
    return signup


def _tell_organiser(signup: Signup, occurrence: Occurrence) -> None:
    """The organiser hears of each confirmed place in their inbox. Not of the waiting list:
    those people may never come, and a full activity would flood the inbox."""
    activity = occurrence.activity
    if activity.organiser_id is None:
        return
    when = timezone.localtime(occurrence.starts_at)
    params = {"name": signup.name, "title": activity.title, "date": f"{when:%d-%m-%Y %H:%M}"}
    notify(activity.organiser, "activity.signup", about=activity, params=params)


@transaction.atomic
def cancel_signup(signup: Signup, *, base_url: str) -> Signup:
    """Give the places back; people on the waiting list move up while they fit."""
    occurrence = (
        Occurrence.objects.select_for_update()
        .select_related("activity")
        .get(pk=signup.occurrence_id)
    )
    signup = Signup.objects.select_for_update().get(pk=signup.pk)
    if signup.status == Signup.Status.CANCELLED:
        return signup
    was_confirmed = signup.status == Signup.Status.CONFIRMED
    signup.status, signup.cancelled_at = Signup.Status.CANCELLED, timezone.now()
    signup.save(update_fields=["status", "cancelled_at"])
    caching.changed()
    if was_confirmed:
        occurrence.taken -= signup.people
        moved_up = _move_up(occurrence)
        occurrence.save(update_fields=["taken"])
        if moved_up:
            _after_commit(lambda: tasks.send_moved_up.enqueue(moved_up, base_url))
    return signup


def _move_up(occurrence: Occurrence) -> list[int]:
    """Confirm waiting people, first come first served, as long as their group fits."""
    if occurrence.is_cancelled or occurrence.is_past:
        return []
    capacity = occurrence.activity.capacity
    moved = []
    waiting = occurrence.signups.filter(status=Signup.Status.WAITING).order_by("created_at", "pk")
    for waiter in waiting.select_for_update():
        if capacity is not None and occurrence.taken + waiter.people > capacity:
            continue
        waiter.status = Signup.Status.CONFIRMED
        waiter.save(update_fields=["status"])
        occurrence.taken += waiter.people
        if waiter.email:
            moved.append(waiter.pk)
    return moved
