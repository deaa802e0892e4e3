from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wijkgoud.core.pdf import pdf_response, render_pdf
from wijkgoud.core.services import WorkflowError, events_for
from wijkgoud.meetings import selectors as meetings_selectors
from wijkgoud.meetings import services as meetings_services

from . import coach, services
from .forms import (
    AddMemberForm,
    BudgetLineFormSet,
    FeedbackForm,
    InitiativeForm,
    MilestoneFormSet,
    NewInitiativeForm,
    OtherFundingFormSet,
    SectionForm,
    StageForm,
)
from .models import Initiative, PlanSection, SectionFeedback

Key = PlanSection.Key


def _initiative(request: HttpRequest, pk: int, perm: str = "initiatives.view_initiative"):
    """The initiative if the user may see it (else 404) and has `perm` (else 403)."""
    queryset = Initiative.objects.visible_to(request.user).with_line_flags().select_related("owner")
    initiative = get_object_or_404(queryset.prefetch_related("team", "areas"), pk=pk)
    if not request.user.has_perm(perm, initiative):
        raise PermissionDenied
    return initiative


def funding_finder_url(initiative: Initiative) -> str | None:
    """The funding app's fund finder for this initiative, when that app provides it."""
    try:
        return reverse("funding:finder", args=[initiative.pk])
    except NoReverseMatch:
        return None


def money_page_url() -> str | None:
    """The funding app's "Money for your idea" page, when that app provides it."""
    try:
        return reverse("funding:money_for_your_idea")
    except NoReverseMatch:
        return None


@login_required
def initiative_list(request: HttpRequest) -> HttpResponse:
    initiatives = (
        Initiative.objects.visible_to(request.user)
        .select_related("owner")
        .prefetch_related("areas")
        .order_by("-updated_at", "-pk")
    )
    context = {
        "page": Paginator(initiatives, 25).get_page(request.GET.get("page")),
        "can_add": request.user.has_perm("initiatives.add_initiative"),
    }
    return render(request, "initiatives/initiative_list.html", context)


@login_required
def initiative_create(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("initiatives.add_initiative"):
        raise PermissionDenied
    action = meetings_selectors.action_to_follow_up(request.user, request.GET.get("from_action"))
    initial = {"title": action.what[:120]} if action else {}
    form = NewInitiativeForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        initiative = services.create_initiative(
            owner=request.user,
            title=form.cleaned_data["title"],
            summary=form.cleaned_data["summary"],
            areas=form.cleaned_data["areas"],
        )
        if action:
            meetings_services.record_action_became(action, initiative, actor=request.user)
        messages.success(request, _("Your idea is saved. The coach helps you write the plan."))
        return redirect("initiatives:section", initiative.pk, coach.KEYS[0])
    return render(request, "initiatives/initiative_create.html", {"form": form})


@login_required
def initiative_detail(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _initiative(request, pk)
    sections = list(
        initiative.sections.annotate(feedback_count=Count("feedback")).only(
            "key", "text", "is_ready", "initiative_id"
        )
    )
    states = services.overview(initiative, sections)
    context = {
        "initiative": initiative,
        "states": states,
        "ready_count": sum(s.state == "ready" for s in states),
        "next_step": services.next_step(initiative, states),
        "can_change": request.user.has_perm("initiatives.change_initiative", initiative),
        "is_owner": request.user.has_perm("initiatives.manage_team", initiative),
        "moves": [
            (stage, Initiative.Stage(stage).label)
            for stage in Initiative.Stage.values
            if stage in services.STAGE_MOVES[initiative.stage]
        ],
        "money_url": money_page_url(),
        "finder_url": funding_finder_url(initiative),
    }
    return render(request, "initiatives/initiative_detail.html", context)


@login_required
def initiative_edit(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _initiative(request, pk, "initiatives.change_initiative")
    form = InitiativeForm(request.POST or None, instance=initiative, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        services.update_initiative(initiative, actor=request.user, changed=form.changed_data)
        messages.success(request, _("The details are saved."))
        return redirect(initiative)
    return render(
        request, "initiatives/initiative_edit.html", {"form": form, "initiative": initiative}
    )


def _section_context(request, initiative, key, *, form=None, feedback_form=None, formsets=None):
    step = coach.STEP_BY_KEY[key]
    section = services.section_of(initiative, key)
    can_change = request.user.has_perm("initiatives.change_initiative", initiative)
    if can_change and form is None:
        form = SectionForm(instance=section)
        formsets = _formsets(key, initiative)
    feedback = []
    if section.pk:
        feedback = SectionFeedback.objects.filter(section=section).select_related("author")
    all_sections = list(initiative.sections.only("key", "text", "is_ready", "initiative_id"))
    can_feedback = request.user.has_perm("initiatives.give_feedback", initiative)
    return {
        "initiative": initiative,
        "step": step,
        "section": section,
        "form": form,
        "formsets": formsets or {},
        "feedback": feedback,
        "feedback_form": feedback_form or (FeedbackForm() if can_feedback else None),
        "can_change": can_change,
        "states": services.overview(initiative, all_sections),
        "next": coach.step_after(key),
        "money_url": money_page_url() if key == Key.BUDGET else None,
    }


def _formsets(key: str, initiative: Initiative, data=None) -> dict:
    if key == Key.PLANNING:
        return {"milestones": MilestoneFormSet(data, instance=initiative, prefix="milestones")}
    if key == Key.BUDGET:
        return {
            "budget_lines": BudgetLineFormSet(data, instance=initiative, prefix="budget"),
            "other_funding": OtherFundingFormSet(data, instance=initiative, prefix="other"),
        }
    return {}


@login_required
def section(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    if key not in coach.STEP_BY_KEY:
        raise Http404
    initiative = _initiative(request, pk)
    if request.method != "POST":
        return render(
            request, "initiatives/section.html", _section_context(request, initiative, key)
        )
    if not request.user.has_perm("initiatives.change_initiative", initiative):
        raise PermissionDenied
    formsets = _formsets(key, initiative, request.POST)
    form = SectionForm(
        request.POST,
        instance=services.section_of(initiative, key),
        has_lines=any(
            form.cleaned_data and not form.cleaned_data.get("DELETE")
            for formset in formsets.values()
            if formset.is_valid()
            for form in formset.forms
        ),
    )
    if form.is_checking:  # "Check my text": show the advice, save nothing
        context = _section_context(request, initiative, key, form=form, formsets=formsets)
        return render(request, "initiatives/section.html", context)
    if not (form.is_valid() and all(f.is_valid() for f in formsets.values())):
        context = _section_context(request, initiative, key, form=form, formsets=formsets)
        return render(request, "initiatives/section.html", context, status=400)
    services.save_section(
        initiative,
        key,
        actor=request.user,
        text=form.cleaned_data["text"],
        is_ready=form.cleaned_data["is_ready"],
        formsets=formsets.values(),
    )
    messages.success(request, _("Saved."))
    following = coach.step_after(key)
    if "next" in request.POST and following:
        return redirect("initiatives:section", initiative.pk, following.key)
    if "next" in request.POST:
        return redirect(initiative)
    return redirect("initiatives:section", initiative.pk, key)


@login_required
@require_POST
def feedback(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    if key not in coach.STEP_BY_KEY:
        raise Http404
    initiative = _initiative(request, pk, "initiatives.give_feedback")
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        context = _section_context(request, initiative, key, feedback_form=form)
        return render(request, "initiatives/section.html", context, status=400)
    services.give_feedback(
        services.section_of(initiative, key), actor=request.user, text=form.cleaned_data["text"]
    )
    messages.success(request, _("Your feedback is saved. The team can read it now."))
    return redirect("initiatives:section", initiative.pk, key)


@login_required
def section_history(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    if key not in coach.STEP_BY_KEY:
        raise Http404
    initiative = _initiative(request, pk)
    section = services.section_of(initiative, key)
    versions = list(section.versions.select_related("author")[:50]) if section.pk else []
    # Each version with what changed since the one before it (the oldest against nothing).
    changes = [
        (
            version,
            services.diff(versions[n + 1].text if n + 1 < len(versions) else "", version.text),
        )
        for n, version in enumerate(versions)
    ]
    context = {"initiative": initiative, "step": coach.STEP_BY_KEY[key], "changes": changes}
    return render(request, "initiatives/section_history.html", context)


def plan_context(initiative: Initiative) -> dict:
    texts = initiative.section_texts()
    return {
        "initiative": initiative,
        "parts": [(step, texts[step.key]) for step in coach.STEPS],
        "milestones": list(initiative.milestones.all()),
        "budget_lines": list(initiative.budget_lines.all()),
        "other_funding": list(initiative.other_funding.all()),
    }


@login_required
def plan(request: HttpRequest, pk: int) -> HttpResponse:
    """The whole plan on one page, readable and printable."""
    initiative = _initiative(request, pk)
    context = plan_context(initiative) | {"events": events_for(initiative)[:20]}
    return render(request, "initiatives/plan.html", context)


@login_required
def plan_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _initiative(request, pk)
    pdf = render_pdf("initiatives/plan_pdf.html", plan_context(initiative), request)
    return pdf_response(pdf, f"plan-{initiative.pk}.pdf")


@login_required
@require_POST
def stage(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _initiative(request, pk, "initiatives.change_initiative")
    form = StageForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a stage."))
        return redirect(initiative)
    try:
        services.move_stage(initiative, form.cleaned_data["stage"], actor=request.user)
    except WorkflowError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("The stage is changed."))
    return redirect(initiative)


@login_required
def team(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _initiative(request, pk, "initiatives.manage_team")
    form = AddMemberForm(request.POST or None, initiative=initiative)
    if request.method == "POST" and "remove" in request.POST:
        remove = request.POST["remove"]
        member = initiative.team.filter(pk=remove).first() if remove.isdigit() else None
        if member:
            services.remove_team_member(initiative, member, actor=request.user)
            messages.success(request, _("%(name)s is no longer in the team.") % {"name": member})
        return redirect("initiatives:team", initiative.pk)
    if request.method == "POST" and form.is_valid():
        member = form.cleaned_data["email"]
        services.add_team_member(initiative, member, actor=request.user)
        messages.success(request, _("%(name)s is now in the team.") % {"name": member})
        return redirect("initiatives:team", initiative.pk)
    members = initiative.team.all()
    context = {"initiative": initiative, "form": form, "members": members}
    return render(request, "initiatives/team.html", context)
