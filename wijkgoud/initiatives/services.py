"""Writing initiatives and their plans. Stage flow: idea → plan → running → finished.

Every save of a plan part that changes it leaves a PlanVersion (who, when, the text);
every other change leaves an AuditEvent.
"""

import difflib
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import User
from wijkgoud.core.services import WorkflowError, record_event

from .models import Initiative, PlanSection, PlanVersion, SectionFeedback
from .tasks import send_feedback_mail

Stage = Initiative.Stage
Key = PlanSection.Key

STAGE_MOVES: dict[str, set[str]] = {
    Stage.IDEA: {Stage.PLAN},
    Stage.PLAN: {Stage.IDEA, Stage.RUNNING},
    Stage.RUNNING: {Stage.PLAN, Stage.FINISHED},
    Stage.FINISHED: {Stage.RUNNING},
}


@transaction.atomic
def create_initiative(*, owner: User, title: str, summary: str = "", areas=()) -> Initiative:
    """Start an initiative as an idea; the one who starts it is its owner."""
    initiative = Initiative.objects.create(owner=owner, title=title, summary=summary)
    initiative.areas.set(areas)
    record_event(initiative, "initiative.created", actor=owner)
    return initiative


@transaction.atomic
def update_initiative(initiative: Initiative, *, actor: User, changed: list[str]) -> Initiative:
    """Record that the details (title, areas, dates, who applies) were changed by a form."""
    record_event(initiative, "initiative.changed", actor=actor, data={"fields": changed})
    return initiative


@transaction.atomic
def move_stage(initiative: Initiative, target: str, *, actor: User) -> Initiative:
    """Move to another stage; finishing asks for the evaluation part first."""
    initiative = Initiative.objects.select_for_update().get(pk=initiative.pk)
    if target not in STAGE_MOVES.get(initiative.stage, set()):
        raise WorkflowError(
            _("This cannot go from “%(current)s” to “%(target)s”."),
            params={
                "current": Stage(initiative.stage).label,
                "target": Stage(target).label if target in Stage.values else target,
            },
            code="move_not_allowed",
        )
    if target == Stage.FINISHED and not (
        initiative.sections.filter(key=Key.EVALUATION).exclude(text="").exists()
    ):
        raise WorkflowError(
            _("First write how it went, in the part “Evaluation and continuity”."),
            code="evaluation_missing",
        )
    old = initiative.stage
    initiative.stage = target
    initiative.save(update_fields=["stage", "updated_at"])
    record_event(
        initiative, "initiative.stage_changed", actor=actor, data={"from": old, "to": target}
    )
    return initiative


def section_of(initiative: Initiative, key: str) -> PlanSection:
    """The plan part with this key; an unsaved empty one when nobody wrote it yet."""
    section = initiative.sections.filter(key=key).first()
    return section or PlanSection(initiative=initiative, key=key)


def snapshot(section: PlanSection) -> str:
    """The text a version keeps: the part's text plus its milestones or budget lines."""
    initiative = section.initiative
    lines = [section.text.strip()]
    if section.key == Key.PLANNING:
        lines += [
            f"- {m.due_on:%d-%m-%Y}: {m.title}" + (" ✓" if m.is_done else "")
            for m in initiative.milestones.all()
        ]
    elif section.key == Key.BUDGET:
        lines += [
            f"- {b.description} ({b.get_kind_display()}): € {b.amount}"
            for b in initiative.budget_lines.all()
        ]
        lines += [f"+ {o.source}: € {o.amount}" for o in initiative.other_funding.all()]
    return "\n".join(line for line in lines if line)


@transaction.atomic
def save_section(
    initiative: Initiative, key: str, *, actor: User, text: str, is_ready: bool, formsets=()
) -> tuple[PlanSection, bool]:
    """Save one plan part (and its milestones or budget lines); returns (part, changed)."""
    Initiative.objects.select_for_update().filter(pk=initiative.pk).first()
    section, _created = PlanSection.objects.get_or_create(initiative=initiative, key=key)
    for formset in formsets:
        formset.save()
    section.text, section.is_ready = text, is_ready
    new_text = snapshot(section)
    last = section.versions.first()
    changed = new_text != (last.text if last else "")
    if changed:
        PlanVersion.objects.create(section=section, text=new_text, author=actor)
        section.updated_by = actor
    section.save()
    # Touch the initiative so the newest work comes first in lists.
    initiative.save(update_fields=["updated_at"])
    return section, changed


@transaction.atomic
def give_feedback(section: PlanSection, *, actor: User, text: str) -> SectionFeedback:
    """A worker's comment on one plan part, for the team to read; the owner gets a mail."""
    if section.pk is None:
        section, _created = PlanSection.objects.get_or_create(
            initiative=section.initiative, key=section.key
        )
    feedback = SectionFeedback.objects.create(section=section, author=actor, text=text)
    record_event(
        section.initiative, "initiative.feedback_given", actor=actor, data={"part": section.key}
    )
    transaction.on_commit(lambda: send_feedback_mail.enqueue(feedback.pk))
    return feedback


@transaction.atomic
def add_team_member(initiative: Initiative, member: User, *, actor: User) -> None:
    """Someone joins the team: they may now edit the plan."""
    initiative.team.add(member)
    record_event(initiative, "initiative.member_added", actor=actor, data={"user": member.pk})


@transaction.atomic
def remove_team_member(initiative: Initiative, member: User, *, actor: User) -> None:
    initiative.team.remove(member)
    record_event(initiative, "initiative.member_removed", actor=actor, data={"user": member.pk})


@dataclass
class DiffLine:
    kind: str  # "added", "removed" or "same"
    text: str


def diff(old: str, new: str) -> list[DiffLine]:
    """Line by line: what was added and removed between two versions of a part."""
    kinds = {"+ ": "added", "- ": "removed", "  ": "same"}
    return [
        DiffLine(kinds[line[:2]], line[2:])
        for line in difflib.ndiff(old.splitlines(), new.splitlines())
        if line[:2] in kinds
    ]


@dataclass
class SectionState:
    key: str
    title: str
    state: str  # "empty", "started" or "ready"
    feedback_count: int


def overview(initiative: Initiative, sections: list[PlanSection]) -> list[SectionState]:
    """Every part of the plan in coach order, with how far it is (for the overview)."""
    from .coach import STEPS

    by_key = {s.key: s for s in sections}
    # Lines alone (a budget without words) also count as started, when the caller knows them.
    with_lines = {
        Key.BUDGET: getattr(initiative, "has_budget_lines", False),
        Key.PLANNING: getattr(initiative, "has_milestones", False),
    }
    states = []
    for step in STEPS:
        section = by_key.get(step.key)
        started = with_lines.get(step.key, False)
        if section is None:
            state, count = ("started" if started else "empty"), 0
        else:
            written = section.text or started
            state = "ready" if section.is_ready else ("started" if written else "empty")
            count = getattr(section, "feedback_count", 0)
        states.append(SectionState(step.key, step.title, state, count))
    return states


@dataclass
class NextStep:
    text: str
    key: str | None = None  # the plan part to open, if the hint is about one


def next_step(initiative: Initiative, states: list[SectionState]) -> NextStep:
    """One hint: what to do next with this initiative."""
    if initiative.stage == Stage.FINISHED:
        return NextStep(_("Well done! Your initiative is finished. Maybe a new idea?"))
    if initiative.stage == Stage.RUNNING:
        return NextStep(
            _("Your initiative is running. Afterwards, write how it went."), Key.EVALUATION
        )
    not_ready = [s for s in states if s.state != "ready"]
    if not not_ready:
        if initiative.stage == Stage.IDEA:
            return NextStep(_("Your plan is ready. Move the initiative to the stage “plan”."))
        return NextStep(_("Your plan is ready. Look for money, or start when you have it."))
    first = not_ready[0]
    if all(s.state == "empty" for s in states):
        return NextStep(_("Start with the first part: why do you want to do this?"), first.key)
    return NextStep(
        _("Next: the part “%(part)s”.") % {"part": first.title},
        first.key,
    )
