import pytest
from django.urls import reverse

from wijkgoud.core.models import AuditEvent
from wijkgoud.core.services import WorkflowError
from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.initiatives import services
from wijkgoud.initiatives.models import Initiative, PlanSection

from .factories import InitiativeFactory

pytestmark = pytest.mark.django_db
Stage = Initiative.Stage

ALL_MOVES = [(a, b) for a in Stage.values for b in Stage.values if a != b]


@pytest.mark.parametrize(("current", "target"), ALL_MOVES)
def test_the_table_of_allowed_and_refused_stage_moves(active_resident, current, target):
    initiative = InitiativeFactory(owner=active_resident, stage=current)
    PlanSection.objects.create(initiative=initiative, key="evaluation", text="Goed gegaan.")
    if target in services.STAGE_MOVES[current]:
        services.move_stage(initiative, target, actor=active_resident)
        initiative.refresh_from_db()
        assert initiative.stage == target
        event = AuditEvent.objects.get(action="initiative.stage_changed")
        assert event.data == {"from": current, "to": target}
    else:
        with pytest.raises(WorkflowError):
            services.move_stage(initiative, target, actor=active_resident)
        initiative.refresh_from_db()
        assert initiative.stage == current


def test_finishing_asks_for_the_evaluation_first(login, active_resident):
    initiative = InitiativeFactory(owner=active_resident, running=True)
    client = login(active_resident)
    response = client.post(
        reverse("initiatives:stage", args=[initiative.pk]), {"stage": "finished"}, follow=True
    )
    assert "First write how it went" in response.text
    initiative.refresh_from_db()
    assert initiative.stage == Stage.RUNNING


def test_the_owner_moves_the_idea_to_plan_from_the_overview(login, initiative):
    response = login(initiative.owner).post(
        reverse("initiatives:stage", args=[initiative.pk]), {"stage": "plan"}, follow=True
    )
    assert "The stage is changed." in response.text
    initiative.refresh_from_db()
    assert initiative.stage == Stage.PLAN


def test_a_worker_cannot_change_the_stage(login, initiative, worker):
    url = reverse("initiatives:stage", args=[initiative.pk])
    assert login(worker).post(url, {"stage": "plan"}).status_code == 403


def test_a_made_up_stage_is_refused_with_a_message(login, initiative):
    response = login(initiative.owner).post(
        reverse("initiatives:stage", args=[initiative.pk]), {"stage": "famous"}, follow=True
    )
    assert "Choose a stage." in response.text


def test_the_owner_adds_and_removes_a_team_member(login, initiative):
    jan = UserFactory(email="jan@example.org", display_name="Jan")
    client = login(initiative.owner)
    url = reverse("initiatives:team", args=[initiative.pk])
    response = client.post(url, {"email": "JAN@example.org"}, follow=True)
    assert "Jan is now in the team." in response.text
    assert list(initiative.team.all()) == [jan]
    assert login(jan).get(reverse("initiatives:edit", args=[initiative.pk])).status_code == 200

    response = login(initiative.owner).post(url, {"remove": str(jan.pk)}, follow=True)
    assert "Jan is no longer in the team." in response.text
    assert not initiative.team.exists()


def test_adding_an_unknown_address_says_so_and_keeps_it(login, initiative):
    response = login(initiative.owner).post(
        reverse("initiatives:team", args=[initiative.pk]), {"email": "nobody@example.org"}
    )
    assert "Nobody uses Wijkgoud with this address yet." in response.text
    assert 'value="nobody@example.org"' in response.text


def test_a_team_member_who_is_not_the_owner_cannot_change_the_team(login, initiative):
    member = UserFactory()
    initiative.team.add(member)
    assert login(member).get(reverse("initiatives:team", args=[initiative.pk])).status_code == 403
    response = login(member).post(
        reverse("initiatives:team", args=[initiative.pk]), {"remove": "abc"}
    )
    assert response.status_code == 403
