"""Pages for funds, the fund finder, applications through their whole cycle, budgets and the
public transparency page. Fetch (404) → permission (403) → form → service → redirect."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q, Sum
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wijkgoud.core.models import Area, RoleAssignment
from wijkgoud.core.pdf import pdf_response, render_pdf
from wijkgoud.core.permissions import area_ids_where_user_acts, is_admin, is_budget_holder
from wijkgoud.core.services import WorkflowError
from wijkgoud.initiatives.models import Initiative
from wijkgoud.initiatives.permissions import can_change_initiative

from . import permissions as perms
from . import selectors, services
from .finder import Need, find_funds, need_of
from .forms import (
    AdviceForm,
    AnswerForm,
    ApplicationForm,
    BudgetForm,
    DecisionForm,
    FinderForm,
    QuestionForm,
    ReportForm,
)
from .models import Application, Budget, Fund, Payment, ReportFile
from .permissions import can_see_money, can_view_budgets

Status = Application.Status
Role = RoleAssignment.Role
PAGE_SIZE = 25


def money_for_your_idea(request: HttpRequest) -> HttpResponse:
    funds = Fund.objects.filter(is_active=True)
    return render(request, "funding/money_for_your_idea.html", {"funds": funds})


def fund_list(request: HttpRequest) -> HttpResponse:
    return render(request, "funding/fund_list.html", {"funds": Fund.objects.filter(is_active=True)})


def fund_detail(request: HttpRequest, slug: str) -> HttpResponse:
    fund = get_object_or_404(Fund, slug=slug, is_active=True)
    return render(request, "funding/fund_detail.html", {"fund": fund})


@login_required
def finder(request: HttpRequest, initiative_pk: int) -> HttpResponse:
    initiative = get_object_or_404(
        Initiative.objects.visible_to(request.user).prefetch_related(
            "budget_lines", "other_funding"
        ),
        pk=initiative_pk,
    )
    need = need_of(initiative)
    form = FinderForm(
        request.GET if "applicant_kind" in request.GET else None,
        initial={
            "amount": need.amount,
            "kinds": sorted(need.kinds),
            "applicant_kind": need.applicant_kind,
            "starts_on": need.starts_on,
        },
    )
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        need = Need(data["amount"], set(data["kinds"]), data["applicant_kind"], data["starts_on"])
    fits = find_funds(need)
    in_team = can_change_initiative(request.user, initiative)
    context = {"initiative": initiative, "form": form, "fits": fits, "in_team": in_team}
    return render(request, "funding/finder.html", context)


def _application(request: HttpRequest, pk: int, permission=None) -> Application:
    """The application if the user may see it (else 404) and do `permission` (else 403).

    Predicates, not has_perm: a superuser passes every has_perm, but an admin neither
    advises nor decides."""
    application = get_object_or_404(
        Application.objects.visible_to(request.user).select_related(
            "initiative", "fund", "area", "applicant", "advisor", "decided_by", "budget"
        ),
        pk=pk,
    )
    if permission and not permission(request.user, application):
        raise PermissionDenied
    return application


@login_required
def application_create(request: HttpRequest, initiative_pk: int, slug: str) -> HttpResponse:
    initiative = get_object_or_404(Initiative.objects.of_team(request.user), pk=initiative_pk)
    fund = get_object_or_404(Fund, slug=slug, is_active=True, route=Fund.Route.MANAGED)
    initial = {
        "amount_asked": initiative.amount_to_find or None,
        "summary": services.plan_summary(initiative),
        "starts_on": initiative.starts_on,
        "ends_on": initiative.ends_on,
    }
    form = ApplicationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            application = services.create_application(
                initiative, fund, actor=request.user, **form.cleaned_data
            )
        except WorkflowError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your application is saved. Check it and send it in."))
            return redirect(application)
    context = {"form": form, "initiative": initiative, "fund": fund}
    return render(request, "funding/application_form.html", context)


@login_required
def application_edit(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk, perms.can_change_application)
    form = ApplicationForm(request.POST or None, instance=application)
    if request.method == "POST" and form.is_valid():
        action = lambda: services.change_draft(  # noqa: E731
            application, actor=request.user, **form.cleaned_data
        )
        if _run(request, form, action, _("Your changes are saved.")):
            return redirect(application)
    context = {"form": form, "initiative": application.initiative, "fund": application.fund}
    return render(request, "funding/application_form.html", context)


@login_required
def application_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    if status not in Status.values:
        status = ""
    page = selectors.application_page(request.user, request.GET.get("page"), status)
    query = urlencode({"status": status}) + "&" if status else ""
    statuses = selectors.status_labels().items()
    context = {"page": page, "status": status, "statuses": statuses, "query": query}
    return render(request, "funding/application_list.html", context)


@login_required
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk)
    user = request.user
    context = {
        "application": application,
        "questions": application.questions.select_related("asked_by"),
        "payments": application.payments.all() if can_see_money(user, application) else [],
        "files": application.files.all(),
        "can": {name: check(user, application) for name, check in perms.ACTIONS.items()},
    }
    return render(request, "funding/application_detail.html", context)


def _run(request: HttpRequest, form, action, success: str):
    """Run a service with the form's data; its refusal shows above the form."""
    try:
        action()
    except WorkflowError as error:
        if form is None:
            messages.error(request, " ".join(error.messages))
            return False
        form.add_error(None, error)
        return False
    messages.success(request, success)
    return True


def _form_page(request, application, form, title: str, submit: str) -> HttpResponse:
    context = {"application": application, "form": form, "title": title, "submit": submit}
    return render(request, "funding/application_step.html", context)


@login_required
def application_submit(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk, perms.can_change_application)
    if request.method == "POST":
        _run(
            request,
            None,
            lambda: services.submit_application(application, actor=request.user),
            _("Your application is sent to the neighbourhood team."),
        )
        return redirect(application)
    return render(request, "funding/application_submit.html", {"application": application})


@login_required
@require_POST
def application_review(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk, perms.can_start_review)
    _run(
        request,
        None,
        lambda: services.start_review(application, actor=request.user),
        _("You look at this application now. Give your advice when you are ready."),
    )
    return redirect(application)


@login_required
def application_advise(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk, perms.can_advise)
    initial = {"advice": application.advice, "text": application.advice_text}
    form = AdviceForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid() and not form.is_checking:
        data = form.cleaned_data
        action = lambda: services.give_advice(  # noqa: E731
            application, advice=data["advice"], text=data["text"], actor=request.user
        )
        if _run(request, form, action, _("Your advice is saved.")):
            return redirect(application)
    return _form_page(request, application, form, _("Give advice"), _("Save advice"))


@login_required
def application_ask(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk, perms.can_ask_question)
    form = QuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and not form.is_checking:
        action = lambda: services.ask_question(  # noqa: E731
            application, text=form.cleaned_data["text"], actor=request.user
        )
        if _run(request, form, action, _("Your question is sent to the applicant.")):
            return redirect(application)
    return _form_page(request, application, form, _("Ask a question"), _("Send question"))


@login_required
def application_answer(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk, perms.can_answer)
    form = AnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        action = lambda: services.answer_question(  # noqa: E731
            application, answer=form.cleaned_data["answer"], actor=request.user
        )
        if _run(request, form, action, _("Thank you. Your answer is sent.")):
            return redirect(application)
    question = application.questions.filter(answered_at__isnull=True).last()
    context = {"application": application, "form": form, "question": question}
    context |= {"title": _("Answer the question"), "submit": _("Send answer")}
    return render(request, "funding/application_step.html", context)


@login_required
def application_decide(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk, perms.can_decide)
    initial = {
        "amount": application.amount_asked,
        "accountability_due_on": services.default_accountability_date(application),
    }
    form = DecisionForm(request.POST or None, initial=initial, application=application)
    if request.method == "POST" and form.is_valid() and not form.is_checking:
        data = form.cleaned_data
        if data["decision"] == DecisionForm.GRANT:
            action = lambda: services.grant_application(  # noqa: E731
                application,
                amount=data["amount"],
                conditions=data["conditions"],
                reasons=data["reasons"],
                accountability_due_on=data["accountability_due_on"],
                actor=request.user,
            )
        else:
            action = lambda: services.reject_application(  # noqa: E731
                application, reasons=data["reasons"], actor=request.user
            )
        if _run(request, form, action, _("Your decision is saved and sent to the applicant.")):
            return redirect(application)
    budget = services.budget_for(application, timezone.localdate().year)
    context = {"application": application, "form": form, "budget": budget}
    return render(request, "funding/application_decide.html", context)


@login_required
def application_letter(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk, perms.can_see_letter)
    with translation.override(application.applicant.preferred_language):
        pdf = render_pdf("funding/letter.html", {"application": application}, request)
    return pdf_response(pdf, f"besluit-{application.pk}.pdf")


@login_required
@require_POST
def application_open_accountability(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk, perms.can_open_accountability)
    _run(
        request,
        None,
        lambda: services.open_accountability(application, actor=request.user),
        _("Now write your short report."),
    )
    return redirect("funding:application_report", pk=pk)


@login_required
def application_report(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk, perms.can_report)
    form = ReportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        files = [("receipt", f) for f in data["receipts"]] + [("photo", f) for f in data["photos"]]
        action = lambda: services.submit_report(  # noqa: E731
            application,
            amount_spent=data["amount_spent"],
            report=data["report"],
            files=files,
            actor=request.user,
        )
        if _run(request, form, action, _("Thank you. Your report is sent.")):
            return redirect(application)
    context = {"application": application, "form": form, "multipart": True}
    context |= {"title": _("Accountability report"), "submit": _("Send report")}
    return render(request, "funding/application_step.html", context)


@login_required
def application_settle(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk, perms.can_settle)
    if request.method == "POST":
        _run(
            request,
            None,
            lambda: services.settle_application(application, actor=request.user),
            _("The grant is settled."),
        )
        return redirect(application)
    return render(request, "funding/application_settle.html", {"application": application})


@login_required
@require_POST
def payment_mark_paid(request: HttpRequest, pk: int) -> HttpResponse:
    # Only money paid back is marked by hand; payments to the applicant go through a batch.
    payment = get_object_or_404(
        Payment.objects.filter(
            application__in=Application.objects.visible_to(request.user),
            kind=Payment.Kind.REPAYMENT,
        ),
        pk=pk,
    )
    if not perms.can_mark_paid(request.user, payment.application):
        raise PermissionDenied
    _run(
        request,
        None,
        lambda: services.mark_payment_paid(payment, actor=request.user),
        _("The payment is marked as paid."),
    )
    return redirect(payment.application)


@login_required
def report_file(request: HttpRequest, pk: int) -> FileResponse:
    file = get_object_or_404(
        ReportFile.objects.filter(application__in=Application.objects.visible_to(request.user)),
        pk=pk,
    )
    return FileResponse(file.file.open("rb"), as_attachment=True, filename=str(file))


def _budgets(user):
    """Budgets a budget holder sees: of their areas, and those for every area."""
    if is_admin(user):
        return Budget.objects.all()
    if not is_budget_holder(user):
        return Budget.objects.none()
    areas = area_ids_where_user_acts(user, Role.BUDGET_HOLDER)
    return Budget.objects.filter(Q(area__in=areas) | Q(area__isnull=True))


@login_required
def budget_list(request: HttpRequest) -> HttpResponse:
    if not can_view_budgets(request.user):
        raise PermissionDenied
    budgets = _budgets(request.user).select_related("fund", "area")
    return render(request, "funding/budget_list.html", {"budgets": budgets})


@login_required
def budget_detail(request: HttpRequest, pk: int) -> HttpResponse:
    budget = get_object_or_404(_budgets(request.user).select_related("fund", "area"), pk=pk)
    page = selectors.grant_page(budget, request.GET.get("page"))
    context = {"budget": budget, "paid_out": selectors.paid_out(budget), "page": page}
    return render(request, "funding/budget_detail.html", context)


@login_required
def budget_edit(request: HttpRequest, pk: int) -> HttpResponse:
    budget = get_object_or_404(_budgets(request.user).select_related("fund", "area"), pk=pk)
    form = BudgetForm(request.POST or None, instance=budget)
    if request.method == "POST" and form.is_valid():
        action = lambda: services.change_budget_total(  # noqa: E731
            budget, total=form.cleaned_data["total"], actor=request.user
        )
        if _run(request, form, action, _("The new total is saved.")):
            return redirect(budget)
    return render(request, "funding/budget_form.html", {"budget": budget, "form": form})


PUBLIC_STATUSES = [
    Status.GRANTED,
    Status.ADVANCE_PAID,
    Status.ACCOUNTABILITY_DUE,
    Status.ACCOUNTED,
    Status.SETTLED,
]


def transparency(request: HttpRequest) -> HttpResponse:
    """Public: which initiatives received how much, per area and year (only when they agree).

    First the areas with their totals; an area's page lists its initiatives."""
    this_year = timezone.localdate().year
    try:
        year = int(request.GET.get("year", this_year))
    except ValueError:
        year = this_year
    grants = Application.objects.filter(
        show_publicly=True, status__in=PUBLIC_STATUSES, decided_at__year=year
    )
    area = None
    if request.GET.get("area", "").isdigit():
        area = get_object_or_404(Area, pk=request.GET["area"])
    context = {"year": year, "years": range(this_year, this_year - 5, -1), "area": area}
    if area is None:
        totals = (
            grants.values("area", "area__name")
            .annotate(total=Sum("amount_granted"))
            .order_by("area__name")
        )
        context["totals"] = totals
    else:
        in_area = grants.filter(area=area).select_related("initiative", "fund")
        context["total"] = in_area.aggregate(total=Sum("amount_granted"))["total"] or 0
        page = Paginator(in_area.order_by("initiative__title", "pk"), PAGE_SIZE)
        context["page"] = page.get_page(request.GET.get("page"))
        context["query"] = urlencode({"year": year, "area": area.pk}) + "&"
    return render(request, "funding/transparency.html", context)
