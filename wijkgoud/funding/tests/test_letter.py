"""The decision letter: a PDF in plain words, in the applicant's own language."""

from decimal import Decimal
from io import BytesIO

import pytest
from django.urls import reverse
from pypdf import PdfReader

from .factories import ApplicationFactory, granted_application

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]


def pdf_text(data: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(BytesIO(data)).pages
    )


EXPECTED = {
    "nl": ["Besluit over je aanvraag", "Je krijgt € 600,00. Dat is een deel van wat je vroeg."],
    "en": ["Decision on your application", "You get € 600.00. That is part of what you asked."],
    "tr": ["Başvurunuz hakkında karar", "600,00 € alıyorsunuz."],  # noqa: RUF001
    "pl": ["Decyzja w sprawie twojego wniosku", "Dostajesz 600,00 €."],
    "ar": ["قرار بشأن طلبك", "ستحصل على", "600,00"],
}


@pytest.mark.parametrize("language", EXPECTED)
def test_a_partial_grant_letter_is_in_the_applicants_language(client, budget_holder, language):
    application = granted_application(reasons="De flyers zijn te duur.")
    application.applicant.preferred_language = language
    application.applicant.save()
    client.force_login(budget_holder)
    response = client.get(reverse("funding:application_letter", args=[application.pk]))
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(b"".join(response.streaming_content))
    for expected in EXPECTED[language]:
        assert expected in text, text
    assert application.iban in text.replace(" ", "")
    assert "De flyers zijn te duur" in text


def test_a_rejection_letter_gives_the_reasons(client):
    application = ApplicationFactory(rejected=True, amount_asked=Decimal("900"))
    client.force_login(application.applicant)
    response = client.get(reverse("funding:application_letter", args=[application.pk]))
    text = pdf_text(b"".join(response.streaming_content))
    assert "Je krijgt geen geld van dit fonds." in text
    assert "Dit is een eenmalig feest." in text


def test_there_is_no_letter_before_the_decision(client):
    application = ApplicationFactory(advised=True)
    client.force_login(application.applicant)
    response = client.get(reverse("funding:application_letter", args=[application.pk]))
    assert response.status_code == 403


WORDS_EXPLAINED = {
    "nl": ("Uitleg van woorden", "Een brief met een besluit van de gemeente"),
    "ar": (None, "رسالة فيها قرار من البلدية"),
}


@pytest.mark.usefixtures("seeded_glossary")
@pytest.mark.parametrize("language", WORDS_EXPLAINED)
def test_the_letter_explains_the_office_words_in_its_reasons(client, language):
    application = ApplicationFactory(
        rejected=True, reasons="Je kreeg vorig jaar al een beschikking voor dit feest."
    )
    application.applicant.preferred_language = language
    application.applicant.save()
    client.force_login(application.applicant)
    response = client.get(reverse("funding:application_letter", args=[application.pk]))
    text = pdf_text(b"".join(response.streaming_content))
    heading, meaning = WORDS_EXPLAINED[language]
    if heading:
        assert heading in text, text
    assert "beschikking" in text.split("beschikking voor dit feest")[-1], text
    assert " ".join(meaning.split()) in text, text


@pytest.mark.usefixtures("seeded_glossary")
def test_the_letter_explains_voorschot_in_the_conditions_and_reasons(client, budget_holder):
    application = granted_application(
        reasons="Het voorschot is kleiner: de flyers zijn te duur.",
        conditions="Zet het logo van de gemeente op de flyer.",
    )
    application.applicant.preferred_language = "en"
    application.applicant.save()
    client.force_login(budget_holder)
    response = client.get(reverse("funding:application_letter", args=[application.pk]))
    text = pdf_text(b"".join(response.streaming_content))
    assert "Words explained" in text
    assert "voorschot Money you get in advance, before your activity starts." in text, text


def test_a_letter_in_plain_words_has_no_words_explained_box(client):
    application = ApplicationFactory(rejected=True)
    client.force_login(application.applicant)
    response = client.get(reverse("funding:application_letter", args=[application.pk]))
    assert "Uitleg van woorden" not in pdf_text(b"".join(response.streaming_content))
