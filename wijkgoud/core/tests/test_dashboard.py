"""My page (the dashboard): a to-do block per role, in few queries."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

pytestmark = pytest.mark.django_db

BLOCKS = {
    "active_resident": ["As an active resident"],
    "worker": ["As a neighbourhood worker"],
    "budget_holder": ["As a budget holder"],
    "admin": ["As an administrator"],
    "outsider": [],
}
ALL_BLOCKS = {block for blocks in BLOCKS.values() for block in blocks}


@pytest.mark.parametrize("person", BLOCKS)
def test_my_page_shows_the_to_do_blocks_of_my_roles_only(client, people, person):
    client.force_login(people[person])
    text = client.get("/en/dashboard/").text
    assert [block for block in sorted(ALL_BLOCKS) if block in text] == BLOCKS[person]


def test_someone_without_a_role_is_told_whom_to_ask(client, outsider):
    client.force_login(outsider)
    assert "You have no role yet." in client.get("/en/dashboard/").text


def test_a_worker_sees_the_area_of_the_role(client, worker):
    client.force_login(worker)
    assert "neighbourhood worker — Almere Haven" in client.get("/en/dashboard/").text


def test_a_visitor_is_asked_to_sign_in(client):
    response = client.get(reverse("core:dashboard"))
    assert response.headers["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("person", BLOCKS)
def test_my_page_asks_as_many_queries_with_all_the_demo_data_as_without(client, people, person):
    # Core needs 4 (session, user, roles with their areas, second factor); each app's
    # section adds a fixed few, however much work there is in the areas.
    client.force_login(people[person])
    with CaptureQueriesContext(connection) as empty:
        assert client.get(reverse("core:dashboard")).status_code == 200
    call_command("load_demo", stdout=StringIO())  # every app's demo work in Almere Haven
    with CaptureQueriesContext(connection) as full:
        assert client.get(reverse("core:dashboard")).status_code == 200
    assert len(full) == len(empty) <= 16, [query["sql"] for query in full]
