"""On a phone: an active resident claims 34 km and a photographed childcare receipt; a
worker approves. (The payouts journey goes on from here to "paid".)"""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils.timezone import localdate
from PIL import Image

from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.expenses.models import ExpenseClaim
from wijkgoud.expenses.tests.factories import jpeg_bytes
from wijkgoud.payouts.models import PayableItem

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PHONE = {"width": 360, "height": 740}
# A shared CI machine can be slow to decode and re-encode a phone photo.
SLOW_MACHINE_MS = 30_000


def go(page, selector: str) -> None:
    """Click, then wait for the next page: a busy machine may take a while on a photo."""
    with page.expect_navigation(timeout=30_000):
        page.locator(selector).click()


def sign_in(context, user, live_server) -> None:
    """A signed-in session cookie, as after signing in (the sign-in itself is core's test)."""
    client = Client()
    # Resolving any URL imports every app's views (WeasyPrint, Pillow, schwifty) here,
    # not in the live server's first request, which a loaded machine may time out on.
    client.get("/health/")
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])


def photographed_receipt(tmp_path):
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (52.0, 20.0, 10.0), 3: "E", 4: (5.0, 13.0, 5.0)})
    path = tmp_path / "IMG_3012.jpg"
    path.write_bytes(jpeg_bytes(size=(1200, 1600), exif=exif.tobytes()))
    return path


def test_a_resident_claims_km_and_childcare_and_a_worker_approves(
    page, browser, live_server, active_resident, worker, tmp_path
):
    page.set_default_timeout(SLOW_MACHINE_MS)
    page.set_viewport_size(PHONE)
    sign_in(page.context, active_resident, live_server)
    yesterday = (localdate() - timedelta(days=1)).isoformat()

    page.goto("/nl/expenses/")
    assert_accessible(page)
    go(page, "main a[href='/nl/expenses/new/']")
    assert_accessible(page)
    page.locator("input[name=title]").fill("Buurtvergadering oktober")
    page.locator("input[name=iban]").fill("NL91 ABNA 0417 1643 00")
    page.locator("input[name=account_holder]").fill("Fatima Amrani")
    go(page, "main form button[type=submit]")

    # 34 km by car: no receipt needed, the amount is worked out.
    assert page.url.endswith("/costs/new/")
    assert_accessible(page)
    page.locator("select[name=category]").select_option("car_km")
    page.locator("input[name=spent_on]").fill(yesterday)
    page.locator("input[name=km]").fill("34")
    page.locator("input[name=description]").fill("Auto naar het wijkcentrum en terug")
    page.locator("input[name=purpose]").fill("Buurtvergadering")
    go(page, "main form button[type=submit]")
    assert re.search(r"/nl/expenses/\d+/$", page.url)
    assert "7,82" in page.locator("main").inner_text()
    assert_accessible(page)

    # Childcare, with a photo from the phone (it carries GPS).
    go(page, "main a[href$='/costs/new/']")
    page.locator("select[name=category]").select_option("childcare")
    page.locator("input[name=spent_on]").fill(yesterday)
    page.locator("input[name=amount]").fill("25,00")
    page.locator("input[name=description]").fill("Oppas voor twee kinderen")
    page.locator("input[name=purpose]").fill("Buurtvergadering")
    page.locator("input[name=receipts]").set_input_files(photographed_receipt(tmp_path))
    go(page, "main form button[type=submit]")
    assert re.search(r"/nl/expenses/\d+/$", page.url)
    assert page.locator(".receipts img").count() == 1
    assert "32,82" in page.locator("main").inner_text()
    assert_accessible(page)

    go(page, "form[action$='/send/'] button")
    claim = ExpenseClaim.objects.get()
    assert claim.status == "submitted"
    assert "verstuurd, wacht op een besluit" in page.locator(".claim-status").inner_text()
    receipt = claim.receipts.get()
    assert not Image.open(receipt.file.path).getexif()  # the GPS is gone
    assert_accessible(page)

    # The worker, on a phone too.
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", viewport=PHONE)
    context.set_default_timeout(SLOW_MACHINE_MS)
    sign_in(context, worker, live_server)
    worker_page = context.new_page()
    worker_page.goto("/nl/expenses/approvals/")
    assert_accessible(worker_page)
    go(worker_page, f"main a[href='/nl/expenses/{claim.pk}/']")
    assert worker_page.locator(".receipts img").is_visible()
    assert_accessible(worker_page)
    worker_page.locator("input[name=decision][value=approve]").check()
    go(worker_page, "form[action$='/decide/'] button")
    assert worker_page.url.endswith("/nl/expenses/approvals/")
    assert_accessible(worker_page)
    context.close()

    claim.refresh_from_db()
    assert (claim.status, claim.decided_by, claim.total) == ("approved", worker, claim.total)
    assert PayableItem.objects.get().amount == claim.total
    page.reload()
    assert "goedgekeurd, wordt betaald" in page.locator(".claim-status").inner_text()
