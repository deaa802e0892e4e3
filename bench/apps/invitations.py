"""Invitations at city scale: 60,000 invitations by 2,000 active residents, in chains of one
to three; the bench resident (Fatima) has 400 of them. Measured: My invitations, one
invitation's page, My page, and rendering the A6 card PDF in Arabic."""

import random
from datetime import timedelta

from django.utils import timezone

from bench.data import NAMES, PEOPLE
from bench.measure import median_ms
from bench.pages import Page
from wijkgoud.activities.models import Activity, Occurrence
from wijkgoud.core.models import RoleAssignment, User
from wijkgoud.invitations.models import Invitation

INVITATIONS = 60_000
FATIMAS = 400
MARKER = "Bench-"  # invitee names start with it, so the data is found again
OUTCOMES = ["sent", "came", "not_yet", "declined", "no_answer"]
WEIGHTS = [3, 3, 2, 1, 1]


def is_present() -> bool:
    return Invitation.objects.filter(invitee_name__startswith=MARKER).exists()


def generate(rng: random.Random) -> dict:
    now = timezone.now()
    today = timezone.localdate()
    resident = User.objects.get(email=PEOPLE["resident"][0])
    inviters = list(
        User.objects.filter(role_assignments__role=RoleAssignment.Role.ACTIVE_RESIDENT)
        .exclude(pk=resident.pk)
        .values_list("pk", flat=True)[:2000]
    )
    published = list(Activity.objects.filter(status="published").values_list("pk", flat=True))
    activities = rng.sample(published, min(300, len(published)))  # the ones people invite to
    dates = dict(
        Occurrence.objects.filter(starts_at__gte=now, activity_id__in=activities)
        .order_by("-starts_at")
        .values_list("activity_id", "pk")
    )  # the soonest date of each (the last one written wins)
    made = 0
    batch = []
    while made < INVITATIONS:
        inviter = resident.pk if made < FATIMAS else rng.choice(inviters)
        name = f"{MARKER}{rng.choice(NAMES)} {made}"
        language = rng.choices(["nl", "ar", "tr", "pl", "en"], [5, 2, 2, 1, 1])[0]
        activity = rng.choice(activities)
        # A chain: a first invitation and up to two more; the last one's outcome varies.
        length = rng.choice([1, 1, 2, 3])
        chain = []
        for step in range(length):
            last = step == length - 1
            status = rng.choices(OUTCOMES, WEIGHTS)[0] if last else "not_yet"
            invitation = Invitation(
                inviter_id=inviter, invitee_name=name, language=language, channel="card",
                activity_id=activity, occurrence_id=dates.get(activity), status=status,
                remind_on=today + timedelta(days=rng.randrange(-10, 30))
                if status == "not_yet" else None,
                came_first_time=status == "came",
            )  # fmt: skip
            chain.append(invitation)
        batch.append(chain)
        made += length
        if len(batch) >= 2000 or made >= INVITATIONS:
            _save(batch)
            batch = []
    return {"invitations": Invitation.objects.count()}


def _save(chains: list[list[Invitation]]) -> None:
    """Firsts, then each next step pointing at the one before and at the chain's start."""
    for step in range(3):
        rows = [chain[step] for chain in chains if len(chain) > step]
        for chain in chains:
            if len(chain) > step and step:
                chain[step].previous_id = chain[step - 1].pk
                chain[step].chain_start_id = chain[0].pk
        Invitation.objects.bulk_create(rows, batch_size=2000)


def pages() -> list[Page]:
    mine = (
        Invitation.objects.filter(inviter__email=PEOPLE["resident"][0])
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )
    return [
        Page("/nl/invitations/", as_user="resident"),
        Page(f"/nl/invitations/{mine}/", as_user="resident"),
        Page("/nl/dashboard/", as_user="resident"),
    ]


def timings() -> list[dict]:
    from wijkgoud.invitations import cards

    invitation = (
        Invitation.objects.filter(inviter__email=PEOPLE["resident"][0])
        .select_related("inviter", "activity__place", "occurrence")
        .first()
    )
    invitation.language = "ar"
    ms = median_ms(lambda: cards.card_pdf(invitation, "https://bench.wijkgoud.example/"), repeat=5)
    return [{"name": "invitation card PDF (A6, Arabic)", "median_ms": ms, "target_ms": 1000}]
