"""Pages for organisers (the active resident, workers of the area, administrators)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wijkgoud.core.services import WorkflowError
from wijkgoud.meetings import selectors as meetings_selectors
from wijkgoud.meetings import services as meetings_services

from . import services
from .forms import ActivityForm, ActivityTextForm, CancelForm
from .models import Activity, ActivityText, Occurrence, Signup
from .permissions import can_create_activity, can_manage_activity, can_translate_activity
from .views import base_url


def managed_activity(request: HttpRequest, pk: int) -> Activity:
    """The activity, when the user may manage it: a stranger gets a 404, not a 403."""
    activity = get_object_or_404(Activity.objects.select_related("area", "place"), pk=pk)
    if not can_manage_activity(request.user, activity):
        if activity.is_public and can_create_activity(request.user):
            raise PermissionDenied  # they see it in public, but it is not theirs
        raise Http404
    return activity


def translatable_activity(request: HttpRequest, pk: int) -> Activity:
    """A published activity for whoever may translate it; otherwise as managed_activity."""
    activity = get_object_or_404(Activity.objects.select_related("area", "place"), pk=pk)
    if can_manage_activity(request.user, activity) or (
        activity.is_public and can_translate_activity(request.user, activity)
    ):
        return activity
    return managed_activity(request, pk)  # refused the way every organiser page refuses


@login_required
def mine(request: HttpRequest) -> HttpResponse:
    if not can_create_activity(request.user):
        raise PermissionDenied
    activities = (
        Activity.objects.managed_by(request.user)
        .select_related("area")
        .order_by("status", "title")[:200]
    )
    return render(request, "activities/activity_list.html", {"activities": activities})


@login_required
def create(request: HttpRequest) -> HttpResponse:
    if not can_create_activity(request.user):
        raise PermissionDenied
    action = meetings_selectors.action_to_follow_up(request.user, request.GET.get("from_action"))
    initial = {"title": action.what[:100]} if action else {}
    form = ActivityForm(
        request.POST or None,
        request.FILES or None,
        initial=initial,
        language=request.LANGUAGE_CODE,
    )
    if request.method == "POST" and form.is_valid() and not form.is_checking:
        activity = form.save(commit=False)
        activity.organiser = request.user
        activity.language = request.LANGUAGE_CODE
        services.save_activity(
            activity, actor=request.user, base_url=base_url(request), new_place=form.new_place()
        )
        if action:
            meetings_services.record_action_became(action, activity, actor=request.user)
        messages.success(request, _("The activity is saved as a draft. Check it and publish it."))
        return redirect("activities:detail", pk=activity.pk)
    return render(request, "activities/activity_form.html", {"form": form})


@login_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    activity = managed_activity(request, pk)
    form = ActivityForm(request.POST or None, request.FILES or None, instance=activity)
    if request.method == "POST" and form.is_valid() and not form.is_checking:
        services.save_activity(
            form.save(commit=False),
            actor=request.user,
            base_url=base_url(request),
            new_place=form.new_place(),
        )
        messages.success(request, _("Your changes are saved."))
        return redirect("activities:detail", pk=activity.pk)
    return render(request, "activities/activity_form.html", {"form": form, "activity": activity})


@login_required
def texts(request: HttpRequest, pk: int, language: str) -> HttpResponse:
    activity = translatable_activity(request, pk)
    languages = dict(settings.LANGUAGES)
    if language not in languages or language == activity.language:
        raise Http404
    text = ActivityText.objects.filter(activity=activity, language=language).first()
    form = ActivityTextForm(request.POST or None, instance=text, language=language)
    if request.method == "POST" and form.is_valid() and not form.is_checking:
        services.save_text(activity, language, actor=request.user, **form.cleaned_data)
        messages.success(request, _("The translation is saved."))
        return redirect("activities:detail", pk=activity.pk)
    context = {
        "activity": activity,
        "form": form,
        "language_name": languages[language],
        "language": language,
        "other_languages": [
            (code, name) for code, name in settings.LANGUAGES if code != activity.language
        ],
    }
    return render(request, "activities/activity_texts.html", context)


@login_required
@require_POST
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    activity = managed_activity(request, pk)
    try:
        services.publish_activity(activity, actor=request.user)
    except WorkflowError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("The activity is published. Everyone can find it now."))
    return redirect("activities:detail", pk=activity.pk)


@login_required
def cancel(request: HttpRequest, pk: int) -> HttpResponse:
    """Cancel the whole activity; a confirmation page comes first."""
    activity = managed_activity(request, pk)
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.cancel_activity(
                activity,
                actor=request.user,
                reason=form.cleaned_data["reason"],
                base_url=base_url(request),
            )
        except WorkflowError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(
                request, _("The activity is cancelled. People who signed up are told.")
            )
        return redirect("activities:detail", pk=activity.pk)
    return render(request, "activities/activity_cancel.html", {"activity": activity, "form": form})


@login_required
def cancel_date(request: HttpRequest, pk: int) -> HttpResponse:
    """Cancel one date; a confirmation page comes first."""
    occurrence = get_object_or_404(Occurrence, pk=pk)
    activity = managed_activity(request, occurrence.activity_id)
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.cancel_date(
                occurrence,
                actor=request.user,
                reason=form.cleaned_data["reason"],
                base_url=base_url(request),
            )
        except WorkflowError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("The date is cancelled. People who signed up are told."))
        return redirect("activities:signups", pk=activity.pk)
    context = {"activity": activity, "occurrence": occurrence, "form": form}
    return render(request, "activities/date_cancel.html", context)


@login_required
def signups(request: HttpRequest, pk: int) -> HttpResponse:
    """The coming dates with who signed up: contact details, to call or to print."""
    activity = managed_activity(request, pk)
    active = Signup.objects.exclude(status=Signup.Status.CANCELLED).order_by("status", "created_at")
    dates = (
        activity.occurrences.filter(ends_at__gte=timezone.now())
        .order_by("starts_at")
        .prefetch_related(Prefetch("signups", queryset=active))[:12]
    )
    return render(request, "activities/signup_list.html", {"activity": activity, "dates": dates})
