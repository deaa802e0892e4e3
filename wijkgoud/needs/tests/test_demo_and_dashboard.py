"""The demo data and My page."""

from io import StringIO

import pytest
from django.core.management import call_command

from wijkgoud.core.models import User
from wijkgoud.needs.models import HelperProfile, Need

from .factories import NeedFactory, en

pytestmark = pytest.mark.django_db


def test_the_demo_has_needs_in_several_states_and_is_idempotent(almere_haven):
    call_command("load_demo", stdout=StringIO())
    call_command("load_demo", stdout=StringIO())
    worker = User.objects.get(email="wijkwerker@wijkgoud.example")
    resident = User.objects.get(email="actief@wijkgoud.example")
    assert Need.objects.filter(status="handed_over", handed_over_to=worker).count() == 1
    assert Need.objects.filter(follow_up_on__isnull=False, recorded_by=resident).exists()
    assert {"new", "picked_up", "handed_over", "closed"} <= set(
        Need.objects.values_list("status", flat=True)
    )
    assert HelperProfile.objects.filter(user=resident).exists()
    assert Need.objects.count() == 5


def test_a_worker_sees_the_questions_waiting_on_my_page(client, worker, de_werven):
    NeedFactory(public=True, area=de_werven, name="Amina")
    client.force_login(worker)
    page = client.get("/en/dashboard/").text
    assert "Questions waiting for you" in page and "Amina" in page


def test_a_resident_sees_the_questions_they_brought(client, need, active_resident):
    client.force_login(active_resident)
    page = client.get("/en/dashboard/").text
    assert "Questions you brought" in page and "Mehmet K." in page
    assert en("needs:detail", need.pk) in page or need.get_absolute_url() in page
