"""The plan coach: a page per part, saving part-way, ready marks, the next step."""

import pytest
from django.urls import reverse

from wijkgoud.initiatives.coach import STEPS
from wijkgoud.initiatives.models import PlanSection

pytestmark = pytest.mark.django_db


def url(initiative, key):
    return reverse("initiatives:section", args=[initiative.pk, key])


def test_each_part_asks_its_question_with_why_and_an_example(login, initiative):
    client = login(initiative.owner)
    for step in STEPS:
        response = client.get(url(initiative, step.key))
        assert response.status_code == 200
        assert str(step.question) in response.text
        assert str(step.why) in response.text
        assert str(step.example) in response.text


def test_the_coach_speaks_the_users_language(login, initiative):
    response = login(initiative.owner).get(url(initiative, "why").replace("/en/", "/nl/", 1))
    assert 'lang="nl"' in response.text
    assert "Waarom is dit belangrijk?" in response.text


def test_saving_part_way_keeps_the_text_and_stays_on_the_part(login, initiative):
    client = login(initiative.owner)
    response = client.post(url(initiative, "why"), {"text": "Half af"})
    assert response.status_code == 302
    assert response.url == url(initiative, "why")
    section = PlanSection.objects.get(initiative=initiative, key="why")
    assert (section.text, section.is_ready) == ("Half af", False)
    assert "Half af" in client.get(url(initiative, "why")).text


def test_save_and_next_goes_to_the_following_part_and_after_the_last_to_the_overview(
    login, initiative
):
    client = login(initiative.owner)
    response = client.post(url(initiative, "why"), {"text": "Omdat", "next": "1"})
    assert response.url == url(initiative, "goal")
    response = client.post(url(initiative, "evaluation"), {"text": "Terugkijken", "next": "1"})
    assert response.url == initiative.get_absolute_url()


def test_a_part_cannot_be_ready_without_any_text(login, initiative):
    response = login(initiative.owner).post(url(initiative, "why"), {"text": " ", "is_ready": "on"})
    assert response.status_code == 400
    assert "Write something first, then tick that it is ready." in response.text
    assert not PlanSection.objects.exists()


def test_the_overview_counts_ready_parts_and_hints_the_first_unfinished_one(login, initiative):
    client = login(initiative.owner)
    client.post(url(initiative, "why"), {"text": "Omdat", "is_ready": "on"})
    client.post(url(initiative, "goal"), {"text": "Doel"})
    response = client.get(initiative.get_absolute_url())
    assert "1 of 10 parts is ready." in response.text
    assert "Next: the part “Goal and results”." in response.text
    assert url(initiative, "goal") in response.text


def test_when_every_part_is_ready_the_hint_says_so(login, initiative):
    for step in STEPS:
        PlanSection.objects.create(initiative=initiative, key=step.key, text="x", is_ready=True)
    response = login(initiative.owner).get(initiative.get_absolute_url())
    assert "10 of 10 parts are ready." in response.text
    assert "Your plan is ready." in response.text


def test_a_team_member_can_write_but_a_worker_only_reads(login, initiative, worker):
    from wijkgoud.core.tests.factories import UserFactory

    member = UserFactory()
    initiative.team.add(member)
    assert login(member).post(url(initiative, "why"), {"text": "Van het team"}).status_code == 302
    client = login(worker)
    response = client.get(url(initiative, "why"))
    assert "Van het team" in response.text
    assert 'name="text"' not in response.text.split("feedback-heading")[0]
    assert client.post(url(initiative, "why"), {"text": "Niet van mij"}).status_code == 403
    assert PlanSection.objects.get(key="why").text == "Van het team"


def test_an_outsider_cannot_write(login, initiative, outsider):
    assert login(outsider).post(url(initiative, "why"), {"text": "x"}).status_code == 404


def test_the_answer_field_is_described_by_the_question_and_the_jargon_advice(login, initiative):
    text = login(initiative.owner).get(url(initiative, "goal")).text
    assert 'id="coach-question"' in text
    assert 'aria-describedby="coach-question jargon-text"' in text
    assert 'id="jargon-text"' in text


def test_checking_the_text_shows_the_advice_and_saves_nothing(login, initiative):
    client = login(initiative.owner)
    typed = "Wij vragen een beschikking aan voor het buurtfeest."
    response = client.post(url(initiative, "why"), {"text": typed, "check_text": "1"})
    assert response.status_code == 200
    assert "<strong>besluit, brief met het besluit</strong>" in response.text
    assert typed in response.text  # nothing typed is lost
    assert 'src="/static/glossary/glossary.js"' in response.text
    assert not PlanSection.objects.exists()

    response = client.post(url(initiative, "why"), {"text": typed})
    assert response.status_code == 302
    assert PlanSection.objects.get(key="why").text == typed


def test_a_budget_with_lines_but_no_words_counts_as_started(login, initiative):
    from .factories import BudgetLineFactory

    BudgetLineFactory(initiative=initiative)
    text = login(initiative.owner).get(initiative.get_absolute_url()).text
    budget = text.split("Budget and other funding")[1].split("</li>")[0]
    assert "started" in budget
    assert "not started" not in budget
