from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from wijkgoud.core import demo as core_demo
from wijkgoud.core.models import User
from wijkgoud.payouts import demo
from wijkgoud.payouts.models import PayableItem, PayoutBatch

from .factories import PayableItemFactory

pytestmark = pytest.mark.django_db


def test_the_demo_budget_holder_can_download_the_exported_batch(client, almere_haven):
    core_demo.load()
    PayableItemFactory.create_batch(2)  # as the expenses demo's approved claims
    demo.load()
    demo.load()
    batch = PayoutBatch.objects.get()
    assert batch.status == "exported" and batch.item_count == 1
    assert PayableItem.objects.waiting().count() == 1
    client.force_login(User.objects.get(email="budget@wijkgoud.example"))
    response = client.get(reverse("payouts:batch_sepa", args=[batch.pk]))
    assert response.status_code == 200 and batch.message_id.encode() in response.content
    second = User.objects.get(email=demo.SECOND_BUDGET_HOLDER[0])
    assert second.check_password(core_demo.PASSWORD)


def test_the_whole_demo_loads_twice_with_one_batch_of_the_expenses_demo_claims():
    call_command("load_demo", stdout=StringIO())
    call_command("load_demo", stdout=StringIO())
    # The expenses demo approves two claims: the older is in the batch, the newer waits.
    # (The funding demo's advance went through a batch of its own, confirmed as paid.)
    batch = PayoutBatch.objects.get(status="exported")
    assert batch.status == "exported" and batch.item_count == 1
    assert PayableItem.objects.waiting().count() == 1
    assert batch.created_by.email == "budget@wijkgoud.example"
