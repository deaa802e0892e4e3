"""Every expenses page, in every UI language (Arabic right to left), on a 320 px screen:
zero axe violations, and a form error shown next to its field."""

import pytest
from django.conf import settings

from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.expenses import services
from wijkgoud.expenses.receipts import CleanReceipt
from wijkgoud.expenses.tests.factories import (
    ExpenseClaimFactory,
    SpendingRequestFactory,
    jpeg_bytes,
)

from .test_claim_journey import SLOW_MACHINE_MS, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_expenses_pages_are_accessible(
    page, browser, live_server, active_resident, worker, language
):
    page.set_default_timeout(SLOW_MACHINE_MS)
    page.set_viewport_size({"width": 320, "height": 640})
    claim = ExpenseClaimFactory(claimant=active_resident, line=False)
    services.store_receipt(
        claim,
        CleanReceipt(jpeg_bytes(), "image/jpeg", "jpg", jpeg_bytes((40, 30))),
        name="bon.jpg",
        actor=active_resident,
    )
    waiting = ExpenseClaimFactory(claimant=active_resident, submitted=True, title="Taxi")
    spending = SpendingRequestFactory(requester=active_resident)
    sign_in(page.context, active_resident, live_server)
    for path in [
        "/expenses/",
        "/expenses/new/",
        f"/expenses/{claim.pk}/",
        f"/expenses/{claim.pk}/costs/new/",
        "/expenses/ask/",
        f"/expenses/ask/{spending.pk}/",
    ]:
        page.goto(f"/{language}{path}")
        assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
        assert_accessible(page)
    # A form sent empty: the messages stand next to the fields, and axe is still happy.
    page.goto(f"/{language}/expenses/{claim.pk}/costs/new/")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.locator(".errorlist").count() >= 3
    assert_accessible(page)

    context = browser.new_context(base_url=live_server.url, viewport={"width": 320, "height": 640})
    context.set_default_timeout(SLOW_MACHINE_MS)
    sign_in(context, worker, live_server)
    worker_page = context.new_page()
    for path in [
        "/expenses/approvals/",
        f"/expenses/{waiting.pk}/",
        f"/expenses/ask/{spending.pk}/",
    ]:
        worker_page.goto(f"/{language}{path}")
        assert_accessible(worker_page)
    context.close()
