"""Pages of the needs app: the public "I have a question", recording a need, the lists,
a need's page, and the helper profile. The moves (POST only) are in moves.py."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_ratelimit.decorators import ratelimit

from wijkgoud.activities.models import spoken_language_choices
from wijkgoud.core.permissions import is_worker
from wijkgoud.core.services import WorkflowError
from wijkgoud.core.views import too_many_requests

from . import selectors, services
from .forms import (
    AssignForm,
    FollowUpForm,
    HelperProfileForm,
    PublicNeedForm,
    RecordNeedForm,
    WorkerNoteForm,
)
from .models import HelperProfile, Need, Weekday
from .permissions import (
    can_accept_handover,
    can_hand_over,
    can_manage_need,
    can_offer_help,
    can_read_worker_notes,
    can_record_need,
    can_take_back,
    works_in,
)

PAGE_SIZE = 25
ASKED = "needs_asked"  # the session key the thank-you page reads: no id in the URL


def need_for(request: HttpRequest, pk: int) -> Need:
    """The need if the user may see it; a 404 for everyone else."""
    queryset = Need.objects.visible_to(request.user).select_related(
        "area", "recorded_by", "assigned_to", "handed_over_to", "matched_activity",
        "matched_helper",
    )  # fmt: skip
    return get_object_or_404(queryset, pk=pk)


def _language() -> str:
    return (get_language() or "nl").split("-")[0]


@ratelimit(key="ip", rate="10/h", method="POST", block=False)
def ask(request: HttpRequest) -> HttpResponse:
    """The public page: no account, no JavaScript, few fields."""
    if getattr(request, "limited", False):
        return too_many_requests(request)
    form = PublicNeedForm(request.POST or None, initial={"language": _language()})
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "website"}
        need = services.submit_public_need(**fields)
        request.session[ASKED] = {"contact_by": need.contact_by, "area": need.area.name}
        return redirect("needs:ask_done")
    return render(request, "needs/need_ask.html", {"form": form})


def ask_done(request: HttpRequest) -> HttpResponse:
    asked = request.session.get(ASKED)
    if asked is None:
        return redirect("needs:ask")
    return render(request, "needs/need_ask_done.html", {"asked": asked})


@login_required
def record(request: HttpRequest) -> HttpResponse:
    """An active resident writes down a neighbour's need, after the neighbour agreed."""
    if not can_record_need(request.user):
        raise PermissionDenied
    form = RecordNeedForm(request.POST or None, initial={"language": _language()})
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "agreed"}
        try:
            need = services.record_need(actor=request.user, **fields)
        except WorkflowError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The question is saved."))
            return redirect(need)
    return render(request, "needs/need_record.html", {"form": form})


@login_required
def need_list(request: HttpRequest) -> HttpResponse:
    """The needs the user may see that are not closed, or those of one status."""
    needs = (
        Need.objects.visible_to(request.user)
        .select_related("area", "assigned_to", "handed_over_to")
        .order_by("status", "-created_at", "-pk")
    )
    status = request.GET.get("status")
    if status in Need.Status.values:
        needs = needs.filter(status=status)
    else:  # closed ones only when asked for: after a few years they are most of them
        needs = needs.exclude(status=Need.Status.CLOSED)
    page = Paginator(needs, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "statuses": Need.Status.choices, "status": status}
    return render(request, "needs/need_list.html", context)


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    """The worker's inbox: hand-overs to accept, new needs of their areas, their own."""
    if not is_worker(request.user):
        raise PermissionDenied
    waiting = list(selectors.waiting_for(request.user)[:100])
    mine = list(
        Need.objects.filter(assigned_to=request.user)
        .open()
        .select_related("area")
        .order_by("follow_up_on", "-created_at")[:100]
    )
    context = {
        "handovers": [n for n in waiting if n.status == Need.Status.HANDED_OVER],
        "new_needs": [n for n in waiting if n.status == Need.Status.NEW],
        "mine": mine,
    }
    return render(request, "needs/need_inbox.html", context)


def _invite_url(activity_pk: int, need_pk: int) -> str | None:
    """The invitations app's page, when it is installed (it is built beside this one)."""
    try:
        base = reverse("invitations:create")
    except NoReverseMatch:
        return None
    return f"{base}?{urlencode({'activity': activity_pk, 'need': need_pk})}"


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    need = need_for(request, pk)
    services.log_view(need, viewer=request.user)
    user = request.user
    manages = can_manage_need(user, need)
    open_ = need.status in (Need.Status.NEW, Need.Status.PICKED_UP, Need.Status.MATCHED)
    context = {
        "need": need,
        "manages": manages,
        "may_accept": can_accept_handover(user, need),
        "may_take_back": can_take_back(user, need),
        "may_hand_over": can_hand_over(user, need),
        "may_assign": open_ and is_worker(user) and manages and works_in(user, need.area),
        "reads_notes": can_read_worker_notes(user, need),
        "follow_up_form": FollowUpForm(initial={"on": need.follow_up_on}),
        "language_name": dict(spoken_language_choices()).get(need.language, need.language),
        "day_names": [label for value, label in Weekday.choices if value in need.day_codes],
        "need_type": ContentType.objects.get_for_model(Need).pk,
    }
    if manages and open_ and not need.is_anonymised:
        activities = selectors.suggested_activities(need)
        for activity in activities:
            activity.invite_url = _invite_url(activity.pk, need.pk)
        context["activities"] = activities
        context["helpers"] = selectors.suggested_helpers(need)
    if context["may_assign"]:
        context["assign_form"] = AssignForm(workers=selectors.workers_of(need.area))
    if context["reads_notes"]:
        context["notes"] = need.worker_notes.select_related("author")
        context["note_form"] = WorkerNoteForm()
        context["views"] = need.views.select_related("viewer")[:20]
    return render(request, "needs/need_detail.html", context)


@login_required
def helper_profile(request: HttpRequest) -> HttpResponse:
    """An active resident says what help they offer, so others can ask them."""
    if not can_offer_help(request.user):
        raise PermissionDenied
    profile = HelperProfile.objects.filter(user=request.user).first()
    form = HelperProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.instance.user = request.user
        form.save()
        messages.success(request, _("Thank you. Others can now ask you for help."))
        return redirect("needs:helper_profile")
    return render(request, "needs/helperprofile_form.html", {"form": form})
