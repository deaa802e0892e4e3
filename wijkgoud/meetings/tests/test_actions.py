"""Action items: open → doing → done / dropped with what happened; my actions; who may move."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from wijkgoud.core.services import WorkflowError
from wijkgoud.meetings import services
from wijkgoud.meetings.models import ActionItem

from .factories import ActionItemFactory, IdeaFactory

pytestmark = pytest.mark.django_db

MOVES = [
    ("open", "doing", True),
    ("open", "done", True),
    ("open", "dropped", True),
    ("doing", "done", True),
    ("doing", "dropped", True),
    ("doing", "open", True),
    ("done", "open", False),
    ("done", "doing", False),
    ("dropped", "doing", False),
    ("dropped", "done", False),
    ("open", "open", False),
]


@pytest.mark.parametrize(("start", "target", "allowed"), MOVES)
def test_the_action_moves_table(worker, start, target, allowed):
    outcome = "" if start in ("open", "doing") else "klaar"
    action = ActionItemFactory(status=start, outcome=outcome)
    if allowed:
        services.move_action(action, target, actor=worker, outcome="Gelukt, 12 mensen kwamen")
        action.refresh_from_db()
        assert action.status == target
    else:
        with pytest.raises(WorkflowError):
            services.move_action(action, target, actor=worker, outcome="x")


@pytest.mark.parametrize("target", ["done", "dropped"])
def test_closing_an_action_says_what_happened(worker, target):
    action = ActionItemFactory()
    with pytest.raises(WorkflowError) as refused:
        services.move_action(action, target, actor=worker, outcome=" ")
    assert refused.value.code == "no_outcome"
    with pytest.raises(IntegrityError), transaction.atomic():
        ActionItem.objects.filter(pk=action.pk).update(status=target)
    services.move_action(action, target, actor=worker, outcome="Niet meer nodig")
    action.refresh_from_db()
    assert action.outcome == "Niet meer nodig" and action.closed_at is not None


def test_my_actions_shows_mine_open_with_the_overdue_first(client, active_resident):
    later = ActionItemFactory(owner=active_resident, what="Later doen")
    overdue = ActionItemFactory(owner=active_resident, what="Te laat", overdue=True)
    ActionItemFactory(owner=active_resident, what="Al klaar", done=True)
    ActionItemFactory(what="Van iemand anders")
    client.force_login(active_resident)
    text = client.get("/en/meetings/actions/").text
    assert text.index(overdue.what) < text.index(later.what)
    assert "overdue" in text
    assert "Al klaar" not in text and "Van iemand anders" not in text


def test_the_owner_moves_the_action_on_in_the_browser(client, active_resident):
    action = ActionItemFactory(owner=active_resident)
    client.force_login(active_resident)
    url = reverse("meetings:action_move", args=[action.pk])
    assert client.post(url, {"status": "doing"}).status_code == 302
    response = client.post(url.replace("/nl/", "/en/"), {"status": "done", "outcome": ""})
    assert response.status_code == 400
    assert "Write in a few words what happened." in response.text
    client.post(url, {"status": "done", "outcome": "Het eerste etentje was gezellig"})
    action.refresh_from_db()
    assert (action.status, action.outcome) == ("done", "Het eerste etentje was gezellig")


def test_a_status_that_is_not_offered_is_refused(client, active_resident):
    action = ActionItemFactory(owner=active_resident, done=True)
    client.force_login(active_resident)
    response = client.post(reverse("meetings:action_move", args=[action.pk]), {"status": "open"})
    assert response.status_code == 400
    action.refresh_from_db()
    assert action.status == "done"


def test_someone_who_sees_the_meeting_but_is_not_the_owner_cannot_move_it(client, meeting, people):
    action = ActionItemFactory(idea=IdeaFactory(meeting=meeting), owner=people["worker"])
    meeting.welcome_everyone = True
    meeting.save()
    client.force_login(people["outsider"])
    assert client.get(reverse("meetings:action", args=[action.pk])).status_code == 200
    url = reverse("meetings:action_move", args=[action.pk])
    assert client.post(url, {"status": "doing"}).status_code == 403


def test_a_stranger_gets_a_404_for_an_action(client, meeting, outsider):
    action = ActionItemFactory(idea=IdeaFactory(meeting=meeting))
    client.force_login(outsider)
    assert client.get(reverse("meetings:action", args=[action.pk])).status_code == 404
    assert client.post(reverse("meetings:action_move", args=[action.pk])).status_code == 404


def test_the_owner_sees_the_action_even_without_seeing_the_meeting(client, meeting, outsider):
    action = ActionItemFactory(idea=IdeaFactory(meeting=meeting), owner=outsider)
    client.force_login(outsider)
    assert client.get(reverse("meetings:action", args=[action.pk])).status_code == 200


def test_an_action_remembers_what_it_became(meeting, worker):
    action = ActionItemFactory(idea=IdeaFactory(meeting=meeting))
    # Until initiatives and activities are merged, any model shows the generic link works.
    services.record_action_became(action, meeting.place, actor=worker)
    action.refresh_from_db()
    assert action.became == meeting.place


def test_my_page_lists_my_actions_and_meetings(client, meeting, active_resident):
    ActionItemFactory(owner=active_resident, what="Te laat", overdue=True)
    services.sign_up(meeting, actor=active_resident)
    client.force_login(active_resident)
    text = client.get("/en/dashboard/").text
    assert "Meetings and actions" in text
    assert "Te laat" in text and "overdue" in text
    assert meeting.title in text


def test_my_page_shows_nothing_of_meetings_to_someone_without_any(client, outsider):
    client.force_login(outsider)
    assert "Meetings and actions" not in client.get("/en/dashboard/").text


def test_due_dates_far_ahead_are_not_overdue():
    action = ActionItem(status="open", due_on=timezone.localdate() + timedelta(days=1))
    assert not action.is_overdue
