import pytest
from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY
from django.urls import reverse

from wijkgoud.core.models import RoleAssignment
from wijkgoud.core.tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def new_worker(almere_haven):
    """A worker without a second factor yet."""
    return UserFactory(email="noor@example.org", roles=[(RoleAssignment.Role.WORKER, almere_haven)])


def sign_in(client, user):
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302


def test_a_worker_who_just_signed_in_sets_up_the_second_factor_without_signing_in_again(
    client, new_worker
):
    sign_in(client, new_worker)
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 200
    assert 'name="code"' in response.text


def test_a_worker_whose_sign_in_is_old_must_prove_who_they_are_again(client, new_worker):
    sign_in(client, new_worker)
    session = client.session
    for record in session[AUTHENTICATION_METHODS_SESSION_KEY]:
        record["at"] -= 3600
    session.save()
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 302
    assert "/account/reauthenticate/" in response.headers["Location"]
