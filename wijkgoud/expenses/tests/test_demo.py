"""The expenses demo: a claim in each state, one waiting for the demo worker; runs twice."""

from io import StringIO

import pytest
from django.core.management import call_command

from wijkgoud.core.models import User
from wijkgoud.expenses.models import AllowanceRule, ExpenseClaim, Receipt
from wijkgoud.payouts.models import PayableItem

pytestmark = pytest.mark.django_db


def test_the_demo_shows_every_state_and_runs_again_without_changes(settings, almere_haven):
    settings.DEMO_MODE = True
    call_command("load_demo", stdout=StringIO())
    call_command("load_demo", stdout=StringIO())
    claims = ExpenseClaim.objects.filter(claimant__email="actief@wijkgoud.example")
    assert set(claims.values_list("status", flat=True)) == set(ExpenseClaim.Status)
    worker = User.objects.get(email="wijkwerker@wijkgoud.example")
    waiting = ExpenseClaim.objects.to_decide_by(worker)
    assert waiting.get().title == "Oppas tijdens de buurtvergadering"
    assert Receipt.objects.filter(line__isnull=False).count() >= 5
    claim_items = PayableItem.objects.filter(content_type__model="expenseclaim")
    assert claim_items.count() == 2  # the two approved claims
    assert AllowanceRule.objects.filter(year__gte=2025).count() >= 2
