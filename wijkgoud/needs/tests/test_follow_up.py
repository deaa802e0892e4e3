"""Follow-up: "ask again in 3 weeks", and one reminder when the day has come."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from wijkgoud.core.models import AuditEvent
from wijkgoud.needs import services
from wijkgoud.notifications.models import Notification

from .factories import NeedFactory, en

pytestmark = pytest.mark.django_db


def test_a_quick_choice_sets_the_date(client, need, active_resident):
    client.force_login(active_resident)
    client.post(en("needs:follow_up", need.pk), {"quick": "21", "on": ""})
    need.refresh_from_db()
    assert need.follow_up_on == timezone.localdate() + timedelta(weeks=3)
    assert AuditEvent.objects.filter(action="need.follow_up_set").exists()


def test_a_date_in_the_past_is_refused_with_a_message(client, need, active_resident):
    client.force_login(active_resident)
    response = client.post(
        en("needs:follow_up", need.pk), {"quick": "", "on": "2020-01-01"}, follow=True
    )
    need.refresh_from_db()
    assert need.follow_up_on is None and "This date is in the past." in response.text


def test_the_reminder_goes_once_per_date_to_whoever_works_on_it(need, active_resident, worker):
    services.set_follow_up(need, on=timezone.localdate() + timedelta(days=2), actor=active_resident)
    assert services.send_follow_up_reminders() == 0
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        assert services.send_follow_up_reminders() == 1
        assert services.send_follow_up_reminders() == 0
    with time_machine.travel(timezone.now() + timedelta(days=3)):
        assert services.send_follow_up_reminders() == 0
    reminder = Notification.objects.get()
    assert (reminder.recipient, reminder.kind) == (active_resident, "need.follow_up")
    assert reminder.params == {"need": "Letters and forms", "name": "Mehmet K."}
    # a new date: a new reminder
    services.set_follow_up(need, on=timezone.localdate(), actor=active_resident)
    assert services.send_follow_up_reminders() == 1


def test_a_closed_need_gets_no_reminder(active_resident, de_werven):
    NeedFactory(recorded_by=active_resident, area=de_werven, closed=True,
                follow_up_on=timezone.localdate())  # fmt: skip
    assert services.send_follow_up_reminders() == 0


def test_the_daily_task_is_scheduled_at_eight():
    import io

    from crontask import scheduler
    from crontask.management.commands.crontask import Command

    Command(stdout=io.StringIO()).load_tasks({})
    jobs = {job.name: job for job in scheduler.get_jobs()}
    assert str(jobs["remind_need_follow_ups"].trigger) == (
        "cron[month='*', day='*', day_of_week='*', hour='8', minute='0']"
    )
    assert "anonymise_old_needs" in jobs
