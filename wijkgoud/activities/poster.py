"""The weekly poster of an area: a PDF for the notice board, in one or two languages."""

from datetime import datetime, time, timedelta

import segno
from django import forms
from django.conf import settings
from django.db.models import Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_ratelimit.decorators import ratelimit

from wijkgoud.core.models import Area
from wijkgoud.core.pdf import pdf_response, render_pdf
from wijkgoud.core.views import too_many_requests

from .models import Activity, ActivityText, Occurrence


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


def build_poster(area: Area, week: str, first: str, second: str, size: str, *, base_url: str):
    """Render the PDF: each day of the week with its activities, pictograms and QR codes."""
    monday = week_start(week)
    start = timezone.make_aware(datetime.combine(monday, time.min))
    end = start + timedelta(days=7)
    languages = [code for code in [first, second] if code]
    dates = list(
        Occurrence.objects.filter(starts_at__gte=start, starts_at__lt=end)
        .filter(Q(activity__area=area) | Q(activity__area__parent=area))
        .exclude(activity__status=Activity.Status.DRAFT)
        .select_related("activity__place")
        .prefetch_related(
            Prefetch(
                "activity__texts", queryset=ActivityText.objects.filter(language__in=languages)
            )
        )
        .order_by("starts_at", "pk")
    )
    qr_codes = {}
    for occurrence in dates:
        activity = occurrence.activity
        if activity.pk not in qr_codes:
            url = base_url.rstrip("/") + activity.get_absolute_url()
            qr_codes[activity.pk] = segno.make(url, error="m").svg_data_uri(border=1)
        occurrence.qr_code = qr_codes[activity.pk]
        occurrence.shown = [activity.shown_text(code) for code in languages]
    context = {
        "area": area,
        "dates": dates,
        "languages": languages,
        "monday": monday,
        "sunday": monday + timedelta(days=6),
        "size": size,
    }
    return render_pdf("activities/poster.html", context)
