import pytest

from wijkgoud.core import demo as core_demo
from wijkgoud.initiatives import demo
from wijkgoud.initiatives.models import Initiative

pytestmark = pytest.mark.django_db


def test_the_demo_has_an_initiative_at_each_stage_and_a_half_written_plan(almere_haven):
    core_demo.load()
    demo.load()
    demo.load()  # twice: nothing doubles
    assert Initiative.objects.count() == 4
    assert set(Initiative.objects.values_list("stage", flat=True)) == set(Initiative.Stage.values)
    half = Initiative.objects.get(stage="plan")
    assert half.owner.email == "actief@wijkgoud.example"
    assert 0 < half.sections.filter(is_ready=True).count() < half.sections.count() < 10
    assert half.budget_total > 0
