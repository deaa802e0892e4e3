"""Areas from the data migration, and the role rules the database itself enforces."""

import pytest
from django.db import IntegrityError, transaction

from wijkgoud.core.models import Area, RoleAssignment
from wijkgoud.core.permissions import acts_in
from wijkgoud.core.tests.factories import AreaFactory, UserFactory

pytestmark = pytest.mark.django_db
Role = RoleAssignment.Role

BUURTEN = {
    "Centrum Almere Haven": "BU00340101",
    "De Werven": "BU00340102",
    "De Hoven": "BU00340103",
    "De Meenten": "BU00340104",
    "De Grienden": "BU00340105",
    "De Marken": "BU00340106",
    "De Gouwen": "BU00340107",
    "De Wierden": "BU00340108",
    "De Velden": "BU00340109",
    "Overgooi": "BU00340110",
    "De Laren": None,  # no separate CBS code
    "De Steiger": "BU00340171",
    "Stichtsekant": "BU00340173",
}


def test_the_migration_loaded_almere_haven_with_its_buurten_and_cbs_codes(almere_haven):
    assert almere_haven.name == "Almere Haven"
    assert almere_haven.kind == Area.Kind.DISTRICT
    assert almere_haven.parent is None
    buurten = almere_haven.children.all()
    assert {b.name: b.cbs_code for b in buurten} == BUURTEN
    assert {b.kind for b in buurten} == {Area.Kind.NEIGHBOURHOOD}


def test_a_worker_of_the_wijk_acts_in_the_wijk_and_all_its_buurten(worker, almere_haven):
    areas = Area.objects.where_user_acts(worker, Role.WORKER)
    assert set(areas) == {almere_haven, *almere_haven.children.all()}
    assert acts_in(worker, almere_haven.children.get(name="De Hoven"), Role.WORKER)


def test_a_role_in_one_buurt_covers_only_that_buurt(active_resident, de_werven, almere_haven):
    assert list(Area.objects.where_user_acts(active_resident, Role.ACTIVE_RESIDENT)) == [de_werven]
    assert not acts_in(active_resident, almere_haven, Role.ACTIVE_RESIDENT)


def test_a_worker_does_not_act_as_budget_holder_nor_outside_the_wijk(worker, almere_haven):
    elsewhere = AreaFactory(kind=Area.Kind.DISTRICT)
    assert not acts_in(worker, almere_haven, Role.BUDGET_HOLDER)
    assert not acts_in(worker, elsewhere, Role.WORKER)


@pytest.mark.parametrize("role", [Role.WORKER, Role.BUDGET_HOLDER])
def test_a_worker_or_budget_holder_without_an_area_is_refused_by_the_database(role):
    user = UserFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        RoleAssignment.objects.create(user=user, role=role, area=None)


@pytest.mark.parametrize("role", [Role.ACTIVE_RESIDENT, Role.ADMIN])
def test_an_active_resident_or_admin_needs_no_area(role):
    RoleAssignment.objects.create(user=UserFactory(), role=role, area=None)


@pytest.mark.parametrize(("role", "area_code"), [(Role.WORKER, "WK003401"), (Role.ADMIN, None)])
def test_the_same_role_twice_is_refused_by_the_database(role, area_code):
    area = area_code and Area.objects.get(cbs_code=area_code)
    user = UserFactory(roles=[(role, area)])
    with pytest.raises(IntegrityError), transaction.atomic():
        RoleAssignment.objects.create(user=user, role=role, area=area)


def test_the_same_role_in_another_area_is_fine(almere_haven, de_werven):
    user = UserFactory(roles=[(Role.WORKER, almere_haven)])
    RoleAssignment.objects.create(user=user, role=Role.WORKER, area=de_werven)
    assert user.role_assignments.count() == 2


def test_two_buurten_with_one_name_in_one_wijk_are_refused(almere_haven):
    with pytest.raises(IntegrityError), transaction.atomic():
        Area.objects.create(name="De Werven", kind=Area.Kind.NEIGHBOURHOOD, parent=almere_haven)
