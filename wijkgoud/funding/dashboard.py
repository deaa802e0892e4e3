"""Funding's part of "My page": advice to give, decisions to take, one's own applications."""

from django.db.models import Q
from django.utils.translation import gettext as _

from wijkgoud.core.models import RoleAssignment
from wijkgoud.core.permissions import (
    area_ids_where_user_acts,
    is_active_resident,
    is_budget_holder,
    is_worker,
)
from wijkgoud.initiatives.models import Initiative

from .models import Application

Status = Application.Status
Role = RoleAssignment.Role
SHOWN = 5
# What a row on My page shows: a link, the initiative's name, the status, the report date.
ROW = ("status", "accountability_due_on", "initiative__title")


def _section(role: str, heading: str, empty: str, applications, status: str = "") -> dict:
    applications = list(applications[: SHOWN + 1])
    return {
        "template": "funding/includes/dashboard.html",
        "role": role,
        "heading": heading,
        "empty": empty,
        "applications": applications[:SHOWN],
        "more": len(applications) > SHOWN,
        "status": status,
        "due_statuses": [Status.GRANTED, Status.ADVANCE_PAID, Status.ACCOUNTABILITY_DUE],
    }


def sections(request) -> list[dict]:
    user = request.user
    found = []
    base = (
        Application.objects.select_related("initiative").only(*ROW).order_by("submitted_at", "pk")
    )
    if is_worker(user):
        areas = area_ids_where_user_acts(user, Role.WORKER)
        waiting = base.filter(area__in=areas).filter(
            Q(status=Status.SUBMITTED) | Q(status=Status.IN_REVIEW, advised_at__isnull=True)
        )
        found.append(
            _section(
                "worker",
                _("Applications waiting for advice"),
                _("No application waits for your advice."),
                waiting,
            )
        )
    if is_budget_holder(user):
        areas = area_ids_where_user_acts(user, Role.BUDGET_HOLDER)
        waiting = base.filter(
            area__in=areas, status=Status.IN_REVIEW, advised_at__isnull=False
        ).exclude(advisor=user)
        found.append(
            _section(
                "budget_holder",
                _("Applications waiting for your decision"),
                _("No application waits for your decision."),
                waiting,
                Status.IN_REVIEW,
            )
        )
    if is_active_resident(user):
        team = Initiative.objects.of_team(user).values("pk")
        mine = (
            Application.objects.select_related("initiative")
            .only(*ROW)
            .filter(Q(applicant=user) | Q(initiative__in=team))
            .exclude(status__in=[Status.SETTLED, Status.REJECTED])
            .order_by("accountability_due_on", "-pk")
        )
        found.append(
            _section(
                "resident",
                _("Your applications for money"),
                _("You have not asked for money yet."),
                mine,
            )
        )
    return found
