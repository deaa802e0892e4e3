"""The initiatives' rows of the authorization table (see core/tests/test_authorization.py).

The world's initiative belongs to the active resident, in De Werven: the worker and the
budget holder (Almere Haven, the wijk around it) read it; the outsider does not see it.
"""

from wijkgoud.core.tests.access import ADMIN_RULE, OK, REDIRECT, only, signed_in
from wijkgoud.initiatives.models import PlanSection

from .factories import BudgetLineFactory, InitiativeFactory, MilestoneFactory

READERS = only("active_resident", "worker", "budget_holder", "admin")

ACCESS = {
    "initiatives:list": signed_in(),
    # Admins (superusers) may do what an owner does, to help out.
    "initiatives:create": only("active_resident", "admin"),
    "initiatives:detail": READERS,
    "initiatives:edit": only("active_resident", "admin"),
    "initiatives:team": only("active_resident", "admin"),
    "initiatives:stage": signed_in(405),  # POST-only, refused before anything is read
    "initiatives:plan": READERS,
    "initiatives:pdf": READERS,
    "initiatives:section": READERS,
    "initiatives:feedback": signed_in(405),  # POST-only, refused before anything is read
    "initiatives:section_history": READERS,
    "admin:initiatives_initiative_changelist": ADMIN_RULE,
    "admin:initiatives_initiative_add": ADMIN_RULE,
}


def world(people, almere_haven) -> dict:
    de_werven = almere_haven.children.get(cbs_code="BU00340102")
    initiative = InitiativeFactory(owner=people["active_resident"], areas=[de_werven])
    PlanSection.objects.create(initiative=initiative, key=PlanSection.Key.WHY, text="Omdat.")
    MilestoneFactory(initiative=initiative)
    BudgetLineFactory(initiative=initiative)
    return {"initiative": initiative}


def _initiative(world) -> dict:
    return {"pk": world["initiative"].pk}


def _section(world) -> dict:
    return {"pk": world["initiative"].pk, "key": PlanSection.Key.WHY}


EXAMPLE_KWARGS = {
    "initiatives:detail": _initiative,
    "initiatives:edit": _initiative,
    "initiatives:team": _initiative,
    "initiatives:stage": _initiative,
    "initiatives:plan": _initiative,
    "initiatives:pdf": _initiative,
    "initiatives:section": _section,
    "initiatives:feedback": _section,
    "initiatives:section_history": _section,
}

__all__ = ["OK", "REDIRECT"]
