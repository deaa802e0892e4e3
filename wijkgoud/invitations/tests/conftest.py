import pytest

from wijkgoud.activities.models import Activity, Category
from wijkgoud.activities.tests.factories import ActivityFactory, ActivityTextFactory
from wijkgoud.core.tests.factories import PlaceFactory


@pytest.fixture(autouse=True)
def _run_tasks_at_once(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def language_cafe(de_werven, worker) -> Activity:
    """A weekly language café in De Werven, with its text written in Arabic by a person."""
    activity = ActivityFactory(
        title="Taalcafé",
        summary="Nederlands oefenen in een kleine groep.",
        category=Category.LANGUAGE,
        organiser=worker,
        place=PlaceFactory(
            name="Buurthuis De Werven", street_address="Werven 12", postcode="1353 AB",
            area=de_werven,
        ),
    )  # fmt: skip
    ActivityTextFactory(
        activity=activity, language="ar", title="مقهى اللغة",
        summary="نتدرب على اللغة الهولندية في مجموعة صغيرة.", description="",
    )  # fmt: skip
    return activity


@pytest.fixture
def make_need(de_werven):
    """A neighbour's question recorded by someone (the needs app's own factories aside)."""
    from django.utils import timezone

    from wijkgoud.needs.models import Need

    def make(recorded_by, name="Yusuf", language="tr"):
        return Need.objects.create(
            words="Ik wil graag Nederlands oefenen.", area=de_werven, language=language,
            name=name, contact_by="resident", source="recorded", recorded_by=recorded_by,
            consent_given_by=name, consent_on=timezone.localdate(), consent_how="spoken",
        )  # fmt: skip

    return make
