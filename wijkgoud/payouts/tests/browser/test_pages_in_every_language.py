"""Every payouts page in every UI language at 320 px: no axe violations, Arabic right to left."""

import pytest
from django.conf import settings

from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.payouts.services import create_batch, export_batch
from wijkgoud.payouts.tests.factories import PayableItemFactory, PayingAccountFactory

from .test_payout_journey import signed_in_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_payouts_pages_in_every_language(
    browser, live_server, almere_haven, budget_holder, second_budget_holder
):
    PayingAccountFactory()
    PayableItemFactory(payee_name="Ayşe Yıldız")  # noqa: RUF001
    batch = create_batch([PayableItemFactory().pk], area=almere_haven, actor=second_budget_holder)
    export_batch(batch, actor=second_budget_holder)
    page = signed_in_page(browser, live_server, budget_holder)
    page.set_viewport_size({"width": 320, "height": 640})
    for code, _name in settings.LANGUAGES:
        for path in ["", "batches/", f"batches/{batch.pk}/", f"batches/{batch.pk}/confirm/"]:
            page.goto(f"/{code}/payouts/{path}")
            assert page.locator("html").get_attribute("dir") == ("rtl" if code == "ar" else "ltr")
            assert_accessible(page)
    page.context.close()
