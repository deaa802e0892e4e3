from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from wijkgoud.core.models import AuditEvent
from wijkgoud.funding.models import Application

from .factories import granted_application

pytestmark = pytest.mark.django_db
S = Application.Status


def test_an_ended_project_with_a_paid_advance_gets_its_report_due():
    ended = granted_application(S.ADVANCE_PAID)
    Application.objects.filter(pk=ended.pk).update(
        starts_on=timezone.localdate() - timedelta(days=90),
        ends_on=timezone.localdate() - timedelta(days=1),
    )
    running = granted_application(S.ADVANCE_PAID)
    out = StringIO()
    call_command("open_accountability", stdout=out)
    ended.refresh_from_db()
    running.refresh_from_db()
    assert (ended.status, running.status) == (S.ACCOUNTABILITY_DUE, S.ADVANCE_PAID)
    assert AuditEvent.objects.filter(
        action="application.accountability_due", object_id=str(ended.pk), actor=None
    ).exists()
    assert "1 accountability reports" in out.getvalue()
