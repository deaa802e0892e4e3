"""The second factor: workers, budget holders and admins set up TOTP before anything else."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wijkgoud.core.models import RoleAssignment
from wijkgoud.core.services import record_event
from wijkgoud.core.tests.factories import PASSWORD, PlaceFactory, UserFactory, totp_code

pytestmark = pytest.mark.django_db
Role = RoleAssignment.Role


@pytest.fixture
def without_totp(almere_haven) -> dict:
    """The roles that need a second factor, before they have set one up."""
    return {
        "worker": UserFactory(roles=[(Role.WORKER, almere_haven)]),
        "budget_holder": UserFactory(roles=[(Role.BUDGET_HOLDER, almere_haven)]),
        "admin": UserFactory(is_staff=True, is_superuser=True, roles=[(Role.ADMIN, None)]),
    }


@pytest.fixture
def history_url(almere_haven) -> str:
    place = PlaceFactory(area=almere_haven)
    record_event(place, "place.created", actor=None)
    return reverse("core:history", args=[ContentType.objects.get_for_model(place).pk, place.pk])


@pytest.mark.parametrize("role", ["worker", "budget_holder", "admin"])
@pytest.mark.parametrize("page", ["dashboard", "history", "admin"])
def test_a_role_with_personal_data_is_sent_to_set_up_totp_first(
    client, without_totp, history_url, role, page
):
    url = {"dashboard": reverse("core:dashboard"), "history": history_url}.get(
        page, reverse("admin:index")
    )
    client.force_login(without_totp[role])
    response = client.get(url)
    assert response.status_code == 302
    assert response.headers["Location"] == reverse("mfa_activate_totp")


def test_the_redirect_explains_why_in_the_users_language(client, without_totp):
    client.force_login(without_totp["worker"])
    response = client.get("/en/dashboard/", follow=True)
    assert "First set up a second step for signing in." in response.text


@pytest.mark.parametrize("person", ["active_resident", "outsider"])
def test_people_without_such_a_role_need_no_second_factor(client, people, person):
    client.force_login(people[person])
    assert client.get(reverse("core:dashboard")).status_code == 200


@pytest.mark.parametrize(
    "url_name",
    [
        "health",
        "core:home",
        "core:accessibility",
        "core:privacy",
        "account_email",
        "account_change_password",
        "account_logout",
        "mfa_index",
    ],
)
def test_public_and_account_pages_stay_open_before_totp_is_set_up(client, without_totp, url_name):
    client.force_login(without_totp["worker"])
    assert client.get(reverse(url_name)).status_code == 200


def test_the_totp_set_up_page_itself_is_not_a_redirect_loop(client, without_totp):
    client.force_login(without_totp["budget_holder"])
    response = client.get(reverse("mfa_activate_totp"))
    # allauth asks for the password again first; that is not our redirect
    assert response.headers["Location"].startswith(reverse("account_reauthenticate"))


def test_a_session_signed_in_with_the_second_factor_is_not_asked_again(client, almere_haven):
    worker = UserFactory(roles=[(Role.WORKER, almere_haven)], totp=True)
    client.post(reverse("account_login"), {"login": worker.email, "password": PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("core:dashboard")).status_code == 200
    assert not [query for query in queries if "mfa_authenticator" in query["sql"]]

    other = Client()  # a session that did not pass the code: the database is asked
    other.force_login(worker)
    with CaptureQueriesContext(connection) as queries:
        assert other.get(reverse("core:dashboard")).status_code == 200
    assert [query for query in queries if "mfa_authenticator" in query["sql"]]


def test_after_setting_up_totp_a_worker_gets_through(client, without_totp):
    worker = without_totp["worker"]
    client.post(reverse("account_login"), {"login": worker.email, "password": PASSWORD})
    assert client.get(reverse("core:dashboard")).status_code == 302
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})  # allauth asks first

    form = client.get(reverse("mfa_activate_totp")).context["form"]
    response = client.post(reverse("mfa_activate_totp"), {"code": totp_code(form.secret)})

    assert response.status_code == 302, response.context["form"].errors
    assert worker.authenticator_set.filter(type="totp").exists()
    assert client.get(reverse("core:dashboard")).status_code == 200
