"""Every change to a meeting, its people, notes, ideas and actions.

Idea:   new → agreed (needs an action with an owner) / parked (needs a reason); parked → new
Action: open → doing → done / dropped (both say what happened); doing → open
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import User
from wijkgoud.core.permissions import roles_of
from wijkgoud.core.services import WorkflowError, ensure_move, record_event

from .models import ActionItem, Idea, Meeting, NoteRevision, Series, Signup

IDEA_MOVES = {
    Idea.Status.NEW: {Idea.Status.AGREED, Idea.Status.PARKED},
    Idea.Status.PARKED: {Idea.Status.NEW},
    Idea.Status.AGREED: set(),
}
ACTION_MOVES = {
    ActionItem.Status.OPEN: {
        ActionItem.Status.DOING,
        ActionItem.Status.DONE,
        ActionItem.Status.DROPPED,
    },
    ActionItem.Status.DOING: {
        ActionItem.Status.OPEN,
        ActionItem.Status.DONE,
        ActionItem.Status.DROPPED,
    },
    ActionItem.Status.DONE: set(),
    ActionItem.Status.DROPPED: set(),
}
CLOSED = {ActionItem.Status.DONE, ActionItem.Status.DROPPED}


# Meetings and series


@transaction.atomic
def create_meeting(*, actor: User, new_series_title: str = "", **fields) -> Meeting:
    """Plan a meeting; the organiser is its host. A new series is started on request."""
    if new_series_title:
        fields["series"] = Series.objects.create(title=new_series_title, created_by=actor)
    meeting = Meeting.objects.create(host=actor, **fields)
    record_event(meeting, "meeting.created", actor=actor)
    return meeting


@transaction.atomic
def update_meeting(meeting: Meeting, *, actor: User, changed: list[str]) -> Meeting:
    """Save the fields a form changed (validated by the form)."""
    meeting.save()
    record_event(meeting, "meeting.changed", actor=actor, data={"fields": changed})
    return meeting


def set_hosted_at(meeting: Meeting, target: models.Model | None, *, actor: User) -> Meeting:
    """Link the meeting to the activity or initiative where it is held (None: no link)."""
    before = meeting.hosted_at_type
    meeting.hosted_at_type = ContentType.objects.get_for_model(target) if target else None
    meeting.hosted_at_id = str(target.pk) if target else ""
    meeting.save(update_fields=["hosted_at_type", "hosted_at_id"])
    record_event(meeting, "meeting.hosted_at", actor=actor, data={"target": str(target or "")})
    _host_page_changed(before)
    _host_page_changed(meeting.hosted_at_type)
    return meeting


def _host_page_changed(host_type: ContentType | None) -> None:
    """The host's page shows the meeting's lessons: visitors' cached activity pages renew."""
    if host_type is not None and host_type.app_label == "activities":
        from wijkgoud.activities import caching

        caching.changed()


# Who comes


def _role_of(user: User) -> str:
    roles = roles_of(user)
    for role in ("worker", "budget_holder", "active_resident", "admin"):
        if role in roles:
            return role
    return Signup.Role.RESIDENT


def _ensure_room(meeting: Meeting) -> None:
    if meeting.is_past:
        raise WorkflowError(_("This meeting is over."), code="past")
    if meeting.max_people and meeting.signups.count() >= meeting.max_people:
        raise WorkflowError(_("This meeting is full."), code="full")


@transaction.atomic
def sign_up(meeting: Meeting, *, actor: User, show_name: bool = False) -> Signup:
    """Sign the user up; the meeting row is locked so the last place goes to one person."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.signups.filter(user=actor).exists():
        raise WorkflowError(_("You are already signed up."), code="already")
    _ensure_room(meeting)
    try:
        with transaction.atomic():
            signup = Signup.objects.create(
                meeting=meeting, user=actor, role=_role_of(actor), show_name=show_name,
                added_by=actor,
            )  # fmt: skip
    except IntegrityError:  # the same person twice at once: the constraint decides
        raise WorkflowError(_("You are already signed up."), code="already") from None
    record_event(meeting, "meeting.signed_up", actor=actor)
    return signup


@transaction.atomic
def add_guest(meeting: Meeting, name: str, *, actor: User) -> Signup:
    """The host adds someone without an account, by name."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    _ensure_room(meeting)
    signup = Signup.objects.create(
        meeting=meeting, name=name, role=Signup.Role.GUEST, added_by=actor
    )
    record_event(meeting, "meeting.guest_added", actor=actor)
    return signup


@transaction.atomic
def cancel_signup(meeting: Meeting, *, actor: User) -> None:
    deleted, _rows = Signup.objects.filter(meeting=meeting, user=actor).delete()
    if deleted:
        record_event(meeting, "meeting.signup_cancelled", actor=actor)


@transaction.atomic
def remove_signup(signup: Signup, *, actor: User) -> None:
    """The host takes someone off the list."""
    meeting = signup.meeting
    signup.delete()
    record_event(meeting, "meeting.signup_removed", actor=actor)


# Shared notes


@dataclass
class NotesConflict:
    """Someone else saved first: theirs is now the notes, yours is kept aside (not lost)."""

    theirs: str
    version: int
    yours: NoteRevision


@transaction.atomic
def save_notes(
    meeting: Meeting, text: str, *, base_version: int, actor: User
) -> NotesConflict | None:
    """Save the notes when nobody saved since base_version; else keep both texts."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if text == meeting.notes:
        return None
    if base_version != meeting.notes_version:
        kept = NoteRevision.objects.create(
            meeting=meeting,
            text=text,
            version=max(base_version, 0),
            kept_aside=True,
            saved_by=actor,
        )
        return NotesConflict(theirs=meeting.notes, version=meeting.notes_version, yours=kept)
    meeting.notes, meeting.notes_version = text, meeting.notes_version + 1
    meeting.save(update_fields=["notes", "notes_version"])
    NoteRevision.objects.create(
        meeting=meeting, text=text, version=meeting.notes_version, saved_by=actor
    )
    return None


# Ideas


def ideas_list_changed(idea_id: int) -> None:
    """What the idea's meeting shows in its ideas list changed: the list is made anew."""
    Meeting.objects.filter(ideas=idea_id).update(ideas_version=F("ideas_version") + 1)


@transaction.atomic
def capture_idea(meeting: Meeting, text: str, *, actor: User) -> Idea:
    idea = Idea.objects.create(meeting=meeting, text=text, created_by=actor)
    ideas_list_changed(idea.pk)
    record_event(idea, "idea.captured", actor=actor)
    return idea


@transaction.atomic
def add_action(
    idea: Idea,
    *,
    actor: User,
    what: str,
    first_step: str,
    due_on: date,
    owner: User | None = None,
    owner_name: str = "",
) -> ActionItem:
    """An action for an idea; the owner is chosen on the spot (a user or a named person)."""
    idea = Idea.objects.select_for_update().get(pk=idea.pk)
    if idea.status == Idea.Status.PARKED:
        raise WorkflowError(_("This idea is parked. Take it up again first."), code="parked")
    if owner is None and not owner_name.strip():
        raise WorkflowError(_("Choose who owns this action."), code="no_owner")
    action = ActionItem.objects.create(
        idea=idea, what=what, first_step=first_step, due_on=due_on, owner=owner,
        owner_name="" if owner else owner_name.strip(), created_by=actor,
    )  # fmt: skip
    ideas_list_changed(idea.pk)
    record_event(action, "action.added", actor=actor, data={"owner": action.owner_label})
    return action


@transaction.atomic
def agree_idea(idea: Idea, *, actor: User) -> Idea:
    """Mark an idea agreed: only when it has an action with an owner (the database agrees)."""
    idea = Idea.objects.select_for_update().get(pk=idea.pk)
    ensure_move(idea, Idea.Status.AGREED, IDEA_MOVES)
    owned = (
        idea.actions.filter(Q(owner__isnull=False) | ~Q(owner_name=""))
        .exclude(status=ActionItem.Status.DROPPED)
        .order_by("pk")
        .first()
    )
    if owned is None:
        raise WorkflowError(
            _("An idea is agreed only with an action that has an owner. Add one first."),
            code="no_owned_action",
        )
    idea.status, idea.agreed_action = Idea.Status.AGREED, owned
    idea.save(update_fields=["status", "agreed_action"])
    ideas_list_changed(idea.pk)
    record_event(idea, "idea.agreed", actor=actor)
    return idea


@transaction.atomic
def park_idea(idea: Idea, reason: str, *, actor: User) -> Idea:
    idea = Idea.objects.select_for_update().get(pk=idea.pk)
    ensure_move(idea, Idea.Status.PARKED, IDEA_MOVES)
    if not reason.strip():
        raise WorkflowError(_("Say why the idea is parked."), code="no_reason")
    idea.status, idea.parked_reason = Idea.Status.PARKED, reason.strip()
    idea.save(update_fields=["status", "parked_reason"])
    ideas_list_changed(idea.pk)
    record_event(idea, "idea.parked", actor=actor, data={"reason": idea.parked_reason})
    return idea


@transaction.atomic
def reopen_idea(idea: Idea, *, actor: User) -> Idea:
    idea = Idea.objects.select_for_update().get(pk=idea.pk)
    ensure_move(idea, Idea.Status.NEW, IDEA_MOVES)
    idea.status, idea.parked_reason = Idea.Status.NEW, ""
    idea.save(update_fields=["status", "parked_reason"])
    ideas_list_changed(idea.pk)
    record_event(idea, "idea.reopened", actor=actor)
    return idea


# Actions


@transaction.atomic
def move_action(action: ActionItem, target: str, *, actor: User, outcome: str = "") -> ActionItem:
    """Move an action on; done and dropped say what happened."""
    action = ActionItem.objects.select_for_update().get(pk=action.pk)
    ensure_move(action, target, ACTION_MOVES)
    if target in CLOSED and not outcome.strip():
        raise WorkflowError(_("Write in a few words what happened."), code="no_outcome")
    action.status = target
    if target in CLOSED:
        action.outcome, action.closed_at = outcome.strip(), timezone.now()
    action.save(update_fields=["status", "outcome", "closed_at"])
    ideas_list_changed(action.idea_id)
    record_event(action, f"action.{target!s}", actor=actor, data={"outcome": action.outcome})
    return action


def record_action_became(action: ActionItem, target: models.Model, *, actor: User) -> ActionItem:
    """The action became an initiative or an activity; keep the link both ways."""
    action.became_type = ContentType.objects.get_for_model(target)
    action.became_id = str(target.pk)
    action.save(update_fields=["became_type", "became_id"])
    record_event(action, "action.became", actor=actor, data={"target": str(target)})
    return action


# Lessons


def add_lesson(meeting: Meeting, text: str, *, actor: User):
    lesson = meeting.lessons.create(text=text, created_by=actor)
    record_event(meeting, "meeting.lesson_added", actor=actor)
    _host_page_changed(meeting.hosted_at_type)
    return lesson


# Reminders: a sweep (cron: `manage.py send_meeting_reminders`) claims each reminder once by
# writing its sent_at in the same UPDATE that finds it, then enqueues the mail on commit.


@transaction.atomic
def sweep_reminders(now=None) -> tuple[int, int]:
    """Enqueue tomorrow's meeting reminders and the overdue-action reminders, each once."""
    from .tasks import send_meeting_reminder, send_overdue_reminder

    now = now or timezone.now()
    tomorrow = timezone.localdate(now) + timedelta(days=1)
    signups = list(
        Signup.objects.select_for_update(skip_locked=True)
        .filter(
            reminder_sent_at__isnull=True,
            user__isnull=False,
            meeting__starts_at__date=tomorrow,
        )
        .values_list("pk", flat=True)
    )
    Signup.objects.filter(pk__in=signups).update(reminder_sent_at=now)
    actions = list(
        ActionItem.objects.select_for_update(skip_locked=True)
        .filter(
            overdue_reminder_sent_at__isnull=True,
            owner__isnull=False,
            status__in=[ActionItem.Status.OPEN, ActionItem.Status.DOING],
            due_on__lt=timezone.localdate(now),
        )
        .values_list("pk", flat=True)
    )
    ActionItem.objects.filter(pk__in=actions).update(overdue_reminder_sent_at=now)
    for pk in signups:
        transaction.on_commit(lambda pk=pk: send_meeting_reminder.enqueue(pk))
    for pk in actions:
        transaction.on_commit(lambda pk=pk: send_overdue_reminder.enqueue(pk))
    return len(signups), len(actions)
