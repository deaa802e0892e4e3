"""Demo data for Almere Haven: the documented demo accounts and a few places."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP

from .models import Area, Place, RoleAssignment, User
from .permissions import must_use_second_factor

PASSWORD = "wijkgoud-demo"
TOTP_SECRET = "JBSWY3DPEHPK3PXP"  # documented in the README, for any authenticator app
Role = RoleAssignment.Role

ACCOUNTS = [
    # e-mail, name, roles (role, area code or None), staff
    ("actief@wijkgoud.example", "Fatima", [(Role.ACTIVE_RESIDENT, "BU00340102")], False),
    ("wijkwerker@wijkgoud.example", "Sanne", [(Role.WORKER, "WK003401")], False),
    ("budget@wijkgoud.example", "Mehmet", [(Role.BUDGET_HOLDER, "WK003401")], False),
    ("beheer@wijkgoud.example", "Beheer", [(Role.ADMIN, None)], True),
]

PLACES = [
    ("Buurthuis De Werven", "Werven 12", "1353 AB", "BU00340102", True),
    ("Wijkcentrum Haven", "Sluis 2", "1357 NZ", "BU00340101", True),
    ("Speeltuin De Meenten", "Meenten 40", "1353 CK", "BU00340104", False),
]


def load() -> None:
    """Create what is missing; never overwrite what a tester changed."""
    for email, name, roles, staff in ACCOUNTS:
        user, created = User.objects.get_or_create(
            email=email, defaults={"display_name": name, "is_staff": staff, "is_superuser": staff}
        )
        if created:
            user.set_password(PASSWORD)
            user.save(update_fields=["password"])
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        for role, code in roles:
            area = Area.objects.get(cbs_code=code) if code else None
            RoleAssignment.objects.get_or_create(user=user, role=role, area=area)
        if (
            must_use_second_factor(user)
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            TOTP.activate(user, TOTP_SECRET)
    for name, street, postcode, code, wheelchair in PLACES:
        Place.objects.get_or_create(
            name=name,
            defaults={
                "street_address": street,
                "postcode": postcode,
                "area": Area.objects.get(cbs_code=code),
                "wheelchair_accessible": wheelchair,
            },
        )
