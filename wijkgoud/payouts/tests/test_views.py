import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from wijkgoud.core.models import AuditEvent, RoleAssignment
from wijkgoud.core.tests.factories import AreaFactory, UserFactory
from wijkgoud.payouts.models import PayableItem, PayoutBatch
from wijkgoud.payouts.services import create_batch, export_batch

from .factories import PayableItemFactory

pytestmark = pytest.mark.django_db
Status = PayoutBatch.Status


def test_a_budget_holder_sees_the_waiting_payments_and_their_total(
    client, budget_holder, waiting_items
):
    client.force_login(budget_holder)
    response = client.get(reverse("payouts:items"))
    page = response.content.decode()
    assert "3 payments are waiting, together € 37.02" in page
    for item in waiting_items:
        assert escape(item.payee_name) in page and f'value="{item.pk}"' in page


def test_a_budget_holder_makes_a_batch_of_the_ticked_payments(
    client, budget_holder, almere_haven, waiting_items
):
    client.force_login(budget_holder)
    chosen = [waiting_items[0].pk, waiting_items[2].pk]
    response = client.post(
        reverse("payouts:items"), {"area": almere_haven.pk, "items": chosen}, follow=True
    )
    batch = PayoutBatch.objects.get()
    assert response.redirect_chain[-1][0] == batch.get_absolute_url()
    assert "The batch is made" in response.content.decode()
    assert sorted(batch.items.values_list("pk", flat=True)) == chosen
    assert PayableItem.objects.get(pk=waiting_items[1].pk).status == "waiting"


def test_no_payment_ticked_gives_a_message_next_to_the_list(
    client, budget_holder, almere_haven, waiting_items
):
    client.force_login(budget_holder)
    response = client.post(reverse("payouts:items"), {"area": almere_haven.pk})
    assert response.status_code == 200
    assert "Choose at least one payment." in response.content.decode()
    assert not PayoutBatch.objects.exists()


def test_a_payment_taken_meanwhile_is_explained_and_the_choice_kept(
    client, budget_holder, second_budget_holder, almere_haven, waiting_items
):
    create_batch([waiting_items[0].pk], area=almere_haven, actor=second_budget_holder)
    client.force_login(budget_holder)
    chosen = [waiting_items[0].pk, waiting_items[1].pk]
    response = client.post(reverse("payouts:items"), {"area": almere_haven.pk, "items": chosen})
    page = response.content.decode()
    assert "already in another batch" in page
    assert re.search(f'id="item-{waiting_items[1].pk}"[^>]* checked>', page)
    assert re.search(f'id="item-{waiting_items[2].pk}" data-amount="12.34">', page)
    assert PayoutBatch.objects.count() == 1


def test_an_admin_sees_the_payments_but_makes_no_batch(client, admin_user, waiting_items):
    client.force_login(admin_user)
    page = client.get(reverse("payouts:items")).content.decode()
    assert escape(waiting_items[0].payee_name) in page and "Make a batch" not in page


def test_the_export_page_makes_the_file_in_the_chosen_format(
    client, budget_holder, open_batch, account
):
    client.force_login(budget_holder)
    url = reverse("payouts:batch_export", args=[open_batch.pk])
    assert "pain.001.001.03 (most Dutch banks)" in client.get(url).content.decode()
    response = client.post(url, {"pain_version": "pain.001.001.09"}, follow=True)
    open_batch.refresh_from_db()
    assert (open_batch.status, open_batch.pain_version) == (Status.EXPORTED, "pain.001.001.09")
    assert "Bank file (SEPA)" in response.content.decode()


def test_export_without_a_paying_account_says_so_on_the_page(client, budget_holder, open_batch):
    client.force_login(budget_holder)
    url = reverse("payouts:batch_export", args=[open_batch.pk])
    response = client.post(url, {"pain_version": "pain.001.001.03"})
    assert "An administrator first needs to enter the bank account" in response.content.decode()
    open_batch.refresh_from_db()
    assert open_batch.status == Status.OPEN


def test_the_sepa_file_downloads_the_same_each_time_and_is_logged(
    client, budget_holder, exported_batch
):
    client.force_login(budget_holder)
    url = reverse("payouts:batch_sepa", args=[exported_batch.pk])
    first, second = client.get(url), client.get(url)
    assert first["Content-Type"] == "application/xml"
    assert first["Content-Disposition"] == f'attachment; filename="{exported_batch.message_id}.xml"'
    assert first.content == second.content
    assert exported_batch.message_id.encode() in first.content
    assert (
        AuditEvent.objects.filter(action="batch.downloaded.xml", actor=budget_holder).count() == 2
    )
    csv = client.get(reverse("payouts:batch_csv", args=[exported_batch.pk]))
    assert csv.content.decode().startswith("reference;name;iban;amount")


def test_the_exporter_is_sent_away_from_confirming(client, budget_holder, exported_batch):
    client.force_login(budget_holder)
    url = reverse("payouts:batch_confirm", args=[exported_batch.pk])
    assert client.post(url).status_code == 403
    detail = client.get(exported_batch.get_absolute_url()).content.decode()
    assert "someone else confirms the payment" in detail


def test_a_second_budget_holder_confirms_the_batch_as_paid(
    client, second_budget_holder, exported_batch, paid_sources
):
    client.force_login(second_budget_holder)
    url = reverse("payouts:batch_confirm", args=[exported_batch.pk])
    assert "Only confirm when the bank shows" in client.get(url).content.decode()
    response = client.post(url, follow=True)
    assert "The batch is paid" in response.content.decode()
    exported_batch.refresh_from_db()
    assert exported_batch.status == Status.PAID and len(paid_sources) == 3


def test_cancelling_a_batch_asks_first_then_puts_payments_back(client, budget_holder, open_batch):
    client.force_login(budget_holder)
    url = reverse("payouts:batch_cancel", args=[open_batch.pk])
    assert "Yes, cancel the batch" in client.get(url).content.decode()
    open_batch.refresh_from_db()
    assert open_batch.status == Status.OPEN
    response = client.post(url)
    assert response.url == reverse("payouts:items")
    assert set(PayableItem.objects.values_list("status", flat=True)) == {"waiting"}


def test_moves_on_a_finished_batch_lead_back_to_it(client, budget_holder, exported_batch):
    client.force_login(budget_holder)
    url = reverse("payouts:batch_export", args=[exported_batch.pk])
    assert (
        client.post(url, {"pain_version": "pain.001.001.09"}).url
        == exported_batch.get_absolute_url()
    )
    exported_batch.refresh_from_db()
    assert exported_batch.pain_version == "pain.001.001.03"


@pytest.mark.parametrize("name", ["payouts:batches", "payouts:batch_detail", "payouts:batch_sepa"])
def test_read_only_pages_refuse_post(client, budget_holder, exported_batch, name):
    client.force_login(budget_holder)
    kwargs = {} if name == "payouts:batches" else {"pk": exported_batch.pk}
    assert client.post(reverse(name, kwargs=kwargs)).status_code == 405


def test_a_budget_holder_of_another_area_gets_not_found(client, exported_batch):
    stranger = UserFactory(roles=[(RoleAssignment.Role.BUDGET_HOLDER, AreaFactory())], totp=True)
    client.force_login(stranger)
    for name in ["payouts:batch_detail", "payouts:batch_sepa", "payouts:batch_confirm"]:
        assert client.get(reverse(name, args=[exported_batch.pk])).status_code == 404
    page = client.get(reverse("payouts:items")).content.decode()
    assert "No payments are waiting." in page


def _grow(almere_haven, budget_holder, colleague, n):
    """n more waiting items and n more batches (half exported), for query counts."""
    for _ in range(n):
        PayableItemFactory()
        batch = create_batch([PayableItemFactory().pk], area=almere_haven, actor=colleague)
        export_batch(batch, actor=colleague)


@pytest.mark.parametrize(
    "name", ["payouts:items", "payouts:batches", "core:dashboard", "payouts:batch_detail"]
)
def test_pages_use_the_same_number_of_queries_at_any_size(
    client,
    django_assert_num_queries,
    budget_holder,
    second_budget_holder,
    almere_haven,
    account,
    name,
):
    client.force_login(budget_holder)
    _grow(almere_haven, budget_holder, second_budget_holder, 2)
    kwargs = {"pk": PayoutBatch.objects.first().pk} if name == "payouts:batch_detail" else {}
    with CaptureQueriesContext(connection) as small:
        assert client.get(reverse(name, kwargs=kwargs)).status_code == 200
    assert len(small) <= 20
    _grow(almere_haven, budget_holder, second_budget_holder, 10)
    with django_assert_num_queries(len(small)):
        assert client.get(reverse(name, kwargs=kwargs)).status_code == 200
