"""The shared workflow helpers: ensure_move, record_event, events_for; the read-only trail."""

from datetime import timedelta
from itertools import product
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation

from wijkgoud.core.models import AuditEvent, Place
from wijkgoud.core.services import WorkflowError, ensure_move, events_for, record_event
from wijkgoud.core.tests.factories import PlaceFactory


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    PAID = "paid", "Paid"


MOVES = {
    Status.DRAFT: {Status.SUBMITTED},
    Status.SUBMITTED: {Status.APPROVED, Status.REJECTED, Status.DRAFT},
    Status.APPROVED: {Status.PAID},
}


def claim(status: str):
    """A stand-in for a model with a status field: all that ensure_move reads of it."""
    status_field = models.CharField(choices=Status.choices)
    return SimpleNamespace(
        status=status, _meta=SimpleNamespace(get_field={"status": status_field}.get)
    )


@pytest.mark.parametrize(("current", "target"), list(product(Status.values, repeat=2)))
def test_ensure_move_allows_exactly_the_moves_in_the_dict(current, target):
    if target in MOVES.get(current, set()):
        ensure_move(claim(current), target, MOVES)
    else:
        with pytest.raises(WorkflowError) as refused:
            ensure_move(claim(current), target, MOVES)
        assert refused.value.code == "move_not_allowed"


def test_a_refused_move_names_both_statuses_by_their_labels_in_the_users_language():
    with pytest.raises(WorkflowError) as refused, translation.override("en"):
        ensure_move(claim(Status.APPROVED), Status.DRAFT, MOVES)
    with translation.override("en"):
        assert refused.value.messages == ["This cannot go from “Approved” to “Draft”."]


def test_a_status_missing_from_the_dict_allows_no_move_at_all():
    with pytest.raises(WorkflowError):
        ensure_move(claim(Status.PAID), Status.DRAFT, MOVES)


@pytest.mark.django_db
def test_record_event_writes_who_did_what_to_which_object_and_when(worker, almere_haven):
    place = PlaceFactory(area=almere_haven)
    before = timezone.now()

    event = record_event(place, "place.checked", actor=worker, data={"note": "ramp fixed"})

    event.refresh_from_db()
    assert event.content_type == ContentType.objects.get_for_model(Place)
    assert event.object_id == str(place.pk)
    assert event.subject == place
    assert event.action == "place.checked"
    assert event.actor == worker
    assert event.data == {"note": "ramp fixed"}
    assert before <= event.created_at <= timezone.now()


@pytest.mark.django_db
@pytest.mark.parametrize("actor", [None, AnonymousUser()])
def test_record_event_by_the_system_or_a_visitor_has_no_actor(almere_haven, actor):
    event = record_event(PlaceFactory(area=almere_haven), "place.created", actor=actor)
    assert event.actor is None
    assert event.data == {}


@pytest.mark.django_db
def test_events_for_gives_one_objects_history_newest_first(worker, almere_haven):
    place, other = PlaceFactory(area=almere_haven), PlaceFactory(area=almere_haven)
    first = record_event(place, "place.created", actor=worker)
    AuditEvent.objects.filter(pk=first.pk).update(created_at=timezone.now() - timedelta(days=1))
    record_event(other, "place.created", actor=worker)
    second = record_event(place, "place.checked", actor=worker)

    assert list(events_for(place)) == [second, first]


@pytest.mark.django_db
def test_the_audit_trail_cannot_be_changed_or_deleted_in_the_admin(
    client, admin_user, almere_haven
):
    event = record_event(PlaceFactory(area=almere_haven), "place.created", actor=admin_user)
    client.force_login(admin_user)

    assert client.post(reverse("admin:core_auditevent_add"), {"action": "x"}).status_code == 403
    change = client.post(
        reverse("admin:core_auditevent_change", args=[event.pk]), {"action": "forged"}
    )
    assert change.status_code == 403
    delete = client.post(reverse("admin:core_auditevent_delete", args=[event.pk]), {"post": "yes"})
    assert delete.status_code == 403

    event.refresh_from_db()
    assert event.action == "place.created"
    page = client.get(reverse("admin:core_auditevent_change", args=[event.pk]))
    assert page.status_code == 200  # the admin may look, nothing more
    assert b'name="_save"' not in page.content
