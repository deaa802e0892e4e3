import pytest
from django.utils import translation

from wijkgoud.core.models import Place
from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.payouts.models import PayoutBatch
from wijkgoud.payouts.services import create_batch, export_batch

from .factories import PayableItemFactory, PayingAccountFactory


@pytest.fixture(autouse=True)
def _in_english():
    """Messages and pages (/en/…) in English, so the assertions read like the msgids."""
    with translation.override("en"):
        yield


@pytest.fixture
def paid_sources(monkeypatch) -> list:
    """Places stand in for claims and grants: their mark_paid is recorded here."""
    calls = []

    def mark_paid(self, *, actor):
        calls.append((self.pk, actor.pk))

    monkeypatch.setattr(Place, "mark_paid", mark_paid, raising=False)
    return calls


@pytest.fixture
def account(db):
    return PayingAccountFactory()


@pytest.fixture
def second_budget_holder(almere_haven):
    return UserFactory(
        email="ayse@example.org",
        display_name="Ayşe",
        roles=[("budget_holder", almere_haven)],
        totp=True,
    )


@pytest.fixture
def waiting_items(de_werven) -> list:
    return [PayableItemFactory() for _ in range(3)]


@pytest.fixture
def open_batch(waiting_items, almere_haven, budget_holder) -> PayoutBatch:
    return create_batch([i.pk for i in waiting_items], area=almere_haven, actor=budget_holder)


@pytest.fixture
def exported_batch(open_batch, account, budget_holder) -> PayoutBatch:
    return export_batch(open_batch, actor=budget_holder)
