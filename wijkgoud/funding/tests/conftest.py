from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from wijkgoud.glossary.tests.fixtures import glossary_marking, seeded_glossary  # noqa: F401
from wijkgoud.initiatives.models import CostKind, PlanSection
from wijkgoud.initiatives.tests.factories import BudgetLineFactory, InitiativeFactory

from .factories import BudgetFactory, samen_sterk


@pytest.fixture
def immediate_tasks(settings):
    """Tasks run at once (after commit), so a test can read the mail they send."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def fund(db):
    return samen_sterk()


@pytest.fixture
def budget(fund, almere_haven):
    return BudgetFactory(fund=fund, area=almere_haven, total=Decimal("5000.00"))


@pytest.fixture
def initiative(active_resident, de_werven):
    """Fatima's walking club, with a plan and a budget."""
    initiative = InitiativeFactory(
        title="Samen wandelen",
        owner=active_resident,
        areas=[de_werven],
        plan=True,
        starts_on=timezone.localdate() + timedelta(days=30),
        ends_on=timezone.localdate() + timedelta(days=150),
    )
    initiative.sections.create(key=PlanSection.Key.WHY, text="Veel buren zijn alleen.")
    initiative.sections.create(key=PlanSection.Key.ACTIVITIES, text="Elke week wandelen we samen.")
    BudgetLineFactory(initiative=initiative, kind=CostKind.MATERIALS, amount=Decimal("300"))
    BudgetLineFactory(initiative=initiative, kind=CostKind.PUBLICITY, amount=Decimal("200"))
    return initiative


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Receipts and photos written by tests stay out of var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
