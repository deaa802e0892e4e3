"""The rule: no idea is agreed without an action that has an owner — in the service and in
the database. And the rest of the idea flow: parked ideas need a reason."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from wijkgoud.core.models import AuditEvent
from wijkgoud.core.services import WorkflowError
from wijkgoud.meetings import services
from wijkgoud.meetings.models import ActionItem, Idea

from .factories import ActionItemFactory, IdeaFactory

pytestmark = pytest.mark.django_db


def test_the_service_refuses_to_agree_an_idea_without_actions(meeting, worker):
    idea = IdeaFactory(meeting=meeting)
    with pytest.raises(WorkflowError) as refused:
        services.agree_idea(idea, actor=worker)
    assert refused.value.code == "no_owned_action"
    idea.refresh_from_db()
    assert idea.status == Idea.Status.NEW
    assert idea.agreed_action is None


def test_a_dropped_action_does_not_make_an_idea_agreed(meeting, worker):
    idea = IdeaFactory(meeting=meeting)
    ActionItemFactory(idea=idea, status=ActionItem.Status.DROPPED, outcome="Niet haalbaar")
    with pytest.raises(WorkflowError):
        services.agree_idea(idea, actor=worker)


def test_an_idea_with_an_owned_action_is_agreed_and_logged(meeting, worker, active_resident):
    idea = IdeaFactory(meeting=meeting)
    action = services.add_action(
        idea, actor=worker, what="Flyer maken", first_step="Tekst schrijven",
        due_on=meeting.starts_at.date(), owner=active_resident,
    )  # fmt: skip
    services.agree_idea(idea, actor=worker)
    idea.refresh_from_db()
    assert (idea.status, idea.agreed_action) == (Idea.Status.AGREED, action)
    assert AuditEvent.objects.filter(action="idea.agreed", actor=worker).exists()


def test_a_named_person_without_an_account_can_own_an_action(meeting, worker):
    idea = IdeaFactory(meeting=meeting)
    action = services.add_action(
        idea, actor=worker, what="Soep koken", first_step="Pannen lenen",
        due_on=meeting.starts_at.date(), owner_name="  Ayşe ",
    )  # fmt: skip
    assert action.owner is None and action.owner_label == "Ayşe"
    services.agree_idea(idea, actor=worker)


def test_the_service_refuses_an_action_without_an_owner(meeting, worker):
    idea = IdeaFactory(meeting=meeting)
    with pytest.raises(WorkflowError) as refused:
        services.add_action(
            idea, actor=worker, what="x", first_step="y", due_on=meeting.starts_at.date()
        )
    assert refused.value.code == "no_owner"
    assert not ActionItem.objects.exists()


def test_the_database_refuses_an_agreed_idea_without_an_action(meeting):
    idea = IdeaFactory(meeting=meeting)
    with pytest.raises(IntegrityError), transaction.atomic():
        Idea.objects.filter(pk=idea.pk).update(status=Idea.Status.AGREED)


def test_the_database_refuses_an_action_without_an_owner(meeting):
    idea = IdeaFactory(meeting=meeting)
    with pytest.raises(IntegrityError), transaction.atomic():
        ActionItemFactory(idea=idea, owner=None, owner_name="")


def test_the_database_refuses_to_take_the_owner_from_an_agreed_action(meeting, worker):
    idea = IdeaFactory(meeting=meeting)
    action = ActionItemFactory(idea=idea)
    services.agree_idea(idea, actor=worker)
    with pytest.raises(IntegrityError), transaction.atomic():
        ActionItem.objects.filter(pk=action.pk).update(owner=None)


def test_the_database_refuses_to_delete_the_action_an_idea_was_agreed_on(meeting, worker):
    from django.db.models import ProtectedError

    idea = IdeaFactory(meeting=meeting)
    action = ActionItemFactory(idea=idea)
    services.agree_idea(idea, actor=worker)
    with pytest.raises(ProtectedError):
        action.delete()


def test_a_parked_idea_needs_a_reason_in_the_service_and_the_database(meeting, worker):
    idea = IdeaFactory(meeting=meeting)
    with pytest.raises(WorkflowError):
        services.park_idea(idea, "   ", actor=worker)
    with pytest.raises(IntegrityError), transaction.atomic():
        Idea.objects.filter(pk=idea.pk).update(status=Idea.Status.PARKED)
    services.park_idea(idea, "Eerst het zomerfeest", actor=worker)
    idea.refresh_from_db()
    assert idea.parked_reason == "Eerst het zomerfeest"


@pytest.mark.parametrize(
    ("start", "target", "allowed"),
    [
        ("new", "agreed", True),
        ("new", "parked", True),
        ("parked", "new", True),
        ("parked", "agreed", False),
        ("agreed", "parked", False),
        ("agreed", "new", False),
    ],
)
def test_the_idea_moves_table(meeting, worker, start, target, allowed):
    idea = IdeaFactory(meeting=meeting)
    ActionItemFactory(idea=idea)
    if start == "parked":
        services.park_idea(idea, "later", actor=worker)
    if start == "agreed":
        services.agree_idea(idea, actor=worker)
    move = {
        "agreed": lambda: services.agree_idea(idea, actor=worker),
        "parked": lambda: services.park_idea(idea, "later", actor=worker),
        "new": lambda: services.reopen_idea(idea, actor=worker),
    }[target]
    if allowed:
        move()
        idea.refresh_from_db()
        assert idea.status == target
    else:
        with pytest.raises(WorkflowError):
            move()


def test_a_parked_idea_gets_no_actions(meeting, worker):
    idea = IdeaFactory(meeting=meeting)
    services.park_idea(idea, "later", actor=worker)
    with pytest.raises(WorkflowError) as refused:
        services.add_action(
            idea, actor=worker, what="x", first_step="y", due_on=meeting.starts_at.date(),
            owner=worker,
        )  # fmt: skip
    assert refused.value.code == "parked"


def test_agreeing_without_an_action_in_the_browser_says_why(client, meeting, active_resident):
    idea = IdeaFactory(meeting=meeting)
    client.force_login(active_resident)
    response = client.post(f"/en/meetings/ideas/{idea.pk}/agree/", follow=True)
    assert "An idea is agreed only with an action that has an owner" in response.text
    idea.refresh_from_db()
    assert idea.status == Idea.Status.NEW


def test_an_action_without_owner_comes_back_with_the_message_and_the_text(
    client, meeting, active_resident
):
    idea = IdeaFactory(meeting=meeting)
    client.force_login(active_resident)
    response = client.post(
        f"/en{reverse('meetings:action_add', args=[idea.pk])[3:]}",
        {"what": "Een flyer maken", "first_step": "Tekst", "due_on": "2099-01-01"},
    )
    assert response.status_code == 400
    assert "Choose who owns this action, or write their name." in response.text
    assert 'value="Een flyer maken"' in response.text
    assert not ActionItem.objects.exists()


def test_an_action_due_in_the_past_is_refused(client, meeting, active_resident):
    idea = IdeaFactory(meeting=meeting)
    client.force_login(active_resident)
    response = client.post(
        f"/en{reverse('meetings:action_add', args=[idea.pk])[3:]}",
        {"what": "x", "first_step": "y", "owner_name": "Ayşe", "due_on": "2001-01-01"},
    )
    assert "Choose today or a later date." in response.text


def test_someone_who_sees_but_did_not_come_cannot_add_ideas(client, meeting, people):
    other = people["worker"]  # sees it and manages it
    client.force_login(other)
    ok = client.post(reverse("meetings:idea_add", args=[meeting.pk]), {"text": "Samen eten"})
    assert ok.status_code == 302
    meeting.welcome_everyone = True
    meeting.save()
    client.force_login(people["outsider"])  # sees it now, but did not sign up
    refused = client.post(reverse("meetings:idea_add", args=[meeting.pk]), {"text": "x"})
    assert refused.status_code == 403
    assert list(Idea.objects.values_list("text", flat=True)) == ["Samen eten"]
