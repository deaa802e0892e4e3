"""The organiser's block on My page."""

import pytest

from .factories import SignupFactory

pytestmark = pytest.mark.django_db


def test_the_organiser_sees_the_next_dates_and_how_many_are_coming(client, activity):
    SignupFactory(occurrence=activity.occurrences.order_by("starts_at").first(), people=3)
    activity.occurrences.filter(pk=activity.occurrences.order_by("starts_at").first().pk).update(
        taken=3
    )
    client.force_login(activity.organiser)
    text = client.get("/en/dashboard/").text
    assert "Your activities" in text
    assert "3 people coming" in text and text.count("Koffieochtend") == 5


def test_people_who_do_not_organise_see_no_activities_block(client, outsider, budget_holder):
    for person in [outsider, budget_holder]:
        client.force_login(person)
        assert "Your activities" not in client.get("/en/dashboard/").text


def test_the_block_costs_the_same_queries_with_more_activities(
    client, activity, django_assert_max_num_queries
):
    client.force_login(activity.organiser)
    with django_assert_max_num_queries(30) as few:
        client.get("/en/dashboard/")
    from .factories import ActivityFactory

    for _n in range(5):
        ActivityFactory(organiser=activity.organiser, place=activity.place, area=activity.area)
    with django_assert_max_num_queries(30) as more:
        client.get("/en/dashboard/")
    assert len(few.captured_queries) == len(more.captured_queries)
