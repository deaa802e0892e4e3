from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wijkgoud.activities.permissions import can_create_activity
from wijkgoud.core.forms import empty_form
from wijkgoud.core.models import User
from wijkgoud.core.pdf import pdf_response, render_pdf
from wijkgoud.core.services import WorkflowError

from . import caching, selectors, services
from .calendar import meeting_ics as ics_for
from .forms import (
    ActionForm,
    ActionMoveForm,
    GuestForm,
    IdeaForm,
    LessonForm,
    LessonSearchForm,
    MeetingForm,
    NotesForm,
    ParkForm,
    SignupForm,
)
from .models import ActionItem, Idea, Lesson, Meeting, Series, Signup
from .permissions import can_manage_meeting, can_organise, can_take_part, can_update_action


def _meeting(request: HttpRequest, pk: int) -> Meeting:
    """The meeting if the user may see it; a 404 for everyone else."""
    queryset = Meeting.objects.visible_to(request.user).select_related(
        "place", "host", "area", "series"
    )
    return get_object_or_404(queryset, pk=pk)


def _ensure_take_part(request: HttpRequest, meeting: Meeting) -> None:
    signed_up = meeting.signups.filter(user=request.user).exists()
    if not can_take_part(request.user, meeting, signed_up=signed_up):
        raise PermissionDenied


def _refused(request: HttpRequest, error: WorkflowError, where: str) -> HttpResponse:
    messages.error(request, " ".join(error.messages))
    return redirect(where)


@login_required
def meeting_list(request: HttpRequest) -> HttpResponse:
    meetings = Meeting.objects.visible_to(request.user).upcoming().select_related("place")[:50]
    return render(
        request,
        "meetings/meeting_list.html",
        {"meetings": meetings, "can_organise": can_organise(request.user)},
    )


@login_required
def meeting_create(request: HttpRequest) -> HttpResponse:
    if not can_organise(request.user):
        raise PermissionDenied
    initial = {}
    if (series_id := request.GET.get("series", "").strip()).isdigit():
        last = Meeting.objects.visible_to(request.user).filter(series_id=series_id).last()
        if last:  # the next meeting of a series starts as a copy of the last one
            fields = ["kind", "title", "area", "place", "address", "what_to_expect", "series"]
            fields += ["welcome_everyone", "welcome_active_residents", "welcome_workers"]
            fields += ["welcome_budget_holders", "max_people", "languages"]
            initial = {name: getattr(last, name) for name in fields}
    form = MeetingForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        held_at = form.cleaned_data["held_at"]
        fields = {
            k: v for k, v in form.cleaned_data.items() if k not in ("new_series_title", "held_at")
        }
        meeting = services.create_meeting(
            actor=request.user, new_series_title=form.cleaned_data["new_series_title"], **fields
        )
        if held_at:
            services.set_hosted_at(meeting, held_at, actor=request.user)
        messages.success(request, _("The meeting is planned."))
        return redirect(meeting)
    return render(request, "meetings/meeting_form.html", {"form": form})


@login_required
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    if not can_manage_meeting(request.user, meeting):
        raise PermissionDenied
    form = MeetingForm(request.POST or None, instance=meeting, user=request.user)
    if request.method == "POST" and form.is_valid():
        if title := form.cleaned_data["new_series_title"]:
            form.instance.series = Series.objects.create(title=title, created_by=request.user)
        services.update_meeting(form.instance, actor=request.user, changed=form.changed_data)
        if "held_at" in form.changed_data:
            services.set_hosted_at(meeting, form.cleaned_data["held_at"], actor=request.user)
        messages.success(request, _("Your changes are saved."))
        return redirect(meeting)
    return render(request, "meetings/meeting_form.html", {"form": form, "meeting": meeting})


def _detail_context(request: HttpRequest, meeting: Meeting) -> dict:
    manage = can_manage_meeting(request.user, meeting)
    signup_count, signed_up = selectors.signup_count(meeting, request.user)
    previous = selectors.previous_in_series(meeting)
    return {
        "meeting": meeting,
        "signed_up": signed_up,
        "can_manage": manage,
        "can_take_part": manage or signed_up,
        "signup_count": signup_count,
        "previous": previous,
        "previous_ideas": caching.ideas_html(previous) if previous else "",
        "next": selectors.next_in_series(meeting),
        "ideas": caching.ideas_html(meeting),
        "lessons": list(meeting.lessons.all()),
        "held_at": meeting.hosted_at if meeting.hosted_at_type_id else None,
        "signup_form": empty_form(SignupForm),
        "notes_form": NotesForm(initial={"notes": meeting.notes, "version": meeting.notes_version}),
        "idea_form": empty_form(IdeaForm),
        "lesson_form": empty_form(LessonForm),
    }


@login_required
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    return render(request, "meetings/meeting_detail.html", _detail_context(request, meeting))


@login_required
def meeting_ics(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    response = HttpResponse(ics_for(meeting, request), content_type="text/calendar")
    response["Content-Disposition"] = f'attachment; filename="meeting-{meeting.pk}.ics"'
    return response


@login_required
@require_POST
def signup(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    form = SignupForm(request.POST)
    form.is_valid()  # a checkbox: always valid
    try:
        services.sign_up(meeting, actor=request.user, show_name=form.cleaned_data["show_name"])
    except WorkflowError as error:
        return _refused(request, error, meeting.get_absolute_url())
    messages.success(request, _("You are signed up. You get a reminder the day before."))
    return redirect(meeting)


@login_required
@require_POST
def cancel_signup(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    services.cancel_signup(meeting, actor=request.user)
    messages.success(request, _("You are signed off."))
    return redirect(meeting)


def _managed_meeting(request: HttpRequest, pk: int) -> Meeting:
    meeting = _meeting(request, pk)
    if not can_manage_meeting(request.user, meeting):
        raise PermissionDenied
    return meeting


def _people_page(request: HttpRequest, meeting: Meeting, form=None, status=200) -> HttpResponse:
    context = {
        "meeting": meeting,
        "signups": selectors.signups_of(meeting),
        "guest_form": form or empty_form(GuestForm),
    }
    return render(request, "meetings/people.html", context, status=status)


@login_required
def people(request: HttpRequest, pk: int) -> HttpResponse:
    """Who comes, for who manages the meeting: on its own page, so the meeting page on a
    beamer never shows the room everyone's name."""
    return _people_page(request, _managed_meeting(request, pk))


@login_required
@require_POST
def guest_add(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _managed_meeting(request, pk)
    form = GuestForm(request.POST)
    if not form.is_valid():
        return _people_page(request, meeting, form, status=400)
    try:
        services.add_guest(meeting, form.cleaned_data["name"], actor=request.user)
    except WorkflowError as error:
        return _refused(request, error, reverse("meetings:people", args=[meeting.pk]))
    messages.success(request, _("%(name)s is on the list.") % {"name": form.cleaned_data["name"]})
    return redirect("meetings:people", meeting.pk)


@login_required
@require_POST
def signup_remove(request: HttpRequest, pk: int) -> HttpResponse:
    signup = get_object_or_404(
        Signup.objects.filter(meeting__in=Meeting.objects.visible_to(request.user)), pk=pk
    )
    if not can_manage_meeting(request.user, signup.meeting):
        raise PermissionDenied
    services.remove_signup(signup, actor=request.user)
    messages.success(request, _("Taken off the list."))
    return redirect("meetings:people", signup.meeting_id)


def _wants_json(request: HttpRequest) -> bool:
    return request.headers.get("Accept", "").startswith("application/json")


@login_required
@require_POST
def notes_save(request: HttpRequest, pk: int) -> HttpResponse:
    """Save the shared notes: a normal form post, or the autosave script (JSON)."""
    meeting = _meeting(request, pk)
    _ensure_take_part(request, meeting)
    form = NotesForm(request.POST)
    if form.is_checking and not _wants_json(request):
        # "Check my text" (no JavaScript): the advice, the text kept, nothing saved; the
        # version stays the one the writer started from, so a later save still sees conflicts.
        context = _detail_context(request, meeting) | {"notes_form": form}
        return render(request, "meetings/meeting_detail.html", context)
    if not form.is_valid():  # only a missing or broken version number: keep the text anyway
        form = NotesForm({"notes": request.POST.get("notes", ""), "version": -1})
        form.is_valid()
    conflict = services.save_notes(
        meeting,
        form.cleaned_data.get("notes", ""),
        base_version=form.cleaned_data.get("version", -1),
        actor=request.user,
    )
    if _wants_json(request):
        if conflict:
            return JsonResponse(
                {"status": "conflict", "version": conflict.version, "theirs": conflict.theirs},
                status=409,
            )
        meeting.refresh_from_db(fields=["notes_version"])
        saved_at = timezone.localtime().strftime("%H:%M")
        return JsonResponse({"status": "saved", "version": meeting.notes_version, "at": saved_at})
    if conflict:
        # Both texts stay: theirs is the notes now, yours is in the box to combine and save.
        context = _detail_context(request, meeting) | {
            "notes_form": NotesForm(
                initial={"notes": form.cleaned_data["notes"], "version": conflict.version}
            ),
            "notes_conflict": conflict,
        }
        return render(request, "meetings/meeting_detail.html", context, status=409)
    messages.success(request, _("The notes are saved."))
    return redirect(meeting.get_absolute_url() + "#notes")


@login_required
@require_POST
def idea_add(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    _ensure_take_part(request, meeting)
    form = IdeaForm(request.POST)
    if not form.is_valid():
        context = _detail_context(request, meeting) | {"idea_form": form}
        return render(request, "meetings/meeting_detail.html", context, status=400)
    idea = services.capture_idea(meeting, form.cleaned_data["text"], actor=request.user)
    messages.success(request, _("The idea is captured. Now give it an action, or park it."))
    return redirect(idea)


@login_required
@require_POST
def lesson_add(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    _ensure_take_part(request, meeting)
    form = LessonForm(request.POST)
    if not form.is_valid():
        context = _detail_context(request, meeting) | {"lesson_form": form}
        return render(request, "meetings/meeting_detail.html", context, status=400)
    services.add_lesson(meeting, form.cleaned_data["text"], actor=request.user)
    messages.success(request, _("The lesson is saved."))
    return redirect(meeting.get_absolute_url() + "#lessons")


# Ideas and their actions


def _idea(request: HttpRequest, pk: int) -> Idea:
    visible = Meeting.objects.visible_to(request.user)
    return get_object_or_404(
        Idea.objects.filter(meeting__in=visible).select_related("meeting__host", "meeting__area"),
        pk=pk,
    )


def _owners(meeting: Meeting):
    """Who can own an action chosen from a list: the host and the people who signed up."""
    people = User.objects.filter(Q(pk=meeting.host_id) | Q(meeting_signups__meeting=meeting))
    return people.distinct().order_by("display_name", "email")


def _labelled(actions) -> list[ActionItem]:
    actions = list(actions)
    selectors.label_actions(actions)
    return actions


def _idea_page(request: HttpRequest, idea: Idea, status: int = 200, **forms) -> HttpResponse:
    meeting = idea.meeting
    signed_up = meeting.signups.filter(user=request.user).exists()
    context = {
        "idea": idea,
        "meeting": meeting,
        "actions": _labelled(idea.actions.select_related("owner").order_by("pk")),
        "can_take_part": can_take_part(request.user, meeting, signed_up=signed_up),
        "action_form": forms.get("action_form") or ActionForm(owners=_owners(meeting)),
        "park_form": forms.get("park_form") or ParkForm(),
    }
    return render(request, "meetings/idea_detail.html", context, status=status)


@login_required
def idea_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _idea_page(request, _idea(request, pk))


@login_required
@require_POST
def action_add(request: HttpRequest, pk: int) -> HttpResponse:
    idea = _idea(request, pk)
    _ensure_take_part(request, idea.meeting)
    form = ActionForm(request.POST, owners=_owners(idea.meeting))
    if not form.is_valid():
        return _idea_page(request, idea, status=400, action_form=form)
    try:
        services.add_action(idea, actor=request.user, **form.cleaned_data)
    except WorkflowError as error:
        return _refused(request, error, idea.get_absolute_url())
    messages.success(request, _("The action is added."))
    return redirect(idea)


@login_required
@require_POST
def idea_agree(request: HttpRequest, pk: int) -> HttpResponse:
    idea = _idea(request, pk)
    _ensure_take_part(request, idea.meeting)
    try:
        services.agree_idea(idea, actor=request.user)
    except WorkflowError as error:
        return _refused(request, error, idea.get_absolute_url())
    messages.success(request, _("The idea is agreed."))
    return redirect(idea.meeting.get_absolute_url() + "#ideas")


@login_required
@require_POST
def idea_park(request: HttpRequest, pk: int) -> HttpResponse:
    idea = _idea(request, pk)
    _ensure_take_part(request, idea.meeting)
    form = ParkForm(request.POST)
    if not form.is_valid():
        return _idea_page(request, idea, status=400, park_form=form)
    try:
        services.park_idea(idea, form.cleaned_data["reason"], actor=request.user)
    except WorkflowError as error:
        return _refused(request, error, idea.get_absolute_url())
    messages.success(request, _("The idea is parked."))
    return redirect(idea.meeting.get_absolute_url() + "#ideas")


@login_required
@require_POST
def idea_reopen(request: HttpRequest, pk: int) -> HttpResponse:
    idea = _idea(request, pk)
    _ensure_take_part(request, idea.meeting)
    try:
        services.reopen_idea(idea, actor=request.user)
    except WorkflowError as error:
        return _refused(request, error, idea.get_absolute_url())
    messages.success(request, _("The idea is open again."))
    return redirect(idea)


def _action(request: HttpRequest, pk: int) -> ActionItem:
    """An action of a meeting the user may see, or one the user owns."""
    visible = Meeting.objects.visible_to(request.user)
    queryset = ActionItem.objects.filter(
        Q(idea__meeting__in=visible) | Q(owner=request.user)
    ).select_related("owner", "idea__meeting__area")
    return get_object_or_404(queryset, pk=pk)


def _move_choices(action: ActionItem) -> list[tuple[str, str]]:
    allowed = services.ACTION_MOVES[action.status]
    return [(value, label) for value, label in ActionItem.Status.choices if value in allowed]


def _action_page(request: HttpRequest, action: ActionItem, form=None) -> HttpResponse:
    can_update = can_update_action(request.user, action, action.idea.meeting)
    follow_up = can_update and not action.became_type_id  # "start an initiative from this"
    context = {
        "action": action,
        "can_update": can_update,
        "can_start_initiative": follow_up and request.user.has_perm("initiatives.add_initiative"),
        "can_post_activity": follow_up and can_create_activity(request.user),
        "form": form or ActionMoveForm(choices=_move_choices(action)),
    }
    return render(request, "meetings/action_detail.html", context, status=400 if form else 200)


@login_required
def action_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _action_page(request, _action(request, pk))


@login_required
@require_POST
def action_move(request: HttpRequest, pk: int) -> HttpResponse:
    action = _action(request, pk)
    if not can_update_action(request.user, action, action.idea.meeting):
        raise PermissionDenied
    form = ActionMoveForm(request.POST, choices=_move_choices(action))
    if not form.is_valid():
        return _action_page(request, action, form)
    try:
        services.move_action(
            action, form.cleaned_data["status"], actor=request.user,
            outcome=form.cleaned_data["outcome"],
        )  # fmt: skip
    except WorkflowError as error:
        return _refused(request, error, action.get_absolute_url())
    messages.success(request, _("The action is updated."))
    return redirect(action)


@login_required
def my_actions(request: HttpRequest) -> HttpResponse:
    # 25 a page: the overdue and the next ones due come first, the rest a page further.
    page = Paginator(selectors.my_open_actions(request.user), 25).get_page(request.GET.get("page"))
    rows = selectors.open_action_rows(page.object_list)
    return render(request, "meetings/my_actions.html", {"page": page, "rows": rows})


# Report and lessons


def _report_context(meeting: Meeting) -> dict:
    return {
        "meeting": meeting,
        "attendance": selectors.attendance(meeting),
        "ideas": selectors.ideas_with_actions(meeting),
        "lessons": list(meeting.lessons.all()),
    }


@login_required
def report(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    return render(request, "meetings/report.html", _report_context(meeting))


@login_required
def report_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    pdf = render_pdf("meetings/report_pdf.html", _report_context(meeting), request)
    return pdf_response(pdf, f"meeting-{meeting.pk}.pdf")


@login_required
def lessons(request: HttpRequest) -> HttpResponse:
    form = LessonSearchForm(request.GET)
    found = Lesson.objects.filter(meeting__in=Meeting.objects.visible_to(request.user))
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    if query:
        found = found.filter(Q(text__icontains=query) | Q(meeting__title__icontains=query))
    page = Paginator(found.select_related("meeting"), 30).get_page(request.GET.get("page"))
    return render(request, "meetings/lessons.html", {"form": form, "page": page, "query": query})
