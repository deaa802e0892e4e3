"""My invitations: who waits for a new invitation, who came; only the inviter sees them;
the page and My page ask a fixed number of queries, whatever the number of invitations."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wijkgoud.invitations.models import Invitation

from .factories import InvitationFactory

pytestmark = pytest.mark.django_db


def test_each_invitation_is_in_its_group(client, active_resident, make_need):
    today = timezone.localdate()
    need = make_need(active_resident)
    InvitationFactory(inviter=active_resident, invitee_name="Sevda", need=need)
    InvitationFactory(inviter=active_resident, invitee_name="Maryam", not_yet=True,
                      remind_on=today - timedelta(days=1))  # fmt: skip
    InvitationFactory(inviter=active_resident, invitee_name="Piotr", not_yet=True)
    InvitationFactory(inviter=active_resident, invitee_name="Ayşe", came=True)
    InvitationFactory(inviter=active_resident, invitee_name="Els", declined=True)
    InvitationFactory(inviter=active_resident, invitee_name="J.K.", no_answer=True)
    client.force_login(active_resident)
    page = client.get("/en/invitations/").text

    def section(heading):
        start = page.index(heading)
        return page[start : page.find("</section>", start)]

    assert "Maryam" in section("Time to invite again") and "J.K." in section("Time to invite again")
    assert "Sevda" in section("Waiting for an answer")
    assert "from the question:" in section("Waiting for an answer")
    assert "Piotr" in section("Not yet: we will remind you")
    assert "Ayşe" in section("They came!")
    assert "Els" in page[page.index("They said no") :]


def test_an_invitation_is_seen_only_by_its_inviter_and_admins(
    client, active_resident, worker, admin_user, outsider
):
    invitation = InvitationFactory(inviter=active_resident, invitee_name="Maryam")
    for person, status in [(worker, 404), (outsider, 404), (admin_user, 200),
                           (active_resident, 200)]:  # fmt: skip
        client.force_login(person)
        assert client.get(f"/en/invitations/{invitation.pk}/").status_code == status
        assert client.get(f"/en/invitations/{invitation.pk}/card.pdf").status_code == status
        if person != active_resident:
            assert "Maryam" not in client.get("/en/invitations/").text


def test_another_residents_outcome_cannot_be_recorded(client, worker, active_resident):
    invitation = InvitationFactory(inviter=active_resident)
    client.force_login(worker)
    response = client.post(f"/en/invitations/{invitation.pk}/outcome/", {"status": "came"})
    assert response.status_code == 404
    assert Invitation.objects.get().status == "sent"


def many(inviter, how_many: int, make_need) -> None:
    need = make_need(inviter)
    outcomes = [{}, {"came": True}, {"not_yet": True}, {"declined": True}]
    for n in range(how_many):
        InvitationFactory(inviter=inviter, need=need if n % 2 else None, **outcomes[n % 4])
    InvitationFactory(inviter=inviter, coffee=True)


def test_my_invitations_asks_as_many_queries_for_many_invitations_as_for_few(
    client, active_resident, make_need, django_assert_num_queries
):
    client.force_login(active_resident)
    many(active_resident, 2, make_need)
    with CaptureQueriesContext(connection) as few:
        assert client.get("/en/invitations/").status_code == 200
    many(active_resident, 20, make_need)
    with django_assert_num_queries(len(few)):
        assert client.get("/en/invitations/").status_code == 200
    assert len(few) <= 8


def test_my_page_shows_who_to_invite_again_and_the_reach(client, active_resident):
    InvitationFactory(inviter=active_resident, invitee_name="Maryam", not_yet=True,
                      remind_on=timezone.localdate())  # fmt: skip
    InvitationFactory(inviter=active_resident, came=True)
    client.force_login(active_resident)
    page = client.get("/en/dashboard/").text
    section = page[page.index('id="todo-invitations"') :]
    assert "Invite again:" in section and "Maryam" in section
    assert "You invited 2 people; 1 of them came for the first time." in section


def test_my_page_has_no_invitations_block_for_someone_who_does_not_invite(client, budget_holder):
    client.force_login(budget_holder)
    assert "todo-invitations" not in client.get("/en/dashboard/").text


def test_who_waits_for_an_answer_comes_before_a_long_list_of_who_came(client, active_resident):
    waiting = InvitationFactory(inviter=active_resident, invitee_name="Wacht Nog")
    activity = waiting.activity
    Invitation.objects.bulk_create(
        Invitation(inviter=active_resident, invitee_name=f"Kwam {n}", language="nl",
                   channel="card", activity=activity, status="came", came_first_time=True)
        for n in range(65)
    )  # fmt: skip
    client.force_login(active_resident)
    page = client.get("/en/invitations/").text
    assert "Wacht Nog" in page[page.index("Waiting for an answer") : page.index("They came!")]
    assert "Only your most recent invitations are shown." in page
    assert "You invited 66 people; 65 of them came for the first time." in page
