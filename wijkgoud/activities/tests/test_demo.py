"""The demo week: loaded after core's demo, safe to run twice."""

from io import StringIO

import pytest
from django.core.management import call_command

from wijkgoud.activities.models import Activity, ActivityText, Occurrence

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_week_of_activities_in_almere_haven_and_loads_twice(client, settings):
    settings.DEMO_MODE = True
    call_command("load_demo", stdout=StringIO())
    counts = (Activity.objects.count(), Occurrence.objects.count(), ActivityText.objects.count())
    call_command("load_demo", stdout=StringIO())
    assert (
        Activity.objects.count(),
        Occurrence.objects.count(),
        ActivityText.objects.count(),
    ) == counts
    assert Activity.objects.filter(status="published").count() == 10
    assert {"Taalcafé", "Koffieochtend", "Moestuin", "Computerhulp"} <= set(
        Activity.objects.values_list("title", flat=True)
    )
    response = client.get("/tr/activities/?when=week")
    assert "Dil kafesi" in response.text
    assert len(response.context["dates"]) >= 10
