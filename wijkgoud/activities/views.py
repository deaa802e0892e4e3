"""Public pages: the finder, an activity, signing up for a date and cancelling it."""

from datetime import datetime, time, timedelta
from urllib.parse import quote, urlencode

from django.db.models import Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django_ratelimit.decorators import ratelimit

from wijkgoud.core.models import Area
from wijkgoud.core.services import WorkflowError
from wijkgoud.core.views import too_many_requests
from wijkgoud.invitations.permissions import can_invite

from . import services
from .caching import for_visitors
from .forms import FinderForm, SignupForm
from .models import Activity, ActivityText, Occurrence, Signup, attach_texts
from .permissions import can_manage_activity, can_translate_activity

PAGE_SIZE = 20


def base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/")


def language() -> str:
    return (get_language() or "nl").split("-")[0]


@for_visitors
def finder(request: HttpRequest) -> HttpResponse:
    areas = list(Area.objects.order_by("kind", "name").values_list("pk", "name"))
    form = FinderForm(request.GET or None, areas=areas)
    dates = Occurrence.objects.upcoming().select_related("activity__place")
    if form.is_valid():
        dates = _filter(dates, form.cleaned_data)
    page = _page_number(request)
    rows = list(dates[(page - 1) * PAGE_SIZE : page * PAGE_SIZE + 1])
    attach_texts([o.activity for o in rows], [language()])
    query = {k: v for k, v in request.GET.lists() if k != "page"}
    context = {
        "form": form,
        "selects": [_select(form, name) for name in ["when", "area", "category", "language"]],
        "dates": rows[:PAGE_SIZE],
        "page": page,
        "previous_url": _page_url(query, page - 1) if page > 1 else "",
        "next_url": _page_url(query, page + 1) if len(rows) > PAGE_SIZE else "",
        "filtered": bool(request.GET.keys() - {"page"}),
        "chosen_area": form.cleaned_data.get("area") if form.is_bound and form.is_valid() else None,
    }
    return render(request, "activities/finder.html", context)


def _select(form: FinderForm, name: str) -> dict:
    """A select's options as plain data: Django's widget renders a template per option,
    which costs more than the whole query on a page that lists a hundred areas."""
    field = form[name]
    value = str(field.value() or "")
    return {
        "name": name,
        "id": field.auto_id,
        "label": field.label,
        "options": [(str(v), label, str(v) == value) for v, label in field.field.choices],
    }


def _filter(dates, data: dict):
    now = timezone.localtime()
    if data["when"] == "today":
        dates = dates.filter(starts_at__lt=_midnight_after(now.date()))
    elif data["when"] == "week":
        dates = dates.filter(starts_at__lt=_midnight_after(now.date() + timedelta(days=6)))
    if data["area"]:
        area = data["area"]
        dates = dates.filter(Q(activity__area=area) | Q(activity__area__parent=area))
    if data["category"]:
        dates = dates.filter(activity__category=data["category"])
    if data["language"]:
        dates = dates.filter(activity__spoken_languages__contains=f",{data['language']},")
    if data["free"]:
        dates = dates.filter(
            activity__cost__in=[Activity.Cost.FREE, Activity.Cost.PAY_WHAT_YOU_CAN]
        )
    if data["wheelchair"]:
        dates = dates.filter(activity__wheelchair_accessible=True)
    return dates


def _midnight_after(day) -> datetime:
    return timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))


def _page_number(request: HttpRequest) -> int:
    try:
        return min(max(int(request.GET.get("page", 1)), 1), 500)
    except ValueError:
        return 1


def _page_url(query: dict, page: int) -> str:
    return "?" + urlencode({**query, "page": page}, doseq=True)


def visible_activity(request: HttpRequest, pk: int) -> Activity:
    """An activity the visitor may see: drafts only for who may manage them (else 404)."""
    activity = get_object_or_404(
        Activity.objects.select_related("place", "area", "organiser"), pk=pk
    )
    if not activity.is_public and not can_manage_activity(request.user, activity):
        raise Http404
    return activity


@for_visitors
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    activity = visible_activity(request, pk)
    attach_texts([activity], [language()])
    show_original = "original" in request.GET
    text = activity if show_original else activity.shown_text()
    dates = list(activity.occurrences.filter(ends_at__gte=timezone.now()).order_by("starts_at")[:8])
    url = request.build_absolute_uri(activity.get_absolute_url())
    place = activity.place
    address = f"{place.street_address}, {place.postcode} {place.city}"
    context = {
        "activity": activity,
        "text": text,
        "translated": text is not activity,
        "has_translation": bool(activity.text_in()),
        "show_original": show_original,
        "dates": dates,
        "can_manage": can_manage_activity(request.user, activity),
        "can_translate": activity.is_public and can_translate_activity(request.user, activity),
        "can_invite": activity.is_public and can_invite(request.user),
        "whatsapp_url": "https://wa.me/?text=" + quote(f"{text.title}: {text.summary} {url}"),
        "map_url": "https://www.openstreetmap.org/search?query=" + quote(address),
        "address": address,
        "contact_whatsapp_url": _whatsapp_number(activity.contact_phone),
    }
    return render(request, "activities/activity_detail.html", context)


def _whatsapp_number(phone: str) -> str:
    digits = "".join(c for c in phone if c.isdigit())
    if not digits:
        return ""
    if digits.startswith("06"):  # a Dutch mobile number
        digits = "31" + digits[1:]
    return f"https://wa.me/{digits}"


def _open_date(pk: int) -> Occurrence:
    occurrence = get_object_or_404(
        Occurrence.objects.select_related("activity__place").prefetch_related(
            Prefetch("activity__texts", queryset=ActivityText.objects.filter(language=language()))
        ),
        pk=pk,
        activity__status__in=[Activity.Status.PUBLISHED, Activity.Status.CANCELLED],
    )
    return occurrence


@ratelimit(key="ip", rate="20/h", method="POST", block=False)
def signup(request: HttpRequest, pk: int) -> HttpResponse:
    if getattr(request, "limited", False):
        return too_many_requests(request)
    occurrence = _open_date(pk)
    activity = occurrence.activity
    form = SignupForm(request.POST or None)
    is_open = not (
        occurrence.is_cancelled
        or occurrence.is_past
        or activity.status != Activity.Status.PUBLISHED
        or activity.no_signup_needed
    )
    if request.method == "POST" and is_open and form.is_valid():
        details = {f: form.cleaned_data[f] for f in ["name", "people", "phone", "email"]}
        details["wants_company"] = form.cleaned_data["wants_company"]
        try:
            made = services.sign_up(
                occurrence,
                waiting_list_ok=form.cleaned_data["waiting_list"],
                base_url=base_url(request),
                language=language(),
                **details,
            )
        except WorkflowError as error:
            form.add_error(None, error)
            occurrence.refresh_from_db()
        else:
            return redirect("activities:signup_done", token=made.token)
    context = {
        "occurrence": occurrence,
        "activity": activity,
        "text": activity.shown_text(),
        "form": form,
        "is_open": is_open,
    }
    return render(request, "activities/signup_form.html", context)


def _signup_by_token(token: str) -> Signup:
    return get_object_or_404(
        Signup.objects.select_related("occurrence__activity__place").prefetch_related(
            Prefetch(
                "occurrence__activity__texts",
                queryset=ActivityText.objects.filter(language=language()),
            )
        ),
        token=token,
    )


def signup_done(request: HttpRequest, token: str) -> HttpResponse:
    signup = _signup_by_token(token)
    activity = signup.occurrence.activity
    context = {
        "signup": signup,
        "occurrence": signup.occurrence,
        "activity": activity,
        "text": activity.shown_text(),
        "signup_url": request.build_absolute_uri(),
    }
    return render(request, "activities/signup_done.html", context)


@ratelimit(key="ip", rate="30/h", method="POST", block=False)
def signup_cancel(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks "are you sure?", POST cancels; the token is the only key needed."""
    if getattr(request, "limited", False):
        return too_many_requests(request)
    signup = _signup_by_token(token)
    if request.method == "POST":
        services.cancel_signup(signup, base_url=base_url(request))
        return redirect("activities:signup_done", token=signup.token)
    activity = signup.occurrence.activity
    context = {"signup": signup, "activity": activity, "text": activity.shown_text()}
    return render(request, "activities/signup_cancel.html", context)
