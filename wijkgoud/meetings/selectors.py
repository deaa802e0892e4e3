"""Reading meetings: ideas with their actions, the follow-through, the report, the lessons.
Each function costs a fixed number of queries, whatever the amount of data."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count
from django.utils import timezone

from .models import ActionItem, Idea, Lesson, Meeting, Signup


def ideas_with_actions(meeting: Meeting) -> list[dict]:
    """The meeting's ideas, each with its actions and their owners, in 2 queries.

    Plain dicts, not model objects: a meeting on a beamer may hold hundreds of ideas, and
    dicts are several times faster to build and to render. Status words are translated once.
    """
    idea_labels = {value: str(label) for value, label in Idea.Status.choices}
    action_labels = {value: str(label) for value, label in ActionItem.Status.choices}
    today = timezone.localdate()
    ideas = {
        row["pk"]: row | {"status_label": idea_labels[row["status"]], "actions": []}
        for row in meeting.ideas.values("pk", "text", "status", "parked_reason")
    }
    actions = (
        ActionItem.objects.filter(idea__meeting=meeting)
        .order_by("pk")
        .values(
            "pk", "idea_id", "what", "first_step", "owner_id", "owner_name", "due_on",
            "status", "outcome", "owner__display_name", "owner__email",
        )
    )  # fmt: skip
    for row in actions:
        name = row["owner__display_name"] or (row["owner__email"] or "").split("@")[0]
        row["owner_label"] = name if row["owner_id"] else row["owner_name"]
        row["status_label"] = action_labels[row["status"]]
        row["overdue"] = row["status"] in ("open", "doing") and row["due_on"] < today
        row["due"] = f"{row['due_on'].day}-{row['due_on'].month}-{row['due_on'].year}"
        ideas[row["idea_id"]]["actions"].append(row)
    return list(ideas.values())


def label_actions(actions) -> None:
    """Status word and overdue flag on each action object, the words translated once."""
    labels = {value: str(label) for value, label in ActionItem.Status.choices}
    today = timezone.localdate()
    for action in actions:
        action.status_label = labels[action.status]
        action.overdue = action.status in ("open", "doing") and action.due_on < today


def signups_of(meeting: Meeting) -> list[Signup]:
    """Who comes, each with a name and the role word (translated once for the list)."""
    labels = {value: str(label) for value, label in Signup.Role.choices}
    signups = list(meeting.signups.select_related("user"))
    for signup in signups:
        signup.label, signup.role_label = str(signup), labels[signup.role]
    return signups


def previous_in_series(meeting: Meeting) -> Meeting | None:
    """The meeting of the same series just before this one."""
    if not meeting.series_id:
        return None
    return (
        Meeting.objects.filter(series_id=meeting.series_id, starts_at__lt=meeting.starts_at)
        .order_by("-starts_at")
        .first()
    )


def next_in_series(meeting: Meeting) -> Meeting | None:
    if not meeting.series_id:
        return None
    return (
        Meeting.objects.filter(series_id=meeting.series_id, starts_at__gt=meeting.starts_at)
        .order_by("starts_at")
        .first()
    )


def attendance(meeting: Meeting) -> dict:
    """Counts per role, and the names of only those who allowed it (2 queries)."""
    labels = dict(Signup.Role.choices)
    counts = meeting.signups.values("role").annotate(count=Count("pk")).order_by("role")
    per_role = [
        {"role": labels.get(row["role"], row["role"]), "count": row["count"]} for row in counts
    ]
    named = [
        str(signup.user)
        for signup in meeting.signups.filter(show_name=True, user__isnull=False).select_related(
            "user"
        )
    ]
    return {
        "per_role": per_role,
        "total": sum(row["count"] for row in per_role),
        "named": named,
    }


def lessons_for(obj: models.Model):
    """What we learned at meetings hosted at this activity or initiative, newest first."""
    return Lesson.objects.filter(
        meeting__hosted_at_type=ContentType.objects.get_for_model(obj),
        meeting__hosted_at_id=str(obj.pk),
    ).select_related("meeting")


def my_open_actions(user):
    """Open and doing actions owned by the user; the earliest due (the overdue) first."""
    return (
        ActionItem.objects.filter(
            owner=user, status__in=[ActionItem.Status.OPEN, ActionItem.Status.DOING]
        )
        .select_related("idea__meeting")
        .order_by("due_on", "pk")
    )


def action_to_follow_up(user, raw: str | None) -> ActionItem | None:
    """The action named in ?from_action=, when this user may update it and it became nothing
    yet; anything else (a wrong number, someone else's action) is None and is ignored."""
    from .permissions import can_update_action

    if not (raw or "").isdigit():
        return None
    action = (
        ActionItem.objects.filter(pk=raw, became_type__isnull=True)
        .select_related("idea__meeting")
        .first()
    )
    if action and can_update_action(user, action, action.idea.meeting):
        return action
    return None
