"""Closed needs are anonymised NEEDS_RETENTION_MONTHS after closing: contact details first,
then the words and the name; the audit trail keeps only that it happened."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from wijkgoud.core.models import AuditEvent
from wijkgoud.needs import services
from wijkgoud.needs.models import Need, WorkerNote

from .factories import NeedFactory

pytestmark = pytest.mark.django_db


def test_a_closed_need_is_anonymised_after_a_year_not_before(need, active_resident, worker):
    services.add_worker_note(need, text="Schuld bij de huur.", actor=worker)
    services.close(need, actor=active_resident)
    open_one = NeedFactory(recorded_by=active_resident, area=need.area, name="Open")
    with time_machine.travel(timezone.now() + timedelta(days=360)):
        assert services.anonymise_closed_needs() == 0
    with time_machine.travel(timezone.now() + timedelta(days=370)):
        assert services.anonymise_closed_needs() == 1
        assert services.anonymise_closed_needs() == 0  # once
    need.refresh_from_db()
    assert (need.phone, need.email, need.address, need.contact_when) == ("", "", "", "")
    assert need.words == "—" and need.name == "M." and need.consent_given_by == "A."
    assert need.anonymised_at is not None and not WorkerNote.objects.filter(need=need).exists()
    events = AuditEvent.objects.filter(object_id=str(need.pk))
    assert {e.action for e in events} == {"need.closed", "need.anonymised"}
    assert all(e.data == {} for e in events)
    open_one.refresh_from_db()
    assert open_one.words != "—"


def test_the_period_is_a_setting(settings, need, active_resident):
    settings.NEEDS_RETENTION_MONTHS = 1
    services.close(need, actor=active_resident)
    with time_machine.travel(timezone.now() + timedelta(days=32)):
        assert services.anonymise_closed_needs() == 1


def test_an_anonymised_need_cannot_be_worked_on(client, need, active_resident):
    from .factories import en

    services.close(need, actor=active_resident)
    Need.objects.filter(pk=need.pk).update(closed_at=timezone.now() - timedelta(days=400))
    services.anonymise_closed_needs()
    client.force_login(active_resident)
    page = client.get(en("needs:detail", need.pk)).text
    assert "Anonymised" in page and "Next step" not in page


def test_many_needs_are_anonymised_in_batches(monkeypatch, active_resident, de_werven):
    monkeypatch.setattr(services, "BATCH", 2)
    old = timezone.now() - timedelta(days=400)
    for _ in range(5):
        NeedFactory(recorded_by=active_resident, area=de_werven, closed=True, closed_at=old)
    assert services.anonymise_closed_needs() == 5
    assert not Need.objects.filter(anonymised_at=None).exists()
