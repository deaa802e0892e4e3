"""load_demo: the four documented accounts, safe to run again, refused in production."""

from io import StringIO

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.core.management import CommandError, call_command

from wijkgoud.core.models import Place, RoleAssignment, User
from wijkgoud.core.tests.factories import totp_code

pytestmark = pytest.mark.django_db

# As documented in README.md.
ACCOUNTS = {
    "actief@wijkgoud.example": {("active_resident", "De Werven")},
    "wijkwerker@wijkgoud.example": {("worker", "Almere Haven")},
    "budget@wijkgoud.example": {("budget_holder", "Almere Haven")},
    "beheer@wijkgoud.example": {("admin", None)},
}
WITH_SECOND_FACTOR = [
    "wijkwerker@wijkgoud.example",
    "budget@wijkgoud.example",
    "beheer@wijkgoud.example",
]


def load_demo() -> None:
    call_command("load_demo", stdout=StringIO())


def test_load_demo_creates_the_documented_accounts_with_the_demo_password():
    load_demo()
    for email, roles in ACCOUNTS.items():
        user = User.objects.get(email=email)
        assert user.check_password("wijkgoud-demo"), email
        assert {
            (r.role, r.area and r.area.name) for r in RoleAssignment.objects.filter(user=user)
        } == roles
    assert User.objects.get(email="beheer@wijkgoud.example").is_staff


@pytest.mark.parametrize("email", WITH_SECOND_FACTOR)
def test_the_demo_roles_with_personal_data_pass_totp_with_the_documented_secret(email):
    load_demo()
    authenticator = Authenticator.objects.get(user__email=email, type=Authenticator.Type.TOTP)
    assert TOTP(authenticator).validate_code(totp_code("JBSWY3DPEHPK3PXP"))


def test_the_active_resident_has_no_second_factor():
    load_demo()
    assert not Authenticator.objects.filter(user__email="actief@wijkgoud.example").exists()


def test_running_load_demo_twice_changes_nothing_and_keeps_edits():
    load_demo()
    tester = User.objects.get(email="wijkwerker@wijkgoud.example")
    tester.display_name = "Sanne (edited)"
    tester.set_password("changed-by-a-tester")
    tester.save()
    Place.objects.filter(name="Buurthuis De Werven").update(notes="Bell at the side door.")
    counts = [model.objects.count() for model in (User, RoleAssignment, Authenticator, Place)]

    load_demo()

    assert [model.objects.count() for model in (User, RoleAssignment, Authenticator, Place)] == (
        counts
    )
    tester.refresh_from_db()
    assert tester.display_name == "Sanne (edited)"
    assert tester.check_password("changed-by-a-tester")
    assert Place.objects.get(name="Buurthuis De Werven").notes == "Bell at the side door."


def test_load_demo_is_refused_with_production_settings(settings):
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="refused in production"):
        load_demo()
    assert not User.objects.filter(email__endswith="@wijkgoud.example").exists()
