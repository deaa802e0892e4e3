"""Every change to an invitation.

sent → came / not yet (a reminder after N weeks) / said no / no answer; not yet ⇄ no answer,
said no → came; a correction may move "came" back. Inviting again starts a new invitation
in the same chain, so the reach counts a person once.
"""

from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import User
from wijkgoud.core.services import WorkflowError, ensure_move, record_event

from .models import Invitation

S = Invitation.Status
MOVES = {
    S.SENT: {S.CAME, S.NOT_YET, S.DECLINED, S.NO_ANSWER},
    S.NOT_YET: {S.CAME, S.NOT_YET, S.DECLINED, S.NO_ANSWER},
    S.NO_ANSWER: {S.CAME, S.NOT_YET, S.DECLINED},
    S.DECLINED: {S.CAME, S.NOT_YET},
    # A tap on the wrong button is put right with the next tap.
    S.CAME: {S.NOT_YET, S.DECLINED, S.NO_ANSWER},
}
DEFAULT_WEEKS = 3


@transaction.atomic
def invite(*, actor: User, previous: Invitation | None = None, **fields) -> Invitation:
    """Record a new invitation; with `previous` it is the next one in that person's chain."""
    if previous is not None:
        previous = Invitation.objects.select_for_update().get(pk=previous.pk)
        if Invitation.objects.filter(previous=previous).exists():
            raise WorkflowError(_("You already invited this person again."), code="invited_again")
        fields |= {"previous": previous, "chain_start_id": previous.chain_id}
    try:
        with transaction.atomic():
            invitation = Invitation.objects.create(inviter=actor, **fields)
    except IntegrityError:  # two taps at once on "invite again"
        raise WorkflowError(
            _("You already invited this person again."), code="invited_again"
        ) from None
    record_event(invitation, "invitation.sent", actor=actor)
    return invitation


@transaction.atomic
def record_outcome(
    invitation: Invitation, status: str, *, actor: User, weeks: int = DEFAULT_WEEKS
) -> Invitation:
    """Came, not yet (remind the inviter after `weeks`), said no, or no answer."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    ensure_move(invitation, status, MOVES)
    invitation.status = status
    invitation.outcome_at = timezone.now()
    invitation.remind_on = (
        timezone.localdate() + timedelta(weeks=weeks) if status == S.NOT_YET else None
    )
    if status != S.CAME:
        invitation.came_first_time = False  # _mark_first_time settles the rest of the chain
    invitation.save(update_fields=["status", "outcome_at", "remind_on", "came_first_time"])
    _mark_first_time(invitation.chain_id)
    record_event(
        invitation, f"invitation.{status}", actor=actor,
        data={"remind_on": str(invitation.remind_on)} if invitation.remind_on else {},
    )  # fmt: skip
    invitation.refresh_from_db(fields=["came_first_time"])
    return invitation


def _mark_first_time(chain_id: int) -> None:
    """The earliest "came" of the chain is the first time; any other is not."""
    chain = Invitation.objects.filter(Q(pk=chain_id) | Q(chain_start_id=chain_id))
    first = chain.filter(status=S.CAME).order_by("created_at", "pk").values("pk")[:1]
    chain.exclude(pk__in=first).filter(came_first_time=True).update(came_first_time=False)
    chain.filter(pk__in=first).update(came_first_time=True)


def reach(user: User) -> dict:
    """How many people the user invited (each chain once) and how many came for the first
    time: one query."""
    return Invitation.objects.filter(inviter=user).aggregate(
        invited=Count("pk", filter=Q(chain_start__isnull=True)),
        came=Count("pk", filter=Q(came_first_time=True)),
    )


def due_reminders(today: date | None = None):
    """ "Not yet" invitations whose reminder date has come and that were not invited again."""
    today = today or timezone.localdate()
    return Invitation.objects.heads().filter(status=S.NOT_YET, remind_on__lte=today)


def send_reminders(today: date | None = None) -> int:
    """Tell each inviter once per reminder date that it is time to invite again."""
    from wijkgoud.notifications.services import notify

    today = today or timezone.localdate()
    with transaction.atomic():
        due = list(
            due_reminders(today)
            .exclude(reminded_for=F("remind_on"))
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("inviter", "activity")
        )
        for invitation in due:
            invitation.reminded_for = invitation.remind_on
            invitation.save(update_fields=["reminded_for"])
            with translation.override(invitation.inviter.preferred_language):
                params = {"name": invitation.invitee_name, "activity": what(invitation)}
            notify(invitation.inviter, "invitation.invite_again", about=invitation, params=params)
    return len(due)


def what(invitation: Invitation) -> str:
    """The activity's title in the current language, or "coffee with you"."""
    if invitation.is_coffee:
        return str(_("coffee with you"))
    return invitation.activity.shown_text().title
