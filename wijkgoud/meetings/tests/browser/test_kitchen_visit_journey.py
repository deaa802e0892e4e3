"""A worker organises a kitchen visit at an active resident's language café; three people
sign up; during the meeting two ideas are captured: one gets two actions with owners and is
agreed, the other is parked; the next meeting in the series shows what became of them."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from wijkgoud.core.models import RoleAssignment
from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.core.tests.factories import PlaceFactory, UserFactory
from wijkgoud.meetings.models import ActionItem, Idea, Meeting

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def sign_in_as(page, live_server, user) -> None:
    """A fresh session for this person, as after signing in (the sign-in itself is core's)."""
    client = Client()
    client.force_login(user)
    page.context.clear_cookies()
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def test_a_kitchen_visit_from_plan_to_follow_through(page, live_server, de_werven, worker):
    fatima = UserFactory(
        display_name="Fatima", roles=[(RoleAssignment.Role.ACTIVE_RESIDENT, de_werven)]
    )
    yusuf = UserFactory(
        display_name="Yusuf", roles=[(RoleAssignment.Role.ACTIVE_RESIDENT, de_werven)]
    )
    mehmet = UserFactory(
        display_name="Mehmet", roles=[(RoleAssignment.Role.BUDGET_HOLDER, de_werven)], totp=True
    )
    cafe = PlaceFactory(name="Taalcafé De Werven", area=de_werven)
    start = timezone.now() + timedelta(days=7)

    # The worker organises the kitchen visit.
    sign_in_as(page, live_server, worker)
    page.goto("/en/meetings/")
    assert_accessible(page)
    page.get_by_role("link", name="Organise a meeting").click()
    page.wait_for_url("**/meetings/new/")
    assert_accessible(page)
    page.get_by_label("kitchen visit").check()
    page.get_by_label("Title").fill("Kijken in de keuken van het taalcafé")
    page.get_by_label("Starts").fill(local(start))
    page.get_by_label("Ends").fill(local(start + timedelta(hours=2)))
    page.get_by_label("Area").select_option(label="De Werven")
    page.get_by_label("Place").select_option(label="Taalcafé De Werven")
    page.get_by_label("budget holders and policy makers").check()
    page.get_by_label("or start a new series").fill("Keukenbezoeken 2027")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(re.compile(r"/en/meetings/\d+/$"))
    assert page.locator("h1").inner_text() == "Kijken in de keuken van het taalcafé"
    assert_accessible(page)
    meeting = Meeting.objects.get()
    assert meeting.place == cafe

    # Three people sign up; Fatima lets her name be in the report.
    for person in (fatima, yusuf, mehmet):
        sign_in_as(page, live_server, person)
        page.goto(f"/en/meetings/{meeting.pk}/")
        if person == fatima:
            page.get_by_label("Show my name in the report").check()
        page.get_by_role("button", name="Sign me up").click()
        page.wait_for_selector("text=You are signed up.")
    assert meeting.signups.count() == 3
    assert_accessible(page)

    # During the meeting, on the worker's laptop: notes save by themselves.
    sign_in_as(page, live_server, worker)
    page.goto(f"/en/meetings/{meeting.pk}/")
    assert not page.get_by_text("Yusuf").count()  # on a beamer the room sees no names
    page.get_by_role("link", name="Who comes").click()
    assert page.locator("#people").get_by_text("Yusuf").is_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Kijken in de keuken van het taalcafé").click()
    page.get_by_role("textbox", name="Notes").fill("Fatima laat zien hoe ze mensen uitnodigt.")
    page.wait_for_selector("text=/Saved at \\d\\d:\\d\\d/")
    meeting.refresh_from_db()
    assert meeting.notes == "Fatima laat zien hoe ze mensen uitnodigt."

    # Idea one gets two actions with owners and is agreed.
    page.get_by_label("New idea").fill("Samen koken met nieuwe buren")
    page.get_by_role("button", name="Capture the idea").click()
    page.wait_for_url(re.compile(r"/ideas/\d+/$"))
    assert_accessible(page)
    for what, owner in (("Keuken regelen", "Fatima"), ("Recepten verzamelen", "Yusuf")):
        page.get_by_label(re.compile(r"^What:?$")).fill(what)
        page.get_by_label("First step").fill("Bellen")
        page.get_by_label("Owner (someone with an account)").select_option(label=owner)
        page.get_by_label("Due date").fill(str(timezone.localdate() + timedelta(days=10)))
        page.get_by_role("button", name="Add the action").click()
        page.wait_for_selector(f"text={what}")
    page.get_by_role("button", name="We agree: go ahead").click()
    page.wait_for_url(re.compile(r"/meetings/\d+/#ideas$"))

    # Idea two is parked with a reason.
    page.get_by_label("New idea").fill("Een eigen buurtbus")
    page.get_by_role("button", name="Capture the idea").click()
    page.wait_for_url(re.compile(r"/ideas/\d+/$"))
    page.get_by_label("Why park this idea?").fill("Te duur voor nu")
    page.get_by_role("button", name="Park the idea").click()
    page.wait_for_url(re.compile(r"/meetings/\d+/#ideas$"))
    assert_accessible(page)
    assert dict(Idea.objects.values_list("text", "status")) == {
        "Samen koken met nieuwe buren": "agreed",
        "Een eigen buurtbus": "parked",
    }

    # Afterwards Fatima finishes her action, from "My actions".
    sign_in_as(page, live_server, fatima)
    page.goto("/en/meetings/actions/")
    assert_accessible(page)
    page.get_by_role("link", name="Keuken regelen").click()
    page.get_by_label("done").check()
    page.get_by_label("What happened?").fill("Het buurthuis mag elke vrijdag")
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector("text=The action is updated.")
    assert_accessible(page)
    assert ActionItem.objects.get(what="Keuken regelen").status == "done"

    # The worker plans the next meeting of the series; it opens with what became of them.
    sign_in_as(page, live_server, worker)
    page.goto(f"/en/meetings/{meeting.pk}/")
    page.get_by_role("link", name="Plan the next meeting in this series").click()
    later = start + timedelta(days=28)
    page.get_by_label("Title").fill("Keukenbezoek twee")
    page.get_by_label("Starts").fill(local(later))
    page.get_by_label("Ends").fill(local(later + timedelta(hours=2)))
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(re.compile(r"/en/meetings/\d+/$"))
    follow = page.locator(".follow-through")
    assert "What became of the last meeting" in follow.inner_text()
    text = follow.inner_text()
    for seen in (
        "Samen koken met nieuwe buren",
        "Keuken regelen",
        "Het buurthuis mag elke vrijdag",
        "Recepten verzamelen",
        "Een eigen buurtbus",
        "Te duur voor nu",
    ):
        assert seen in text
    page.set_viewport_size({"width": 320, "height": 800})
    assert_accessible(page)
