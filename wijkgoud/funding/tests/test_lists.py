"""The busy lists show every row in full: link, initiative, fund, area, amount and status in
words, in the right order, on the right page; a budget's figures add up."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from wijkgoud.funding.models import Payment

from .factories import ApplicationFactory, city_budget, granted_application

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]
APPLICATIONS = "/en/funding/applications/"


def url(application) -> str:
    return f"{APPLICATIONS}{application.pk}/"


def test_the_application_list_shows_each_row_with_its_link_and_status(client, budget_holder):
    application = ApplicationFactory(submitted=True, amount_asked=Decimal("1234.50"))
    client.force_login(budget_holder)
    page = client.get(APPLICATIONS).text
    assert f'href="{url(application)}"' in page
    assert application.initiative.title in page
    assert "Samen Sterk" in page and "De Werven" in page
    assert "€ 1,234.50" in page and "sent in" in page


def test_the_application_list_pages_last_sent_first_and_filters_on_status(client, budget_holder):
    now = timezone.now()
    sent = [
        ApplicationFactory(submitted=True, submitted_at=now - timedelta(days=n)) for n in range(26)
    ]
    in_review = ApplicationFactory(in_review=True, submitted_at=now - timedelta(days=40))
    client.force_login(budget_holder)
    first = client.get(APPLICATIONS).text
    assert url(sent[0]) in first and url(sent[24]) in first
    assert url(sent[25]) not in first and "Page 1 of 2" in first
    second = client.get(APPLICATIONS + "?page=2").text
    assert url(sent[25]) in second and url(in_review) in second
    assert url(sent[0]) not in second
    only = client.get(APPLICATIONS + "?status=in_review").text
    assert url(in_review) in only and url(sent[0]) not in only
    assert "being looked at" in only


def test_the_budget_page_lists_its_grants_and_what_was_paid_out(client, budget_holder):
    waiting = granted_application()  # advance to be paid: not paid out yet
    paid = granted_application(status="advance_paid")
    Payment.objects.create(
        application=paid,
        kind=Payment.Kind.REPAYMENT,
        amount=Decimal("100.00"),
        payee_name="Wijkgoud",
        iban=paid.iban,
        status=Payment.Status.PAID,
        paid_at=timezone.now(),
    )
    client.force_login(budget_holder)
    page = client.get(f"/en/funding/budgets/{city_budget().pk}/").text
    assert url(waiting) in page and url(paid) in page
    assert "advance paid" in page and "€ 600.00" in page
    # Paid out: the one paid advance (600) less the money paid back (100).
    assert "<dt>Paid out</dt><dd>€ 500.00</dd>" in page
