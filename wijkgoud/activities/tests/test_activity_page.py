"""An activity's page: dates, place with a map link, facts, translations, sharing."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils import timezone

from wijkgoud.activities.models import Activity
from wijkgoud.meetings import services
from wijkgoud.meetings.tests.factories import LessonFactory, MeetingFactory

from .factories import ActivityFactory, ActivityTextFactory

pytestmark = pytest.mark.django_db


def url(activity, language="en") -> str:
    return f"/{language}/activities/{activity.pk}/"


def test_a_visitor_sees_dates_place_organiser_and_facts(client, activity):
    activity.spoken_languages = ",nl,tr,"
    activity.wheelchair_accessible = True
    activity.save()
    response = client.get(url(activity))
    assert response.status_code == 200
    text = response.text
    assert "Koffieochtend" in text
    assert "Buurthuis De Werven" in text and "Werven 12" in text
    assert "https://www.openstreetmap.org/search?query=Werven%2012" in text
    assert "Fatima" in text
    assert "Türkçe" in text and "Nederlands" in text
    assert "Wheelchair accessible" in text and "Free" in text
    assert len(response.context["dates"]) == 8
    assert text.count("/signup/") == 8


def test_the_whatsapp_link_shares_the_page_without_loading_anything(client, activity):
    text = client.get(url(activity)).text
    assert 'href="https://wa.me/?text=Koffieochtend%3A%20Samen%20koffie' in text
    assert f"http%3A//testserver/en/activities/{activity.pk}/" in text
    assert '<script src="https://' not in text and "<iframe" not in text


def test_a_visitor_reads_the_text_in_their_language_and_can_see_the_original(client, activity):
    ActivityTextFactory(activity=activity, language="tr")
    response = client.get(url(activity, "tr"))
    assert "Kahve sabahı" in response.text  # noqa: RUF001
    assert 'lang="tr"' in response.text
    assert "?original" in response.text
    original = client.get(url(activity, "tr") + "?original")
    assert "<h1>Koffieochtend</h1>" in original.text


def test_without_a_translation_the_original_is_shown_with_its_language(client, activity):
    response = client.get(url(activity, "ar"))
    assert "<h1>Koffieochtend</h1>" in response.text
    assert 'lang="nl"' in response.text


def test_a_cancelled_date_shows_as_cancelled_with_its_reason(client, activity):
    first = activity.occurrences.order_by("starts_at").first()
    first.cancelled_at, first.cancel_reason = timezone.now(), "De zaal is dicht"
    first.save()
    text = client.get(url(activity)).text
    assert "Cancelled" in text and "De zaal is dicht" in text
    assert f"/dates/{first.pk}/signup/" not in text


def test_a_draft_is_hidden_from_visitors_but_shown_to_its_organiser(client, activity, outsider):
    activity.status = Activity.Status.DRAFT
    activity.save()
    assert client.get(url(activity)).status_code == 404
    client.force_login(outsider)
    assert client.get(url(activity)).status_code == 404
    client.force_login(activity.organiser)
    response = client.get(url(activity))
    assert response.status_code == 200
    assert "Draft" in response.text and "Publish" in response.text


def test_an_unknown_activity_is_a_404(client, db):
    assert client.get("/en/activities/999999/").status_code == 404


def test_the_activity_page_uses_the_same_few_queries_whatever_the_data(
    client, activity, django_assert_max_num_queries
):
    ActivityTextFactory(activity=activity, language="tr")
    ContentType.objects.get_for_model(Activity)  # filled once per process, as in production
    cache.clear()  # the worst case: nothing cached
    with django_assert_max_num_queries(10) as small:
        client.get(url(activity, "tr"))
    for language in ["en", "ar", "pl"]:
        ActivityTextFactory(activity=activity, language=language)
    bigger = ActivityFactory(place=activity.place, area=activity.area, ends_on=None)
    ActivityTextFactory(activity=bigger, language="tr")
    for _n in range(3):
        held = MeetingFactory(area=activity.area)
        services.set_hosted_at(held, bigger, actor=held.host)
        LessonFactory.create_batch(2, meeting=held)
    cache.clear()
    with django_assert_max_num_queries(10) as large:
        response = client.get(url(bigger, "tr"))
    assert response.text.count("Les ") == 6
    assert len(small.captured_queries) == len(large.captured_queries) == 4


def test_what_we_learned_at_a_meeting_held_here_shows_at_once_for_visitors(client, activity):
    assert "What we learned here" not in client.get(url(activity)).text  # now cached
    meeting = MeetingFactory(area=activity.area, title="Keukenbezoek koffieochtend")
    services.set_hosted_at(meeting, activity, actor=meeting.host)
    services.add_lesson(meeting, "Begin klein, met koffie.", actor=meeting.host)
    text = client.get(url(activity)).text
    assert "What we learned here" in text
    assert "Begin klein, met koffie." in text and "Keukenbezoek koffieochtend" in text
