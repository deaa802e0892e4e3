"""Reads for the busy lists (applications, a budget's grants), shaped so a page is cheap to
fetch and to render: the page's ids are picked first from one table in index order, only
those rows are joined to their initiative, fund and area, and each row is a plain dict
with its link and its status in words."""

from django.core.paginator import Page, Paginator
from django.db.models import F, Q, QuerySet, Sum
from django.urls import reverse

from .models import Application, Budget, Payment

PAGE_SIZE = 25


def status_labels() -> dict[str, str]:
    """Every status in words in the current language, translated once per page, not per row."""
    return {value: str(label) for value, label in Application.Status.choices}


def _rows_page(applications: QuerySet, ordering: list[str], number, fields: dict) -> Page:
    page = Paginator(applications.order_by(*ordering).values("pk"), PAGE_SIZE).get_page(number)
    rows = (
        Application.objects.filter(pk__in=page.object_list)
        .order_by(*ordering)
        .values("pk", "status", **fields)
    )
    prefix = reverse("funding:application", args=[0]).removesuffix("0/")
    labels = status_labels()
    page.object_list = [
        row | {"url": f"{prefix}{row['pk']}/", "status_label": labels[row["status"]]}
        for row in rows
    ]
    return page


def application_page(user, number, status: str = "") -> Page:
    """The applications this user may see, last sent in first, optionally of one status."""
    applications = Application.objects.visible_to(user)
    if status:
        applications = applications.filter(status=status)
    fields = {
        "amount": F("amount_asked"),
        "initiative_title": F("initiative__title"),
        "fund_name": F("fund__name"),
        "area_name": F("area__name"),
    }
    return _rows_page(applications, ["-submitted_at", "-pk"], number, fields)


def grant_page(budget: Budget, number) -> Page:
    """The applications granted from this budget, last decided first."""
    fields = {
        "amount": F("amount_granted"),
        "initiative_title": F("initiative__title"),
        "area_name": F("area__name"),
    }
    return _rows_page(budget.applications.all(), ["-decided_at", "-pk"], number, fields)


def paid_out(budget: Budget):
    """What left the bank for this budget: advances and settlements, less repayments."""
    # Grouped from the budget's applications, with "paid" inside the sum: the database
    # then starts from the budget's few hundred grants (index on budget), not from every
    # paid payment in the city.
    totals = (
        Payment.objects.filter(application__budget=budget)
        .values("kind")
        .annotate(total=Sum("amount", filter=Q(status=Payment.Status.PAID)))
        .order_by()
    )
    by_kind = {row["kind"]: row["total"] or 0 for row in totals}
    return by_kind.get("advance", 0) + by_kind.get("settlement", 0) - by_kind.get("repayment", 0)
