"""The scheduler (`wijkgoud crontask`, started by `make demo`) enqueues every periodic task."""

import io

from crontask import scheduler
from crontask.management.commands.crontask import Command

DAILY = "cron[month='*', day='*', day_of_week='*', hour='{}', minute='{}']"

SCHEDULE = {  # as docs/deploy.md lists them
    "extend_dates": DAILY.format(3, 15),
    "open_ended_accountability": DAILY.format(3, 30),
    "anonymise_old_needs": DAILY.format(3, 30),
    "send_daily_digests": DAILY.format(7, 0),
    "remind_need_follow_ups": DAILY.format(8, 0),
    "remind_to_invite_again": DAILY.format(8, 0),
    "sweep_reminders": DAILY.format("*", 5),
}


def test_the_scheduler_enqueues_every_periodic_task_at_its_time():
    Command(stdout=io.StringIO()).load_tasks({})  # what the command does before it starts

    jobs = {job.name: job for job in scheduler.get_jobs()}
    assert {name: str(job.trigger) for name, job in jobs.items()} == SCHEDULE
    assert jobs["sweep_reminders"].func.__self__.module_path == (
        "wijkgoud.meetings.tasks.sweep_reminders"
    )
