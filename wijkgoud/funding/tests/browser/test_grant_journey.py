"""From plan to money in the browser: an active resident learns the Samen Sterk Budget fits,
applies, answers a question and gets a partial grant; a worker advises; a budget holder
decides. Every page passes axe."""

import re

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from wijkgoud.core.tests.browser.fixtures import assert_accessible
from wijkgoud.funding.models import Application

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def act_as(page, user, server) -> None:
    """Sign in as this person (their second factor is set up) by handing the browser a session."""
    client = Client()
    client.force_login(user)
    page.context.clear_cookies()
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": server.url,
            }
        ]
    )


def open_application(page, application) -> None:
    page.goto(f"/en/funding/applications/{application.pk}/")
    assert_accessible(page)


def test_from_the_fund_finder_to_a_partial_grant(
    page, live_server, active_resident, worker, budget_holder, initiative, budget
):
    act_as(page, active_resident, live_server)

    # The resident reads about the money, then the fund finder says the Samen Sterk Budget fits.
    page.goto("/en/funding/money-for-your-idea/")
    assert_accessible(page)
    page.goto(f"/en/funding/finder/{initiative.pk}/")
    assert_accessible(page)
    fits = page.locator(".fit--yes")
    expect(fits.get_by_role("heading", name="Samen Sterk Budget")).to_be_visible()
    expect(page.get_by_text("Oranje Fonds gives at least € 5,000.00")).to_be_visible()
    page.get_by_role("link", name="Apply for the Samen Sterk Budget").click()

    # The form starts from the plan; a wrong IBAN is explained and nothing typed is lost.
    page.wait_for_url(re.compile(r"/funding/apply/"))
    expect(page.get_by_label("What the money is for")).to_contain_text("Elke week wandelen")
    assert_accessible(page)
    page.get_by_label("IBAN (bank account number)").fill("NL91 ABNA 0417 1643 01")
    page.get_by_label("Name of the account holder").fill("Fatima El Amrani")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("This is not a valid IBAN.")).to_be_visible()
    expect(page.get_by_label("Name of the account holder")).to_have_value("Fatima El Amrani")
    assert_accessible(page)
    page.get_by_label("IBAN (bank account number)").fill("NL91 ABNA 0417 1643 00")
    page.get_by_role("button", name="Save").click()

    page.wait_for_url(re.compile(r"/funding/applications/\d+/$"))
    assert_accessible(page)
    page.get_by_role("link", name="Send in").click()
    assert_accessible(page)
    page.get_by_role("button", name="Yes, send it in").click()
    expect(page.get_by_text("Your application is sent to the neighbourhood team.")).to_be_visible()
    application = Application.objects.get()

    # The worker takes it up and asks a question.
    act_as(page, worker, live_server)
    page.goto("/en/dashboard/")
    expect(page.get_by_role("link", name="Samen wandelen")).to_be_visible()
    assert_accessible(page)
    open_application(page, application)
    page.get_by_role("button", name="I will advise on this").click()
    page.get_by_role("link", name="Ask the applicant a question").click()
    expect(page.get_by_label("Your question for the applicant")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Your question for the applicant").fill("How many neighbours take part?")
    page.get_by_role("button", name="Send question").click()
    expect(page.get_by_text("Waiting for the applicant's answer.")).to_be_visible()

    # The resident answers.
    act_as(page, active_resident, live_server)
    open_application(page, application)
    page.get_by_role("link", name="Answer the question").click()
    expect(page.get_by_text("How many neighbours take part?")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Your answer").fill("About twelve.")
    page.get_by_role("button", name="Send answer").click()
    expect(page.get_by_text("About twelve.")).to_be_visible()

    # The worker advises to grant part.
    act_as(page, worker, live_server)
    open_application(page, application)
    page.get_by_role("link", name="Give advice").click()
    assert_accessible(page)
    page.get_by_label("grant part of it").check()
    page.get_by_label("Why? Write it so the applicant understands it too.").fill(
        "A good plan; the flyers can be cheaper."
    )
    page.get_by_role("button", name="Save advice").click()
    expect(page.get_by_text("Your advice is saved.")).to_be_visible()

    # The budget holder grants part: first too much, then with a reason.
    act_as(page, budget_holder, live_server)
    page.goto("/en/dashboard/")
    assert_accessible(page)
    page.get_by_role("link", name="Samen wandelen").click()
    page.get_by_role("link", name="Decide").click()
    assert_accessible(page)
    page.get_by_label("Grant (all or part)").check()
    page.get_by_label("Amount granted (€)").fill("900")
    page.get_by_role("button", name="Save the decision").click()
    expect(page.get_by_text("You cannot grant more than was asked (€ 500.00).")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Amount granted (€)").fill("400")
    page.get_by_label("Reasons (needed when you reject or grant part)").fill(
        "The flyers can be printed at the community centre."
    )
    page.get_by_role("button", name="Save the decision").click()
    expect(page.get_by_text("Your decision is saved and sent to the applicant.")).to_be_visible()
    expect(page.get_by_text("to be paid")).to_be_visible()

    # The resident sees the partial grant and the letter.
    act_as(page, active_resident, live_server)
    open_application(page, application)
    expect(page.locator(".status")).to_have_text("granted")
    expect(page.get_by_text("€ 400.00 (part of the amount asked)")).to_be_visible()
    with page.expect_response(re.compile(r"/letter/$")) as letter:
        page.goto(f"/en/funding/applications/{application.pk}/letter/")
    assert letter.value.headers["content-type"] == "application/pdf"
    application.refresh_from_db()
    assert application.status == Application.Status.GRANTED
    assert application.amount_granted == 400
