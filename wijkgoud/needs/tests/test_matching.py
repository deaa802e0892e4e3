"""Suggestions on a need's page: activities and helpers that fit; choosing one sends nothing."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from wijkgoud.activities.tests.factories import ActivityFactory
from wijkgoud.core.tests.factories import PlaceFactory, UserFactory
from wijkgoud.needs import selectors
from wijkgoud.needs.models import Need
from wijkgoud.notifications.models import Notification

from .factories import HelperProfileFactory, NeedFactory, en

pytestmark = pytest.mark.django_db


@pytest.fixture
def language_need(active_resident, de_werven):
    return NeedFactory(
        recorded_by=active_resident, area=de_werven, categories=",language,", language="ar"
    )


def _activity(area, **kwargs):
    return ActivityFactory(
        place=PlaceFactory(area=area), category="language", spoken_languages=",nl,ar,", **kwargs
    )


def test_activities_of_the_category_language_and_area_or_its_wijk_are_suggested(
    language_need, de_werven, de_meenten, almere_haven
):
    here = _activity(de_werven, title="Taalcafé")
    wijk = _activity(almere_haven, title="Taalles in de bieb")
    _activity(de_meenten, title="Elders")  # another buurt
    _activity(de_werven, title="Kookclub").__class__.objects.filter(title="Kookclub").update(
        category="cooking"
    )
    ActivityFactory(place=PlaceFactory(area=de_werven), category="language", title="Alleen NL")
    _activity(de_werven, title="Nog concept", draft=True)
    found = {a.title for a in selectors.suggested_activities(language_need)}
    assert found == {here.title, wijk.title}


def test_an_activity_on_a_day_that_suits_comes_first(language_need, de_werven):
    soon = _activity(de_werven, title="Eerst", starts_on=timezone.localdate() + timedelta(days=1))
    later_day = (soon.starts_on + timedelta(days=1)).isoweekday()
    later = _activity(de_werven, title="Later", starts_on=soon.starts_on + timedelta(days=1))
    Need.objects.filter(pk=language_need.pk).update(days=f",{later_day},")
    language_need.refresh_from_db()
    assert [a.title for a in selectors.suggested_activities(language_need)] == [
        later.title,
        soon.title,
    ]


def test_helpers_who_speak_the_language_in_the_area_are_suggested(
    language_need, de_werven, de_meenten, active_resident
):
    yes = HelperProfileFactory(user=UserFactory(display_name="Yusuf"), areas=[de_werven])
    HelperProfileFactory(user=UserFactory(display_name="Piet"), languages=",nl,", areas=[de_werven])
    HelperProfileFactory(user=UserFactory(display_name="Anna"), areas=[de_meenten])
    HelperProfileFactory(user=UserFactory(display_name="Stil"), areas=[de_werven], active=False)
    HelperProfileFactory(user=active_resident, areas=[de_werven])  # not herself
    assert [p.user for p in selectors.suggested_helpers(language_need)] == [yes.user]


def test_the_page_shows_suggestions_and_choosing_records_the_match_only(
    client, language_need, active_resident, de_werven
):
    activity = _activity(de_werven, title="Taalcafé")
    client.force_login(active_resident)
    page = client.get(en("needs:detail", language_need.pk)).text
    assert "Suggestions" in page and "Taalcafé" in page
    client.post(en("needs:match", language_need.pk), {"activity": activity.pk})
    language_need.refresh_from_db()
    assert (language_need.status, language_need.matched_activity) == ("matched", activity)
    assert not mail.outbox and not Notification.objects.exists()


def test_the_invite_link_is_there_when_invitations_is(
    client, language_need, active_resident, de_werven
):
    from django.urls import NoReverseMatch, reverse

    activity = _activity(de_werven, title="Taalcafé")
    client.force_login(active_resident)
    page = client.get(en("needs:detail", language_need.pk)).text
    try:
        reverse("invitations:create")
    except NoReverseMatch:
        assert "Invite Amina" not in page
    else:
        assert f"?activity={activity.pk}&amp;need={language_need.pk}" in page
        assert "Invite Amina" in page
