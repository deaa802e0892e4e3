"""My page (the dashboard): a to-do block per role, in few queries."""

import pytest
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
def test_my_page_needs_at_most_six_queries(client, people, person, django_assert_max_num_queries):
    # session, user, roles with their areas, second factor (for the roles that need one);
    # meetings: my open actions, my upcoming meetings
    client.force_login(people[person])
    with django_assert_max_num_queries(6):
        assert client.get(reverse("core:dashboard")).status_code == 200
