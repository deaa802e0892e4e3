"""Reads for the busy lists, shaped so a page of rows is cheap to fetch and to render:
plain rows instead of three model instances each, and the link made from one prefix."""

from django.core.paginator import Page, Paginator
from django.urls import reverse

from wijkgoud.core.models import person_name

from .models import ExpenseClaim, approver_area_ids

# A worker's list: 25 claims a page is what fits on a screen and is decided in one go.
APPROVAL_PAGE_SIZE = 25


def approval_page(user, number, areas: list[int] | None = None) -> Page:
    """One page of the claims waiting for this approver, oldest first, as plain rows
    (url, title, claimant, area, submitted_at, total)."""
    if areas is None:
        areas = approver_area_ids(user)
    waiting = ExpenseClaim.objects.to_decide_by(user, areas).order_by("submitted_at", "pk")
    page = Paginator(waiting.values("pk"), APPROVAL_PAGE_SIZE).get_page(number)
    # The page's ids are picked first (no joins, in the order of the waiting index); only
    # those rows are then joined to their claimant and area. A deep page therefore never
    # joins every waiting claim in the city to its claimant.
    rows = (
        ExpenseClaim.objects.filter(pk__in=page.object_list)
        .order_by("submitted_at", "pk")
        .values(
            "pk",
            "title",
            "total",
            "submitted_at",
            "area__name",
            "claimant__display_name",
            "claimant__email",
        )
    )
    prefix = reverse("expenses:claim_detail", args=[0]).removesuffix("0/")
    page.object_list = [
        {
            "url": f"{prefix}{row['pk']}/",
            "title": row["title"],
            "claimant": person_name(row["claimant__display_name"], row["claimant__email"]),
            "area": row["area__name"],
            "submitted_at": row["submitted_at"],
            "total": row["total"],
        }
        for row in rows
    ]
    return page
