"""The weekly poster of an area: a PDF for the notice board, in one or two languages."""

from datetime import datetime, time, timedelta

import segno
from django import forms
from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_ratelimit.decorators import ratelimit

from wijkgoud.core.models import Area
from wijkgoud.core.pdf import pdf_response, render_pdf
from wijkgoud.core.views import too_many_requests

from .models import Occurrence, attach_texts


class PosterForm(forms.Form):
    week = forms.ChoiceField(
        label=_("Which week"), choices=[("this", _("This week")), ("next", _("Next week"))]
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    second_language = forms.ChoiceField(
        label=_("Second language (optional)"),
        choices=[("", _("None")), *settings.LANGUAGES],
        required=False,
    )
    size = forms.ChoiceField(label=_("Paper size"), choices=[("A4", "A4"), ("A3", "A3")])

    def clean(self):
        data = super().clean()
        if data.get("second_language") == data.get("language"):
            data["second_language"] = ""
        return data


def poster_form(request: HttpRequest, pk: int) -> HttpResponse:
    area = get_object_or_404(Area, pk=pk)
    form = PosterForm(initial={"language": request.LANGUAGE_CODE, "week": "this", "size": "A4"})
    return render(request, "activities/poster_form.html", {"area": area, "form": form})


@ratelimit(key="ip", rate="60/h", block=False)
def poster_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    if getattr(request, "limited", False):
        return too_many_requests(request)
    area = get_object_or_404(Area, pk=pk)
    form = PosterForm(request.GET)
    if not form.is_valid():
        return render(request, "activities/poster_form.html", {"area": area, "form": form})
    data = form.cleaned_data
    pdf = build_poster(
        area,
        data["week"],
        data["language"],
        data["second_language"],
        data["size"],
        base_url=request.build_absolute_uri("/"),
    )
    return pdf_response(pdf, f"wijkgoud-{area.pk}-{data['size']}.pdf")


def week_start(which: str):
    today = timezone.localdate()
    monday = today - timedelta(days=today.weekday())
    return monday + timedelta(days=7) if which == "next" else monday


# A poster is one sheet on a notice board (A3 is A4 made larger): beyond this many
# activities it lists the first ones and sends people to the finder for the rest, with
# a QR code to this week in this area.
MOST_ACTIVITIES = 7


def build_poster(area: Area, week: str, first: str, second: str, size: str, *, base_url: str):
    """Render the PDF: each activity of the week once, with its days and times, its
    pictogram and a QR code to its page; cancelled dates struck through."""
    monday = week_start(week)
    start = timezone.make_aware(datetime.combine(monday, time.min))
    end = start + timedelta(days=7)
    languages = [code for code in [first, second] if code]
    dates = list(
        Occurrence.objects.filter(starts_at__gte=start, starts_at__lt=end, listed=True)
        .filter(Q(activity__area=area) | Q(activity__area__parent=area))
        .select_related("activity__place")
        .order_by("starts_at", "pk")
    )
    rows: dict[int, dict] = {}
    for occurrence in dates:
        row = rows.setdefault(
            occurrence.activity_id, {"activity": occurrence.activity, "dates": []}
        )
        row["dates"].append(occurrence)
    shown = list(rows.values())[:MOST_ACTIVITIES]
    attach_texts([row["activity"] for row in shown], languages)
    root = base_url.rstrip("/")
    for row in shown:
        activity = row["activity"]
        row["texts"] = [activity.shown_text(code) for code in languages]
        row["qr_code"] = _qr(root + activity.get_absolute_url())
    finder = f"{root}{reverse('activities:finder')}?when=week&area={area.pk}"
    context = {
        "area": area,
        "rows": shown,
        "more": len(rows) - len(shown),
        "finder_qr_code": _qr(finder),
        "languages": languages,
        "monday": monday,
        "sunday": monday + timedelta(days=6),
        "size": size,
    }
    return render_pdf("activities/poster.html", context)


def _qr(url: str) -> str:
    # A small PNG: WeasyPrint draws raster images much faster than SVG paths. A fixed mask
    # skips segno's search for the best one, which costs more than drawing the code.
    return segno.make(url, error="m", mask=0, micro=False).png_data_uri(scale=4, border=1)
