"""The activities app's rows of the authorization table (see core/tests/test_authorization.py)."""

from wijkgoud.core.models import Area
from wijkgoud.core.tests.access import anyone, only, signed_in
from wijkgoud.core.tests.factories import PlaceFactory

from .factories import ActivityFactory, ActivityTextFactory, SignupFactory

ORGANISERS = ("active_resident", "worker", "admin")

ACCESS = {
    # Public: no account needed
    "activities:finder": anyone(),
    "activities:detail": anyone(),
    "activities:signup": anyone(),
    "activities:signup_done": anyone(),  # whoever holds the secret link
    "activities:signup_cancel": anyone(),
    "activities:feed": anyone(),
    "activities:area_feed": anyone(),
    "activities:activity_feed": anyone(),
    "activities:date_ics": anyone(),
    "activities:poster": anyone(),
    "activities:poster_pdf": anyone(),  # without choices: the form again
    # Organisers: the active resident who organises it, workers of the area, admins
    "activities:mine": only(*ORGANISERS),
    "activities:create": only(*ORGANISERS),
    "activities:edit": only(*ORGANISERS),
    "activities:texts": only(*ORGANISERS),
    "activities:publish": signed_in(405),  # only POST
    "activities:cancel": only(*ORGANISERS),
    "activities:cancel_date": only(*ORGANISERS),
    "activities:signups": only(*ORGANISERS),
}


def world(people, almere_haven) -> dict:
    de_werven = Area.objects.get(cbs_code="BU00340102")
    place = PlaceFactory(area=de_werven)
    activity = ActivityFactory(organiser=people["active_resident"], place=place, area=de_werven)
    ActivityTextFactory(activity=activity)
    occurrence = activity.occurrences.first()
    signup = SignupFactory(occurrence=occurrence)
    return {
        "activity": activity,
        "occurrence": occurrence,
        "activity_signup": signup,
        "area": de_werven,
    }


EXAMPLE_KWARGS = {
    "activities:detail": lambda w: {"pk": w["activity"].pk},
    "activities:signup": lambda w: {"pk": w["occurrence"].pk},
    "activities:signup_done": lambda w: {"token": w["activity_signup"].token},
    "activities:signup_cancel": lambda w: {"token": w["activity_signup"].token},
    "activities:area_feed": lambda w: {"pk": w["area"].pk},
    "activities:activity_feed": lambda w: {"pk": w["activity"].pk},
    "activities:date_ics": lambda w: {"pk": w["occurrence"].pk},
    "activities:poster": lambda w: {"pk": w["area"].pk},
    "activities:poster_pdf": lambda w: {"pk": w["area"].pk},
    "activities:edit": lambda w: {"pk": w["activity"].pk},
    "activities:texts": lambda w: {"pk": w["activity"].pk, "language": "en"},
    "activities:publish": lambda w: {"pk": w["activity"].pk},
    "activities:cancel": lambda w: {"pk": w["activity"].pk},
    "activities:cancel_date": lambda w: {"pk": w["occurrence"].pk},
    "activities:signups": lambda w: {"pk": w["activity"].pk},
}
