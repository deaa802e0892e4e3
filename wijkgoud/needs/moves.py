"""The moves of a need: POST only; each calls one service and goes back to the need."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wijkgoud.core.services import WorkflowError

from . import selectors, services
from .forms import AssignForm, FollowUpForm, HandOverForm, MatchForm, WorkerNoteForm
from .permissions import (
    can_accept_handover,
    can_hand_over,
    can_manage_need,
    can_read_worker_notes,
    can_take_back,
)
from .views import need_for

# action → (may the user?, service, message)
MOVES = {
    "pick_up": (can_manage_need, services.pick_up, gettext_lazy("You picked up this question.")),
    "reopen": (can_manage_need, services.pick_up, gettext_lazy("The question is open again.")),
    "resolve": (can_manage_need, services.resolve, gettext_lazy("The question is resolved.")),
    "close": (can_manage_need, services.close, gettext_lazy("The question is closed.")),
    "accept": (
        can_accept_handover,
        services.accept_handover,
        gettext_lazy("You accepted the question."),
    ),
    "take_back": (can_take_back, services.take_back, gettext_lazy("You took the question back.")),
}


def _refused(request: HttpRequest, error: WorkflowError, need) -> HttpResponse:
    messages.error(request, " ".join(error.messages))
    return redirect(need)


@login_required
@require_POST
def move(request: HttpRequest, pk: int) -> HttpResponse:
    need = need_for(request, pk)
    action = request.POST.get("action")
    if action not in MOVES:
        raise PermissionDenied
    allowed, service, message = MOVES[action]
    if not allowed(request.user, need):
        raise PermissionDenied
    try:
        service(need, actor=request.user)
    except WorkflowError as error:
        return _refused(request, error, need)
    messages.success(request, str(message))
    return redirect(need)


@login_required
def hand_over(request: HttpRequest, pk: int) -> HttpResponse:
    """A warm hand-over: choose a worker of the area, write a note, then send."""
    need = need_for(request, pk)
    if not can_hand_over(request.user, need):
        raise PermissionDenied
    workers = selectors.workers_of(need.area).exclude(pk=request.user.pk)
    form = HandOverForm(request.POST or None, workers=workers)
    if request.method == "POST" and form.is_valid() and not form.is_checking:
        data = form.cleaned_data
        try:
            services.hand_over(need, to=data["to"], note=data["note"], actor=request.user)
        except WorkflowError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Handed over. You keep seeing how it goes."))
            return redirect(need)
    return render(request, "needs/need_hand_over.html", {"need": need, "form": form})


@login_required
@require_POST
def assign(request: HttpRequest, pk: int) -> HttpResponse:
    need = need_for(request, pk)
    if not can_manage_need(request.user, need):
        raise PermissionDenied
    form = AssignForm(request.POST, workers=selectors.workers_of(need.area))
    if not form.is_valid():
        messages.error(request, _("Choose a worker of this neighbourhood."))
        return redirect(need)
    try:
        services.assign(need, to=form.cleaned_data["to"], actor=request.user)
    except WorkflowError as error:
        return _refused(request, error, need)
    messages.success(
        request, _("The question is given to %(name)s.") % {"name": form.cleaned_data["to"]}
    )
    return redirect(need)


@login_required
@require_POST
def match(request: HttpRequest, pk: int) -> HttpResponse:
    """Record the chosen activity or helper; nobody is told automatically."""
    need = need_for(request, pk)
    if not can_manage_need(request.user, need):
        raise PermissionDenied
    form = MatchForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose an activity or a helper."))
        return redirect(need)
    try:
        services.choose_match(need, actor=request.user, **form.cleaned_data)
    except WorkflowError as error:
        return _refused(request, error, need)
    messages.success(request, _("Saved as a match. Tell the neighbour yourself."))
    return redirect(need)


@login_required
@require_POST
def follow_up(request: HttpRequest, pk: int) -> HttpResponse:
    need = need_for(request, pk)
    if not can_manage_need(request.user, need):
        raise PermissionDenied
    form = FollowUpForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return redirect(need)
    services.set_follow_up(need, on=form.cleaned_data.get("on"), actor=request.user)
    messages.success(request, _("The follow-up date is saved."))
    return redirect(need)


@login_required
@require_POST
def note_add(request: HttpRequest, pk: int) -> HttpResponse:
    need = need_for(request, pk)
    if not can_read_worker_notes(request.user, need):
        raise PermissionDenied
    form = WorkerNoteForm(request.POST)
    if form.is_valid():
        services.add_worker_note(need, text=form.cleaned_data["text"], actor=request.user)
        messages.success(request, _("Your note is saved."))
    else:
        messages.error(request, _("Write a note first."))
    return redirect(need)
