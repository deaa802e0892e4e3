"""Twenty budget holders decide at the same moment on a small budget: it is never overdrawn.

Real row locks need PostgreSQL; SQLite writes one transaction at a time, so there is
nothing to race and the test is skipped there (CI runs it on PostgreSQL)."""

import threading
from decimal import Decimal

import pytest
from django.db import connection, connections

from wijkgoud.core.models import RoleAssignment
from wijkgoud.core.services import WorkflowError
from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.funding import services
from wijkgoud.funding.models import Application, Budget

from .factories import ApplicationFactory, BudgetFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor == "sqlite",
        reason="SQLite has no row locks (select_for_update); this runs on PostgreSQL in CI",
    ),
]

DECISIONS = 20


def test_concurrent_decisions_never_push_committed_above_the_total(almere_haven, worker):
    budget = BudgetFactory(area=almere_haven, total=Decimal("1000.00"))
    holders = [
        UserFactory(roles=[(RoleAssignment.Role.BUDGET_HOLDER, almere_haven)])
        for _ in range(DECISIONS)
    ]
    applications = [
        ApplicationFactory(advised=True, advisor=worker, amount_asked=Decimal("150.00"))
        for _ in range(DECISIONS)
    ]
    start = threading.Barrier(DECISIONS)
    outcomes = []

    def decide(application, holder):
        try:
            start.wait()
            services.grant_application(application, amount=Decimal("150.00"), actor=holder)
            outcomes.append("granted")
        except WorkflowError:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=decide, args=pair)
        for pair in zip(applications, holders, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    budget.refresh_from_db()
    granted = Application.objects.filter(status=Application.Status.GRANTED)
    assert outcomes.count("granted") == 6  # six grants of 150 fit in 1,000; a seventh does not
    assert outcomes.count("refused") == DECISIONS - 6
    assert budget.committed == Decimal("900.00") <= budget.total
    assert sum(a.amount_granted for a in granted) == budget.committed
    assert Budget.objects.get(pk=budget.pk).committed <= budget.total
