"""Write the bench data set: bulk_create in one transaction, from a fixed seed.

Two runs with the same counts and seed hold the same data.
"""

import random
from datetime import timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wijkgoud.core.models import Area, AuditEvent, Place, RoleAssignment, User

from .data import (
    DOMAIN,
    LANGUAGE_WEIGHTS,
    NAMES,
    OTHER_DISTRICTS,
    PEOPLE,
    PLACE_KINDS,
    STREETS,
    TOTP_SECRET,
    Counts,
)

Role = RoleAssignment.Role


def is_present() -> bool:
    return User.objects.filter(email=PEOPLE["worker"][0]).exists()


def current_counts() -> Counts:
    return Counts(
        users=User.objects.count(),
        places=Place.objects.count(),
        buurten=Area.objects.filter(kind=Area.Kind.NEIGHBOURHOOD).count(),
        events=AuditEvent.objects.count(),
    )


@transaction.atomic
def generate(counts: Counts, seed: int = 2019) -> Counts:
    """Fill an empty, migrated database; returns what it holds afterwards."""
    rng = random.Random(seed)
    buurten = _areas(counts.buurten)
    users = _users(rng, counts.users - len(PEOPLE))
    _roles(users, buurten)
    places = _places(rng, counts.places, buurten)
    _events(rng, counts.events, users, places)
    return current_counts()


def _areas(how_many: int) -> list[Area]:
    districts = Area.objects.bulk_create(
        Area(name=name, kind=Area.Kind.DISTRICT) for name in OTHER_DISTRICTS
    )
    Area.objects.bulk_create(
        Area(
            name=f"{districts[n % len(districts)].name} buurt {n // len(districts) + 1}",
            kind=Area.Kind.NEIGHBOURHOOD,
            parent=districts[n % len(districts)],
        )
        for n in range(how_many)
    )
    return list(Area.objects.filter(kind=Area.Kind.NEIGHBOURHOOD))


def _users(rng: random.Random, how_many: int) -> list[User]:
    # One hash for everyone: hashing 20,000 passwords would take minutes.
    password = make_password(None)
    languages, weights = zip(*LANGUAGE_WEIGHTS.items(), strict=True)
    now = timezone.now()
    people = [
        User(email=email, display_name=name, password=password)
        for email, name, _role, _area in PEOPLE.values()
    ]
    people += (
        User(
            email=f"person{n}@{DOMAIN}",
            display_name=rng.choice(NAMES),
            preferred_language=rng.choices(languages, weights)[0],
            phone=f"06{rng.randrange(10**8):08d}" if rng.random() < 0.4 else "",
            password=password,
            date_joined=now - timedelta(days=rng.randrange(3 * 365)),
        )
        for n in range(how_many)
    )
    users = User.objects.bulk_create(people, batch_size=2000)
    EmailAddress.objects.bulk_create(
        (EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users),
        batch_size=2000,
    )
    return users


def _roles(users: list[User], buurten: list[Area]) -> None:
    areas = {area.cbs_code: area for area in Area.objects.filter(cbs_code__isnull=False)}
    roles = [
        RoleAssignment(user=user, role=role, area=areas[code] if code else None)
        for user, (_email, _name, role, code) in zip(users, PEOPLE.values(), strict=False)
    ]
    others = users[len(PEOPLE) :]
    # About 1 in 25 people is an active resident; two workers per buurt; one budget
    # holder per wijk; three administrators.
    residents = others[: len(others) // 25]
    workers = others[len(residents) : len(residents) + 2 * len(buurten)]
    holders = others[len(residents) + len(workers) :][: len(OTHER_DISTRICTS)]
    roles += [RoleAssignment(user=u, role=Role.ACTIVE_RESIDENT) for u in residents]
    roles += [
        RoleAssignment(user=u, role=Role.WORKER, area=buurten[n // 2])
        for n, u in enumerate(workers)
    ]
    districts = list(Area.objects.filter(kind=Area.Kind.DISTRICT, parent=None))
    roles += [
        RoleAssignment(user=u, role=Role.BUDGET_HOLDER, area=d)
        for u, d in zip(holders, districts, strict=False)
    ]
    admins = others[-3:]
    roles += [RoleAssignment(user=u, role=Role.ADMIN) for u in admins]
    RoleAssignment.objects.bulk_create(roles, batch_size=2000)
    for user in [*users[1 : len(PEOPLE)], *workers, *holders, *admins]:
        TOTP.activate(user, TOTP_SECRET)


def _places(rng: random.Random, how_many: int, buurten: list[Area]) -> list[Place]:
    letters = "ABCDEGHJKLMNPRTVWXZ"
    return Place.objects.bulk_create(
        (
            Place(
                name=f"{rng.choice(PLACE_KINDS)} {rng.choice(STREETS)} {n + 1}",
                street_address=f"{rng.choice(STREETS)} {rng.randrange(1, 200)}",
                postcode=f"13{rng.randrange(10, 65)} {rng.choice(letters)}{rng.choice(letters)}",
                area=rng.choice(buurten),
                wheelchair_accessible=rng.random() < 0.7,
            )
            for n in range(how_many)
        ),
        batch_size=2000,
    )


def _events(rng: random.Random, how_many: int, users: list[User], places: list[Place]) -> None:
    user_type = ContentType.objects.get_for_model(User)
    place_type = ContentType.objects.get_for_model(Place)
    events = []
    for _n in range(how_many):
        if places and rng.random() < 0.3:
            subject, content_type, action = rng.choice(places), place_type, "place.changed"
        else:
            subject, content_type, action = rng.choice(users), user_type, "user.joined"
        events.append(
            AuditEvent(
                content_type=content_type,
                object_id=str(subject.pk),
                action=action,
                actor=rng.choice(users),
                data={"bench": True},
            )
        )
    AuditEvent.objects.bulk_create(events, batch_size=2000)
