"""The reach: each person counted once however often they are invited (a chain), and
"came for the first time" only for the first "came" of a chain."""

import pytest

from wijkgoud.invitations import services
from wijkgoud.invitations.models import Invitation

from .factories import InvitationFactory

pytestmark = pytest.mark.django_db
S = Invitation.Status


def invite_again(previous, **fields):
    return services.invite(
        actor=previous.inviter, previous=previous, activity=previous.activity,
        invitee_name=previous.invitee_name, language=previous.language, channel="card",
        **fields,
    )  # fmt: skip


def test_a_chain_counts_one_person_and_their_first_visit(active_resident):
    piotr = InvitationFactory(inviter=active_resident, invitee_name="Piotr")
    services.record_outcome(piotr, S.NOT_YET, actor=active_resident)
    second = invite_again(piotr)
    services.record_outcome(second, S.CAME, actor=active_resident)
    third = invite_again(second)
    services.record_outcome(third, S.CAME, actor=active_resident)
    ayse = InvitationFactory(inviter=active_resident, invitee_name="Ayşe")
    services.record_outcome(ayse, S.DECLINED, actor=active_resident)
    InvitationFactory(invitee_name="Someone else's")

    assert services.reach(active_resident) == {"invited": 2, "came": 1}
    assert [i.chain_id for i in (piotr, second, third)] == [piotr.pk] * 3
    firsts = Invitation.objects.filter(came_first_time=True)
    assert list(firsts) == [second]


def test_a_correction_moves_the_first_time_to_the_next_visit(active_resident):
    first = InvitationFactory(inviter=active_resident)
    services.record_outcome(first, S.CAME, actor=active_resident)
    second = invite_again(first)
    services.record_outcome(second, S.CAME, actor=active_resident)
    services.record_outcome(first, S.NO_ANSWER, actor=active_resident)  # a wrong tap put right

    second.refresh_from_db()
    first.refresh_from_db()
    assert (first.came_first_time, second.came_first_time) == (False, True)
    assert services.reach(active_resident) == {"invited": 1, "came": 1}


def test_my_invitations_shows_the_reach_in_one_line(client, active_resident):
    came = InvitationFactory(inviter=active_resident)
    services.record_outcome(came, S.CAME, actor=active_resident)
    InvitationFactory(inviter=active_resident)
    client.force_login(active_resident)
    page = client.get("/en/invitations/").text
    assert "You invited 2 people; 1 of them came for the first time." in page
    page = client.get("/nl/invitations/").text
    assert "Je hebt 2 mensen uitgenodigd; 1 van hen kwam voor het eerst." in page
