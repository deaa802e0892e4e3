"""Notifications at city scale: 200,000 in the inboxes of 5,000 people; the bench resident
(Fatima) has 3,000, a third unread. Measured: her inbox, its last page, and My page (whose
nav shows the unread count from the cache)."""

import random
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from bench.data import NAMES, PEOPLE
from bench.pages import Page
from wijkgoud.activities.models import Activity
from wijkgoud.core.models import User
from wijkgoud.notifications.models import Notification

NOTIFICATIONS = 200_000
FATIMAS = 3_000
MARKER = "Bench-"  # the params' names start with it, so the data is found again


def is_present() -> bool:
    return Notification.objects.filter(params__name__startswith=MARKER).exists()


def generate(rng: random.Random) -> dict:
    now = timezone.now()
    resident = User.objects.get(email=PEOPLE["resident"][0])
    people = list(User.objects.exclude(pk=resident.pk).values_list("pk", flat=True)[:5000])
    activities = list(Activity.objects.values_list("pk", "title")[:500])
    activity_type = ContentType.objects.get_for_model(Activity)
    rows = []
    for n in range(NOTIFICATIONS):
        pk, title = rng.choice(activities)
        created_at = now - timedelta(minutes=rng.randrange(60 * 24 * 365))
        read = rng.random() < (0.66 if n < FATIMAS else 0.9)
        rows.append(
            Notification(
                recipient_id=resident.pk if n < FATIMAS else rng.choice(people),
                kind="activity.signup",
                params={"name": f"{MARKER}{rng.choice(NAMES)}", "title": title, "date": "1-12"},
                url=f"/nl/activities/{pk}/",
                content_type=activity_type,
                object_id=str(pk),
                created_at=created_at,
                read_at=created_at + timedelta(hours=1) if read else None,
                mailed_at=created_at,
            )
        )
    Notification.objects.bulk_create(rows, batch_size=5000)
    return {"notifications": NOTIFICATIONS}


def pages() -> list[Page]:
    return [
        Page("/nl/notifications/", as_user="resident"),
        Page(f"/nl/notifications/?page={FATIMAS // 20}", as_user="resident"),
    ]
