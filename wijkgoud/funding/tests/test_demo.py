"""The demo shows the grant cycle: something for the worker, the budget holder and the resident."""

from decimal import Decimal

import pytest

from wijkgoud.core import demo as core_demo
from wijkgoud.funding import demo
from wijkgoud.funding.dashboard import sections
from wijkgoud.funding.models import Application, Budget
from wijkgoud.initiatives import demo as initiatives_demo
from wijkgoud.payouts import demo as payouts_demo
from wijkgoud.payouts.models import PayableItem

pytestmark = pytest.mark.django_db
S = Application.Status


class Request:
    def __init__(self, email):
        from wijkgoud.core.models import User

        self.user = User.objects.get(email=email)


def test_the_demo_has_an_application_for_each_role_and_loads_twice(almere_haven, immediate_tasks):
    core_demo.load()
    initiatives_demo.load()
    payouts_demo.load()
    demo.load()
    demo.load()  # twice: nothing doubles
    statuses = sorted(Application.objects.values_list("status", flat=True))
    assert statuses == sorted([S.SUBMITTED, S.IN_REVIEW, S.ACCOUNTABILITY_DUE])
    budget = Budget.objects.get()
    assert budget.committed == Decimal("750.00")
    assert budget.year == Application.objects.get(status=S.ACCOUNTABILITY_DUE).decided_at.year
    # The advance was paid through a payout batch, confirmed by a second budget holder.
    advance = PayableItem.objects.get()
    assert advance.status == PayableItem.Status.PAID and advance.amount == Decimal("750.00")
    assert advance.batch.confirmed_by.email == payouts_demo.SECOND_BUDGET_HOLDER[0]

    worker = sections(Request("wijkwerker@wijkgoud.example"))[0]
    assert [a.status for a in worker["applications"]] == [S.SUBMITTED]
    holder = sections(Request("budget@wijkgoud.example"))[0]
    assert [a.initiative.title for a in holder["applications"]] == [demo.HOMEWORK_CLUB]
    resident = sections(Request("actief@wijkgoud.example"))[0]
    assert len(resident["applications"]) == 3
