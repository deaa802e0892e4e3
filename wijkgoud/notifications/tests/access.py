"""The notifications app's rows of the authorization table (see core's tests/access.py).

Everyone signed in has an inbox; the example notification is the active resident's, and
nobody else may open it (404, checked in test_inbox.py: these URLs answer GET with 405)."""

from wijkgoud.activities.tests.factories import ActivityFactory
from wijkgoud.core.tests.access import signed_in
from wijkgoud.notifications.services import notify

ACCESS = {
    "notifications:inbox": signed_in(),
    "notifications:preferences": signed_in(),
    "notifications:open": signed_in(405),
    "notifications:mark_all_read": signed_in(405),
}


def world(people, almere_haven) -> dict:
    activity = ActivityFactory(organiser=people["active_resident"])
    params = {"name": "Ali", "title": activity.title, "date": "1-12-2026"}
    resident = people["active_resident"]
    notification = notify(resident, "activity.signup", about=activity, params=params)
    return {"notification": notification}


EXAMPLE_KWARGS = {"notifications:open": lambda world: {"pk": world["notification"].pk}}
