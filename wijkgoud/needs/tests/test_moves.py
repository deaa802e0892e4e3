"""The full table of a need's moves: every service from every status, allowed or refused."""

import pytest

from wijkgoud.core.models import AuditEvent
from wijkgoud.core.services import WorkflowError
from wijkgoud.needs import services
from wijkgoud.needs.models import Need

from .factories import NeedFactory

pytestmark = pytest.mark.django_db
S = Need.Status

# service → the statuses it may start from (everything else is refused)
ALLOWED_FROM = {
    "pick_up": {S.NEW, S.MATCHED, S.RESOLVED},
    "choose_match": {S.PICKED_UP},
    "hand_over": {S.NEW, S.PICKED_UP, S.MATCHED},
    "accept_handover": {S.HANDED_OVER},
    "take_back": {S.HANDED_OVER},
    "resolve": {S.PICKED_UP, S.MATCHED},
    "close": {S.NEW, S.PICKED_UP, S.MATCHED, S.RESOLVED},
}
TARGET = {
    "pick_up": S.PICKED_UP, "choose_match": S.MATCHED, "hand_over": S.HANDED_OVER,
    "accept_handover": S.PICKED_UP, "take_back": S.PICKED_UP, "resolve": S.RESOLVED,
    "close": S.CLOSED,
}  # fmt: skip


def _need_in(status, resident, worker, area) -> Need:
    extra = {"closed_at": "2026-01-01T10:00Z"} if status == S.CLOSED else {}
    if status == S.HANDED_OVER:
        extra |= {"handed_over_to": worker}
    return NeedFactory(recorded_by=resident, area=area, shared=True, status=status, **extra)


def _run(name, need, resident, worker, activity):
    actor = worker if name == "accept_handover" else resident
    kwargs = {"actor": actor}
    if name == "hand_over":
        kwargs |= {"to": worker, "note": "Graag bellen."}
    if name == "choose_match":
        kwargs |= {"activity": activity}
    return getattr(services, name)(need, **kwargs)


@pytest.mark.parametrize("status", S.values)
@pytest.mark.parametrize("name", ALLOWED_FROM)
def test_each_move_is_allowed_only_from_its_statuses(
    name, status, active_resident, worker, de_werven
):
    from wijkgoud.activities.tests.factories import ActivityFactory

    activity = ActivityFactory() if name == "choose_match" else None
    need = _need_in(status, active_resident, worker, de_werven)
    events = AuditEvent.objects.count()
    if status in ALLOWED_FROM[name]:
        _run(name, need, active_resident, worker, activity)
        need.refresh_from_db()
        assert need.status == TARGET[name]
        assert AuditEvent.objects.count() == events + 1
    else:
        with pytest.raises(WorkflowError):
            _run(name, need, active_resident, worker, activity)
        need.refresh_from_db()
        assert need.status == status
        assert AuditEvent.objects.count() == events


def test_the_moves_dict_and_the_table_agree():
    for status, targets in services.MOVES.items():
        reachable = {TARGET[n] for n, starts in ALLOWED_FROM.items() if status in starts}
        assert reachable == targets, status


def test_a_closed_need_records_when(need, active_resident):
    services.close(need, actor=active_resident)
    need.refresh_from_db()
    assert need.closed_at is not None
    assert AuditEvent.objects.filter(action="need.closed", object_id=str(need.pk)).exists()


def test_a_need_shared_only_with_the_resident_cannot_be_handed_over(
    private_need, active_resident, worker
):
    with pytest.raises(WorkflowError, match="only with you"):
        services.hand_over(private_need, to=worker, note="x", actor=active_resident)


def test_a_hand_over_goes_only_to_a_worker_of_the_area(need, active_resident, worker_elsewhere):
    with pytest.raises(WorkflowError):
        services.hand_over(need, to=worker_elsewhere, note="x", actor=active_resident)


def test_only_the_worker_it_was_handed_to_accepts_it(need, active_resident, worker, budget_holder):
    services.hand_over(need, to=worker, note="x", actor=active_resident)
    with pytest.raises(WorkflowError):
        services.accept_handover(need, actor=budget_holder)


def test_choosing_a_match_records_what_was_chosen(need, active_resident, other_resident):
    services.choose_match(need, actor=active_resident, helper=other_resident)
    event = AuditEvent.objects.get(action="need.matched")
    assert event.data == {"to": "matched", "activity": None, "helper": other_resident.pk}
