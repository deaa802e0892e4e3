"""Activities at city scale: 5,000 activities, 250,000 dates, 100,000 sign-ups.

Almere Haven's buurten get a busy share (De Werven most), so the finder, an activity page
and a busy week's poster are measured on realistic numbers.
"""

import random
import secrets
from datetime import datetime, time, timedelta

from django.db.models import Count
from django.utils import timezone

from bench.data import HAVEN
from bench.measure import median_ms
from bench.pages import Page
from wijkgoud.activities.models import Activity, ActivityText, Category, Occurrence, Signup
from wijkgoud.core.models import Area, Place, RoleAssignment

ACTIVITIES = 5_000
DATES_PER_ACTIVITY = 50  # 5,000 x 50 = 250,000
SIGNUPS = 100_000
WERVEN = "BU00340102"
TITLES = {
    Category.MEETING: "Koffieochtend",
    Category.LANGUAGE: "Taalcafé",
    Category.COOKING: "Samen koken",
    Category.SPORT: "Wandelgroep",
    Category.CREATIVE: "Handwerkclub",
    Category.FAMILY: "Knutselmiddag",
    Category.PAPERWORK: "Formulierenhulp",
    Category.GARDEN: "Moestuin",
    Category.COMPUTER: "Computerhulp",
    Category.VOLUNTEERING: "Opschoondag",
}


def is_present() -> bool:
    return Activity.objects.filter(title__startswith="Bench ").exists()


def generate(rng: random.Random) -> dict:
    places = list(Place.objects.select_related("area"))
    werven = [p for p in places if p.area.cbs_code == WERVEN] or places[:1]
    haven = [p for p in places if p.area.parent and p.area.parent.cbs_code == HAVEN] or werven
    organisers = list(
        RoleAssignment.objects.filter(role="active_resident").values_list("user_id", flat=True)
    )
    today = timezone.localdate()
    activities = []
    for n in range(ACTIVITIES):
        # About 1 in 80 in De Werven, 1 in 20 elsewhere in Almere Haven, the rest in the city.
        draw = rng.random()
        place = rng.choice(werven if draw < 0.0125 else haven if draw < 0.06 else places)
        category = rng.choice(list(Category))
        start = time(rng.randrange(9, 20), rng.choice([0, 30]))
        cost = rng.choices(["free", "pay_what_you_can", "amount"], [70, 15, 15])[0]
        activities.append(
            Activity(
                title=f"Bench {TITLES[category]} {n}",
                summary="Samen iets doen met buren, iedereen is welkom.",
                description="Kom gewoon langs.\nDe koffie staat klaar.",
                category=category,
                organiser_id=rng.choice(organisers),
                area_id=place.area_id,
                place=place,
                spoken_languages=rng.choice(
                    [",nl,", ",nl,tr,", ",nl,ar,", ",nl,pl,", ",nl,en,ar,tr,"]
                ),
                cost=cost,
                price=3 if cost == "amount" else None,
                wheelchair_accessible=rng.random() < 0.6,
                capacity=rng.choice([None, 8, 12, 20, 30]),
                status=rng.choices(["published", "draft", "cancelled"], [90, 5, 5])[0],
                repeat="weekly",
                starts_on=today - timedelta(weeks=20, days=rng.randrange(7)),
                start_time=start,
                end_time=time(start.hour + 1, start.minute),
            )
        )
    activities = Activity.objects.bulk_create(activities, batch_size=2000)
    ActivityText.objects.bulk_create(
        (
            ActivityText(
                activity=a,
                language=language,
                title=f"{a.title} ({language})",
                summary="Komşularla birlikte bir şey yapmak.",
                description="Herkes davetlidir.",
            )
            for a in activities
            for language in ["tr", "ar", "en"]
            if rng.random() < 0.3
        ),
        batch_size=5000,
    )
    tz = timezone.get_current_timezone()
    Occurrence.objects.bulk_create(
        (
            Occurrence(
                activity=a,
                starts_at=datetime.combine(a.starts_on + timedelta(weeks=w), a.start_time, tz),
                ends_at=datetime.combine(a.starts_on + timedelta(weeks=w), a.end_time, tz),
                cancelled_at=timezone.now() if rng.random() < 0.02 else None,
                listed=a.status != "draft",
            )
            for a in activities
            for w in range(DATES_PER_ACTIVITY)
        ),
        batch_size=5000,
    )
    _signups(rng)
    return {
        "activities": ACTIVITIES,
        "dates": ACTIVITIES * DATES_PER_ACTIVITY,
        "sign-ups": Signup.objects.count(),
    }


def _signups(rng: random.Random) -> None:
    """Sign-ups on the coming dates, within capacity; `taken` kept in step."""
    coming = list(
        Occurrence.objects.filter(
            starts_at__gte=timezone.now(), activity__status="published"
        ).values_list("pk", "activity__capacity")
    )
    taken: dict[int, int] = {}
    signups = []
    while len(signups) < SIGNUPS:
        pk, capacity = rng.choice(coming)
        people = rng.choice([1, 1, 1, 2, 3])
        waiting = capacity is not None and taken.get(pk, 0) + people > capacity
        if not waiting:
            taken[pk] = taken.get(pk, 0) + people
        signups.append(
            Signup(
                occurrence_id=pk,
                name=f"Buur {len(signups)}",
                phone=f"06{rng.randrange(10**8):08d}" if rng.random() < 0.5 else "",
                people=people,
                status="waiting" if waiting else "confirmed",
                token=secrets.token_urlsafe(24),
            )
        )
    Signup.objects.bulk_create(signups, batch_size=5000)
    Occurrence.objects.bulk_update(
        [Occurrence(pk=pk, taken=n) for pk, n in taken.items()], ["taken"], batch_size=5000
    )


def _busy_activity() -> Activity:
    return (
        Activity.objects.filter(
            title__startswith="Bench ", status="published", area__cbs_code=WERVEN
        )
        .annotate(translations=Count("texts"))
        .order_by("-translations", "pk")
        .first()
    )


def pages() -> list[Page]:
    werven = Area.objects.get(cbs_code=WERVEN)
    activity = _busy_activity()
    return [
        Page("/nl/activities/"),
        Page(f"/tr/activities/?when=week&area={werven.pk}&language=tr&free=on"),
        Page(f"/nl/activities/{activity.pk}/"),
        Page(f"/tr/activities/{activity.pk}/"),
    ]


def timings() -> list[dict]:
    from wijkgoud.activities.poster import build_poster

    werven = Area.objects.get(cbs_code=WERVEN)
    dates = Occurrence.objects.filter(
        activity__area=werven,
        starts_at__gte=timezone.now() - timedelta(days=timezone.localdate().weekday()),
        starts_at__lt=timezone.now() + timedelta(days=7),
    ).count()

    def poster():
        build_poster(werven, "this", "nl", "tr", "A4", base_url="https://wijkgoud.example/")

    return [
        {
            "name": f"weekly poster PDF, De Werven, nl + tr ({dates} dates)",
            "median_ms": median_ms(poster, repeat=5),
            "target_ms": 1000,
        }
    ]
