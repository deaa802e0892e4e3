"""The meeting report (print view and PDF): who came per role, names only of those who
allowed it, the ideas with their actions, owners and due dates."""

from datetime import date
from io import BytesIO

import pytest
from django.urls import reverse
from pypdf import PdfReader

from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.meetings import services

from .factories import ActionItemFactory, IdeaFactory, LessonFactory

pytestmark = pytest.mark.django_db


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(data)).pages)


@pytest.fixture
def held(meeting, active_resident, worker, budget_holder):
    services.sign_up(meeting, actor=active_resident, show_name=True)
    services.sign_up(meeting, actor=worker, show_name=False)
    services.sign_up(meeting, actor=UserFactory(display_name="Verborgen Vera"))
    services.add_guest(meeting, "Gast Gerrit", actor=active_resident)
    agreed = IdeaFactory(meeting=meeting, text="Samen koken op vrijdag")
    ActionItemFactory(
        idea=agreed, what="Keuken reserveren", owner=active_resident, due_on=date(2099, 5, 6)
    )
    ActionItemFactory(idea=agreed, what="Recepten vragen", owner=None, owner_name="Ayşe")
    services.agree_idea(agreed, actor=worker)
    parked = IdeaFactory(meeting=meeting, text="Een buurtbus")
    services.park_idea(parked, "Te duur voor nu", actor=worker)
    LessonFactory(meeting=meeting, text="Vraag eerst wat mensen nodig hebben")
    return meeting


def test_the_pdf_report_holds_attendance_ideas_actions_owners_and_dates(client, held, worker):
    client.force_login(worker)
    response = client.get(f"/en/meetings/{held.pk}/report.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(b"".join(response.streaming_content))
    assert "Report: Taalcafé van Fatima" in text
    assert "active resident 1" in text
    assert "neighbourhood worker 1" in text
    assert "resident 1" in text
    assert "guest without an account 1" in text
    assert "Total 4" in text
    assert "Fatima" in text  # allowed her name
    assert "Sanne" not in text and "Verborgen Vera" not in text and "Gast Gerrit" not in text
    assert "Samen koken op vrijdag (agreed)" in text
    assert "Keuken reserveren" in text and "6-5-2099" in text
    assert "Recepten vragen" in text and "Ayşe" in text
    assert "Een buurtbus (parked)" in text and "Te duur voor nu" in text
    assert "Vraag eerst wat mensen nodig hebben" in text


def test_the_print_view_shows_the_same(client, held, active_resident):
    client.force_login(active_resident)
    text = client.get(reverse("meetings:report", args=[held.pk])).text
    assert "Samen koken op vrijdag" in text and "Keuken reserveren" in text
    assert "Verborgen Vera" not in text


def test_the_report_in_arabic_renders(client, held, active_resident):
    client.force_login(active_resident)
    response = client.get(f"/ar/meetings/{held.pk}/report.pdf")
    assert "Keuken reserveren" in pdf_text(b"".join(response.streaming_content))
