"""The pages cost the same number of queries whatever the amount of data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.meetings import services

from .factories import (
    ActionItemFactory,
    IdeaFactory,
    LessonFactory,
    MeetingFactory,
    SeriesFactory,
    SignupFactory,
)

pytestmark = pytest.mark.django_db


def _fill(meeting, size: int, owner) -> None:
    for _n in range(size):
        idea = IdeaFactory(meeting=meeting)
        ActionItemFactory(idea=idea, owner=owner)
        ActionItemFactory(idea=idea, owner=None, owner_name="Els")
        SignupFactory(meeting=meeting, user=UserFactory())
        LessonFactory(meeting=meeting)


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "page", ["detail", "report", "my_actions", "list", "lessons", "idea", "dashboard"]
)
def test_the_same_number_of_queries_at_two_sizes(client, de_werven, active_resident, page):
    counts = []
    for size in (2, 25):
        series = SeriesFactory()
        last = MeetingFactory(area=de_werven, series=series, host=active_resident, past=True)
        meeting = MeetingFactory(area=de_werven, series=series, host=active_resident)
        _fill(last, size, active_resident)
        _fill(meeting, size, active_resident)
        services.sign_up(meeting, actor=active_resident)
        url = {
            "detail": f"/nl/meetings/{meeting.pk}/",
            "report": f"/nl/meetings/{meeting.pk}/report/",
            "my_actions": "/nl/meetings/actions/",
            "list": "/nl/meetings/",
            "lessons": "/nl/meetings/lessons/?q=les",
            "idea": f"/nl/meetings/ideas/{meeting.ideas.first().pk}/",
            "dashboard": "/nl/dashboard/",
        }[page]
        client.force_login(active_resident)
        counts.append(_count(client, url))
    assert counts[0] == counts[1], counts
    assert counts[0] <= 20


def test_the_host_s_meeting_page_needs_six_queries_and_five_with_its_list_kept(
    client, meeting, active_resident, django_assert_num_queries
):
    # User and roles (the session is in the cache); the meeting, how many come and whether I
    # do, the ideas with their actions (not when the list is kept), lessons.
    _fill(meeting, 5, active_resident)
    client.force_login(active_resident)
    with django_assert_num_queries(6):
        client.get(meeting.get_absolute_url())
    with django_assert_num_queries(5):
        client.get(meeting.get_absolute_url())
