import pytest
from django.urls import reverse

from wijkgoud.core.models import AuditEvent
from wijkgoud.initiatives.models import Initiative

from .factories import InitiativeFactory

pytestmark = pytest.mark.django_db


def test_an_active_resident_starts_an_initiative_and_lands_in_the_coach(
    login, active_resident, de_werven
):
    client = login(active_resident)
    response = client.post(
        reverse("initiatives:create"),
        {"title": "Taalcafé", "summary": "Samen praten.", "areas": [de_werven.pk]},
    )
    initiative = Initiative.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("initiatives:section", args=[initiative.pk, "why"])
    assert initiative.owner == active_resident
    assert initiative.stage == Initiative.Stage.IDEA
    assert list(initiative.areas.all()) == [de_werven]
    assert AuditEvent.objects.filter(action="initiative.created", actor=active_resident).exists()


def test_starting_without_a_title_or_area_says_so_and_keeps_what_was_typed(login, active_resident):
    response = login(active_resident).post(
        reverse("initiatives:create"), {"title": "", "summary": "Een zin die blijft staan."}
    )
    assert response.status_code == 200
    assert "Give your initiative a name." in response.text
    assert "Choose at least one area." in response.text
    assert "Een zin die blijft staan." in response.text
    assert not Initiative.objects.exists()


def test_someone_without_the_active_resident_role_cannot_start_one(login, outsider, worker):
    assert login(outsider).get(reverse("initiatives:create")).status_code == 403
    assert login(worker).post(reverse("initiatives:create"), {"title": "x"}).status_code == 403


def test_an_area_of_another_wijk_cannot_be_chosen(login, active_resident):
    from wijkgoud.core.tests.factories import AreaFactory

    elsewhere = AreaFactory(name="Stad buurt 1")
    response = login(active_resident).post(
        reverse("initiatives:create"), {"title": "Taalcafé", "areas": [elsewhere.pk]}
    )
    assert response.status_code == 200
    assert not Initiative.objects.exists()


def test_the_list_shows_only_what_the_person_may_see(login, initiative, outsider, worker):
    other = InitiativeFactory(title="Iets van een ander")
    own = login(initiative.owner).get(reverse("initiatives:list")).text
    assert "Samen wandelen" in own and "Iets van een ander" not in own
    assert "Samen wandelen" in login(worker).get(reverse("initiatives:list")).text
    assert "Samen wandelen" not in login(outsider).get(reverse("initiatives:list")).text
    assert other.title not in login(worker).get(reverse("initiatives:list")).text


def test_the_overview_shows_every_part_and_the_next_step(login, initiative):
    response = login(initiative.owner).get(initiative.get_absolute_url())
    assert response.status_code == 200
    for title in [
        "Why",
        "Goal and results",
        "Budget and other funding",
        "Evaluation and continuity",
    ]:
        assert title in response.text
    assert "0 of 10 parts are ready." in response.text
    assert "Start with the first part" in response.text


def test_a_team_member_edits_the_details_and_a_wrong_date_order_is_refused(
    login, initiative, de_werven
):
    client = login(initiative.owner)
    data = {
        "title": "Samen wandelen",
        "summary": "Elke week.",
        "areas": [de_werven.pk],
        "starts_on": "2027-05-01",
        "ends_on": "2027-04-01",
        "applicant_kind": "penvoerder",
        "penvoerder_name": "",
    }
    response = client.post(reverse("initiatives:edit", args=[initiative.pk]), data)
    assert response.status_code == 200
    assert "The end cannot be before the start." in response.text
    assert "Write the name of the foundation that applies for you." in response.text
    assert 'value="2027-05-01"' in response.text

    data |= {"ends_on": "2027-11-01", "penvoerder_name": "Stichting Haven"}
    response = client.post(reverse("initiatives:edit", args=[initiative.pk]), data)
    assert response.status_code == 302
    initiative.refresh_from_db()
    assert str(initiative.ends_on) == "2027-11-01"
    assert initiative.penvoerder_name == "Stichting Haven"


def test_a_worker_reads_but_cannot_edit(login, initiative, worker):
    client = login(worker)
    assert client.get(initiative.get_absolute_url()).status_code == 200
    assert client.get(reverse("initiatives:edit", args=[initiative.pk])).status_code == 403


def test_a_worker_of_another_wijk_and_an_outsider_get_404(login, initiative, outsider):
    from wijkgoud.core.tests.factories import AreaFactory, UserFactory

    elsewhere = UserFactory(roles=[("worker", AreaFactory())], totp=True)
    for person in (elsewhere, outsider):
        client = login(person)
        assert client.get(initiative.get_absolute_url()).status_code == 404
        assert client.get(reverse("initiatives:pdf", args=[initiative.pk])).status_code == 404


def test_an_unknown_initiative_or_part_is_404(login, initiative):
    client = login(initiative.owner)
    assert client.get(reverse("initiatives:detail", args=[999999])).status_code == 404
    assert (
        client.get(reverse("initiatives:section", args=[initiative.pk, "nope"])).status_code == 404
    )


def test_a_long_list_comes_in_pages(login, initiative, worker):
    for n in range(30):
        InitiativeFactory(title=f"Idee {n:02d}", areas=[initiative.areas.get()])
    client = login(worker)
    first = client.get(reverse("initiatives:list")).text
    assert "Page 1 of 2" in first and "Idee 29" in first and "Samen wandelen" not in first
    second = client.get(reverse("initiatives:list") + "?page=2").text
    assert "Samen wandelen" in second
    assert client.get(reverse("initiatives:list") + "?page=banana").status_code == 200


def test_what_we_learned_at_a_meeting_held_here_is_on_the_initiative_page(login, initiative):
    from wijkgoud.meetings import services
    from wijkgoud.meetings.tests.factories import MeetingFactory

    client = login(initiative.owner)
    assert "What we learned here" not in client.get(initiative.get_absolute_url()).text
    meeting = MeetingFactory(title="Keukenbezoek wandelclub")
    services.set_hosted_at(meeting, initiative, actor=meeting.host)
    services.add_lesson(meeting, "Loop een vaste route.", actor=meeting.host)
    text = client.get(initiative.get_absolute_url()).text
    assert "What we learned here" in text
    assert "Loop een vaste route." in text and "Keukenbezoek wandelclub" in text
