"""What became of an invitation: one tap each; "not yet" brings one reminder to invite again
after N weeks, in the inviter's language; someone who came is celebrated, not dropped."""

import io
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from crontask import scheduler
from crontask.management.commands.crontask import Command

from wijkgoud.core.models import AuditEvent
from wijkgoud.core.services import WorkflowError
from wijkgoud.invitations import services
from wijkgoud.invitations.models import Invitation
from wijkgoud.invitations.tasks import remind_to_invite_again
from wijkgoud.notifications.models import Notification

from .factories import InvitationFactory

pytestmark = pytest.mark.django_db
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
S = Invitation.Status


def outcome(client, invitation, status, **more):
    return client.post(f"/en/invitations/{invitation.pk}/outcome/", {"status": status, **more})


def test_not_yet_sets_a_reminder_after_the_weeks_chosen(client, active_resident):
    invitation = InvitationFactory(inviter=active_resident, invitee_name="Piotr")
    with time_machine.travel(datetime(2027, 3, 1, 12, tzinfo=AMSTERDAM)):
        client.force_login(active_resident)
        response = outcome(client, invitation, "not_yet", weeks="5")
    assert response.headers["Location"] == f"/en/invitations/{invitation.pk}/"
    invitation.refresh_from_db()
    assert invitation.status == S.NOT_YET
    assert invitation.remind_on == date(2027, 4, 5)
    assert AuditEvent.objects.filter(action="invitation.not_yet").exists()


def test_not_yet_reminds_after_three_weeks_when_nothing_is_chosen(client, active_resident):
    invitation = InvitationFactory(inviter=active_resident)
    with time_machine.travel(datetime(2027, 3, 1, 12, tzinfo=AMSTERDAM)):
        client.force_login(active_resident)
        outcome(client, invitation, "not_yet")
        page = client.get("/en/invitations/").text
    invitation.refresh_from_db()
    assert invitation.remind_on == date(2027, 3, 22)
    name = invitation.invitee_name
    assert f"We will remind you on Monday 22 March to invite {name} again." in page


def test_a_wrong_number_of_weeks_is_refused_with_a_message(client, active_resident):
    invitation = InvitationFactory(inviter=active_resident)
    client.force_login(active_resident)
    response = outcome(client, invitation, "not_yet", weeks="40")
    assert response.status_code == 302
    page = client.get(f"/en/invitations/{invitation.pk}/").text
    assert "Choose how many weeks: a number from 1 to 12." in page
    invitation.refresh_from_db()
    assert invitation.status == S.SENT


def test_someone_who_came_is_celebrated_and_stays_in_the_list(client, active_resident):
    invitation = InvitationFactory(inviter=active_resident, invitee_name="Ayşe")
    client.force_login(active_resident)
    outcome(client, invitation, "came", back="mine")
    page = client.get("/en/invitations/").text
    assert "Wonderful: Ayşe came for the first time! Thank you." in page
    assert "They came!" in page
    assert "Invite Ayşe to something else?" in page
    detail = client.get(f"/en/invitations/{invitation.pk}/").text
    assert "Ayşe came for the first time. That is thanks to you!" in detail


@pytest.mark.parametrize(
    ("start", "allowed"),
    [
        (S.SENT, {S.CAME, S.NOT_YET, S.DECLINED, S.NO_ANSWER}),
        (S.NOT_YET, {S.CAME, S.NOT_YET, S.DECLINED, S.NO_ANSWER}),
        (S.NO_ANSWER, {S.CAME, S.NOT_YET, S.DECLINED}),
        (S.DECLINED, {S.CAME, S.NOT_YET}),
        (S.CAME, {S.NOT_YET, S.DECLINED, S.NO_ANSWER}),
    ],
)
def test_the_table_of_outcomes(active_resident, start, allowed):
    for target in S.values:
        invitation = InvitationFactory(
            inviter=active_resident, status=start,
            remind_on=date(2030, 1, 1) if start == S.NOT_YET else None,
            came_first_time=start == S.CAME,
        )  # fmt: skip
        if target in allowed:
            assert services.record_outcome(invitation, target, actor=active_resident).status == (
                target
            )
        else:
            with pytest.raises(WorkflowError):
                services.record_outcome(invitation, target, actor=active_resident)


def test_only_the_inviter_records_the_outcome(client, active_resident, admin_user):
    invitation = InvitationFactory(inviter=active_resident)
    client.force_login(admin_user)  # sees it, but did not invite
    assert outcome(client, invitation, "came").status_code == 403
    invitation.refresh_from_db()
    assert invitation.status == S.SENT


def test_the_reminder_goes_out_once_on_its_date_in_the_inviters_language(
    active_resident, language_cafe, mailoutbox, django_capture_on_commit_callbacks
):
    active_resident.preferred_language = "tr"
    active_resident.save()
    with time_machine.travel(datetime(2027, 3, 1, 12, tzinfo=AMSTERDAM)):
        invitation = InvitationFactory(
            inviter=active_resident, activity=language_cafe, invitee_name="Piotr"
        )
        services.record_outcome(invitation, S.NOT_YET, actor=active_resident, weeks=2)
    with (
        time_machine.travel(datetime(2027, 3, 14, 8, tzinfo=AMSTERDAM)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        remind_to_invite_again.enqueue()
    assert mailoutbox == []  # the day before: not yet
    with (
        time_machine.travel(datetime(2027, 3, 15, 8, tzinfo=AMSTERDAM)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        remind_to_invite_again.enqueue()
        remind_to_invite_again.enqueue()  # the scheduler ran twice
    with (
        time_machine.travel(datetime(2027, 3, 16, 8, tzinfo=AMSTERDAM)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        remind_to_invite_again.enqueue()  # and again the next day
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [active_resident.email]
    assert mailoutbox[0].subject == "Piotr kişisini yeniden davet etme zamanı: Taalcafé"  # noqa: RUF001
    notification = Notification.objects.get()
    assert notification.url == invitation.get_absolute_url()
    invitation.refresh_from_db()
    assert invitation.reminded_for == date(2027, 3, 15)


def test_a_new_not_yet_brings_a_new_reminder(active_resident, django_capture_on_commit_callbacks):
    invitation = InvitationFactory(inviter=active_resident)
    with time_machine.travel(datetime(2027, 3, 1, 12, tzinfo=AMSTERDAM)):
        services.record_outcome(invitation, S.NOT_YET, actor=active_resident, weeks=1)
    with time_machine.travel(datetime(2027, 3, 8, 8, tzinfo=AMSTERDAM)):
        assert services.send_reminders() == 1
        services.record_outcome(invitation, S.NOT_YET, actor=active_resident, weeks=1)
    with time_machine.travel(datetime(2027, 3, 15, 8, tzinfo=AMSTERDAM)):
        assert services.send_reminders() == 1
    assert Notification.objects.count() == 2


def test_no_reminder_once_the_person_is_invited_again(active_resident):
    first = InvitationFactory(inviter=active_resident, not_yet=True)
    services.invite(
        actor=active_resident, previous=first, activity=first.activity,
        invitee_name=first.invitee_name, language="nl", channel="card",
    )  # fmt: skip
    today = first.remind_on + timedelta(days=1)
    assert services.send_reminders(today) == 0


def test_the_reminder_is_scheduled_every_morning_at_eight():
    Command(stdout=io.StringIO()).load_tasks({})
    job = {job.name: job for job in scheduler.get_jobs()}["remind_to_invite_again"]
    assert str(job.trigger) == "cron[month='*', day='*', day_of_week='*', hour='8', minute='0']"
