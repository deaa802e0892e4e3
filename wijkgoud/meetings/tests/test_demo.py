"""The demo shows a series of kitchen visits: a past one with its follow-up, a next one."""

from io import StringIO

import pytest
from django.core.management import call_command

from wijkgoud.core.models import User
from wijkgoud.meetings.models import ActionItem, Idea, Meeting

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_past_and_an_upcoming_kitchen_visit_and_runs_twice(client, settings):
    settings.DEMO_MODE = True
    call_command("load_demo", stdout=StringIO())
    call_command("load_demo", stdout=StringIO())
    past, upcoming = Meeting.objects.order_by("starts_at")
    assert past.is_past and not upcoming.is_past and past.series == upcoming.series
    assert past.notes and past.lessons.count() == 2
    assert set(Idea.objects.values_list("status", flat=True)) == {"agreed", "parked"}
    assert ActionItem.objects.count() == 3
    assert sum(action.is_overdue for action in ActionItem.objects.all()) == 1

    fatima = User.objects.get(email="actief@wijkgoud.example")
    client.force_login(fatima)
    text = client.get(f"/en/meetings/{upcoming.pk}/").text
    assert "Sign me up" in text
    assert "What became of the last meeting" in text and "Samen koken met nieuwe buren" in text
    assert "overdue" in client.get("/en/meetings/actions/").text
