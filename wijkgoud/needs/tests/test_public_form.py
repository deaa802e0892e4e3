"""The public page "I have a question": no account, no JavaScript, a honeypot, a rate limit."""

import re

import pytest
from django.utils import translation

from wijkgoud.core.models import AuditEvent
from wijkgoud.needs.models import Need

from .factories import en

pytestmark = pytest.mark.django_db


def _form(area, **changes) -> dict:
    return {
        "words": "Ik wil graag Nederlands oefenen.",
        "categories": ["language", "loneliness"],
        "area": area.pk,
        "language": "ar",
        "name": "Amina",
        "contact_by": "phone",
        "phone": "06 12345678",
        "email": "",
        "address": "",
        "contact_when": "na 16 uur",
        "days": ["2"],
        "website": "",
    } | changes


def test_a_neighbour_sends_a_question_without_an_account(client, de_werven):
    response = client.post(en("needs:ask"), _form(de_werven), follow=True)
    need = Need.objects.get()
    assert (need.status, need.source, need.share_with, need.consent_how) == (
        "new", "public", "wijkteam", "self",
    )  # fmt: skip
    assert need.categories == ",language,loneliness," and need.recorded_by is None
    assert "They call you" in response.text
    assert AuditEvent.objects.filter(action="need.created").exists()


def test_no_e_mail_is_needed_coming_by_is_fine(client, de_werven):
    form = _form(de_werven, contact_by="come_by", phone="06 12345678")
    response = client.post(en("needs:ask"), form, follow=True)
    need = Need.objects.get()
    assert need.phone == ""  # not stored: not given to be reached that way
    assert "Come by the community centre" in response.text


def test_bad_input_gets_a_message_by_the_field_and_keeps_what_was_typed(client, de_werven):
    form = _form(
        de_werven, contact_by="email", phone="", email="", words="Ik zoek hulp bij brieven."
    )
    response = client.post(en("needs:ask"), form)
    assert response.status_code == 200
    assert "Write an e-mail address, so we can write to you." in response.text
    assert "Ik zoek hulp bij brieven." in response.text
    assert 'value="Amina"' in response.text
    assert re.search(r'value="loneliness"[^>]*checked', response.text)
    assert not Need.objects.exists()


def test_the_message_is_in_the_visitors_language(client, de_werven):
    with translation.override("nl"):
        from django.urls import reverse

        url = reverse("needs:ask")
    response = client.post(url, _form(de_werven, name=""))
    assert "Dit veld is verplicht." in response.text


def test_a_robot_filling_the_honeypot_is_refused(client, de_werven):
    response = client.post(en("needs:ask"), _form(de_werven, website="http://spam.example"))
    assert response.status_code == 200 and not Need.objects.exists()


def test_too_many_questions_from_one_address_get_429(client, de_werven):
    for _ in range(10):
        client.post(en("needs:ask"), _form(de_werven))
    assert client.post(en("needs:ask"), _form(de_werven)).status_code == 429
    assert Need.objects.count() == 10


def test_the_page_works_without_javascript(client):
    page = client.get(en("needs:ask")).text
    assert '<form method="post"' in page and 'type="submit"' in page
    form = page[page.index('<form method="post"') : page.index("</form>")]
    assert "<script" not in form and "onclick" not in form


def test_the_thank_you_page_without_a_question_goes_back_to_the_form(client):
    response = client.get(en("needs:ask_done"))
    assert response.status_code == 302 and response.headers["Location"] == en("needs:ask")
