"""Mails about claims and requests, each in the recipient's own language."""

from django.core.mail import EmailMessage
from django.db.models import Q
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from wijkgoud.core.models import RoleAssignment, User

from .models import ExpenseClaim, SpendingRequest


def _send(user: User, subject: str, template: str, context: dict) -> None:
    with translation.override(user.preferred_language):
        context = context | {"user": user}
        for key, name in context.pop("links", {}).items():
            context[key] = reverse(name[0], args=name[1:])
        body = render_to_string(template, context)
        EmailMessage(subject=_(subject), body=body, to=[user.email]).send()


def _approvers(area, exclude: User) -> list[User]:
    """Workers of the area and of the wijk around it."""
    areas = Q(area=area) | Q(area=area.parent_id) if area.parent_id else Q(area=area)
    held = RoleAssignment.objects.filter(areas, role=RoleAssignment.Role.WORKER).values("user")
    return list(User.objects.filter(pk__in=held, is_active=True).exclude(pk=exclude.pk))


@task
def notify_claim_submitted(claim_id: int) -> None:
    """Tell the neighbourhood team of the area that a claim waits for them."""
    claim = ExpenseClaim.objects.select_related("claimant", "area").filter(pk=claim_id).first()
    if claim is None:
        return
    for worker in _approvers(claim.area, claim.claimant):
        _send(
            worker,
            gettext_noop("A claim is waiting for your decision"),
            "expenses/email/claim_submitted.txt",
            {"claim": claim, "links": {"url": ("expenses:claim_detail", claim.pk)}},
        )


@task
def notify_claim_decided(claim_id: int) -> None:
    """Tell the claimant what became of the claim: approved, rejected, questions, paid."""
    claim = ExpenseClaim.objects.select_related("claimant").filter(pk=claim_id).first()
    if claim is None:
        return
    _send(
        claim.claimant,
        gettext_noop("News about your expense claim"),
        "expenses/email/claim_decided.txt",
        {"claim": claim, "links": {"url": ("expenses:claim_detail", claim.pk)}},
    )


@task
def notify_spending_asked(request_id: int) -> None:
    request = (
        SpendingRequest.objects.select_related("requester", "area").filter(pk=request_id).first()
    )
    if request is None:
        return
    for worker in _approvers(request.area, request.requester):
        _send(
            worker,
            gettext_noop("Someone asks whether they may spend money"),
            "expenses/email/spending_asked.txt",
            {"request": request, "links": {"url": ("expenses:spending_detail", request.pk)}},
        )


@task
def notify_spending_decided(request_id: int) -> None:
    request = SpendingRequest.objects.select_related("requester").filter(pk=request_id).first()
    if request is None:
        return
    _send(
        request.requester,
        gettext_noop("An answer to your question about spending"),
        "expenses/email/spending_decided.txt",
        {"request": request, "links": {"url": ("expenses:spending_detail", request.pk)}},
    )
