"""The nav's "Inbox (3)": right after notify and after reading, and free when cached."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wijkgoud.notifications.services import _unread_key, mark_all_read, mark_read

pytestmark = pytest.mark.django_db

UNREAD = '<span class="visually-hidden"> unread</span>'


def nav(client) -> str:
    with translation.override("en"):  # whatever language an earlier test left active
        page = client.get(reverse("core:profile")).text
    return page[page.index('class="site-nav"') : page.index("</nav>")]


def test_the_nav_shows_the_unread_number_with_a_word_for_screen_readers(client, outsider, say):
    client.force_login(outsider)
    assert "Inbox</a>" in nav(client)  # nothing new: no number

    say(outsider)
    say(outsider)
    assert f"Inbox (2{UNREAD})" in nav(client)

    mark_read(outsider.notifications.first())
    assert f"Inbox (1{UNREAD})" in nav(client)

    mark_all_read(outsider)
    assert "Inbox</a>" in nav(client)


def test_a_notification_made_by_someone_else_shows_up_on_my_next_page(
    client, outsider, say, django_capture_on_commit_callbacks
):
    client.force_login(outsider)
    nav(client)  # cached: nothing new
    with django_capture_on_commit_callbacks(execute=True):
        say(outsider)  # as if in another person's request
    assert f"Inbox (1{UNREAD})" in nav(client)


def test_a_signed_in_page_asks_no_query_more_for_the_number_once_it_is_cached(
    client, outsider, say
):
    say(outsider)
    client.force_login(outsider)  # counts once, at sign-in
    with CaptureQueriesContext(connection) as cached:
        nav(client)
    cache.delete(_unread_key(outsider.pk))  # the session stays cached (cached_db)
    with CaptureQueriesContext(connection) as cold:
        nav(client)
    with CaptureQueriesContext(connection) as cached_again:
        nav(client)

    counting = [q["sql"] for q in cold if "notifications_notification" in q["sql"]]
    assert len(counting) == 1 and "COUNT" in counting[0]
    assert len(cached) == len(cached_again) == len(cold) - 1
    assert not [q for q in cached if "notifications_notification" in q["sql"]]


def test_visitors_see_no_inbox_link(client, db):
    assert "Inbox" not in client.get(reverse("core:home")).text
