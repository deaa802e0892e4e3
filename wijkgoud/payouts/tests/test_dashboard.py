import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_budget_holder_sees_waiting_payments_and_batches_to_confirm(
    client, second_budget_holder, exported_batch, waiting_items
):
    from .factories import PayableItemFactory

    PayableItemFactory(amount="5.00")
    client.force_login(second_budget_holder)
    page = client.get(reverse("core:dashboard")).content.decode()
    assert "1 payment is waiting for a batch (€ 5.00)" in page
    assert reverse("payouts:batch_confirm", args=[exported_batch.pk]) in page


def test_the_exporter_is_not_asked_to_confirm_their_own_batch(
    client, budget_holder, exported_batch
):
    client.force_login(budget_holder)
    page = client.get(reverse("core:dashboard")).content.decode()
    assert "No payments are waiting for a batch." in page
    assert reverse("payouts:batch_confirm", args=[exported_batch.pk]) not in page


@pytest.mark.parametrize("who", ["active_resident", "worker", "admin", "outsider"])
def test_others_see_no_payouts_section(client, people, who):
    client.force_login(people[who])
    assert "todo-payouts" not in client.get(reverse("core:dashboard")).content.decode()


def test_a_one_person_team_confirms_its_own_batch_from_the_dashboard(
    client, budget_holder, exported_batch, account
):
    account.second_person_confirms = False
    account.save()
    client.force_login(budget_holder)
    page = client.get(reverse("core:dashboard")).content.decode()
    assert reverse("payouts:batch_confirm", args=[exported_batch.pk]) in page
