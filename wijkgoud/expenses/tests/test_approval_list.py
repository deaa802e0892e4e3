"""The approval list: 25 claims a page, oldest first, each with its link, claimant, area,
date and amount; a later page shows the next claims."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils.timezone import now

from wijkgoud.core.tests.factories import UserFactory

from .factories import ExpenseClaimFactory

pytestmark = pytest.mark.django_db


def test_the_approval_list_shows_25_claims_a_page_oldest_first(client, worker):
    start = now() - timedelta(days=60)
    claims = [
        ExpenseClaimFactory(submitted=True, submitted_at=start + timedelta(days=n))
        for n in range(27)
    ]
    client.force_login(worker)
    first = client.get("/en/expenses/approvals/").text
    assert "27 claims wait for a decision" in first and "Page 1 of 2" in first
    assert all(f'href="/en/expenses/{c.pk}/"' in first for c in claims[:25])
    assert claims[25].title not in first
    second = client.get("/en/expenses/approvals/?page=2").text
    assert f'href="/en/expenses/{claims[25].pk}/"' in second and claims[26].title in second
    assert f'href="/en/expenses/{claims[0].pk}/"' not in second


def test_each_row_shows_the_claimant_area_and_amount(client, worker):
    named = UserFactory(display_name="Noor", email="noor@example.org")
    unnamed = UserFactory(display_name="", email="kees.jansen@example.org")
    ExpenseClaimFactory(claimant=named, submitted=True, total=Decimal("12.50"), title="Verf")
    ExpenseClaimFactory(claimant=unnamed, submitted=True, title="Koffie")
    client.force_login(worker)
    page = client.get("/en/expenses/approvals/").text
    assert "<td>Noor</td><td>De Werven</td>" in page and "€ 12.50" in page
    assert "<td>kees.jansen</td>" in page
