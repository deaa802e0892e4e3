import pytest
from django.urls import reverse

from wijkgoud.payouts.models import PayingAccount

pytestmark = pytest.mark.django_db


def test_an_admin_enters_the_paying_account_and_a_wrong_iban_is_explained(client, admin_user):
    client.force_login(admin_user)
    url = reverse("admin:payouts_payingaccount_add")
    data = {"name": "Gemeente Almere", "iban": "NL91 ABNA 0417 1643 01", "bic": "ABNANL2A"}
    response = client.post(url, data | {"is_active": "on", "second_person_confirms": "on"})
    assert "This is not a valid IBAN" in response.content.decode()
    assert 'value="NL91 ABNA 0417 1643 01"' in response.content.decode()
    assert not PayingAccount.objects.exists()

    data["iban"] = "nl91 abna 0417 1643 00"
    client.post(url, data | {"is_active": "on", "second_person_confirms": "on"})
    assert PayingAccount.objects.get().iban == "NL91ABNA0417164300"


def test_a_wrong_bic_is_explained(client, admin_user):
    client.force_login(admin_user)
    data = {"name": "Gemeente Almere", "iban": "NL91ABNA0417164300", "bic": "NOPE"}
    response = client.post(reverse("admin:payouts_payingaccount_add"), data)
    assert "This is not a valid BIC" in response.content.decode()
