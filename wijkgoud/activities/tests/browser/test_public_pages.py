"""The public activity pages pass axe (WCAG 2.2 AA) in every UI language."""

import pytest
from django.conf import settings

from wijkgoud.core.models import Area
from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.core.tests.factories import PlaceFactory

from ..factories import ActivityFactory, SignupFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_public_activity_pages_have_no_accessibility_problems(
    patient_page, almere_haven, language
):
    page = patient_page
    de_werven = Area.objects.get(cbs_code="BU00340102")
    activity = ActivityFactory(place=PlaceFactory(area=de_werven), area=de_werven, capacity=5)
    occurrence = activity.occurrences.order_by("starts_at").first()
    signup = SignupFactory(occurrence=occurrence)
    for path in [
        "/activities/?when=week&free=on",
        f"/activities/{activity.pk}/",
        f"/activities/dates/{occurrence.pk}/signup/",
        f"/activities/signups/{signup.token}/",
        f"/activities/signups/{signup.token}/cancel/",
        f"/activities/areas/{de_werven.pk}/poster/",
    ]:
        response = page.goto(f"/{language}{path}")
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == language
        assert_accessible(page)
