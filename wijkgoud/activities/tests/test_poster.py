"""The weekly poster: a PDF with this week's activities, in one or two languages, A4 or A3."""

from datetime import date, datetime, time, timedelta
from io import BytesIO

import pytest
import time_machine
from django.utils import timezone
from pypdf import PdfReader

from wijkgoud.activities import services
from wijkgoud.activities.models import Activity
from wijkgoud.core.tests.factories import PlaceFactory

from .factories import ActivityFactory, ActivityTextFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _monday():
    with time_machine.travel(timezone.make_aware(datetime(2026, 11, 2, 8, 0)), tick=False):
        yield


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(content)).pages)


def poster(client, area, **query):
    params = {"week": "this", "language": "nl", "second_language": "", "size": "A4"} | query
    return client.get(f"/en/activities/areas/{area.pk}/poster.pdf", params)


@pytest.fixture
def week(de_werven):
    place = PlaceFactory(name="Buurthuis De Werven", area=de_werven)
    coffee = ActivityFactory(
        title="Koffieochtend", place=place, area=de_werven, starts_on=date(2026, 11, 3)
    )
    ActivityTextFactory(activity=coffee, language="tr", title="Kahve sabahi")
    ActivityFactory(
        title="Moestuin",
        place=place,
        area=de_werven,
        repeat="once",
        starts_on=date(2026, 11, 6),
        ends_on=None,
        start_time=time(14),
        end_time=time(16),
    )
    ActivityFactory(
        title="Volgende week",
        place=place,
        area=de_werven,
        repeat="once",
        starts_on=date(2026, 11, 10),
        ends_on=None,
    )
    ActivityFactory(
        title="Concept",
        place=place,
        area=de_werven,
        repeat="once",
        starts_on=date(2026, 11, 4),
        ends_on=None,
        status=Activity.Status.DRAFT,
    )
    return coffee


def test_the_poster_holds_this_weeks_activities_with_times_and_places(client, de_werven, week):
    response = poster(client, de_werven)
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(b"".join(response.streaming_content))
    assert "Koffieochtend" in text and "Moestuin" in text
    assert "10:00" in text and "14:00" in text
    assert "Buurthuis De Werven" in text
    assert "Volgende week" not in text and "Concept" not in text


def test_next_weeks_poster_and_a_cancelled_date(client, de_werven, week):
    occurrence = week.occurrences.order_by("starts_at")[1]
    services.cancel_date(occurrence, actor=None, reason="", base_url="/")
    text = pdf_text(b"".join(poster(client, de_werven, week="next").streaming_content))
    assert "Volgende week" in text and "Moestuin" not in text
    assert "Afgelast" in text or "Cancelled" in text


def test_a_poster_in_two_languages_on_a3(client, de_werven, week):
    response = poster(client, de_werven, second_language="tr", size="A3")
    reader = PdfReader(BytesIO(b"".join(response.streaming_content)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Koffieochtend" in text and "Kahve sabahi" in text
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (297, 420)


def test_the_poster_form_comes_back_on_bad_choices(client, de_werven):
    response = poster(client, de_werven, size="A0")
    assert response.status_code == 200
    assert "size" in response.context["form"].errors
    assert client.get(f"/en/activities/areas/{de_werven.pk}/poster/").status_code == 200


def test_a_busy_week_lists_what_fits_and_sends_people_to_the_finder_for_more(client, de_werven):
    place = PlaceFactory(area=de_werven)
    for n in range(30):
        ActivityFactory(
            title=f"Activiteit {n}",
            place=place,
            area=de_werven,
            starts_on=date(2026, 11, 2) + timedelta(days=n % 7),
        )
    for size in ["A4", "A3"]:
        response = poster(client, de_werven, language="en", second_language="nl", size=size)
        reader = PdfReader(BytesIO(b"".join(response.streaming_content)))
        text = "\n".join(page.extract_text() for page in reader.pages)
        shown = [n for n in range(30) if f"Activiteit {n}\n" in text or f"Activiteit {n} " in text]
        assert len(shown) == 7
        assert "And 23 more activities: scan the code." in text
        assert len(reader.pages) == 1, f"{size}: one sheet for the notice board"
