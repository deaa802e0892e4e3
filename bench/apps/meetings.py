"""Meetings at city scale: 10,000 action items, and one meeting with 200 ideas and actions."""

import random
from datetime import timedelta

from django.utils import timezone

from bench.data import HAVEN, PEOPLE
from bench.pages import Page
from wijkgoud.core.models import Area, Place, RoleAssignment, User
from wijkgoud.meetings.models import ActionItem, Idea, Lesson, Meeting, Series, Signup

BIG = "Bench: a meeting with 200 ideas"
ACTIONS = 10_000
MEETINGS = 400


def is_present() -> bool:
    return Meeting.objects.filter(title=BIG).exists()


def generate(rng: random.Random) -> dict:
    now = timezone.now()
    today = timezone.localdate()
    resident = User.objects.get(email=PEOPLE["resident"][0])
    worker = User.objects.get(email=PEOPLE["worker"][0])
    organisers = list(
        User.objects.filter(
            role_assignments__role__in=[RoleAssignment.Role.ACTIVE_RESIDENT, "worker"]
        ).values_list("pk", flat=True)[:2000]
    )
    owners = list(User.objects.values_list("pk", flat=True)[:5000])
    areas = list(Area.objects.values_list("pk", flat=True))
    places = list(Place.objects.values_list("pk", flat=True)[:500])
    series = Series.objects.bulk_create(
        Series(title=f"Keukenbezoeken {n}", created_by_id=rng.choice(organisers)) for n in range(40)
    )
    meetings = Meeting.objects.bulk_create(
        Meeting(
            kind=rng.choice(Meeting.Kind.values),
            title=f"Keukenbezoek {n}",
            series=rng.choice(series),
            host_id=rng.choice(organisers),
            area_id=rng.choice(areas),
            place_id=rng.choice(places),
            starts_at=(start := now + timedelta(days=rng.randrange(-365, 60), hours=2)),
            ends_at=start + timedelta(hours=2),
            welcome_everyone=rng.random() < 0.3,
        )
        for n in range(MEETINGS)
    )
    haven = Area.objects.get(cbs_code=HAVEN)
    big = Meeting.objects.create(
        kind=Meeting.Kind.LEARNING, title=BIG, host=worker, area=haven, place_id=places[0],
        starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=1),
        notes="Bench notes\n" * 40, notes_version=1,
    )  # fmt: skip
    Signup.objects.bulk_create(
        Signup(meeting=big, user_id=pk, role="resident", added_by_id=pk, show_name=True)
        for pk in rng.sample(owners, 40)
    )
    add_signups(rng, meetings, owners)
    ideas = Idea.objects.bulk_create(
        [Idea(meeting=big, text=f"Idee {n}: samen iets doen in de buurt") for n in range(200)]
        + [Idea(meeting=rng.choice(meetings), text=f"Idee {n}") for n in range(ACTIONS // 2 - 200)],
        batch_size=2000,
    )
    actions = []
    for n in range(ACTIONS):
        idea = ideas[n] if n < 200 else rng.choice(ideas[200:])
        owner = resident.pk if n % 150 == 0 else rng.choice(owners)
        status = rng.choices(["open", "doing", "done", "dropped"], [4, 2, 3, 1])[0]
        actions.append(
            ActionItem(
                idea=idea,
                what=f"Actie {n}",
                first_step="Eerste stap zetten",
                owner_id=owner,
                due_on=today + timedelta(days=rng.randrange(-60, 90)),
                status=status,
                outcome="Gedaan" if status in ("done", "dropped") else "",
            )
        )
    ActionItem.objects.bulk_create(actions, batch_size=2000)
    Lesson.objects.bulk_create(
        Lesson(meeting=rng.choice(meetings), text=f"Les {n}: vraag wat mensen nodig hebben")
        for n in range(2000)
    )
    return {"meetings": MEETINGS + 1, "ideas": len(ideas), "actions": ACTIONS}


def add_signups(rng: random.Random, meetings: list[Meeting], people: list[int]) -> None:
    """Everyday meetings draw 5 to 15 people each, as a city's table of sign-ups holds."""
    Signup.objects.bulk_create(
        (
            Signup(meeting=meeting, user_id=pk, role="resident", added_by_id=pk)
            for meeting in meetings
            for pk in rng.sample(people, rng.randint(5, 15))
        ),
        batch_size=2000,
    )


def pages() -> list[Page]:
    big = Meeting.objects.filter(title=BIG).values_list("pk", flat=True).first()
    return [
        Page("/nl/meetings/actions/", as_user="resident"),
        Page(f"/nl/meetings/{big}/", as_user="worker"),
        Page(f"/nl/meetings/{big}/report/", as_user="worker"),
    ]


def timings() -> list[dict]:
    from django.test import RequestFactory

    from bench.measure import median_ms
    from wijkgoud.core.pdf import render_pdf
    from wijkgoud.meetings.views import _report_context

    big = Meeting.objects.get(title=BIG)
    request = RequestFactory().get("/")
    request.user = big.host
    ms = median_ms(
        lambda: render_pdf("meetings/report_pdf.html", _report_context(big), request), repeat=3
    )
    return [
        {"name": "meeting report PDF (200 ideas and actions)", "median_ms": ms, "target_ms": 5000}
    ]
