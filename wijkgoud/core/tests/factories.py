import time
from functools import cache

import factory
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.conf import settings
from django.contrib.auth.hashers import make_password

from wijkgoud.core.models import Area, Place, RoleAssignment, User

PASSWORD = "a-long-test-password"
TOTP_SECRET = "JBSWY3DPEHPK3PXP"


@cache
def _hashed(password: str, hashers: tuple[str, ...]) -> str:
    return make_password(password)


def hashed_password() -> str:
    """PASSWORD, hashed once per test process: a real hash takes most of a second."""
    return _hashed(PASSWORD, tuple(settings.PASSWORD_HASHERS))


def totp_code(secret: str = TOTP_SECRET) -> str:
    """The code an authenticator app shows right now for this secret."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // mfa_settings.TOTP_PERIOD))


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["email"]
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Faker("first_name", locale="nl_NL")
    password = factory.LazyFunction(hashed_password)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        """UserFactory(roles=[("worker", area)]) gives the user those roles."""
        for role, area in extracted or []:
            RoleAssignment.objects.create(user=self, role=role, area=area)
        self.save()

    @factory.post_generation
    def totp(self, create, extracted, **kwargs):
        """UserFactory(totp=True) sets up the second factor with the test secret."""
        if extracted:
            TOTP.activate(self, TOTP_SECRET)


class AreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Area

    name = factory.Sequence(lambda n: f"Buurt {n}")
    kind = Area.Kind.NEIGHBOURHOOD
    cbs_code = factory.Sequence(lambda n: f"BU9999{n:04d}")


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place

    name = factory.Sequence(lambda n: f"Buurthuis {n}")
    street_address = factory.Sequence(lambda n: f"Werven {n + 1}")
    postcode = "1353 AB"
    area = factory.SubFactory(AreaFactory)
