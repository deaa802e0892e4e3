import pytest
from django.urls import reverse

from wijkgoud.core.models import AuditEvent
from wijkgoud.initiatives.models import PlanVersion, SectionFeedback

pytestmark = pytest.mark.django_db


def section_url(initiative, key="why"):
    return reverse("initiatives:section", args=[initiative.pk, key])


def test_every_save_that_changes_a_part_keeps_a_version_with_who_and_what(login, initiative):
    client = login(initiative.owner)
    client.post(section_url(initiative), {"text": "Eerste zin"})
    client.post(section_url(initiative), {"text": "Eerste zin"})  # unchanged: no new version
    client.post(section_url(initiative), {"text": "Eerste zin\nTweede zin"})
    versions = list(PlanVersion.objects.order_by("pk"))
    assert [v.text for v in versions] == ["Eerste zin", "Eerste zin\nTweede zin"]
    assert {v.author for v in versions} == {initiative.owner}


def test_the_history_shows_who_changed_what_as_a_diff(login, initiative, worker):
    client = login(initiative.owner)
    client.post(section_url(initiative), {"text": "Oude zin\nBlijft"})
    client.post(section_url(initiative), {"text": "Nieuwe zin\nBlijft"})
    response = login(worker).get(
        reverse("initiatives:section_history", args=[initiative.pk, "why"])
    )
    assert response.status_code == 200
    assert response.text.count("Fatima") >= 2
    newest = response.text.split('class="card version"')[1]
    assert '<li class="diff__added"><ins>' in newest and "Nieuwe zin" in newest
    assert '<li class="diff__removed"><del>' in newest and "Oude zin" in newest


def test_a_budget_version_lists_the_budget_lines(login, initiative):
    from .test_budget_and_planning import budget_post

    data = budget_post([{"description": "Koffie", "kind": "food_and_drinks", "amount": "15"}])
    login(initiative.owner).post(section_url(initiative, "budget"), data)
    assert "- Koffie (food and drinks): € 15.00" in PlanVersion.objects.get().text


def test_a_worker_gives_feedback_that_the_team_reads(login, initiative, worker):
    response = login(worker).post(
        reverse("initiatives:feedback", args=[initiative.pk, "goal"]),
        {"text": "Maak het doel meetbaar."},
    )
    assert response.status_code == 302
    feedback = SectionFeedback.objects.get()
    assert (feedback.author, feedback.section.key) == (worker, "goal")
    assert AuditEvent.objects.filter(action="initiative.feedback_given").exists()

    page = login(initiative.owner).get(section_url(initiative, "goal")).text
    assert "Maak het doel meetbaar." in page and "Sanne" in page
    overview = login(initiative.owner).get(initiative.get_absolute_url()).text
    assert "1 feedback" in overview


def test_feedback_on_one_part_is_not_shown_on_another(login, initiative, worker):
    login(worker).post(
        reverse("initiatives:feedback", args=[initiative.pk, "goal"]), {"text": "Alleen bij doel"}
    )
    assert "Alleen bij doel" not in login(initiative.owner).get(section_url(initiative)).text


def test_the_team_and_budget_holders_cannot_give_feedback_and_outsiders_do_not_see_it(
    login, initiative, budget_holder, outsider
):
    url = reverse("initiatives:feedback", args=[initiative.pk, "why"])
    assert login(initiative.owner).post(url, {"text": "x"}).status_code == 403
    assert login(budget_holder).post(url, {"text": "x"}).status_code == 403
    assert login(outsider).post(url, {"text": "x"}).status_code == 404
    assert login(outsider).get(section_url(initiative)).status_code == 404
    assert not SectionFeedback.objects.exists()


def test_empty_feedback_is_refused_with_a_message(login, initiative, worker):
    response = login(worker).post(
        reverse("initiatives:feedback", args=[initiative.pk, "why"]), {"text": ""}
    )
    assert response.status_code == 400
    assert "Write your feedback first." in response.text


def test_the_owner_gets_a_mail_in_their_own_language_about_feedback(
    login, initiative, worker, mailoutbox, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    from wijkgoud.initiatives.tasks import send_feedback_mail

    initiative.owner.preferred_language = "nl"
    initiative.owner.save()
    with django_capture_on_commit_callbacks(execute=True):
        login(worker).post(
            reverse("initiatives:feedback", args=[initiative.pk, "goal"]), {"text": "Top!"}
        )
    assert DBTaskResult.objects.filter(task_path__endswith="send_feedback_mail").count() == 1

    send_feedback_mail.call(SectionFeedback.objects.get().pk)
    [mail] = mailoutbox
    assert mail.to == [initiative.owner.email]
    assert mail.subject == "Feedback op je plan “Samen wandelen”"
    assert "Sanne" in mail.body and "Doel en resultaten" in mail.body
