from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.timezone import localdate
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wijkgoud.core.pdf import pdf_response, render_pdf
from wijkgoud.core.services import WorkflowError, events_for
from wijkgoud.payouts.services import payable_item_for

from . import allowance, selectors, services
from .forms import (
    ClaimForm,
    DecisionForm,
    LineForm,
    ModeForm,
    SpendingDecisionForm,
    SpendingForm,
    SubmitForm,
)
from .models import ClaimLine, ExpenseClaim, Receipt, SpendingRequest, approver_area_ids
from .permissions import can_claim, can_decide_claim, can_decide_spending, can_see_approvals

EVENT_LABELS = {
    "claim.created": gettext_lazy("claim started"),
    "claim.changed": gettext_lazy("claim changed"),
    "claim.receipt_added": gettext_lazy("receipt added"),
    "claim.line_added": gettext_lazy("cost added"),
    "claim.line_removed": gettext_lazy("cost removed"),
    "claim.submitted": gettext_lazy("sent"),
    "claim.resubmitted": gettext_lazy("answered and sent again"),
    "claim.approved": gettext_lazy("approved"),
    "claim.rejected": gettext_lazy("rejected"),
    "claim.questions": gettext_lazy("questions asked"),
    "claim.paid": gettext_lazy("paid"),
}


def _history(claim: ExpenseClaim) -> list[dict]:
    return [
        {
            "at": event.created_at,
            "actor": event.actor,
            "what": EVENT_LABELS.get(event.action, event.action),
        }
        for event in events_for(claim)[:30]
    ]


def _year(request: HttpRequest) -> int:
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        return localdate().year
    return year if 2000 <= year <= 2100 else localdate().year


def _claim_for(request: HttpRequest, pk: int) -> ExpenseClaim:
    return get_object_or_404(
        ExpenseClaim.objects.visible_to(request.user).select_related("claimant", "area"), pk=pk
    )


def _own_editable_claim(request: HttpRequest, pk: int) -> ExpenseClaim:
    claim = _claim_for(request, pk)
    if claim.claimant != request.user:
        raise PermissionDenied
    return claim


def _fail(request: HttpRequest, error: WorkflowError) -> None:
    for message in error.messages:
        messages.error(request, message)


def _my_costs_context(request: HttpRequest) -> dict:
    year = _year(request)
    claims = ExpenseClaim.objects.filter(claimant=request.user).select_related("area")
    in_year = ClaimLine.objects.filter(claim__claimant=request.user, spent_on__year=year)
    in_year = in_year.values("claim")
    return {
        "year": year,
        "overview": allowance.overview(request.user, year),
        "claims": claims.filter(Q(created_at__year=year) | Q(pk__in=in_year)),
        "requests": SpendingRequest.objects.filter(requester=request.user)[:20],
    }


@login_required
def my_costs(request: HttpRequest) -> HttpResponse:
    """The claimant's overview: claims, totals per month and year, the chosen mode."""
    if not can_claim(request.user) and not request.user.expense_claims.exists():
        raise PermissionDenied
    context = _my_costs_context(request)
    context["mode_form"] = ModeForm(instance=context["overview"].setting)
    return render(request, "expenses/my_costs.html", context)


@login_required
def my_costs_pdf(request: HttpRequest) -> HttpResponse:
    if not can_claim(request.user) and not request.user.expense_claims.exists():
        raise PermissionDenied
    context = _my_costs_context(request) | {"user": request.user, "printed_on": localdate()}
    pdf = render_pdf("expenses/my_costs_pdf.html", context, request)
    return pdf_response(pdf, f"my-costs-{context['year']}.pdf")


@login_required
@require_POST
def choose_mode(request: HttpRequest) -> HttpResponse:
    if not can_claim(request.user):
        raise PermissionDenied
    year = _year(request)
    form = ModeForm(request.POST, instance=allowance.volunteer_year(request.user, year))
    if form.is_valid():
        try:
            services.choose_mode(actor=request.user, year=year, **form.cleaned_data)
            messages.success(request, _("Your choice is saved."))
        except WorkflowError as error:
            _fail(request, error)
    else:
        messages.error(request, _("Choose one of the two ways."))
    return redirect(f"{reverse('expenses:my_costs')}?year={year}")


@login_required
def claim_new(request: HttpRequest) -> HttpResponse:
    if not can_claim(request.user):
        raise PermissionDenied
    earlier = ExpenseClaim.objects.filter(claimant=request.user).exclude(iban="").first()
    initial = {"iban": earlier.iban, "account_holder": earlier.account_holder} if earlier else {}
    form = ClaimForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        claim = services.create_claim(actor=request.user, **form.cleaned_data)
        return redirect("expenses:line_add", claim.pk)
    return render(request, "expenses/claim_form.html", {"form": form})


@login_required
def claim_edit(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _own_editable_claim(request, pk)
    if not claim.is_editable:
        raise PermissionDenied
    form = ClaimForm(request.POST or None, instance=claim, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.update_claim(claim, actor=request.user, **form.cleaned_data)
        return redirect(claim)
    return render(request, "expenses/claim_form.html", {"form": form, "claim": claim})


@login_required
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _claim_for(request, pk)
    lines = claim.lines.prefetch_related("receipts")
    may_decide = claim.status == ExpenseClaim.Status.SUBMITTED and can_decide_claim(
        request.user, claim
    )
    warnings = allowance.cap_warnings(claim) if may_decide else []
    context = {
        "claim": claim,
        "lines": lines,
        "is_claimant": claim.claimant == request.user,
        "may_decide": may_decide,
        "warnings": warnings,
        "decision_form": DecisionForm(warnings=warnings) if may_decide else None,
        "submit_form": SubmitForm(),
        "events": _history(claim),
        "missing": services.missing_receipts(claim) if claim.is_editable else [],
        # Where the money is: waiting for a batch, in a batch, paid (the payouts app).
        "payable": payable_item_for(claim)
        if claim.status == ExpenseClaim.Status.APPROVED
        else None,
    }
    return render(request, "expenses/claim_detail.html", context)


@login_required
def line_add(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _own_editable_claim(request, pk)
    if not claim.is_editable:
        raise PermissionDenied
    initial = {"keep": list(claim.receipts.filter(line=None))}
    form = LineForm(request.POST or None, request.FILES or None, claim=claim, initial=initial)
    if request.method == "POST":
        valid = form.is_valid()
        # Keep every good upload at once: a mistake elsewhere in the form loses nothing.
        stored = [
            services.store_receipt(claim, clean, name=name, actor=request.user)
            for name, clean in form.cleaned_receipts
        ]
        if valid:
            keep = [*form.cleaned_data["keep"], *stored]
            services.add_line(claim, actor=request.user, receipts=keep, **form.line_fields())
            messages.success(request, _("The cost is added."))
            return redirect(claim)
        data = request.POST.copy()
        data.setlist("keep", [*data.getlist("keep"), *(str(r.pk) for r in stored)])
        form.data = data
        form.fields["keep"].queryset = claim.receipts.filter(line=None)
    return render(request, "expenses/line_form.html", {"form": form, "claim": claim})


@login_required
@require_POST
def line_remove(request: HttpRequest, pk: int, line_pk: int) -> HttpResponse:
    claim = _own_editable_claim(request, pk)
    line = get_object_or_404(ClaimLine, claim=claim, pk=line_pk)
    try:
        services.remove_line(line, actor=request.user)
    except WorkflowError as error:
        _fail(request, error)
    return redirect(claim)


@login_required
@require_POST
def claim_submit(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _own_editable_claim(request, pk)
    form = SubmitForm(request.POST)
    form.is_valid()
    try:
        services.submit_claim(claim, actor=request.user, answer=form.cleaned_data.get("answer", ""))
        messages.success(request, _("Your claim is sent. The neighbourhood team will look at it."))
    except WorkflowError as error:
        _fail(request, error)
    return redirect(claim)


@login_required
@require_POST
def claim_decide(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _claim_for(request, pk)
    if not can_decide_claim(request.user, claim):
        raise PermissionDenied
    form = DecisionForm(request.POST, warnings=allowance.cap_warnings(claim))
    if form.is_valid():
        try:
            services.decide_claim(claim, actor=request.user, **form.service_kwargs())
            messages.success(request, _("Your decision is saved. The claimant gets an e-mail."))
            return redirect("expenses:approvals")
        except WorkflowError as error:
            _fail(request, error)
            return redirect(claim)
    context = {
        "claim": claim,
        "lines": claim.lines.prefetch_related("receipts"),
        "is_claimant": False,
        "may_decide": True,
        "warnings": form.warnings,
        "decision_form": form,
        "events": _history(claim),
    }
    return render(request, "expenses/claim_detail.html", context, status=400)


@login_required
def approvals(request: HttpRequest) -> HttpResponse:
    """Claims waiting for this worker or budget holder, oldest first."""
    if not can_see_approvals(request.user):
        raise PermissionDenied
    areas = approver_area_ids(request.user)
    page = selectors.approval_page(request.user, request.GET.get("page"), areas)
    spending = (
        SpendingRequest.objects.filter(status=SpendingRequest.Status.ASKED, area__in=areas)
        .exclude(requester=request.user)
        .select_related("requester", "area")[:50]
    )
    return render(request, "expenses/approvals.html", {"page": page, "spending": spending})


@login_required
def receipt(request: HttpRequest, pk: int, thumbnail: bool = False) -> HttpResponse:
    """A receipt, only for the claimant and the approvers of the area (else 404)."""
    found = get_object_or_404(
        Receipt.objects.filter(claim__in=ExpenseClaim.objects.visible_to(request.user)), pk=pk
    )
    file = found.thumbnail if thumbnail else found.file
    if not file:
        raise Http404
    content_type = "image/jpeg" if thumbnail else found.content_type
    response = FileResponse(file.open("rb"), content_type=content_type)
    extension = "pdf" if found.is_pdf and not thumbnail else "jpg"
    response["Content-Disposition"] = f'inline; filename="receipt-{found.pk}.{extension}"'
    response["Cache-Control"] = "private, max-age=3600"
    return response


@login_required
def spending_new(request: HttpRequest) -> HttpResponse:
    if not can_claim(request.user):
        raise PermissionDenied
    form = SpendingForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        spending = services.ask_spending(actor=request.user, **form.cleaned_data)
        messages.success(request, _("Your question is sent. You get an e-mail with the answer."))
        return redirect(spending)
    return render(request, "expenses/spending_form.html", {"form": form})


@login_required
def spending_detail(request: HttpRequest, pk: int) -> HttpResponse:
    spending = get_object_or_404(
        SpendingRequest.objects.visible_to(request.user).select_related("requester", "area"),
        pk=pk,
    )
    may_decide = spending.status == SpendingRequest.Status.ASKED and can_decide_spending(
        request.user, spending
    )
    form = SpendingDecisionForm(request.POST or None) if may_decide else None
    if request.method == "POST":
        if not may_decide:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.decide_spending(spending, actor=request.user, **form.cleaned_data)
                messages.success(request, _("Your answer is saved."))
            except WorkflowError as error:
                _fail(request, error)
            return redirect(spending)
    context = {
        "spending": spending,
        "form": form,
        "is_requester": spending.requester == request.user,
    }
    return render(request, "expenses/spending_detail.html", context)


@login_required
@require_POST
def spending_claim(request: HttpRequest, pk: int) -> HttpResponse:
    spending = get_object_or_404(SpendingRequest.objects.visible_to(request.user), pk=pk)
    try:
        claim = services.claim_from_spending(spending, actor=request.user)
    except WorkflowError as error:
        _fail(request, error)
        return redirect(spending)
    return redirect("expenses:line_add", claim.pk)
