"""An organiser creates a weekly activity, a neighbour signs up, the organiser cancels that
date, and the neighbour gets a mail."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from wijkgoud.activities.models import Activity, Signup
from wijkgoud.core.models import Area, RoleAssignment
from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.core.tests.factories import PASSWORD, PlaceFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_an_organiser_creates_a_weekly_activity_and_cancels_one_date(
    patient_page, browser, live_server, almere_haven
):
    page = patient_page
    de_werven = Area.objects.get(cbs_code="BU00340102")
    place = PlaceFactory(name="Buurthuis De Werven", area=de_werven)
    organiser = UserFactory(
        email="fatima@example.org",
        display_name="Fatima",
        roles=[(RoleAssignment.Role.ACTIVE_RESIDENT, de_werven)],
    )
    first = timezone.localdate() + timedelta(days=2)
    mail.outbox.clear()

    page.goto("/en/account/login/")
    page.fill("input[name=login]", organiser.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/en/dashboard/")

    page.goto("/en/activities/new/")
    assert_accessible(page)
    page.fill("input[name=title]", "Samen koken")
    page.fill("[name=summary]", "We cook together and eat together.")
    page.select_option("select[name=category]", "cooking")
    page.check("input[name=repeat][value=weekly]")
    page.fill("input[name=starts_on]", first.isoformat())
    page.fill("input[name=start_time]", "17:00")
    page.fill("input[name=end_time]", "16:00")  # a mistake: the end before the start
    page.fill("input[name=ends_on]", (first + timedelta(weeks=5)).isoformat())
    page.select_option("select[name=area]", str(de_werven.pk))
    page.select_option("select[name=place]", str(place.pk))
    page.fill("input[name=capacity]", "8")
    page.locator("form.activity-form button[type=submit]").click()

    # The message is next to the field and nothing typed is lost.
    assert "after the start time" in page.locator(".activity-form").inner_text()
    assert page.input_value("input[name=title]") == "Samen koken"
    assert_accessible(page)
    page.fill("input[name=end_time]", "19:30")
    page.locator("form.activity-form button[type=submit]").click()

    activity = Activity.objects.get()
    page.wait_for_url(f"**/en/activities/{activity.pk}/")
    assert_accessible(page)
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(f"**/en/activities/{activity.pk}/")
    assert Activity.objects.get().status == "published"
    assert page.locator(".date-list__item").count() == 6

    # A neighbour signs up for the first date, in another browser, without an account.
    neighbour = browser.new_context(base_url=live_server.url).new_page()
    neighbour.goto(f"/nl/activities/{activity.pk}/")
    neighbour.locator(".date-list a.button-link").first.click()
    neighbour.fill("input[name=name]", "Piotr")
    neighbour.fill("input[name=email]", "piotr@example.org")
    neighbour.locator("form.signup-form button[type=submit]").click()
    neighbour.wait_for_url("**/signups/*/")
    neighbour.context.close()
    # Piotr's confirmation, and the organiser's notification (notifications app).
    assert sorted(m.to for m in mail.outbox) == [["fatima@example.org"], ["piotr@example.org"]]

    page.get_by_role("link", name="Who signed up").click()
    assert "Piotr" in page.locator("main").inner_text()
    assert_accessible(page)
    page.get_by_role("link", name="Cancel this date").first.click()
    assert_accessible(page)
    page.fill("input[name=reason]", "The kitchen is being repaired.")
    page.get_by_role("button", name="Yes, cancel this date").click()
    page.wait_for_url(f"**/en/activities/{activity.pk}/signups/")
    assert "Cancelled" in page.locator("main").inner_text()

    signup = Signup.objects.get()
    assert signup.occurrence.cancelled_at is not None
    cancelled_mail = mail.outbox[-1]
    assert cancelled_mail.to == ["piotr@example.org"]
    assert "The kitchen is being repaired." in cancelled_mail.body
    # Dutch: Piotr signed up on the Dutch page, so the mail speaks Dutch.
    assert "Afgelast" in cancelled_mail.subject

    page.goto(f"/en/activities/{activity.pk}/")
    assert page.locator(".date-list__item--cancelled").count() == 1
