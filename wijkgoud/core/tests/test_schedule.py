"""The scheduler (`wijkgoud crontask`, started by `make demo`) enqueues every periodic task."""

import io

from crontask import scheduler
from crontask.management.commands.crontask import Command


def test_the_scheduler_enqueues_the_daily_and_hourly_tasks():
    Command(stdout=io.StringIO()).load_tasks({})  # what the command does before it starts

    jobs = {job.name: job for job in scheduler.get_jobs()}
    assert str(jobs["extend_dates"].trigger) == (
        "cron[month='*', day='*', day_of_week='*', hour='3', minute='15']"
    )
    assert str(jobs["open_ended_accountability"].trigger) == (
        "cron[month='*', day='*', day_of_week='*', hour='3', minute='30']"
    )
    assert str(jobs["sweep_reminders"].trigger) == (
        "cron[month='*', day='*', day_of_week='*', hour='*', minute='5']"
    )
    assert jobs["sweep_reminders"].func.__self__.module_path == (
        "wijkgoud.meetings.tasks.sweep_reminders"
    )
