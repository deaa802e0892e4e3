# ruff: noqa: RUF001  (Turkish letters)
"""A visitor who reads Turkish finds a free language café this week in De Werven and
signs up without an account."""

from datetime import timedelta

import pytest
from django.utils import timezone

from wijkgoud.activities.models import Category, Signup
from wijkgoud.core.models import Area
from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.core.tests.factories import PlaceFactory

from ..factories import ActivityFactory, ActivityTextFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_turkish_visitor_finds_a_free_language_cafe_and_signs_up(patient_page, almere_haven):
    page = patient_page
    de_werven = Area.objects.get(cbs_code="BU00340102")
    de_meenten = Area.objects.get(cbs_code="BU00340104")
    tomorrow = timezone.localdate() + timedelta(days=1)
    place = PlaceFactory(name="Buurthuis De Werven", area=de_werven)
    cafe = ActivityFactory(
        title="Taalcafé",
        category=Category.LANGUAGE,
        place=place,
        area=de_werven,
        starts_on=tomorrow,
        capacity=12,
        spoken_languages=",nl,tr,",
    )
    ActivityTextFactory(
        activity=cafe, language="tr", title="Dil kafesi", summary="Hollandaca pratik yapın."
    )
    ActivityFactory(
        title="Betaalde les",
        category=Category.LANGUAGE,
        place=place,
        area=de_werven,
        starts_on=tomorrow,
        cost="amount",
        price=5,
    )
    ActivityFactory(
        title="Taalcafé Meenten",
        category=Category.LANGUAGE,
        place=PlaceFactory(area=de_meenten),
        area=de_meenten,
        starts_on=tomorrow,
    )
    ActivityFactory(title="Koffieochtend", place=place, area=de_werven, starts_on=tomorrow)

    page.goto("/tr/activities/")
    assert page.locator("html").get_attribute("lang") == "tr"
    assert_accessible(page)
    page.locator("details.finder-filters summary").click()
    page.select_option("select[name=when]", "week")
    page.select_option("select[name=area]", str(de_werven.pk))
    page.select_option("select[name=category]", "language")
    page.check("input[name=free]")
    page.locator(".finder-form button[type=submit]").click()
    page.wait_for_url("**/tr/activities/?*")
    titles = page.locator(".activity-card__title").all_inner_texts()
    assert set(titles) == {"Dil kafesi"}
    assert_accessible(page)

    page.locator(".activity-card__title a").first.click()
    page.wait_for_url(f"**/tr/activities/{cafe.pk}/")
    assert page.locator("h1").inner_text() == "Dil kafesi"
    assert_accessible(page)

    page.locator(".date-list a.button-link").first.click()
    page.wait_for_url("**/signup/")
    assert_accessible(page)
    page.fill("input[name=name]", "Ayşe")
    page.fill("input[name=people]", "2")
    page.check("input[name=wants_company]")
    page.locator("form.signup-form button[type=submit]").click()

    page.wait_for_url("**/tr/activities/signups/*/")
    assert "Kaydınız yapıldı" in page.locator("h1").inner_text()
    assert_accessible(page)
    signup = Signup.objects.get()
    assert (signup.name, signup.people, signup.wants_company, signup.language) == (
        "Ayşe",
        2,
        True,
        "tr",
    )
    assert signup.occurrence.activity == cafe


def test_the_finder_fits_a_320_pixel_phone_in_arabic_without_javascript(
    browser, live_server, almere_haven
):
    de_werven = Area.objects.get(cbs_code="BU00340102")
    ActivityFactory(place=PlaceFactory(area=de_werven), area=de_werven)
    context = browser.new_context(
        base_url=live_server.url, java_script_enabled=False, viewport={"width": 320, "height": 640}
    )
    page = context.new_page()
    page.goto("/ar/activities/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".activity-card").count() >= 1
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
    context.close()
