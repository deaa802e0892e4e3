"""Needs: new → picked up → matched / handed over → resolved → closed (reopen: picked up).

Every move is one function here and writes an AuditEvent; nothing is sent to a neighbour
or a helper automatically — only the people who will work on a need get a notification."""

from datetime import date

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Concat, Left
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import AuditEvent, User
from wijkgoud.core.services import WorkflowError, ensure_move, record_event
from wijkgoud.notifications.services import notify

from .models import Need, NeedView, WorkerNote
from .permissions import is_shared_with_wijkteam, works_in

S = Need.Status
MOVES: dict[str, set[str]] = {
    S.NEW: {S.PICKED_UP, S.HANDED_OVER, S.CLOSED},
    S.PICKED_UP: {S.MATCHED, S.HANDED_OVER, S.RESOLVED, S.CLOSED},
    S.MATCHED: {S.PICKED_UP, S.HANDED_OVER, S.RESOLVED, S.CLOSED},
    S.HANDED_OVER: {S.PICKED_UP},  # accepted by the worker, or taken back
    S.RESOLVED: {S.PICKED_UP, S.CLOSED},
    S.CLOSED: set(),
}

CONTACT_FIELDS = {"phone": ("phone", "whatsapp"), "email": ("email",), "address": ("visit",)}


def _keep_only_needed_contact(fields: dict) -> dict:
    """Contact details are stored only for the way the neighbour wants to be reached."""
    way = fields.get("contact_by")
    return {
        key: (value if key not in CONTACT_FIELDS or way in CONTACT_FIELDS[key] else "")
        for key, value in fields.items()
    }


def _locked(need: Need) -> Need:
    return Need.objects.select_for_update().get(pk=need.pk)


@transaction.atomic
def submit_public_need(**fields) -> Need:
    """A neighbour asks through the public page: they send it to the wijkteam themselves,
    so that is the consent; the workers of the area find it in their inbox."""
    need = Need.objects.create(
        **_keep_only_needed_contact(fields),
        source=Need.Source.PUBLIC,
        consent_given_by=fields["name"],
        consent_on=timezone.localdate(),
        consent_how=Need.ConsentHow.SELF,
        share_with=Need.Sharing.WIJKTEAM,
    )
    record_event(need, "need.created", actor=None, data={"source": "public"})
    return need


@transaction.atomic
def record_need(*, actor: User, **fields) -> Need:
    """An active resident records a neighbour's need after the neighbour agreed; they
    picked it up by asking, so it starts with them."""
    if not fields.get("consent_given_by") or not fields.get("consent_on"):
        raise WorkflowError(_("Write down who agreed and when."))
    need = Need.objects.create(
        **_keep_only_needed_contact(fields),
        source=Need.Source.RECORDED,
        recorded_by=actor,
        assigned_to=actor,
        status=S.PICKED_UP,
    )
    consent = {
        "by": need.consent_given_by,
        "on": need.consent_on.isoformat(),
        "how": need.consent_how,
        "share_with": need.share_with,
    }
    record_event(need, "need.recorded", actor=actor, data={"consent": consent})
    return need


def _move(need: Need, target: str, action: str, *, actor: User, data=None, **changes) -> Need:
    ensure_move(need, target, MOVES)
    need.status = target
    for field, value in changes.items():
        setattr(need, field, value)
    need.save(update_fields=["status", "updated_at", *changes])
    record_event(need, action, actor=actor, data={"to": target, **(data or {})})
    return need


@transaction.atomic
def pick_up(need: Need, *, actor: User) -> Need:
    """Start working on a new need, go back from a match that did not work out, or reopen
    a resolved one."""
    need = _locked(need)
    if need.status == S.HANDED_OVER:  # only the worker accepts it, or its sender takes it back
        raise WorkflowError(_("This question waits for the worker to accept it."))
    action = {S.RESOLVED: "need.reopened", S.MATCHED: "need.match_dropped"}.get(
        need.status, "need.picked_up"
    )
    return _move(need, S.PICKED_UP, action, actor=actor, assigned_to=actor)


@transaction.atomic
def assign(need: Need, *, to: User, actor: User) -> Need:
    """A worker asks a colleague of the area to pick it up."""
    need = _locked(need)
    if not (is_shared_with_wijkteam(need) and works_in(to, need.area)):
        raise WorkflowError(_("Choose a worker of this neighbourhood."))
    if need.status not in (S.NEW, S.PICKED_UP, S.MATCHED):
        raise WorkflowError(_("This question cannot be given to someone else now."))
    if need.status == S.NEW:
        _move(
            need, S.PICKED_UP, "need.assigned", actor=actor, assigned_to=to, data={"to_user": to.pk}
        )
    else:
        need.assigned_to = to
        need.save(update_fields=["assigned_to", "updated_at"])
        record_event(need, "need.assigned", actor=actor, data={"to_user": to.pk})
    if to != actor:
        notify(to, "need.assigned", about=need, params={"by": str(actor), "need": need.label})
    return need


@transaction.atomic
def choose_match(need: Need, *, actor: User, activity=None, helper: User | None = None) -> Need:
    """Record the activity or helper the person working on it chose. Nobody is told
    automatically: they talk to the neighbour (and the helper) themselves."""
    need = _locked(need)
    if activity is None and helper is None:
        raise WorkflowError(_("Choose an activity or a helper."))
    chosen = {
        "activity": activity.pk if activity else None,
        "helper": helper.pk if helper else None,
    }
    return _move(
        need, S.MATCHED, "need.matched", actor=actor, data=chosen,
        matched_activity=activity, matched_helper=helper,
    )  # fmt: skip


@transaction.atomic
def hand_over(need: Need, *, to: User, note: str, actor: User) -> Need:
    """A warm hand-over: to a worker of the area, with a note; they accept it in their inbox."""
    need = _locked(need)
    if not is_shared_with_wijkteam(need):
        raise WorkflowError(_("The neighbour agreed to share this only with you. Ask them first."))
    if not works_in(to, need.area) or to == actor:
        raise WorkflowError(_("Choose a worker of this neighbourhood."))
    _move(
        need, S.HANDED_OVER, "need.handed_over", actor=actor, data={"to_user": to.pk},
        handed_over_to=to, handover_note=note, handed_over_at=timezone.now(),
        handover_accepted_at=None,
    )  # fmt: skip
    notify(to, "need.handed_over", about=need, params={"by": str(actor), "need": need.label})
    return need


def _ensure_waiting(need: Need) -> None:
    # Accepting and taking back both lead to "picked up", which other statuses may reach too.
    if need.status != S.HANDED_OVER:
        raise WorkflowError(_("This question is not waiting to be accepted."))


@transaction.atomic
def accept_handover(need: Need, *, actor: User) -> Need:
    """The worker takes it on; the resident who brought it keeps seeing its status."""
    need = _locked(need)
    _ensure_waiting(need)
    if actor.pk != need.handed_over_to_id:
        raise WorkflowError(_("This question was handed over to someone else."))
    return _move(
        need, S.PICKED_UP, "need.handover_accepted", actor=actor,
        assigned_to=actor, handover_accepted_at=timezone.now(),
    )  # fmt: skip


@transaction.atomic
def take_back(need: Need, *, actor: User) -> Need:
    """The resident takes a hand-over back before anyone accepted it."""
    need = _locked(need)
    _ensure_waiting(need)
    if actor.pk != need.recorded_by_id:
        raise WorkflowError(_("Only who handed it over can take it back."))
    return _move(need, S.PICKED_UP, "need.taken_back", actor=actor, assigned_to=actor)


@transaction.atomic
def resolve(need: Need, *, actor: User) -> Need:
    return _move(_locked(need), S.RESOLVED, "need.resolved", actor=actor)


@transaction.atomic
def close(need: Need, *, actor: User) -> Need:
    return _move(_locked(need), S.CLOSED, "need.closed", actor=actor, closed_at=timezone.now())


@transaction.atomic
def set_follow_up(need: Need, *, on: date | None, actor: User) -> Need:
    """ "Ask again on …": one reminder to whoever works on it when the day comes."""
    need.follow_up_on = on
    need.save(update_fields=["follow_up_on", "updated_at"])
    data = {"on": on.isoformat() if on else None}
    record_event(need, "need.follow_up_set", actor=actor, data=data)
    return need


def add_worker_note(need: Need, *, text: str, actor: User) -> WorkerNote:
    return WorkerNote.objects.create(need=need, author=actor, text=text)


def log_view(need: Need, *, viewer: User) -> NeedView:
    """Every look at a need's page is written down (shown to workers as "seen by")."""
    return NeedView.objects.create(need=need, viewer=viewer)


def send_follow_up_reminders(today: date | None = None) -> int:
    """Remind whoever works on a need when its follow-up day has come, once per date."""
    today = today or timezone.localdate()
    due = (
        Need.objects.filter(follow_up_on__lte=today, anonymised_at=None)
        .exclude(status=S.CLOSED)
        .filter(Q(follow_up_reminded_on=None) | ~Q(follow_up_reminded_on=F("follow_up_on")))
        .select_related("assigned_to", "recorded_by", "handed_over_to")
    )
    sent = 0
    for need in due:
        with transaction.atomic():
            # Claimed with a conditional update: two workers running at once send one.
            claimed = (
                Need.objects.filter(pk=need.pk, follow_up_on=need.follow_up_on)
                .exclude(follow_up_reminded_on=need.follow_up_on)
                .update(follow_up_reminded_on=need.follow_up_on)
            )
            person = need.working_on_it
            if claimed and person is not None:
                params = {"need": need.label, "name": need.name}
                notify(person, "need.follow_up", about=need, params=params)
                sent += 1
    return sent


REMOVED = "—"


def anonymise_closed_needs(now=None) -> int:
    """Closed needs older than NEEDS_RETENTION_MONTHS: contact details emptied first, then
    the words and notes removed and the name cut to an initial. The audit trail keeps
    only that things happened (its details are emptied). Done in batches, each its own
    transaction, so a first run on years of needs stays small per statement."""
    now = now or timezone.now()
    cutoff = now - relativedelta(months=settings.NEEDS_RETENTION_MONTHS)
    due = Need.objects.filter(status=S.CLOSED, closed_at__lt=cutoff, anonymised_at=None)
    done = 0
    while pks := list(due.order_by("pk").values_list("pk", flat=True)[:BATCH]):
        _anonymise(pks, now)
        done += len(pks)
    return done


BATCH = 500


@transaction.atomic
def _anonymise(pks: list[int], now) -> None:
    chosen = Need.objects.filter(pk__in=pks)
    chosen.update(phone="", email="", address="", contact_when="")
    chosen.update(
        words=REMOVED,
        handover_note="",
        name=Concat(Left("name", 1), Value(".")),
        consent_given_by=Concat(Left("consent_given_by", 1), Value(".")),
        anonymised_at=now,
    )
    WorkerNote.objects.filter(need__in=pks).delete()
    content_type = ContentType.objects.get_for_model(Need)
    ids = [str(pk) for pk in pks]
    AuditEvent.objects.filter(content_type=content_type, object_id__in=ids).update(data={})
    AuditEvent.objects.bulk_create(
        AuditEvent(content_type=content_type, object_id=i, action="need.anonymised") for i in ids
    )
