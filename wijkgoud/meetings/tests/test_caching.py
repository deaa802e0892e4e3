"""The ideas list of a meeting is rendered once for everyone who sees the same ideas, and
every change shows at once: the meeting counts every change (see meetings/caching.py)."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from wijkgoud.glossary.tests.factories import TermFactory
from wijkgoud.meetings import caching, services
from wijkgoud.meetings.models import ActionItem

from .factories import ActionItemFactory, IdeaFactory, MeetingFactory

pytestmark = pytest.mark.django_db

IDEAS = "meetings/includes/ideas.html"


@pytest.fixture
def idea(meeting):
    return IdeaFactory(meeting=meeting, text="Een moestuin bij de school")


def _page(client, meeting, language="nl"):
    return client.get(f"/{language}/meetings/{meeting.pk}/")


def _rendered(response) -> bool:
    return IDEAS in [template.name for template in response.templates]


def test_the_list_is_rendered_once_for_everyone_who_sees_the_same_ideas(
    client, meeting, idea, active_resident, worker
):
    client.force_login(active_resident)
    assert _rendered(_page(client, meeting))
    again = _page(client, meeting)
    assert not _rendered(again) and "Een moestuin bij de school" in again.text
    client.force_login(worker)  # a worker of the area: the same list, from the cache
    response = _page(client, meeting)
    assert not _rendered(response) and "Een moestuin bij de school" in response.text


def test_a_new_idea_shows_at_once(client, meeting, idea, active_resident):
    client.force_login(active_resident)
    _page(client, meeting)
    services.capture_idea(meeting, "Een buurtbarbecue", actor=active_resident)
    assert "Een buurtbarbecue" in _page(client, meeting).text


def test_a_new_action_and_an_agreed_idea_show_at_once(client, meeting, idea, active_resident):
    client.force_login(active_resident)
    _page(client, meeting)
    services.add_action(
        idea, actor=active_resident, what="Grond vragen", first_step="Mail de school",
        due_on=timezone.localdate() + timedelta(days=7), owner=active_resident,
    )  # fmt: skip
    services.agree_idea(idea, actor=active_resident)
    text = _page(client, meeting).text
    assert "Grond vragen" in text and "status--agreed" in text


def test_a_parked_idea_shows_its_reason_at_once(client, meeting, idea, active_resident):
    client.force_login(active_resident)
    _page(client, meeting)
    services.park_idea(idea, "Eerst na de zomer", actor=active_resident)
    assert "Eerst na de zomer" in _page(client, meeting).text


def test_an_action_moved_on_shows_what_happened_at_once(client, meeting, idea, active_resident):
    action = ActionItemFactory(idea=idea, owner=active_resident)
    client.force_login(active_resident)
    _page(client, meeting)
    services.move_action(action, ActionItem.Status.DONE, actor=active_resident, outcome="Gelukt!")
    assert "Gelukt!" in _page(client, meeting).text


def test_an_owner_who_changes_their_name_shows_by_the_new_name_when_the_copy_expires(
    client, meeting, idea, active_resident, worker
):
    ActionItemFactory(idea=idea, owner=worker)
    client.force_login(active_resident)
    _page(client, meeting)
    worker.display_name = "Karim van het buurtteam"
    worker.save(update_fields=["display_name"])
    assert "Karim van het buurtteam" not in _page(client, meeting).text  # the kept copy
    with time_machine.travel(timezone.now() + timedelta(seconds=caching.SECONDS + 1)):
        client.force_login(active_resident)
        assert "Karim van het buurtteam" in _page(client, meeting).text


def test_an_admin_s_fix_and_removal_of_an_action_show_at_once(
    admin_client, meeting, idea, active_resident
):
    action = ActionItemFactory(
        idea=idea, owner=active_resident, created_by=active_resident, what="Grond vargen"
    )
    assert "Grond vargen" in _page(admin_client, meeting).text
    form = (
        admin_client.get(f"/nl/admin/meetings/actionitem/{action.pk}/change/")
        .context["adminform"]
        .form
    )
    data = {name: value for name, value in form.initial.items() if value is not None}
    response = admin_client.post(
        f"/nl/admin/meetings/actionitem/{action.pk}/change/", data | {"what": "Grond vragen"}
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert "Grond vragen" in _page(admin_client, meeting).text
    response = admin_client.post(
        "/nl/admin/meetings/actionitem/",
        {"action": "delete_selected", "_selected_action": [action.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert "Grond vragen" not in _page(admin_client, meeting).text


def test_each_language_gets_the_list_in_its_own_words(client, meeting, idea, active_resident):
    ActionItemFactory(idea=idea, owner=active_resident)
    client.force_login(active_resident)
    assert "trekker:" in _page(client, meeting, "nl").text
    english = _page(client, meeting, "en")
    assert _rendered(english)
    assert "owner:" in english.text and f"/en/meetings/ideas/{idea.pk}/" in english.text


def test_an_action_becomes_overdue_at_midnight_although_nothing_changed(
    client, meeting, idea, active_resident
):
    due = timezone.localdate() + timedelta(days=1)
    ActionItemFactory(idea=idea, owner=active_resident, due_on=due)
    client.force_login(active_resident)
    assert "status--overdue" not in _page(client, meeting).text
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        client.force_login(active_resident)
        assert "status--overdue" in _page(client, meeting).text


def test_the_previous_meeting_s_list_follows_its_changes_too(
    client, de_werven, active_resident, series_meetings
):
    last, meeting = series_meetings
    idea = IdeaFactory(meeting=last, text="Bankjes in het park")
    client.force_login(active_resident)
    assert "Bankjes in het park" in _page(client, meeting).text
    services.park_idea(idea, "Geen geld dit jaar", actor=active_resident)
    assert "Geen geld dit jaar" in _page(client, meeting).text


def test_the_kept_list_explains_glossary_words_with_ids_of_its_own(
    client, meeting, active_resident, glossary_marking
):
    TermFactory(word="moestuin", meaning="Een tuin voor groente.")
    IdeaFactory(meeting=meeting, status="parked", parked_reason="Eerst een moestuin zoeken")
    client.force_login(active_resident)
    for _ in range(2):  # rendered and marked, then from the cache
        text = _page(client, meeting).text
        ideas = text[text.index('<ul class="ideas">') :]
        assert f'aria-describedby="term-tip-ideas-{meeting.pk}-1">moestuin</a>' in ideas
        assert "Een tuin voor groente." in ideas
        ids = re.findall(r'id="(term-tip-[^"]+)"', text)
        assert len(ids) == len(set(ids))


@pytest.fixture
def series_meetings(de_werven, active_resident):
    from .factories import SeriesFactory

    series = SeriesFactory()
    last = MeetingFactory(area=de_werven, series=series, host=active_resident, past=True)
    return last, MeetingFactory(area=de_werven, series=series, host=active_resident)
