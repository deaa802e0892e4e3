"""The daily digest: one mail per digest reader with what is new, never anything twice."""

import io
from datetime import UTC, datetime

import pytest
import time_machine
from crontask import scheduler
from crontask.management.commands.crontask import Command
from django.core import mail
from django.utils import translation

from wijkgoud.notifications.models import MailPreference, Notification
from wijkgoud.notifications.services import mark_read, set_mail_mode
from wijkgoud.notifications.tasks import send_daily_digests

pytestmark = pytest.mark.django_db

DIGEST = MailPreference.Mode.DIGEST
# 07:00 in Amsterdam in winter
MONDAY_7 = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
SUNDAY_NOON = datetime(2026, 11, 29, 11, 0, tzinfo=UTC)
TUESDAY_7 = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)


@pytest.fixture
def reader(outsider):
    set_mail_mode(outsider, DIGEST)
    outsider.preferred_language = "nl"
    outsider.save()
    return outsider


def test_a_digest_reader_gets_one_mail_in_their_language_with_each_new_one(reader, say):
    with time_machine.travel(SUNDAY_NOON), translation.override("en"):
        say(reader, name="Ali")
        say(reader, name="Bea")
    with time_machine.travel(MONDAY_7):
        send_daily_digests.call()

    (sent,) = mail.outbox
    assert sent.to == [reader.email]
    assert sent.subject == "Wijkgoud: 2 nieuwe berichten"
    assert "Ali heeft zich aangemeld voor Koffieochtend" in sent.body
    assert "Bea heeft zich aangemeld" in sent.body
    assert "/nl/activities/" in sent.body
    assert not Notification.objects.filter(mailed_at=None).exists()


def test_nothing_is_sent_twice_and_nobody_gets_an_empty_digest(reader, say):
    with time_machine.travel(SUNDAY_NOON):
        say(reader, name="Ali")
    with time_machine.travel(MONDAY_7):
        send_daily_digests.call()
        send_daily_digests.call()  # a second run the same morning
    with time_machine.travel(TUESDAY_7):
        send_daily_digests.call()  # nothing new since
    assert len(mail.outbox) == 1

    with time_machine.travel(TUESDAY_7.replace(hour=5)):
        say(reader, name="Cem")
    with time_machine.travel(TUESDAY_7):
        send_daily_digests.call()
    assert len(mail.outbox) == 2
    assert "Cem" in mail.outbox[1].body and "Ali" not in mail.outbox[1].body


def test_the_digest_leaves_out_what_was_read_or_is_older_than_a_day_and_a_half(reader, say):
    with time_machine.travel(datetime(2026, 11, 28, 11, 0, tzinfo=UTC)):
        say(reader, name="Old")
    with time_machine.travel(SUNDAY_NOON):
        mark_read(say(reader, name="Seen"))
        say(reader, name="Fresh")
    with time_machine.travel(MONDAY_7):
        send_daily_digests.call()

    (sent,) = mail.outbox
    assert "Fresh" in sent.body
    assert "Old" not in sent.body and "Seen" not in sent.body


def test_people_who_want_each_mail_or_none_get_no_digest(outsider, active_resident, say):
    set_mail_mode(active_resident, MailPreference.Mode.NONE)
    with time_machine.travel(SUNDAY_NOON):
        say(outsider)  # each at once: the task mails it, not the digest
        say(active_resident)
    with time_machine.travel(MONDAY_7):
        send_daily_digests.call()
    assert mail.outbox == []


def test_the_scheduler_enqueues_the_digest_daily_at_seven():
    Command(stdout=io.StringIO()).load_tasks({})  # what `wijkgoud crontask` does first

    job = {job.name: job for job in scheduler.get_jobs()}["send_daily_digests"]
    assert str(job.trigger) == "cron[month='*', day='*', day_of_week='*', hour='7', minute='0']"
    assert job.func.__self__.module_path == "wijkgoud.notifications.tasks.send_daily_digests"
