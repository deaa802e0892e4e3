"""Reading meetings: ideas with their actions, the follow-through, the report, the lessons.
Each function costs a fixed number of queries, whatever the amount of data."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count
from django.utils import timezone

from wijkgoud.core.models import person_name

from .models import ActionItem, Idea, Lesson, Meeting, Signup

# One row per idea and action (an idea without actions once, its action fields None).
IDEA_ROWS = (
    "pk", "text", "status", "parked_reason", "actions__pk", "actions__what",
    "actions__first_step", "actions__owner_id", "actions__owner_name", "actions__due_on",
    "actions__status", "actions__outcome", "actions__owner__display_name", "actions__owner__email",
)  # fmt: skip


def idea_rows(meeting: Meeting) -> list[tuple]:
    """Everything the ideas list shows, in one query: ideas in order, each with its actions."""
    return list(
        Idea.objects.filter(meeting=meeting)
        .order_by("created_at", "pk", "actions__pk")
        .values_list(*IDEA_ROWS)
    )


def ideas_with_actions(meeting: Meeting, rows: list[tuple] | None = None) -> list[dict]:
    """The meeting's ideas, each with its actions and their owners, in 1 query (none when
    the rows are given).

    Plain dicts, not model objects: a meeting on a beamer may hold hundreds of ideas, and
    dicts are several times faster to build and to render. Status words are translated once.
    """
    idea_labels = {value: str(label) for value, label in Idea.Status.choices}
    action_labels = {value: str(label) for value, label in ActionItem.Status.choices}
    today = timezone.localdate()
    ideas: dict[int, dict] = {}
    for row in idea_rows(meeting) if rows is None else rows:
        pk, text, status, parked_reason, action_pk, what, first_step = row[:7]
        owner_id, owner_name, due_on, action_status, outcome, display_name, email = row[7:]
        idea = ideas.get(pk)
        if idea is None:
            idea = ideas[pk] = {
                "pk": pk, "text": text, "status": status, "parked_reason": parked_reason,
                "status_label": idea_labels[status], "actions": [],
            }  # fmt: skip
        if action_pk is None:
            continue
        name = person_name(display_name, email)
        idea["actions"].append(
            {
                "pk": action_pk, "what": what, "first_step": first_step,
                "owner_label": name if owner_id else owner_name,
                "status": action_status, "status_label": action_labels[action_status],
                "overdue": action_status in ("open", "doing") and due_on < today,
                "due": f"{due_on.day}-{due_on.month}-{due_on.year}", "outcome": outcome,
            }
        )  # fmt: skip
    return list(ideas.values())


def label_actions(actions) -> None:
    """Status word and overdue flag on each action object, the words translated once."""
    labels = {value: str(label) for value, label in ActionItem.Status.choices}
    today = timezone.localdate()
    for action in actions:
        action.status_label = labels[action.status]
        action.overdue = action.status in ("open", "doing") and action.due_on < today


def signup_count(meeting: Meeting, user) -> tuple[int, bool]:
    """How many come, and whether this user is one of them (one query)."""
    found = meeting.signups.aggregate(
        count=Count("pk"), mine=Count("pk", filter=models.Q(user=user))
    )
    return found["count"], found["mine"] > 0


def signups_of(meeting: Meeting) -> list[dict]:
    """Who comes, as plain rows (pk, label, role_label): a name as Signup shows it, the role
    word translated once for the list."""
    labels = {value: str(label) for value, label in Signup.Role.choices}
    rows = meeting.signups.values_list(
        "pk", "user_id", "name", "role", "user__display_name", "user__email"
    )
    return [
        {
            "pk": pk,
            "label": person_name(display_name, email) if user_id else name,
            "role_label": labels[role],
        }
        for pk, user_id, name, role, display_name, email in rows
    ]


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
    return ActionItem.objects.filter(
        owner=user, status__in=[ActionItem.Status.OPEN, ActionItem.Status.DOING]
    ).order_by("due_on", "pk")


def open_action_rows(actions) -> list[dict]:
    """The rows of a list of one's own actions, as plain dicts: the page of "My actions"
    and My page show them by the dozen. Status words translated once, dates written out."""
    labels = {value: str(label) for value, label in ActionItem.Status.choices}
    today = timezone.localdate()
    rows = list(actions.values("pk", "what", "due_on", "status", "idea__meeting__title"))
    for row in rows:
        due_on = row["due_on"]
        row["status_label"] = labels[row["status"]]
        row["overdue"] = due_on < today  # only open and doing actions come here
        row["due"] = f"{due_on.day}-{due_on.month}-{due_on.year}"
        row["meeting_title"] = row.pop("idea__meeting__title")
    return rows


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
