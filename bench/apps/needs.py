"""Needs at city scale: 50,000 neighbours' needs over the years (most closed), 150,000 views,
2,000 helper profiles; Almere Haven's worker has a full inbox (hand-overs and new needs)."""

import random
from datetime import timedelta

from django.utils import timezone

from bench.data import HAVEN, NAMES, PEOPLE
from bench.pages import Page
from wijkgoud.core.models import Area, RoleAssignment, User
from wijkgoud.needs.models import HelperProfile, Need, NeedCategory, NeedView, WorkerNote

NEEDS = 50_000
VIEWS = 150_000
HELPERS = 2_000
MARK = "Bench: "
WORDS = [
    "Ik wil graag Nederlands oefenen.",
    "Ik ben veel alleen thuis.",
    "Ik kan de brieven die ik krijg niet lezen.",
    "Ik heb schulden en weet niet waar ik moet beginnen.",
    "Ik zoek iets voor mijn kinderen in de vakantie.",
]
LANGUAGES = ["nl", "ar", "tr", "pl", "en", "uk"]
S = Need.Status


def is_present() -> bool:
    return Need.objects.filter(words__startswith=MARK).exists()


def generate(rng: random.Random) -> dict:
    now = timezone.now()
    today = timezone.localdate()
    resident = User.objects.get(email=PEOPLE["resident"][0])
    worker = User.objects.get(email=PEOPLE["worker"][0])
    haven = Area.objects.get(cbs_code=HAVEN)
    haven_areas = [haven.pk, *haven.children.values_list("pk", flat=True)]
    areas = list(Area.objects.values_list("pk", flat=True))
    residents = list(
        User.objects.filter(role_assignments__role=RoleAssignment.Role.ACTIVE_RESIDENT).values_list(
            "pk", flat=True
        )[:3000]
    ) or [resident.pk]
    workers = list(
        User.objects.filter(role_assignments__role=RoleAssignment.Role.WORKER).values_list(
            "pk", flat=True
        )[:300]
    ) or [worker.pk]
    categories = NeedCategory.values
    needs, created_ats = [], []
    for n in range(NEEDS):
        status = rng.choices(
            [S.NEW, S.PICKED_UP, S.MATCHED, S.HANDED_OVER, S.RESOLVED, S.CLOSED],
            [3, 6, 3, 2, 6, 80],
        )[0]
        public = rng.random() < 0.4
        # Haven gets a busy share, and its worker the hand-overs.
        area = rng.choice(haven_areas) if n % 4 == 0 else rng.choice(areas)
        recorder = None if public else (resident.pk if n % 200 == 0 else rng.choice(residents))
        handed_to = (
            (worker.pk if area in haven_areas else rng.choice(workers))
            if status == S.HANDED_OVER
            else None
        )
        created = now - timedelta(days=rng.randrange(0, 1500), minutes=n)
        created_ats.append(created)
        needs.append(
            Need(
                words=f"{MARK}{rng.choice(WORDS)}",
                categories=f",{rng.choice(categories)},",
                area_id=area,
                language=rng.choice(LANGUAGES),
                name=rng.choice(NAMES),
                contact_by=Need.ContactBy.PHONE,
                phone="06 12345678",
                source=Need.Source.PUBLIC if public else Need.Source.RECORDED,
                recorded_by_id=recorder,
                assigned_to_id=recorder if status in (S.PICKED_UP, S.MATCHED) else None,
                consent_given_by=rng.choice(NAMES),
                consent_on=created.date(),
                consent_how=Need.ConsentHow.SELF if public else Need.ConsentHow.SPOKEN,
                share_with=Need.Sharing.WIJKTEAM
                if public or rng.random() < 0.7
                else Need.Sharing.ONLY_ME,
                status=status,
                handed_over_to_id=handed_to,
                handover_note="Graag even bellen." if handed_to else "",
                handed_over_at=created if handed_to else None,
                follow_up_on=today + timedelta(days=rng.randrange(-30, 60))
                if rng.random() < 0.2 and status != S.CLOSED
                else None,
                closed_at=created + timedelta(days=30) if status == S.CLOSED else None,
            )
        )
    made = Need.objects.bulk_create(needs, batch_size=2000)
    # created_at is auto_now_add: spread it over the years afterwards, in one statement per batch.
    for need, created in zip(made, created_ats, strict=True):
        need.created_at = created
    Need.objects.bulk_update(made, ["created_at"], batch_size=2000)
    ids = [need.pk for need in made]
    NeedView.objects.bulk_create(
        (NeedView(need_id=rng.choice(ids), viewer_id=rng.choice(workers)) for _ in range(VIEWS)),
        batch_size=5000,
    )
    WorkerNote.objects.bulk_create(
        (WorkerNote(need_id=rng.choice(ids), author_id=rng.choice(workers), text="Gebeld.")
         for _ in range(20_000)),
        batch_size=5000,
    )  # fmt: skip
    profiles = HelperProfile.objects.bulk_create(
        HelperProfile(
            user_id=pk,
            languages=f",nl,{rng.choice(LANGUAGES)},",
            categories=f",{rng.choice(categories)},{rng.choice(categories)},",
            offer="Ik help graag.",
        )
        for pk in rng.sample(residents, min(HELPERS, len(residents)))
    )
    through = HelperProfile.areas.through
    through.objects.bulk_create(
        through(helperprofile_id=p.pk, area_id=rng.choice(haven_areas)) for p in profiles
    )
    return {"needs": NEEDS, "views": VIEWS, "helpers": len(profiles)}


def pages() -> list[Page]:
    haven_need = (
        Need.objects.filter(
            words__startswith=MARK, status=S.HANDED_OVER, handed_over_to__email=PEOPLE["worker"][0]
        )
        .values_list("pk", flat=True)
        .first()
    )
    return [
        Page("/nl/needs/ask/"),
        Page("/nl/needs/inbox/", as_user="worker"),
        Page("/nl/needs/", as_user="worker"),
        Page(f"/nl/needs/{haven_need}/", as_user="worker"),
        Page("/nl/needs/", as_user="resident"),
    ]
