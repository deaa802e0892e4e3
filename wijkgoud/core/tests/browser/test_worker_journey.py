"""A new worker signs in with a code by e-mail, must set up a second step, then works."""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail

from wijkgoud.core.models import RoleAssignment
from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.core.tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def current_totp_code(secret: str) -> str:
    """What the worker's authenticator app would show now (allauth's own HOTP maths)."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // mfa_settings.TOTP_PERIOD))


def code_from_last_mail() -> str:
    """The sign-in code from the newest mail, as the worker would read it."""
    body = mail.outbox[-1].body
    return re.search(r"^\s*([A-Z0-9]{3,}(?:-[A-Z0-9]+)*)\s*$", body, re.MULTILINE).group(1)


def test_a_worker_signs_in_by_code_and_sets_up_a_second_step_first(page, almere_haven):
    worker = UserFactory(
        email="noor@example.org",
        display_name="Noor",
        roles=[(RoleAssignment.Role.WORKER, almere_haven)],
    )
    # As after sign-up: the address is known and confirmed, so codes may go there.
    EmailAddress.objects.create(user=worker, email=worker.email, primary=True, verified=True)
    mail.outbox.clear()

    page.goto("/en/account/login/code/")
    assert_accessible(page)
    page.locator("input[name=email]").fill(worker.email)
    page.locator("main form button[type=submit]").first.click()

    page.wait_for_url("**/account/login/code/confirm/")
    assert_accessible(page)
    # The mail is sent by the live server thread in this same process (locmem backend).
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [worker.email]
    page.locator("input[name=code]").fill(code_from_last_mail())
    page.locator("main form button[type=submit]").first.click()

    # The dashboard is not shown: first the second step. Having just signed in, the
    # worker is not asked to prove who they are once more.
    page.wait_for_url("**/account/2fa/totp/activate/")
    assert "/dashboard/" not in page.url
    assert page.locator(".messages").is_visible()
    assert_accessible(page)
    secret = page.locator("#authenticator_secret").input_value()
    assert re.fullmatch(r"[A-Z2-7]{16,}", secret)
    page.locator("input[name=code]").fill(current_totp_code(secret))
    page.locator("main form button[type=submit]").first.click()

    page.wait_for_url(re.compile(r"/account/2fa/"))
    assert "/totp/activate/" not in page.url
    assert_accessible(page)
    assert Authenticator.objects.filter(user=worker, type=Authenticator.Type.TOTP).exists()

    page.locator("nav.site-nav a[href='/en/dashboard/']").click()
    page.wait_for_url("**/en/dashboard/")
    assert "Noor" in page.locator("h1").inner_text()
    assert page.locator("#todo-worker").is_visible()
    assert_accessible(page)
