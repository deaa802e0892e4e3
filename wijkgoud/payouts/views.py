from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from wijkgoud.core.services import WorkflowError

from . import permissions, sepa, services
from .forms import BatchForm, ExportForm
from .models import PayableItem, PayoutBatch

# The oldest waiting payments first; a batch is made from what one page shows.
ITEMS_PER_PAGE = 100


def _ensure_may_see(request: HttpRequest) -> None:
    if not permissions.can_see_payouts(request.user):
        raise PermissionDenied


def _visible_batch(request: HttpRequest, pk: int) -> PayoutBatch:
    _ensure_may_see(request)
    return get_object_or_404(
        PayoutBatch.objects.visible_to(request.user).select_related("area", "exported_by"), pk=pk
    )


@login_required
def items(request: HttpRequest) -> HttpResponse:
    """The payments waiting for a batch; a budget holder makes a batch from them."""
    _ensure_may_see(request)
    waiting = PayableItem.objects.visible_to(request.user).waiting()
    shown = waiting.select_related("area").prefetch_related("source")[:ITEMS_PER_PAGE]
    # Any visible item is a valid choice: one taken meanwhile gets the service's clear message.
    form = BatchForm(
        request.POST or None, user=request.user, items=PayableItem.objects.visible_to(request.user)
    )
    if request.method == "POST" and form.is_valid():
        try:
            batch = services.create_batch(
                [item.pk for item in form.cleaned_data["items"]],
                area=form.cleaned_data["area"],
                actor=request.user,
            )
        except WorkflowError as error:
            form.add_error("items", error)
        else:
            messages.success(request, _("The batch is made. Check it, then make the bank file."))
            return redirect(batch)
    totals = waiting.aggregate(count=Count("pk"), total=Sum("amount"))
    chosen = {str(pk) for pk in form["items"].value() or []} if form.is_bound else None
    context = {
        "form": form,
        "shown": shown,
        "chosen": chosen,
        "totals": totals,
        "may_make_batch": permissions.is_budget_holder(request.user),
    }
    return render(request, "payouts/payableitem_list.html", context)


@require_GET
@login_required
def batches(request: HttpRequest) -> HttpResponse:
    _ensure_may_see(request)
    found = PayoutBatch.objects.visible_to(request.user).select_related("area")
    page = Paginator(found, 50).get_page(request.GET.get("page"))
    return render(request, "payouts/payoutbatch_list.html", {"page": page})


@require_GET
@login_required
def batch_detail(request: HttpRequest, pk: int) -> HttpResponse:
    batch = _visible_batch(request, pk)
    batch_items = batch.items.select_related("area").order_by("pk")
    context = {
        "batch": batch,
        "batch_items": batch_items,
        "may_move": permissions.can_move_batch(request.user, batch),
        "may_confirm": permissions.can_confirm_batch(request.user, batch),
        "may_download": permissions.can_download_batch(request.user, batch),
    }
    return render(request, "payouts/payoutbatch_detail.html", context)


def _movable_batch(request: HttpRequest, pk: int, *statuses: str) -> PayoutBatch | None:
    batch = _visible_batch(request, pk)
    if not permissions.can_move_batch(request.user, batch):
        raise PermissionDenied
    return batch if batch.status in statuses else None


@login_required
def batch_export(request: HttpRequest, pk: int) -> HttpResponse:
    """Check the batch, choose the file format, then fix the bank file."""
    batch = _movable_batch(request, pk, PayoutBatch.Status.OPEN)
    if batch is None:
        return redirect("payouts:batch_detail", pk=pk)
    form = ExportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.export_batch(
                batch, actor=request.user, pain_version=form.cleaned_data["pain_version"]
            )
        except WorkflowError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("The bank file is ready. Download it and upload it to the bank.")
            )
            return redirect(batch)
    return render(request, "payouts/payoutbatch_export.html", {"batch": batch, "form": form})


@login_required
def batch_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    """A second person confirms that the bank has paid the batch."""
    batch = _movable_batch(request, pk, PayoutBatch.Status.EXPORTED)
    if batch is None:
        return redirect("payouts:batch_detail", pk=pk)
    if not permissions.can_confirm_batch(request.user, batch):
        raise PermissionDenied
    error = None
    if request.method == "POST":
        try:
            services.confirm_batch_paid(batch, actor=request.user)
        except WorkflowError as refused:
            error = refused
        else:
            messages.success(request, _("The batch is paid. The people in it are told."))
            return redirect(batch)
    return render(request, "payouts/payoutbatch_confirm.html", {"batch": batch, "error": error})


@login_required
def batch_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    """Stop a batch the bank did not pay; its payments wait for a new batch."""
    batch = _movable_batch(request, pk, PayoutBatch.Status.OPEN, PayoutBatch.Status.EXPORTED)
    if batch is None:
        return redirect("payouts:batch_detail", pk=pk)
    error = None
    if request.method == "POST":
        try:
            services.cancel_batch(batch, actor=request.user)
        except WorkflowError as refused:
            error = refused
        else:
            messages.success(
                request, _("The batch is cancelled. Its payments wait for a new batch.")
            )
            return redirect("payouts:items")
    return render(request, "payouts/payoutbatch_cancel.html", {"batch": batch, "error": error})


def _download(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    batch = _visible_batch(request, pk)
    if not permissions.can_download_batch(request.user, batch):
        raise PermissionDenied
    if kind == "xml":
        content, content_type = sepa.batch_xml(batch), "application/xml"
    else:
        content, content_type = sepa.batch_csv(batch), "text/csv; charset=utf-8"
    services.record_download(batch, kind, actor=request.user)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{batch.message_id}.{kind}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
@login_required
def batch_sepa(request: HttpRequest, pk: int) -> HttpResponse:
    return _download(request, pk, "xml")


@require_GET
@login_required
def batch_csv(request: HttpRequest, pk: int) -> HttpResponse:
    return _download(request, pk, "csv")
