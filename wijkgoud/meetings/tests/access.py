"""The meetings app's rows of the authorization table (see core's tests/access.py).

The example meeting is hosted by the active resident in De Werven, for active residents
and workers: the worker (Almere Haven) manages it too, the budget holder and the outsider
do not see it (404)."""

from wijkgoud.core.tests.access import ADMIN_RULE, only, signed_in

from .factories import (
    ActionItemFactory,
    IdeaFactory,
    LessonFactory,
    MeetingFactory,
    SeriesFactory,
    SignupFactory,
)

SEES = only("active_resident", "worker", "admin")
POST_ONLY = signed_in(405)

ACCESS = {
    "meetings:list": signed_in(),
    "meetings:create": only("active_resident", "worker", "admin"),
    "meetings:my_actions": signed_in(),
    "meetings:lessons": signed_in(),
    "meetings:detail": SEES,
    "meetings:people": SEES,
    "meetings:edit": SEES,
    "meetings:ics": SEES,
    "meetings:report": SEES,
    "meetings:report_pdf": SEES,
    "meetings:idea": SEES,
    "meetings:action": SEES,
    "meetings:signup": POST_ONLY,
    "meetings:cancel_signup": POST_ONLY,
    "meetings:guest_add": POST_ONLY,
    "meetings:notes": POST_ONLY,
    "meetings:idea_add": POST_ONLY,
    "meetings:lesson_add": POST_ONLY,
    "meetings:signup_remove": POST_ONLY,
    "meetings:action_add": POST_ONLY,
    "meetings:idea_agree": POST_ONLY,
    "meetings:idea_park": POST_ONLY,
    "meetings:idea_reopen": POST_ONLY,
    "meetings:action_move": POST_ONLY,
    "admin:meetings_meeting_changelist": ADMIN_RULE,
    "admin:meetings_meeting_add": ADMIN_RULE,
    "admin:meetings_series_changelist": ADMIN_RULE,
    "admin:meetings_series_add": ADMIN_RULE,
    "admin:meetings_actionitem_changelist": ADMIN_RULE,
    "admin:meetings_actionitem_add": ADMIN_RULE,
    "admin:meetings_lesson_changelist": ADMIN_RULE,
    "admin:meetings_lesson_add": ADMIN_RULE,
}


def world(people, almere_haven) -> dict:
    de_werven = almere_haven.children.get(cbs_code="BU00340102")
    meeting = MeetingFactory(host=people["active_resident"], area=de_werven, series=SeriesFactory())
    signup = SignupFactory(meeting=meeting, name="", user=people["active_resident"])
    idea = IdeaFactory(meeting=meeting)
    action = ActionItemFactory(idea=idea, owner=people["active_resident"])
    LessonFactory(meeting=meeting)
    return {"meeting": meeting, "signup": signup, "idea": idea, "action": action}


def _meeting(world) -> dict:
    return {"pk": world["meeting"].pk}


EXAMPLE_KWARGS = {
    name: _meeting
    for name in [
        "meetings:detail", "meetings:people", "meetings:edit", "meetings:ics", "meetings:report",
        "meetings:report_pdf", "meetings:signup", "meetings:cancel_signup",
        "meetings:guest_add", "meetings:notes", "meetings:idea_add", "meetings:lesson_add",
    ]
} | {
    "meetings:signup_remove": lambda world: {"pk": world["signup"].pk},
    "meetings:action": lambda world: {"pk": world["action"].pk},
    "meetings:action_move": lambda world: {"pk": world["action"].pk},
} | {
    name: (lambda world: {"pk": world["idea"].pk})
    for name in [
        "meetings:idea", "meetings:action_add", "meetings:idea_agree", "meetings:idea_park",
        "meetings:idea_reopen",
    ]
}  # fmt: skip
