"""A decision letter (PDF) can end with a box that explains its glossary words."""

from io import BytesIO

import pytest
from django.utils import translation
from pypdf import PdfReader

from wijkgoud.core import pdf

pytestmark = pytest.mark.django_db

LETTER = """{% extends "pdf/base.html" %}{% load glossary %}
{% block style %}.words-explained { border: 0.3mm solid #999; padding: 3mm; }
.words-explained dt { font-weight: bold; }{% endblock %}
{% block content %}<p>{{ text }}</p>{% words_explained text %}{% endblock %}"""


@pytest.fixture
def letter(settings, tmp_path):
    (tmp_path / "letter_with_words.html").write_text(LETTER)
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}
    ]
    return "letter_with_words.html"


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def test_a_letter_explains_its_glossary_words_in_the_readers_language(letter):
    text = "Dit is de beschikking over je voorschot."
    with translation.override("pl"):
        data = pdf.render_pdf(letter, {"text": text})
    content = pdf_text(data)
    assert "Wyjaśnienie słów" in content
    assert "beschikking" in content and "List z decyzją gminy" in content
    assert "voorschot" in content and "Pieniądze, które dostajesz z góry" in content


def test_a_letter_without_glossary_words_has_no_box(letter):
    with translation.override("nl"):
        data = pdf.render_pdf(letter, {"text": "We eten samen op vrijdag."})
    assert "Uitleg van woorden" not in pdf_text(data)
