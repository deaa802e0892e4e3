"""Error pages in the user's language, security headers, and sign-in rate limits."""

import pytest
from django.contrib.contenttypes.models import ContentType

from wijkgoud.core.models import Area
from wijkgoud.core.tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_the_404_page_is_in_the_users_language_and_arabic_reads_right_to_left(client):
    arabic = client.get("/ar/no-such-page/")
    assert arabic.status_code == 404
    assert '<html lang="ar" dir="rtl">' in arabic.text
    assert "لا نستطيع أن نجد هذه الصفحة" in arabic.text

    english = client.get("/en/no-such-page/")
    assert '<html lang="en" dir="ltr">' in english.text
    assert "We cannot find this page" in english.text


def test_the_403_page_is_in_the_users_language(client, outsider, almere_haven):
    area_type = ContentType.objects.get_for_model(Area)
    client.force_login(outsider)
    response = client.get(f"/en/history/{area_type.pk}/{almere_haven.pk}/")
    assert response.status_code == 403
    assert "You may not open this page" in response.text


@pytest.mark.urls("wijkgoud.core.tests.urls_with_error")
@pytest.mark.parametrize(
    ("language", "sentence"), [("en", "Something went wrong on our side"), ("ar", 'dir="rtl"')]
)
def test_a_crash_shows_the_friendly_500_page(client, language, sentence):
    client.raise_request_exception = False
    response = client.get(f"/{language}/broken/")
    assert response.status_code == 500
    assert sentence in response.text
    assert "RuntimeError" not in response.text


@pytest.mark.parametrize("url", ["/nl/", "/en/account/login/", "/health/"])
def test_pages_carry_a_strict_content_security_policy(client, url):
    policy = client.get(url).headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert "'unsafe-inline'" not in policy
    assert "'unsafe-eval'" not in policy
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"


def test_pages_refuse_framing_and_content_sniffing(client):
    headers = client.get("/nl/").headers
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"


def sign_in(client, email: str, password: str):
    return client.post("/en/account/login/", {"login": email, "password": password})


def test_after_five_wrong_passwords_even_the_right_one_is_refused(client, outsider):
    for _attempt in range(5):
        assert "are not correct" in sign_in(client, outsider.email, "wrong").text

    response = sign_in(client, outsider.email, PASSWORD)

    assert "Too many failed login attempts" in response.text
    assert "_auth_user_id" not in client.session


def test_another_account_can_still_sign_in_from_the_same_address(client, outsider, active_resident):
    for _attempt in range(5):
        sign_in(client, outsider.email, "wrong")
    assert sign_in(client, active_resident.email, PASSWORD).status_code == 302


def test_a_flood_of_sign_in_attempts_gets_the_friendly_429_page(client):
    responses = [sign_in(client, f"nobody{n}@example.org", "wrong") for n in range(31)]
    assert [r.status_code for r in responses[:30]] == [200] * 30
    assert responses[30].status_code == 429
    assert "Please wait a moment" in responses[30].text
