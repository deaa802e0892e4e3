"""PDFs from templates (WeasyPrint): posters, plans, letters, cards and reports.

A PDF template extends "pdf/base.html" (blocks: title, page_size, style, content).
Nothing is fetched from the network: WeasyPrint may only open data: URLs (QR codes from
segno's svg_data_uri) and static files, written as {{ STATIC_PREFIX }}wijkgoud/favicon.svg.
"""

from io import BytesIO
from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import FileResponse
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher

STATIC_PREFIX = "static:"


class StaticOnly(URLFetcher):
    """data: URLs and our static files; anything else is refused."""

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        path = url.startswith(STATIC_PREFIX) and finders.find(url.removeprefix(STATIC_PREFIX))
        if path:
            return super().fetch(Path(path).as_uri(), headers)
        raise ValueError(f"PDFs do not fetch {url!r}")


def render_pdf(template_name: str, context: dict, request=None) -> bytes:
    html = render_to_string(template_name, context | {"STATIC_PREFIX": STATIC_PREFIX}, request)
    return HTML(string=html, url_fetcher=StaticOnly(fail_on_errors=True)).write_pdf()


def pdf_response(pdf: bytes, filename: str, *, download: bool = False) -> FileResponse:
    """Opens in the browser's PDF viewer (to print), or downloads with download=True."""
    return FileResponse(
        BytesIO(pdf), as_attachment=download, filename=filename, content_type="application/pdf"
    )
