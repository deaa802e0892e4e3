import pytest

from wijkgoud.initiatives import dashboard

from .factories import InitiativeFactory

pytestmark = pytest.mark.django_db


def test_an_active_resident_sees_their_initiatives_with_the_next_step(login, initiative):
    InitiativeFactory(owner=initiative.owner, title="Klaar", finished=True)
    text = login(initiative.owner).get("/en/dashboard/").text
    assert "Your initiatives" in text
    assert "Samen wandelen" in text
    assert "Start with the first part" in text
    assert "Klaar" not in text  # finished ones need nothing
    assert "Start a new initiative" in text


def test_the_money_page_is_linked_only_when_the_funding_app_has_it(login, initiative, monkeypatch):
    def our_section() -> str:
        text = login(initiative.owner).get("/en/dashboard/").text
        return text.split('id="todo-initiatives"')[1].split("</section>")[0]

    monkeypatch.setattr(dashboard, "money_page_url", lambda: "/en/funding/money/")
    assert 'href="/en/funding/money/"' in our_section()
    monkeypatch.setattr(dashboard, "money_page_url", lambda: None)
    assert "Money for your idea" not in our_section()


def test_a_worker_sees_how_many_plans_are_in_their_areas(login, initiative, worker):
    InitiativeFactory(running=True, areas=[initiative.areas.get()])
    text = login(worker).get("/en/dashboard/").text
    assert "1 initiative in your areas is an idea or a plan." in text


def test_someone_without_initiatives_or_role_gets_no_section(login, outsider):
    assert "Your initiatives" not in login(outsider).get("/en/dashboard/").text


@pytest.mark.parametrize(
    ("person", "extra"),
    [("active_resident", 2), ("worker", 1), ("budget_holder", 0), ("admin", 0), ("outsider", 0)],
)
def test_our_part_of_my_page_costs_few_queries(client, people, initiative, person, extra):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(people[person])
    client.get("/en/dashboard/")  # warm up

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            client.get("/en/dashboard/")
        return len(captured)

    with_us = queries()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dashboard, "sections", lambda request: [])
        without_us = queries()
    assert with_us - without_us == extra
