"""The pages: a claim from start to sent, bad input kept with a clear message, the approval
list in a fixed number of queries, private receipts, My costs as a PDF."""

from datetime import timedelta
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.timezone import localdate
from pypdf import PdfReader

from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.expenses.models import ExpenseClaim, Receipt

from .factories import IBAN, ExpenseClaimFactory, photo

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(active_resident):
    return ExpenseClaimFactory(claimant=active_resident, line=False, total=Decimal(0))


def line_data(**changes):
    return {
        "category": "childcare",
        "spent_on": (localdate() - timedelta(days=2)).isoformat(),
        "amount": "25.00",
        "description": "Oppas voor Noor",
        "purpose": "Buurtvergadering",
    } | changes


def test_an_active_resident_starts_a_claim(client, active_resident, de_werven):
    client.force_login(active_resident)
    response = client.post(
        "/en/expenses/new/",
        {
            "title": "Koffie in mei",
            "area": de_werven.pk,
            "iban": "nl91 abna 0417 1643 00",
            "account_holder": "F. Amrani",
        },
    )
    claim = ExpenseClaim.objects.get()
    assert response.headers["Location"] == f"/en/expenses/{claim.pk}/costs/new/"
    assert (claim.status, claim.iban, claim.claimant) == ("draft", IBAN, active_resident)


def test_an_invalid_iban_gets_a_message_and_keeps_what_was_typed(
    client, active_resident, de_werven
):
    client.force_login(active_resident)
    data = {
        "title": "Koffie in mei",
        "area": de_werven.pk,
        "iban": "NL00 ABNA 0000 0000 00",
        "account_holder": "F",
    }
    page = client.post("/en/expenses/new/", data).text
    assert "This is not a valid IBAN" in page and 'value="Koffie in mei"' in page
    assert not ExpenseClaim.objects.exists()


def test_a_cost_with_a_receipt_is_added(client, draft):
    client.force_login(draft.claimant)
    response = client.post(f"/en/expenses/{draft.pk}/costs/new/", line_data(receipts=[photo()]))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.total == Decimal("25.00")
    assert Receipt.objects.get().line == draft.lines.get()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"amount": "0"}, "amount", "The amount must be more than €0."),
        ({"amount": "-5"}, "amount", "The amount must be more than €0."),
        (
            {"spent_on": (localdate() + timedelta(days=1)).isoformat()},
            "spent_on",
            "cannot be in the future",
        ),
        ({"category": "car_km", "km": "10000"}, "km", "At most 1000 km per line"),
        ({"category": "car_km", "km": ""}, "km", "Fill in the kilometres"),
    ],
)
def test_bad_input_gets_a_message_and_the_receipt_is_kept(client, draft, changes, field, message):
    client.force_login(draft.claimant)
    response = client.post(
        f"/en/expenses/{draft.pk}/costs/new/", line_data(receipts=[photo("oppas.jpg")], **changes)
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert message in " ".join(form.errors[field])
    # The good upload was stored on the draft and is offered again, ticked.
    kept = Receipt.objects.get(claim=draft, line=None)
    assert kept.original_name == "oppas.jpg"
    assert f'value="{kept.pk}"' in response.text and "checked" in response.text
    assert 'value="Oppas voor Noor"' in response.text
    # Sending the corrected form attaches the kept receipt: nothing to upload again.
    fixed = line_data(
        keep=[kept.pk], **({"category": "car_km", "km": "12"} if field == "km" else {})
    )
    assert client.post(f"/en/expenses/{draft.pk}/costs/new/", fixed).status_code == 302
    assert Receipt.objects.get(pk=kept.pk).line is not None


def test_a_fake_image_is_refused_next_to_the_field(client, draft):
    client.force_login(draft.claimant)
    fake = SimpleUploadedFile("bon.jpg", b"<svg onload=alert(1)>", content_type="image/jpeg")
    response = client.post(f"/en/expenses/{draft.pk}/costs/new/", line_data(receipts=[fake]))
    assert "is not a photo or PDF we can take" in " ".join(
        response.context["form"].errors["receipts"]
    )
    assert not Receipt.objects.exists()


def test_a_receipt_is_required_for_actual_costs(client, draft):
    client.force_login(draft.claimant)
    response = client.post(f"/en/expenses/{draft.pk}/costs/new/", line_data())
    assert "Add a photo or PDF of the receipt." in response.text


def test_34_km_need_no_receipt(client, draft):
    client.force_login(draft.claimant)
    client.post(
        f"/en/expenses/{draft.pk}/costs/new/", line_data(category="car_km", km="34", amount="")
    )
    line = draft.lines.get()
    assert (line.km, line.amount) == (Decimal("34.0"), Decimal("7.82"))


def test_receipts_are_served_only_to_who_may_see_them(client, people, draft):
    client.force_login(draft.claimant)
    client.post(f"/en/expenses/{draft.pk}/costs/new/", line_data(receipts=[photo()]))
    receipt = Receipt.objects.get()
    response = client.get(f"/en/expenses/receipts/{receipt.pk}/")
    assert response["Content-Type"] == "image/jpeg"
    assert response["Content-Disposition"].startswith("inline")
    assert b"".join(response.streaming_content)[:2] == b"\xff\xd8"
    client.force_login(people["worker"])
    assert client.get(f"/en/expenses/receipts/{receipt.pk}/").status_code == 404  # a draft
    ExpenseClaim.objects.filter(pk=draft.pk).update(status="submitted", total=25)
    for who, status in [("worker", 200), ("budget_holder", 200), ("admin", 404), ("outsider", 404)]:
        client.force_login(people[who])
        assert client.get(f"/en/expenses/receipts/{receipt.pk}/small/").status_code == status
    other = UserFactory()
    client.force_login(other)
    assert client.get(f"/en/expenses/receipts/{receipt.pk}/").status_code == 404


def test_receipts_are_not_stored_under_the_public_media_folder(settings, client, draft):
    client.force_login(draft.claimant)
    client.post(f"/en/expenses/{draft.pk}/costs/new/", line_data(receipts=[photo()]))
    path = Receipt.objects.get().file.path
    assert not path.startswith(str(settings.MEDIA_ROOT))


def test_the_approval_list_takes_the_same_queries_at_two_sizes(
    client, worker, active_resident, django_assert_num_queries
):
    client.force_login(worker)

    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/expenses/approvals/").status_code == 200
        return len(queries)

    ExpenseClaimFactory.create_batch(2, claimant=active_resident, submitted=True)
    small = count()
    ExpenseClaimFactory.create_batch(30, submitted=True)
    with django_assert_num_queries(small):
        response = client.get("/en/expenses/approvals/")
    assert "32 claims wait for a decision" in response.text


def test_the_approval_list_leaves_out_own_claims_and_other_areas(client, almere_haven):
    from wijkgoud.core.models import RoleAssignment
    from wijkgoud.core.tests.factories import AreaFactory

    worker = UserFactory(
        roles=[
            (RoleAssignment.Role.WORKER, almere_haven),
            (RoleAssignment.Role.ACTIVE_RESIDENT, almere_haven),
        ],
        totp=True,
    )
    mine = ExpenseClaimFactory(claimant=worker, submitted=True, title="Mijn eigen")
    elsewhere = ExpenseClaimFactory(submitted=True, area=AreaFactory(), title="Elders")
    waiting = ExpenseClaimFactory(submitted=True, title="Wacht op jou")
    client.force_login(worker)
    page = client.get("/en/expenses/approvals/").text
    assert waiting.title in page and mine.title not in page and elsewhere.title not in page


def test_the_approver_is_warned_and_must_confirm_before_breaking_a_cap(
    client, worker, active_resident
):
    from datetime import date

    from wijkgoud.expenses.models import VolunteerYear

    VolunteerYear.objects.create(user=active_resident, year=2026, mode=VolunteerYear.Mode.ALLOWANCE)
    claim = ExpenseClaimFactory(
        claimant=active_resident,
        submitted=True,
        line__category="meal",
        line__amount=Decimal("230"),
        line__spent_on=date(2026, 5, 1),
    )
    client.force_login(worker)
    assert "breaks a cap of the volunteer allowance" in client.get(f"/en/expenses/{claim.pk}/").text
    response = client.post(f"/en/expenses/{claim.pk}/decide/", {"decision": "approve"})
    assert response.status_code == 400 and "tick this box" in response.text
    claim.refresh_from_db()
    assert claim.status == "submitted"
    client.post(f"/en/expenses/{claim.pk}/decide/", {"decision": "approve", "accept_warning": "on"})
    claim.refresh_from_db()
    assert claim.status == "approved"


def test_my_costs_as_a_pdf(client, active_resident):
    from datetime import date

    ExpenseClaimFactory(
        claimant=active_resident, approved=True, title="Buurtfeest", line__spent_on=date(2026, 6, 1)
    )
    client.force_login(active_resident)
    response = client.get("/en/expenses/pdf/?year=2026")
    assert response["Content-Type"] == "application/pdf"
    text = "".join(
        page.extract_text()
        for page in PdfReader(BytesIO(b"".join(response.streaming_content))).pages
    )
    assert "My costs 2026" in text and "Buurtfeest" in text and "12.42" in text


def test_my_costs_shows_claims_status_and_totals(client, active_resident):
    from datetime import date

    ExpenseClaimFactory(
        claimant=active_resident, rejected=True, title="Taart", line__spent_on=date(2026, 2, 1)
    )
    client.force_login(active_resident)
    page = client.get("/en/expenses/?year=2026").text
    assert "Taart" in page and "rejected" in page


def test_post_only_pages_refuse_a_get(client, draft):
    client.force_login(draft.claimant)
    assert client.get(f"/en/expenses/{draft.pk}/send/").status_code == 405


def test_ask_before_spending_then_claim_quickly(client, active_resident, worker, de_werven):
    client.force_login(active_resident)
    client.post(
        "/en/expenses/ask/",
        {"purpose": "Verf voor de bankjes", "amount": "60", "area": de_werven.pk},
    )
    from wijkgoud.expenses.models import SpendingRequest

    spending = SpendingRequest.objects.get()
    client.force_login(worker)
    assert "Verf voor de bankjes" in client.get("/en/expenses/approvals/").text
    client.post(f"/en/expenses/ask/{spending.pk}/", {"approve": "yes"})
    spending.refresh_from_db()
    assert spending.status == "approved" and spending.decided_by == worker
    client.force_login(active_resident)
    response = client.post(f"/en/expenses/ask/{spending.pk}/claim/")
    claim = ExpenseClaim.objects.get()
    assert response.headers["Location"] == f"/en/expenses/{claim.pk}/costs/new/"
    assert (claim.title, claim.spending_request) == ("Verf voor de bankjes", spending)


def test_saying_no_to_a_spending_request_needs_a_reason(client, active_resident, worker, de_werven):
    from .factories import SpendingRequestFactory

    spending = SpendingRequestFactory(requester=active_resident)
    client.force_login(worker)
    page = client.post(f"/en/expenses/ask/{spending.pk}/", {"approve": "no"}).text
    assert "Write the reason." in page


def test_a_sent_claim_cannot_be_changed_by_anyone(client, people, active_resident):
    claim = ExpenseClaimFactory(claimant=active_resident, submitted=True)
    for who, status in [("active_resident", 403), ("worker", 403), ("outsider", 404)]:
        client.force_login(people[who])
        assert client.get(f"/en/expenses/{claim.pk}/edit/").status_code == status
        assert client.get(f"/en/expenses/{claim.pk}/costs/new/").status_code == status


def test_the_claimant_changes_the_bank_account_of_a_draft(client, draft, de_werven):
    client.force_login(draft.claimant)
    data = {
        "title": "Nieuw",
        "area": de_werven.pk,
        "iban": "NL20INGB0001234567",
        "account_holder": "F",
    }
    assert client.post(f"/en/expenses/{draft.pk}/edit/", data).status_code == 302
    draft.refresh_from_db()
    assert (draft.title, draft.iban) == ("Nieuw", "NL20INGB0001234567")


def test_removing_a_cost_updates_the_total_and_deletes_its_receipts(
    client, draft, django_capture_on_commit_callbacks
):
    client.force_login(draft.claimant)
    client.post(f"/en/expenses/{draft.pk}/costs/new/", line_data(receipts=[photo()]))
    path = Receipt.objects.get().file.path
    line = draft.lines.get()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/expenses/{draft.pk}/costs/{line.pk}/remove/")
    draft.refresh_from_db()
    assert draft.total == 0 and not Receipt.objects.exists()
    assert not Path(path).exists()


def test_a_volunteer_chooses_the_fixed_allowance_for_a_year(client, active_resident):
    client.force_login(active_resident)
    response = client.post("/en/expenses/mode/?year=2026", {"mode": "allowance"})
    assert response.headers["Location"] == "/en/expenses/?year=2026"
    page = client.get("/en/expenses/?year=2026").text
    assert "fixed volunteer allowance" in page and "Your cap this year: € 2200.00" in page


def test_my_page_links_to_costs_and_approvals(client, people):
    client.force_login(people["active_resident"])
    assert "/en/expenses/" in client.get("/en/dashboard/").text
    client.force_login(people["worker"])
    assert "/en/expenses/approvals/" in client.get("/en/dashboard/").text
    client.force_login(people["outsider"])
    assert "/en/expenses/" not in client.get("/en/dashboard/").text


def test_a_draft_is_private_until_it_is_sent(client, people, draft):
    for who in ["worker", "budget_holder"]:
        client.force_login(people[who])
        assert client.get(f"/en/expenses/{draft.pk}/").status_code == 404
    client.force_login(draft.claimant)
    assert client.get(f"/en/expenses/{draft.pk}/").status_code == 200


def test_the_claimant_sees_where_the_money_is(client, active_resident, worker):
    from wijkgoud.expenses import services

    claim = ExpenseClaimFactory(claimant=active_resident, submitted=True)
    services.decide_claim(claim, actor=worker, decision="approve")
    client.force_login(active_resident)
    page = client.get(f"/en/expenses/{claim.pk}/").text
    assert "approved, will be paid" in page and "Payment:</strong> waiting for a batch" in page
