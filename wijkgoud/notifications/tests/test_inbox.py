"""The inbox: newest first, new ones marked in words, opening marks read; only the recipient."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wijkgoud.notifications.models import Notification
from wijkgoud.notifications.views import PER_PAGE

pytestmark = pytest.mark.django_db


def inbox_url(language="en") -> str:
    with translation.override(language):
        return reverse("notifications:inbox")


def open_url(notification, language="en") -> str:
    with translation.override(language):
        return reverse("notifications:open", args=[notification.pk])


def test_the_inbox_shows_the_text_in_the_viewers_language_newest_first(client, outsider, say):
    say(outsider, name="Ali")
    say(outsider, name="Bea")
    client.force_login(outsider)

    page = client.get(inbox_url("en")).text
    assert page.index("Bea signed up for Koffieochtend") < page.index("Ali signed up")
    assert "You have 2 new messages." in page
    assert page.count(">New</strong>") == 2

    page = client.get(inbox_url("nl")).text
    assert "Bea heeft zich aangemeld voor Koffieochtend op 1-12-2026." in page


def test_opening_one_marks_it_read_and_goes_to_its_page_in_the_viewers_language(
    client, outsider, activity, say
):
    with translation.override("ar"):
        notification = say(outsider)
    client.force_login(outsider)

    response = client.post(open_url(notification, "tr"))

    assert response.status_code == 302
    assert response["Location"] == f"/tr/activities/{activity.pk}/"
    notification.refresh_from_db()
    assert notification.read_at is not None
    page = client.get(inbox_url()).text
    assert "You have 0 new messages." in page and ">New</strong>" not in page


def test_opening_is_post_only(client, outsider, say):
    notification = say(outsider)
    client.force_login(outsider)
    assert client.get(open_url(notification)).status_code == 405
    assert Notification.objects.get().read_at is None


def test_someone_else_gets_a_404_and_never_sees_the_text(client, outsider, active_resident, say):
    notification = say(outsider, name="Zeynep")
    client.force_login(active_resident)

    assert client.post(open_url(notification)).status_code == 404
    assert "Zeynep" not in client.get(inbox_url()).text
    assert Notification.objects.get().read_at is None


def test_a_visitor_is_asked_to_sign_in(client):
    assert client.get(inbox_url()).status_code == 302


def test_mark_all_read_marks_only_my_own(client, outsider, active_resident, say):
    say(outsider)
    say(outsider)
    say(active_resident)
    client.force_login(outsider)

    with translation.override("en"):
        response = client.post(reverse("notifications:mark_all_read"), follow=True)

    assert "All your messages are marked as read." in response.text
    assert not Notification.objects.filter(recipient=outsider, read_at=None).exists()
    assert Notification.objects.filter(recipient=active_resident, read_at=None).count() == 1


def test_a_deleted_subject_does_not_break_the_inbox(client, outsider, activity, say):
    say(outsider)
    activity.occurrences.all().delete()
    activity.delete()
    client.force_login(outsider)

    page = client.get(inbox_url()).text
    assert "Ali signed up for Koffieochtend" in page
    assert Notification.objects.get().about is None


def test_the_inbox_pages_and_asks_as_many_queries_for_many_as_for_few(client, outsider, say):
    say(outsider)
    client.force_login(outsider)
    client.get(inbox_url())  # the unread count is in the cache now
    few = _queries(client)
    for _ in range(PER_PAGE * 2):
        say(outsider)
    client.get(inbox_url())
    many = _queries(client)

    assert many == few <= 6
    second = client.get(inbox_url() + "?page=2").text
    assert "Page 2 of 3" in second


def _queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(inbox_url()).status_code == 200
    return len(queries)


def test_an_empty_inbox_says_so(client, outsider):
    client.force_login(outsider)
    assert "No messages yet." in client.get(inbox_url()).text
