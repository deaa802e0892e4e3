from decimal import Decimal
from io import BytesIO

import pytest
from django.urls import reverse
from pypdf import PdfReader

from wijkgoud.initiatives.models import PlanSection

from .factories import BudgetLineFactory, MilestoneFactory, OtherFundingFactory

pytestmark = pytest.mark.django_db


def pdf_text(response) -> str:
    body = b"".join(response.streaming_content)
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(body)).pages)


@pytest.fixture
def written(initiative):
    PlanSection.objects.create(initiative=initiative, key="why", text="Veel buren zijn alleen.")
    PlanSection.objects.create(initiative=initiative, key="goal", text="Tien buren lopen mee.")
    MilestoneFactory(initiative=initiative, title="Eerste wandeling")
    BudgetLineFactory(initiative=initiative, description="Koffie", amount=Decimal("150"))
    BudgetLineFactory(initiative=initiative, description="Flyers", kind="publicity", amount=40)
    OtherFundingFactory(initiative=initiative, source="Eigen bijdrage", amount=Decimal("20"))
    return initiative


def test_the_plan_pdf_holds_every_part_the_lines_and_the_totals(login, written, worker):
    # Its speed (< 1 s) is held by `make bench`; this machine is shared, so not timed here.
    response = login(worker).get(reverse("initiatives:pdf", args=[written.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response)
    for expected in [
        "Samen wandelen",
        "1. Why",
        "Veel buren zijn alleen.",
        "Tien buren lopen mee.",
        "10. Evaluation and continuity",
        "Not written yet.",
        "Eerste wandeling",
        "Koffie",
        "€ 190.00",
        "Eigen bijdrage",
        "Still needed: € 170.00",
        "Fatima",
    ]:
        assert expected in text, expected


def test_the_plan_pdf_is_in_the_readers_language(login, written):
    url = reverse("initiatives:pdf", args=[written.pk]).replace("/en/", "/nl/", 1)
    text = pdf_text(login(written.owner).get(url))
    assert "1. Waarom" in text
    assert "€ 190,00" in text


def test_the_printable_plan_page_shows_the_whole_plan(login, written, budget_holder):
    response = login(budget_holder).get(reverse("initiatives:plan", args=[written.pk]))
    assert response.status_code == 200
    assert "Veel buren zijn alleen." in response.text
    assert "Koffie" in response.text
    assert "Still needed: € 170.00" in response.text
