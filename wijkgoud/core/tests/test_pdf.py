from io import BytesIO

import pytest
from django.utils import translation
from pypdf import PdfReader

from wijkgoud.core import pdf


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


@pytest.fixture
def template(settings, tmp_path):
    (tmp_path / "letter.html").write_text(
        '{% extends "pdf/base.html" %}{% block content %}<h1>{{ title }}</h1>'
        '<img src="{{ STATIC_PREFIX }}wijkgoud/favicon.svg" alt="">{% endblock %}'
    )
    # Assigned, not changed in place: Django then rebuilds its template engines, also when
    # an earlier test in this process already rendered a template.
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}
    ]
    return "letter.html"


def test_a_pdf_holds_the_text_and_may_use_static_files(template):
    with translation.override("ar"):
        data = pdf.render_pdf(template, {"title": "Koffieochtend in De Werven"})
    assert data.startswith(b"%PDF")
    assert "Koffieochtend in De Werven" in pdf_text(data)


def test_a_pdf_fetches_nothing_from_the_network():
    with pytest.raises(ValueError, match="do not fetch"):
        pdf.StaticOnly().fetch("https://example.org/tracker.png")
    with pytest.raises(ValueError, match="do not fetch"):
        pdf.StaticOnly().fetch("file:///etc/passwd")


def test_the_response_opens_in_the_browser_or_downloads():
    response = pdf.pdf_response(b"%PDF-1.7", "poster.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="poster.pdf"'
    assert pdf.pdf_response(b"", "a.pdf", download=True)["Content-Disposition"].startswith(
        "attachment"
    )
