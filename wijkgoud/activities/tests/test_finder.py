"""The public finder: no account, filters as a GET form, soonest first, few queries."""

from datetime import date, time, timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone

from wijkgoud.activities.models import Activity, Category
from wijkgoud.core.models import Area
from wijkgoud.core.tests.factories import PlaceFactory

from .factories import ActivityFactory, ActivityTextFactory

pytestmark = pytest.mark.django_db
URL = "/nl/activities/"
MONDAY = date(2026, 11, 2)


@pytest.fixture(autouse=True)
def _monday_morning():
    with time_machine.travel(timezone.make_aware(timezone.datetime(2026, 11, 2, 8, 0)), tick=False):
        yield


@pytest.fixture
def de_meenten(almere_haven):
    return Area.objects.get(cbs_code="BU00340104")


def once(title, day, area, **fields):
    place = PlaceFactory(area=area)
    return ActivityFactory(
        title=title, repeat="once", starts_on=day, ends_on=None, place=place, area=area, **fields
    )


def titles(response) -> list[str]:
    return [o.activity.title for o in response.context["dates"]]


def test_a_visitor_sees_coming_dates_soonest_first(client, de_werven):
    once("Later", MONDAY + timedelta(days=3), de_werven)
    once("Sooner", MONDAY + timedelta(days=1), de_werven)
    once("Over", MONDAY - timedelta(days=1), de_werven)
    response = client.get("/en/activities/")
    assert response.status_code == 200
    assert titles(response) == ["Sooner", "Later"]
    assert "Tuesday 3 November" in response.text


def test_drafts_are_not_shown_and_a_cancelled_date_shows_as_cancelled(client, de_werven):
    once("Concept", MONDAY, de_werven, status=Activity.Status.DRAFT)
    cancelled = once("Gaat niet door", MONDAY, de_werven)
    cancelled.occurrences.update(cancelled_at=timezone.now())
    response = client.get("/en/activities/")
    assert titles(response) == ["Gaat niet door"]
    assert "Cancelled" in response.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("when=today", ["Vandaag"]),
        ("when=week", ["Vandaag", "Zondag"]),
        ("category=language", ["Taalcafé"]),
        ("language=tr", ["Zondag"]),
        ("free=on", ["Vandaag", "Zondag", "Taalcafé"]),
        ("wheelchair=on", ["Zondag"]),
    ],
)
def test_the_filters_narrow_the_list(client, de_werven, query, expected):
    once("Vandaag", MONDAY, de_werven)
    once(
        "Zondag",
        MONDAY + timedelta(days=6),
        de_werven,
        spoken_languages=",nl,tr,",
        wheelchair_accessible=True,
    )
    once("Taalcafé", MONDAY + timedelta(days=8), de_werven, category=Category.LANGUAGE)
    once("Betaald", MONDAY + timedelta(days=9), de_werven, cost="amount", price=3)
    assert titles(client.get(f"{URL}?{query}")) == expected


def test_an_area_filter_finds_its_buurten_too(client, almere_haven, de_werven, de_meenten):
    once("Werven", MONDAY, de_werven)
    once("Meenten", MONDAY, de_meenten)
    assert titles(client.get(f"{URL}?area={de_werven.pk}")) == ["Werven"]
    assert titles(client.get(f"{URL}?area={almere_haven.pk}")) == ["Werven", "Meenten"]


def test_a_wrong_filter_value_is_ignored_not_an_error(client, de_werven):
    once("Vandaag", MONDAY, de_werven)
    response = client.get(f"{URL}?area=nonsense&page=x")
    assert response.status_code == 200
    assert titles(response) == ["Vandaag"]


def test_the_list_is_paginated_with_links_that_keep_the_filters(client, de_werven):
    ActivityFactory(
        place=PlaceFactory(area=de_werven),
        area=de_werven,
        starts_on=MONDAY,
        ends_on=MONDAY + timedelta(weeks=24),
    )
    first = client.get(f"{URL}?free=on")
    assert len(first.context["dates"]) == 20
    assert first.context["next_url"] == "?free=on&page=2"
    second = client.get(f"{URL}?free=on&page=2")
    assert len(second.context["dates"]) == 5
    assert second.context["next_url"] == ""
    assert 'rel="prev"' in second.text


def test_a_turkish_visitor_sees_the_turkish_title(client, de_werven):
    activity = once("Koffieochtend", MONDAY, de_werven)
    ActivityTextFactory(activity=activity, language="tr", title="Kahve sabahı")  # noqa: RUF001
    response = client.get("/tr/activities/")
    assert "Kahve sabahı" in response.text  # noqa: RUF001
    assert "Koffieochtend" not in response.text


def test_the_finder_uses_the_same_few_queries_for_little_and_much_data(
    client, de_werven, django_assert_num_queries
):
    def add(how_many):
        for n in range(how_many):
            activity = ActivityFactory(
                place=PlaceFactory(area=de_werven),
                area=de_werven,
                starts_on=MONDAY,
                start_time=time(9 + n % 8),
                end_time=time(18),
            )
            ActivityTextFactory(activity=activity, language="en")

    add(2)
    cache.clear()  # the worst case: nothing cached
    with django_assert_num_queries(3) as small:
        client.get("/en/activities/?when=week&free=on&language=nl")
    add(25)
    cache.clear()
    with django_assert_num_queries(3) as large:
        response = client.get("/en/activities/?when=week&free=on&language=nl")
    assert len(response.context["dates"]) == 20
    assert len(small.captured_queries) == len(large.captured_queries) <= 10


def test_choosing_an_area_offers_its_calendar_and_its_poster(client, de_werven):
    text = client.get(f"/en/activities/?area={de_werven.pk}").text
    assert f"/en/activities/areas/{de_werven.pk}/calendar.ics" in text
    assert f"/en/activities/areas/{de_werven.pk}/poster/" in text
    assert "De Werven in your own calendar" in text


def test_visitors_get_a_cached_page_that_changes_as_soon_as_the_data_does(
    client, de_werven, django_assert_num_queries
):
    from wijkgoud.activities import services

    activity = once("Vandaag", MONDAY, de_werven, capacity=1)
    assert "Full" not in client.get("/en/activities/").text
    with django_assert_num_queries(0):
        assert "Vandaag" in client.get("/en/activities/").text
    services.sign_up(activity.occurrences.get(), waiting_list_ok=False, base_url="/", name="A")
    assert "Full" in client.get("/en/activities/").text


def test_signed_in_people_get_a_fresh_page(client, de_werven, active_resident):
    once("Vandaag", MONDAY, de_werven)
    client.force_login(active_resident)
    client.get("/en/activities/")
    assert "dates" in client.get("/en/activities/").context
