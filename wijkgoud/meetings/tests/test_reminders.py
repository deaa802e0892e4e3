"""Reminders by background task: the day before a meeting, and when an action is overdue.
Each is sent once, however often the sweep runs (time travel with time_machine)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command

from wijkgoud.meetings import services
from wijkgoud.meetings.models import Signup

from .factories import ActionItemFactory, IdeaFactory, MeetingFactory

pytestmark = pytest.mark.django_db
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture(autouse=True)
def _run_tasks_at_once(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def thursday_meeting(de_werven, active_resident):
    with time_machine.travel(datetime(2027, 3, 1, 9, tzinfo=AMSTERDAM)):
        meeting = MeetingFactory(
            area=de_werven, title="Keukenbezoek bij het taalcafé",
            starts_at=datetime(2027, 3, 4, 19, 30, tzinfo=AMSTERDAM),
        )  # fmt: skip
        services.sign_up(meeting, actor=active_resident)
    return meeting


def test_the_reminder_goes_out_the_day_before_and_only_once(
    thursday_meeting, active_resident, mailoutbox, django_capture_on_commit_callbacks
):
    with (
        time_machine.travel(datetime(2027, 3, 2, 8, tzinfo=AMSTERDAM)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        services.sweep_reminders()
        assert mailoutbox == []  # two days before: not yet
    with (
        time_machine.travel(datetime(2027, 3, 3, 8, tzinfo=AMSTERDAM)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        call_command("send_meeting_reminders", verbosity=0)
        call_command("send_meeting_reminders", verbosity=0)  # cron ran twice
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == [active_resident.email]
    assert "Keukenbezoek bij het taalcafé" in mail.subject
    assert "Buurthuis" in mail.body  # where
    assert Signup.objects.get().reminder_sent_at is not None


def test_the_reminder_is_in_the_language_of_the_receiver(
    thursday_meeting, active_resident, mailoutbox, django_capture_on_commit_callbacks
):
    active_resident.preferred_language = "en"
    active_resident.save()
    with (
        time_machine.travel(datetime(2027, 3, 3, 8, tzinfo=AMSTERDAM)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        services.sweep_reminders()
    assert mailoutbox[0].subject.startswith("Tomorrow:")


def test_a_guest_without_an_account_gets_no_mail(
    thursday_meeting, worker, mailoutbox, django_capture_on_commit_callbacks
):
    with time_machine.travel(datetime(2027, 3, 1, 10, tzinfo=AMSTERDAM)):
        services.add_guest(thursday_meeting, "Buurvrouw Els", actor=worker)
    with (
        time_machine.travel(datetime(2027, 3, 3, 8, tzinfo=AMSTERDAM)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        services.sweep_reminders()
    assert len(mailoutbox) == 1  # only the active resident


def test_an_overdue_action_reminds_its_owner_once(
    active_resident, mailoutbox, django_capture_on_commit_callbacks
):
    with time_machine.travel(datetime(2027, 5, 1, 9, tzinfo=AMSTERDAM)):
        action = ActionItemFactory(
            owner=active_resident, what="Flyers ophalen", due_on=datetime(2027, 5, 10).date()
        )
    with (
        time_machine.travel(datetime(2027, 5, 10, 9, tzinfo=AMSTERDAM)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        services.sweep_reminders()
        assert mailoutbox == []  # due today is not overdue
    with (
        time_machine.travel(datetime(2027, 5, 11, 9, tzinfo=AMSTERDAM)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        services.sweep_reminders()
        services.sweep_reminders()
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [active_resident.email]
    assert "Flyers ophalen" in mailoutbox[0].subject
    action.refresh_from_db()
    assert action.overdue_reminder_sent_at is not None


def test_a_finished_or_named_owner_action_gets_no_reminder(
    active_resident, mailoutbox, django_capture_on_commit_callbacks
):
    with time_machine.travel(datetime(2027, 5, 1, 9, tzinfo=AMSTERDAM)):
        idea = IdeaFactory()
        due = datetime(2027, 5, 2).date()
        ActionItemFactory(idea=idea, owner=active_resident, due_on=due, done=True)
        ActionItemFactory(idea=idea, owner=None, owner_name="Els", due_on=due)
    with (
        time_machine.travel(datetime(2027, 5, 20, 9, tzinfo=AMSTERDAM)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        assert services.sweep_reminders() == (0, 0)
    assert mailoutbox == []


def test_an_action_finished_before_the_worker_ran_sends_nothing(
    active_resident, worker, mailoutbox
):
    from wijkgoud.meetings.tasks import send_overdue_reminder

    action = ActionItemFactory(owner=active_resident, overdue=True)
    services.move_action(action, "done", actor=worker, outcome="Toch gelukt")
    send_overdue_reminder.call(action.pk)
    assert mailoutbox == []


def test_a_deleted_signup_sends_nothing(mailoutbox):
    from wijkgoud.meetings.tasks import send_meeting_reminder

    send_meeting_reminder.call(999999)
    assert mailoutbox == []


def test_reminders_are_found_for_tomorrow_in_amsterdam_time(thursday_meeting):
    # 23:30 UTC on 2 March is already 3 March in Amsterdam: the meeting is "tomorrow".
    with time_machine.travel(datetime(2027, 3, 2, 23, 30, tzinfo=ZoneInfo("UTC"))):
        assert services.sweep_reminders()[0] == 1
    assert timedelta(0) < thursday_meeting.ends_at - thursday_meeting.starts_at
