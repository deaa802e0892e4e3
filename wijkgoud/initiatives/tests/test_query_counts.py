"""Pages ask the database the same number of questions whatever the amount of data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.initiatives.models import PlanSection, PlanVersion, SectionFeedback
from wijkgoud.meetings.services import set_hosted_at
from wijkgoud.meetings.tests.factories import LessonFactory, MeetingFactory

from .factories import BudgetLineFactory, InitiativeFactory, MilestoneFactory

pytestmark = pytest.mark.django_db


def grow(initiative, worker, size: int) -> None:
    """More of everything: on this initiative and on others in the same area."""
    area = initiative.areas.get()
    for n in range(size):
        other = InitiativeFactory(owner=initiative.owner, areas=[area])
        section = PlanSection.objects.create(initiative=other, key="why", text=f"Tekst {n}")
        SectionFeedback.objects.create(section=section, author=worker, text="Goed")
        initiative.team.add(UserFactory())
    for key in ("why", "goal", "budget", "planning"):
        section, _ = PlanSection.objects.get_or_create(initiative=initiative, key=key)
        for n in range(size):
            PlanVersion.objects.create(section=section, text=f"versie {n}", author=worker)
            SectionFeedback.objects.create(section=section, author=worker, text=f"Feedback {n}")
    for _n in range(size):
        BudgetLineFactory(initiative=initiative)
        MilestoneFactory(initiative=initiative)
        held = MeetingFactory(area=area)
        set_hosted_at(held, initiative, actor=held.host)
        LessonFactory(meeting=held)


def count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


PAGES = [
    lambda i: reverse("initiatives:list"),
    lambda i: reverse("initiatives:detail", args=[i.pk]),
    lambda i: reverse("initiatives:section", args=[i.pk, "why"]),
    lambda i: reverse("initiatives:section", args=[i.pk, "budget"]),
    lambda i: reverse("initiatives:section", args=[i.pk, "planning"]),
    lambda i: reverse("initiatives:section_history", args=[i.pk, "why"]),
    lambda i: reverse("initiatives:plan", args=[i.pk]),
    lambda i: "/en/dashboard/",
]


@pytest.mark.parametrize("page", range(len(PAGES)))
@pytest.mark.parametrize("who", ["owner", "worker"])
def test_the_number_of_queries_does_not_grow_with_the_data(client, initiative, worker, page, who):
    person = initiative.owner if who == "owner" else worker
    client.force_login(person)
    url = PAGES[page](initiative)
    grow(initiative, worker, 2)
    count(client, url)  # warm up: caches such as ContentType's fill on the first request
    small = count(client, url)
    grow(initiative, worker, 8)
    large = count(client, url)
    assert small == large, f"{url}: {small} queries with little data, {large} with more"
    assert large <= 25, f"{url}: {large} queries"
