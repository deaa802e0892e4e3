"""The card, the A6 PDF and the WhatsApp text speak the invitee's language, while the
inviter's screen stays Dutch; the QR code leads to the activity page in that language."""

import io
import re
import unicodedata
from datetime import time
from urllib.parse import unquote

import pytest
import segno
from django.utils import timezone, translation
from django.utils.formats import date_format
from pypdf import PdfReader

from wijkgoud.invitations import cards

from .factories import InvitationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def for_maryam(active_resident, language_cafe):
    """Fatima (Dutch screen) invites Maryam in Arabic and picks her up."""
    return InvitationFactory(
        inviter=active_resident, activity=language_cafe, invitee_name="Maryam", language="ar",
        company="pick_up", pick_up_at=time(13, 45),
    )  # fmt: skip


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1  # one A6 card
    box = reader.pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (105, 148)
    # Arabic comes out of the PDF as shaped letters (presentation forms): NFKC reads them back.
    return unicodedata.normalize("NFKC", reader.pages[0].extract_text())


def the_date_in(language: str, invitation) -> str:
    with translation.override(language):
        return date_format(timezone.localtime(invitation.occurrence.starts_at), "l j F")


def test_the_card_on_screen_is_in_arabic_while_the_page_is_dutch(client, for_maryam):
    client.force_login(for_maryam.inviter)
    page = client.get(f"/nl/invitations/{for_maryam.pk}/").text
    assert "Uitnodiging voor Maryam" in page  # the inviter's screen
    card = page[page.index('<article class="invitation-card"') : page.index("</article>")]
    assert 'lang="ar" dir="rtl"' in card
    assert "Fatima تدعوك" in card
    assert "مقهى اللغة" in card  # the activity's title as translated by a person
    assert the_date_in("ar", for_maryam) in card
    assert "13:45" in card
    assert "Taalcafé" not in card


def test_without_a_translation_the_card_shows_the_original_text(client, active_resident):
    invitation = InvitationFactory(inviter=active_resident, language="pl", invitee_name="Piotr")
    client.force_login(active_resident)
    page = client.get(f"/nl/invitations/{invitation.pk}/").text
    card = page[page.index('<article class="invitation-card"') : page.index("</article>")]
    assert 'lang="pl" dir="ltr"' in card
    assert f'lang="nl" dir="auto">{invitation.activity.title}' in card
    assert the_date_in("pl", invitation) in card


def test_the_pdf_card_is_a6_and_in_arabic(client, for_maryam):
    client.force_login(for_maryam.inviter)
    response = client.get(f"/nl/invitations/{for_maryam.pk}/card.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(b"".join(response.streaming_content))
    for words in ["Fatima", "Maryam", "13:45"]:
        assert words in text
    # Right-to-left words come out of the PDF in visual order: compare them word by word.
    for arabic in ["مقهى اللغة", the_date_in("ar", for_maryam)]:
        for word in arabic.replace(",", " ").split():
            assert word in text or word[::-1] in text, word


@pytest.mark.parametrize(
    ("language", "invites"),
    [("nl", "nodigt je uit"), ("en", "invites you"), ("tr", "davet ediyor"),
     ("pl", "zaprasza")],
)  # fmt: skip
def test_the_pdf_card_speaks_each_language(active_resident, language_cafe, language, invites):
    invitation = InvitationFactory(
        inviter=active_resident, activity=language_cafe, language=language, invitee_name="Ola"
    )
    text = pdf_text(cards.card_pdf(invitation, "http://testserver/"))
    assert "Fatima" in text and "Ola" in text
    assert invites in text
    assert the_date_in(language, invitation) in text
    assert "Taalcafé" in text  # no translation in this language: the original title


def test_the_qr_code_leads_to_the_activity_page_in_the_invitees_language(for_maryam):
    card = cards.card(for_maryam, "https://wijkgoud.example/")
    url = f"https://wijkgoud.example/ar/activities/{for_maryam.activity.pk}/"
    assert card["url"] == url
    # No QR reader is installed: the same code made from the expected address is identical.
    expected = segno.make(url, error="m", mask=0, micro=False).png_data_uri(scale=4, border=1)
    assert card["qr_code"] == expected
    other = segno.make(url.replace("/ar/", "/nl/"), error="m", mask=0, micro=False)
    assert card["qr_code"] != other.png_data_uri(scale=4, border=1)


def test_the_whatsapp_text_is_in_the_invitees_language(client, for_maryam):
    client.force_login(for_maryam.inviter)
    page = client.get(f"/nl/invitations/{for_maryam.pk}/").text
    link = re.search(r'href="(https://wa\.me/\?text=[^"]+)"', page).group(1)
    text = unquote(link.removeprefix("https://wa.me/?text="))
    assert text.startswith("مرحبًا Maryam!")
    assert "*مقهى اللغة*" in text
    assert the_date_in("ar", for_maryam) in text
    assert "13:45" in text
    assert f"http://testserver/ar/activities/{for_maryam.activity.pk}/" in text
    assert "Werven 12" in text


def test_coffee_with_me_has_the_free_text_and_no_qr_code(client, active_resident):
    invitation = InvitationFactory(
        inviter=active_resident, coffee=True, language="tr", invitee_name="Ayşe"
    )
    client.force_login(active_resident)
    page = client.get(f"/nl/invitations/{invitation.pk}/").text
    assert "Bij mij thuis, donderdag 10 uur" in page
    text = pdf_text(cards.card_pdf(invitation, "http://testserver/"))
    assert "Ayşe" in text and "Bij mij thuis, donderdag 10 uur" in text
    assert "wa.me" in page
    assert "data:image/png" not in page
