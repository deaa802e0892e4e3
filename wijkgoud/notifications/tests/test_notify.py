"""notify(): a row in the inbox, text made in the reader's language, a mail after commit."""

import pytest
from django.core import mail
from django.utils import translation
from django_tasks_db.models import DBTaskResult

from wijkgoud.notifications.kinds import UnknownKind
from wijkgoud.notifications.models import MailPreference, Notification
from wijkgoud.notifications.services import notify, set_mail_mode
from wijkgoud.notifications.tasks import send_notification

pytestmark = pytest.mark.django_db


def test_notify_stores_kind_params_link_and_what_it_is_about(outsider, activity, say):
    notification = say(outsider)

    stored = Notification.objects.get()
    assert stored.recipient == outsider
    assert stored.kind == "activity.signup"
    assert stored.params == {"name": "Ali", "title": "Koffieochtend", "date": "1-12-2026"}
    assert stored.url == activity.get_absolute_url()
    assert stored.about == activity
    assert stored.read_at is None and stored.mailed_at is None
    assert notification.pk == stored.pk


def test_the_text_is_made_in_the_language_of_whoever_reads_it(outsider, say):
    notification = say(outsider)

    with translation.override("en"):
        assert notification.text == "Ali signed up for Koffieochtend on 1-12-2026."
    with translation.override("nl"):
        assert notification.text.startswith("Ali ")
        assert notification.text != "Ali signed up for Koffieochtend on 1-12-2026."


def test_the_link_follows_the_readers_language(outsider, activity, say):
    with translation.override("ar"):
        notification = say(outsider)
    assert notification.url.startswith("/ar/")
    with translation.override("tr"):
        assert notification.link == "/tr/" + notification.url.removeprefix("/ar/")


def test_an_unknown_kind_is_refused_with_a_clear_error(outsider, activity):
    with pytest.raises(UnknownKind, match=r"need\.typo.*notifications\.py"):
        notify(outsider, "need.typo", about=activity)
    assert not Notification.objects.exists()


def test_params_must_be_plain_strings_the_text_can_use(outsider, activity):
    with pytest.raises(TypeError):
        notify(outsider, "activity.signup", about=activity, params={"name": 3})
    with pytest.raises(KeyError):
        notify(outsider, "activity.signup", about=activity, params={"name": "Ali"})
    assert not Notification.objects.exists()


def test_the_mail_is_enqueued_only_after_commit(outsider, say, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        say(outsider)
        assert not DBTaskResult.objects.exists()
    for callback in callbacks:
        callback()
    task = DBTaskResult.objects.get(task_path="wijkgoud.notifications.tasks.send_notification")
    assert task.args_kwargs == {"args": [Notification.objects.get().pk], "kwargs": {}}


def test_the_mail_is_in_the_recipients_language_with_an_absolute_link(outsider, say, settings):
    settings.SITE_URL = "https://wijkgoud.example"
    outsider.preferred_language = "en"
    outsider.save()
    with translation.override("nl"):
        notification = say(outsider)

    send_notification.call(notification.pk)

    (sent,) = mail.outbox
    assert sent.to == [outsider.email]
    assert sent.subject == "Ali signed up for Koffieochtend on 1-12-2026."
    assert "https://wijkgoud.example/en/activities/" in sent.body
    assert "https://wijkgoud.example/en/notifications/mails/" in sent.body
    notification.refresh_from_db()
    assert notification.mailed_at is not None


def test_a_notification_is_never_mailed_twice(outsider, say):
    notification = say(outsider)
    send_notification.call(notification.pk)
    send_notification.call(notification.pk)
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("mode", [MailPreference.Mode.NONE, MailPreference.Mode.DIGEST])
def test_no_mail_at_once_for_who_chose_no_mails_or_the_digest(
    outsider, say, mode, django_capture_on_commit_callbacks
):
    set_mail_mode(outsider, mode)
    with django_capture_on_commit_callbacks(execute=True):
        notification = say(outsider)
    assert not DBTaskResult.objects.exists()
    send_notification.call(notification.pk)  # enqueued before they changed their mind
    assert mail.outbox == []
    assert Notification.objects.get().mailed_at is None
