"""The expenses journey goes on: a budget holder exports a batch, another confirms it, and
the resident sees "paid". On a phone, with axe on every page."""

import pytest
from django.test import Client
from django.utils import translation

from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.expenses.models import ExpenseClaim
from wijkgoud.expenses.services import decide_claim
from wijkgoud.expenses.tests.factories import ExpenseClaimFactory
from wijkgoud.payouts.models import PayableItem, PayoutBatch
from wijkgoud.payouts.sepa import validate_xml
from wijkgoud.payouts.tests.factories import PayingAccountFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PHONE = {"width": 360, "height": 740}


def signed_in_page(browser, live_server, user):
    client = Client()
    client.force_login(user)
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport=PHONE)
    context.set_default_timeout(10_000)
    cookie = client.cookies["sessionid"].value
    context.add_cookies([{"name": "sessionid", "value": cookie, "url": live_server.url}])
    return context.new_page()


def test_a_budget_holder_exports_another_confirms_and_the_resident_sees_paid(
    page, browser, live_server, active_resident, worker, budget_holder, second_budget_holder
):
    PayingAccountFactory()
    claim = ExpenseClaimFactory(submitted=True, claimant=active_resident, total="32.82")
    decide_claim(claim, actor=worker, decision="approve")
    item = PayableItem.objects.get()

    # Mehmet makes a batch of the waiting payment and exports it.
    mehmet = signed_in_page(browser, live_server, budget_holder)
    mehmet.goto("/nl/payouts/")
    assert "32,82" in mehmet.locator("main").inner_text()
    assert mehmet.locator(f"#item-{item.pk}").is_checked()
    assert "32,82" in mehmet.locator("[data-chosen-total]").inner_text()  # payouts.js
    assert_accessible(mehmet)
    mehmet.locator("main form button[type=submit]").click()
    mehmet.wait_for_url("**/payouts/batches/*/")
    batch = PayoutBatch.objects.get()
    assert_accessible(mehmet)
    mehmet.locator(f"main a[href$='/batches/{batch.pk}/export/']").click()
    mehmet.wait_for_url("**/export/")
    assert mehmet.locator("input[value='pain.001.001.03']").is_checked()
    assert_accessible(mehmet)
    mehmet.locator("main form button[type=submit]").click()
    mehmet.wait_for_url(f"**/payouts/batches/{batch.pk}/")
    assert_accessible(mehmet)
    with mehmet.expect_download() as download:
        mehmet.locator("main a[href$='/sepa.xml']").click()
    content = open(download.value.path(), "rb").read()  # noqa: SIM115
    validate_xml(content, "pain.001.001.03")
    assert b"<CtrlSum>32.82</CtrlSum>" in content
    # Mehmet exported it, so he is not the one to confirm it.
    assert mehmet.locator("main a[href$='/confirm/']").count() == 0
    mehmet.context.close()

    # Ayşe sees it on her page and confirms the bank has paid.
    ayse = signed_in_page(browser, live_server, second_budget_holder)
    ayse.goto("/nl/dashboard/")
    assert_accessible(ayse)
    ayse.locator(f"main a[href$='/batches/{batch.pk}/confirm/']").click()
    ayse.wait_for_url("**/confirm/")
    assert_accessible(ayse)
    ayse.locator("main form button[type=submit]").click()
    ayse.wait_for_url(f"**/payouts/batches/{batch.pk}/")
    assert_accessible(ayse)
    ayse.context.close()

    claim.refresh_from_db()
    assert claim.status == ExpenseClaim.Status.PAID
    with translation.override("nl"):
        paid = str(ExpenseClaim.Status.PAID.label)
    # Fatima sees her claim is paid.
    page.set_viewport_size(PHONE)
    client = Client()
    client.force_login(active_resident)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.goto(f"/nl/expenses/{claim.pk}/")
    assert paid in page.locator(".claim-status").inner_text()
    assert_accessible(page)
