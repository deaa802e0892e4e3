"""Pages ask a fixed number of queries, whatever the number of needs."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wijkgoud.needs import services

from .factories import HelperProfileFactory, NeedFactory, en

pytestmark = pytest.mark.django_db


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _more(active_resident, worker, area, n):
    for _ in range(n):
        NeedFactory(public=True, area=area)
        need = NeedFactory(recorded_by=active_resident, area=area, shared=True)
        services.hand_over(need, to=worker, note="x", actor=active_resident)
        services.add_worker_note(need, text="x", actor=worker)
        HelperProfileFactory(areas=[area])


@pytest.mark.parametrize("page", ["inbox", "list", "detail", "dashboard"])
def test_the_count_does_not_grow_with_the_data(
    client, page, need, active_resident, worker, de_werven
):
    from wijkgoud.activities.tests.factories import ActivityFactory
    from wijkgoud.core.tests.factories import PlaceFactory

    url = {
        "inbox": en("needs:inbox"),
        "list": en("needs:list"),
        "detail": en("needs:detail", need.pk),
        "dashboard": "/en/dashboard/",
    }[page]
    client.force_login(worker)
    _more(active_resident, worker, de_werven, 2)
    few = _count(client, url)
    _more(active_resident, worker, de_werven, 8)
    for _ in range(3):
        ActivityFactory(place=PlaceFactory(area=de_werven), category="paperwork",
                        spoken_languages=",tr,")  # fmt: skip
    many = _count(client, url)
    assert many == few, page
    assert many <= {"inbox": 10, "list": 10, "detail": 16, "dashboard": 16}[page]


def test_my_page_costs_nothing_for_people_it_does_not_concern(client, budget_holder):
    from wijkgoud.needs import dashboard

    client.force_login(budget_holder)
    request = client.get("/en/dashboard/").wsgi_request
    with CaptureQueriesContext(connection) as queries:
        assert dashboard.sections(request) == []
    assert len(queries) == 0
