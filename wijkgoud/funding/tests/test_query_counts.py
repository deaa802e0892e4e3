"""The busy pages need the same number of queries with 3 applications or 30."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from .factories import ApplicationFactory, city_budget, granted_application

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def grow(how_many: int, worker) -> None:
    for n in range(how_many):
        granted_application(show_publicly=True)
        ApplicationFactory(advised=True, advisor=worker) if n % 2 else ApplicationFactory(
            submitted=True
        )


PAGES = {
    "budget_holder": [
        lambda: reverse("funding:applications"),
        lambda: reverse("funding:applications") + "?status=in_review",
        lambda: reverse("funding:budget", args=[city_budget().pk]),
        lambda: reverse("funding:budgets"),
        lambda: reverse("core:dashboard"),
    ],
    "worker": [lambda: reverse("core:dashboard"), lambda: reverse("funding:applications")],
    "anonymous": [lambda: reverse("funding:transparency")],
}


@pytest.mark.parametrize(
    ("who", "page"), [(who, n) for who, pages in PAGES.items() for n in range(len(pages))]
)
def test_a_page_needs_as_many_queries_for_3_applications_as_for_30(
    client, people, who, page, django_assert_max_num_queries
):
    if people[who]:
        client.force_login(people[who])
    grow(3, people["worker"])
    url = PAGES[who][page]()
    small = queries(client, url)
    grow(27, people["worker"])
    with django_assert_max_num_queries(small):
        client.get(url)
    assert small <= 14


def test_the_application_page_needs_the_same_queries_with_many_questions(client, budget_holder):
    application = granted_application()
    client.force_login(budget_holder)
    url = application.get_absolute_url()
    small = queries(client, url)
    for n in range(10):
        application.questions.create(asked_by=budget_holder, text=f"Vraag {n}")
    assert queries(client, url) == small
