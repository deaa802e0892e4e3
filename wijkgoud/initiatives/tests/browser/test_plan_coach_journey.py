"""An active resident writes a plan with the coach, in the browser, without giving up."""

import pytest
from playwright.sync_api import expect

from wijkgoud.core.models import RoleAssignment
from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.core.tests.factories import PASSWORD, UserFactory
from wijkgoud.initiatives.models import BudgetLine, Initiative, PlanVersion

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def sign_in(page, email: str) -> None:
    page.goto("/en/account/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/dashboard/")


def save_and_next(page) -> None:
    page.get_by_role("button", name="Save and go to the next part").click()


def test_an_active_resident_writes_a_plan_with_the_coach(page, de_werven):
    resident = UserFactory(
        email="amina@example.org",
        display_name="Amina",
        roles=[(RoleAssignment.Role.ACTIVE_RESIDENT, de_werven)],
    )
    sign_in(page, resident.email)
    assert_accessible(page)
    page.get_by_role("link", name="Start a new initiative").first.click()

    page.wait_for_url("**/initiatives/new/")
    assert_accessible(page)
    page.get_by_role("button", name="Save and start the plan").click()
    expect(page.get_by_text("Give your initiative a name.")).to_be_visible()
    assert_accessible(page)  # the page with its error messages, too
    page.get_by_label("title").fill("Samen koken")
    page.get_by_label("in one sentence").fill("Buren koken samen op vrijdag.")
    page.get_by_label("De Werven").check()
    page.get_by_role("button", name="Save and start the plan").click()

    # Step 1: the coach asks why, explains why it matters and shows an example.
    page.wait_for_url("**/plan/why/")
    expect(page.get_by_role("heading", name="Why this matters")).to_be_visible()
    expect(page.get_by_role("heading", name="An example")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Your answer").fill("Veel buren eten alleen.")
    page.get_by_label("this part is ready").check()
    save_and_next(page)

    # Step 2, saved half-way: the overview shows it as started, not ready.
    page.wait_for_url("**/plan/goal/")
    page.get_by_label("Your answer").fill("Elke vrijdag 12 buren aan tafel.")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_url("**/plan/goal/")
    expect(page.get_by_text("Saved.")).to_be_visible()
    assert page.get_by_label("Your answer").input_value() == "Elke vrijdag 12 buren aan tafel."

    # The budget: a line of € 0 is refused next to the field, and nothing typed is lost.
    page.get_by_role("link", name="Budget and other funding").click()
    page.wait_for_url("**/plan/budget/")
    page.get_by_label("Your answer").fill("Boodschappen en een ruimte.")
    costs = page.get_by_role("group", name="Costs")
    costs.locator("[name='budget-0-description']").fill("Boodschappen")
    costs.locator("[name='budget-0-kind']").select_option("food_and_drinks")
    costs.locator("[name='budget-0-amount']").fill("0")
    costs.locator("[name='budget-1-description']").fill("Zaalhuur")
    costs.locator("[name='budget-1-kind']").select_option("room_hire")
    costs.locator("[name='budget-1-amount']").fill("75")
    save_and_next(page)
    expect(page.get_by_text("Fill in an amount of more than € 0").first).to_be_visible()
    assert page.locator("[name='budget-1-description']").input_value() == "Zaalhuur"
    assert page.get_by_label("Your answer").input_value() == "Boodschappen en een ruimte."
    assert_accessible(page)
    page.locator("[name='budget-0-amount']").fill("120.50")
    save_and_next(page)
    page.wait_for_url("**/plan/communication/")

    initiative = Initiative.objects.get(title="Samen koken")
    assert initiative.owner == resident
    assert initiative.budget_total == BudgetLine.objects.get(description="Zaalhuur").amount + (
        BudgetLine.objects.get(description="Boodschappen").amount
    )
    assert PlanVersion.objects.filter(author=resident).count() == 3

    # The overview: one part ready, the next step points at what is still open.
    page.get_by_role("link", name="Back to Samen koken").click()
    expect(page.get_by_text("1 of 10 parts is ready.")).to_be_visible()
    expect(page.get_by_text("Next: the part “Goal and results”.")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Read the whole plan").click()
    expect(page.get_by_text("Veel buren eten alleen.")).to_be_visible()
    expect(page.get_by_text("Still needed: € 195.50")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Back to Samen koken").first.click()
    page.get_by_role("link", name="Why").first.click()
    page.get_by_role("link", name="Earlier versions of this part").click()
    expect(page.get_by_text("Veel buren eten alleen.")).to_be_visible()
    assert_accessible(page)


def test_the_coach_reads_right_to_left_in_arabic_at_320_pixels(page, de_werven):
    resident = UserFactory(
        email="karim@example.org", roles=[(RoleAssignment.Role.ACTIVE_RESIDENT, de_werven)]
    )
    initiative = Initiative.objects.create(owner=resident, title="مقهى اللغة")
    initiative.areas.add(de_werven)
    page.set_viewport_size({"width": 320, "height": 800})
    sign_in(page, resident.email)
    page.goto(f"/ar/initiatives/{initiative.pk}/plan/budget/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_accessible(page)
    # Nothing sticks out sideways on a small phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.goto(f"/ar/initiatives/{initiative.pk}/")
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_a_worker_gives_feedback_that_the_owner_then_reads(page, live_server, de_werven, worker):
    from django.conf import settings
    from django.test import Client

    from wijkgoud.initiatives.models import PlanSection

    owner = UserFactory(
        email="joost@example.org",
        display_name="Joost",
        roles=[(RoleAssignment.Role.ACTIVE_RESIDENT, de_werven)],
    )
    initiative = Initiative.objects.create(owner=owner, title="Buurtmoestuin")
    initiative.areas.add(de_werven)
    PlanSection.objects.create(initiative=initiative, key="goal", text="Groente voor iedereen.")
    # The worker's second step is tested in core; here the worker is signed in already.
    client = Client()
    client.force_login(worker)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page.goto(f"/en/initiatives/{initiative.pk}/plan/goal/")
    expect(page.get_by_text("Groente voor iedereen.")).to_be_visible()
    assert page.locator("textarea[name=text]").count() == 1  # only the feedback form
    assert_accessible(page)
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_text("Write your feedback first.")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Your feedback on this part").fill("Hoeveel buren doen mee?")
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_text("Your feedback is saved.")).to_be_visible()
    page.goto(f"/en/initiatives/{initiative.pk}/")
    expect(page.get_by_text("1 feedback")).to_be_visible()
    assert_accessible(page)

    page.context.clear_cookies()
    sign_in(page, owner.email)
    page.goto(f"/en/initiatives/{initiative.pk}/plan/goal/")
    expect(page.get_by_text("Hoeveel buren doen mee?")).to_be_visible()
    expect(page.get_by_text("Sanne")).to_be_visible()
