"""The application pages: the happy path, bad input (clear message, nothing lost), refusals."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from wijkgoud.core.models import RoleAssignment
from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.funding.models import Application, Budget, Payment
from wijkgoud.payouts.services import payable_item_for

from .factories import ApplicationFactory, granted_application

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]
S = Application.Status


def url(name, *args, lang="nl"):
    with translation.override(lang):
        return reverse(f"funding:{name}", args=args)


@pytest.fixture
def form_data(initiative):
    return {
        "amount_asked": "800,00",
        "summary": "Elke week wandelen.",
        "starts_on": initiative.starts_on.isoformat(),
        "ends_on": initiative.ends_on.isoformat(),
        "iban": "NL91 ABNA 0417 1643 00",
        "account_holder": "Fatima El Amrani",
    }


def test_the_money_page_explains_the_samen_sterk_budget_to_anyone(client):
    text = client.get("/en/funding/money-for-your-idea/").text
    assert "Samen Sterk Budget" in text and "Oranje Fonds" in text


def test_the_application_form_starts_from_the_plan(client, active_resident, initiative, fund):
    client.force_login(active_resident)
    response = client.get(url("application_create", initiative.pk, fund.slug))
    assert "Elke week wandelen we samen." in response.text
    assert response.context["form"].initial["amount_asked"] == Decimal("500")


def test_an_active_resident_applies_and_sends_in(
    client, active_resident, initiative, fund, form_data
):
    client.force_login(active_resident)
    response = client.post(url("application_create", initiative.pk, fund.slug), form_data)
    assert response.status_code == 302, response.context["form"].errors
    application = Application.objects.get()
    assert response.headers["Location"] == application.get_absolute_url()
    assert application.iban == "NL91ABNA0417164300" and application.amount_asked == 800
    client.post(url("application_submit", application.pk))
    application.refresh_from_db()
    assert application.status == S.SUBMITTED


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("amount_asked", "0", "The amount must be more than € 0."),
        ("amount_asked", "-5", "The amount must be more than € 0."),
        ("iban", "NL91 ABNA 0417 1643 01", "This is not a valid IBAN."),
        ("starts_on", "2020-01-01", "This date has passed."),
    ],
)
def test_bad_input_gets_a_message_next_to_the_field_and_nothing_is_lost(
    client, active_resident, initiative, fund, form_data, field, value, message
):
    client.force_login(active_resident)
    form_data[field] = value
    response = client.post(
        url("application_create", initiative.pk, fund.slug, lang="en"), form_data
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert message in " ".join(form.errors[field])
    assert "Fatima El Amrani" in response.text  # what was typed is still there
    assert not Application.objects.exists()


def test_a_worker_takes_up_and_advises_then_a_budget_holder_decides_part(
    client, worker, budget_holder, budget
):
    application = ApplicationFactory(submitted=True)
    client.force_login(worker)
    client.post(url("application_review", application.pk))
    client.post(
        url("application_advise", application.pk), {"advice": "grant_part", "text": "Goed."}
    )
    application.refresh_from_db()
    assert application.advisor == worker and application.advice == "grant_part"

    client.force_login(budget_holder)
    data = {"decision": "grant", "amount": "600", "reasons": "De flyers zijn te duur."}
    response = client.post(url("application_decide", application.pk), data)
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == S.GRANTED and application.amount_granted == 600
    assert application.payments.get().status == Payment.Status.TO_BE_PAID


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"decision": "grant", "amount": "800.01"}, "amount", "more than was asked"),
        ({"decision": "grant", "amount": "0"}, "amount", "more than € 0"),
        ({"decision": "grant", "amount": "500"}, "reasons", "only part"),
        ({"decision": "reject"}, "reasons", "why the application is rejected"),
        (
            {"decision": "grant", "amount": "800", "accountability_due_on": "2020-01-01"},
            "accountability_due_on",
            "This date has passed",
        ),
    ],
)
def test_a_decision_with_bad_input_says_what_is_wrong(
    client, budget_holder, budget, data, field, message
):
    application = ApplicationFactory(advised=True)
    client.force_login(budget_holder)
    data = {"conditions": "Stuur foto's.", **data}
    response = client.post(url("application_decide", application.pk, lang="en"), data)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert "Stuur foto&#x27;s." in response.text
    application.refresh_from_db()
    assert application.status == S.IN_REVIEW


def test_a_grant_larger_than_the_budget_left_is_refused_above_the_form(
    client, budget_holder, budget
):
    Budget.objects.filter(pk=budget.pk).update(committed=Decimal("4900"))
    application = ApplicationFactory(advised=True)
    client.force_login(budget_holder)
    response = client.post(
        url("application_decide", application.pk, lang="en"),
        {"decision": "grant", "amount": "800"},
    )
    assert "The budget has only € 100.00 left." in response.text


def test_the_budget_holder_cannot_decide_without_advice(client, budget_holder, budget):
    application = ApplicationFactory(in_review=True)
    client.force_login(budget_holder)
    assert client.get(url("application_decide", application.pk)).status_code == 403


def test_an_outsider_does_not_see_an_application(client, outsider):
    application = ApplicationFactory(submitted=True)
    client.force_login(outsider)
    assert client.get(url("application", application.pk)).status_code == 404


def test_a_worker_of_another_wijk_does_not_see_it(client):
    from wijkgoud.core.tests.factories import AreaFactory

    other = UserFactory(roles=[(RoleAssignment.Role.WORKER, AreaFactory())], totp=True)
    application = ApplicationFactory(submitted=True)
    client.force_login(other)
    assert client.get(url("application", application.pk)).status_code == 404


def test_an_advance_is_paid_through_a_payout_batch_not_by_hand(client, budget_holder):
    application = granted_application()
    payment = application.payments.get()
    item = payable_item_for(payment)
    assert (item.amount, item.iban, item.area) == (payment.amount, payment.iban, application.area)
    client.force_login(budget_holder)
    assert client.post(url("payment_paid", payment.pk)).status_code == 404
    payment.refresh_from_db()
    assert payment.status == Payment.Status.TO_BE_PAID


def test_a_worker_cannot_mark_money_paid_back_but_a_budget_holder_can(
    client, worker, budget_holder
):
    application = granted_application()
    payment = application.payments.get()
    Payment.objects.filter(pk=payment.pk).update(kind=Payment.Kind.REPAYMENT)
    client.force_login(worker)
    assert client.post(url("payment_paid", payment.pk)).status_code == 403
    client.force_login(budget_holder)
    client.post(url("payment_paid", payment.pk))
    payment.refresh_from_db()
    assert payment.status == Payment.Status.PAID


def test_the_applicant_cannot_start_the_review(client, active_resident):
    application = ApplicationFactory(submitted=True, applicant=active_resident)
    client.force_login(active_resident)
    assert client.post(url("application_review", application.pk)).status_code in (403, 404)


def test_the_team_sends_the_report_with_a_receipt_and_the_budget_holder_settles(
    client, budget_holder
):
    application = granted_application(S.ACCOUNTABILITY_DUE)
    client.force_login(application.applicant)
    receipt = SimpleUploadedFile("bon.pdf", b"%PDF-1.4\n%bon\n", content_type="application/pdf")
    response = client.post(
        url("application_report", application.pk),
        {"amount_spent": "500", "report": "Tien wandelingen.", "receipts": [receipt]},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == S.ACCOUNTED and application.files.count() == 1
    client.force_login(budget_holder)
    client.post(url("application_settle", application.pk))
    application.refresh_from_db()
    assert application.status == S.SETTLED
    assert application.payments.get(kind="repayment").amount == 100


def test_a_report_file_that_is_not_a_photo_or_pdf_is_refused(client):
    application = granted_application(S.ACCOUNTABILITY_DUE)
    client.force_login(application.applicant)
    fake = SimpleUploadedFile("bon.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = client.post(
        url("application_report", application.pk, lang="en"),
        {"amount_spent": "500", "report": "Tien wandelingen.", "receipts": [fake]},
    )
    assert "Send a photo (JPG, PNG, HEIC) or a PDF." in response.text


def test_a_budget_total_below_what_is_promised_gets_a_clear_message(client, budget_holder, budget):
    Budget.objects.filter(pk=budget.pk).update(committed=Decimal("3000"))
    client.force_login(budget_holder)
    response = client.post(url("budget_edit", budget.pk, lang="en"), {"total": "2500"})
    assert "The total cannot be below what is already promised (€ 3,000.00)." in response.text
    budget.refresh_from_db()
    assert budget.total == Decimal("5000")


def test_the_transparency_page_shows_only_who_agreed(client):
    shown = granted_application(show_publicly=True)
    hidden = granted_application(show_publicly=False)
    overview = client.get(url("transparency", lang="en"))
    assert [row["total"] for row in overview.context["totals"]] == [shown.amount_granted]
    assert shown.area.name in overview.text
    area_page = client.get(url("transparency", lang="en"), {"area": shown.area.pk})
    assert shown.initiative.title in area_page.text
    assert hidden.initiative.title not in area_page.text
    assert "€ 600.00" in area_page.text


def test_the_transparency_page_ignores_a_year_typed_wrong(client):
    assert client.get(url("transparency"), {"year": "twee"}).status_code == 200


def test_the_applicant_sees_the_accountability_date_on_my_page(client):
    application = granted_application(S.ADVANCE_PAID)
    applicant = application.applicant
    RoleAssignment.objects.create(
        user=applicant, role=RoleAssignment.Role.ACTIVE_RESIDENT, area=application.area
    )
    client.force_login(applicant)
    text = client.get("/en/dashboard/").text
    assert "Your applications for money" in text
    assert application.initiative.title in text
    assert "report due" in text
    assert url("money_for_your_idea", lang="en") in text
