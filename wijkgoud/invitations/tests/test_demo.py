"""The demo: Fatima's invitations, one for every outcome, loaded once however often."""

from io import StringIO

import pytest
from django.core.management import call_command

from wijkgoud.invitations.models import Invitation

pytestmark = pytest.mark.django_db


def test_the_demo_has_every_outcome_and_loads_once(client):
    call_command("load_demo", stdout=StringIO())
    call_command("load_demo", stdout=StringIO())
    mine = Invitation.objects.filter(inviter__email="actief@wijkgoud.example")
    assert set(mine.values_list("status", flat=True)) == {
        "sent", "came", "not_yet", "declined", "no_answer",
    }  # fmt: skip
    assert mine.count() == 7  # Ayşe came, and is invited again
    assert mine.filter(coffee_where_when__gt="").count() == 1
    assert mine.filter(previous__isnull=False).count() == 1
    assert mine.get(invitee_name="mevr. J.").need.name == "mevr. J."  # from the needs demo
    client.force_login(mine.first().inviter)
    page = client.get("/en/dashboard/").text
    assert "Invite again:" in page and "Maryam" in page
    page = client.get("/en/invitations/").text
    assert "You invited 6 people; 1 of them came for the first time." in page
