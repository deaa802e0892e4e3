"""The bank file: valid against the XSD sepaxml ships, and it says what the batch holds."""

import csv
import io
import os
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
import sepaxml
import xmlschema

from wijkgoud.payouts.models import PayoutBatch
from wijkgoud.payouts.sepa import batch_csv, batch_xml
from wijkgoud.payouts.services import create_batch, export_batch

from .factories import PayableItemFactory

pytestmark = pytest.mark.django_db
VERSIONS = [v.value for v in PayoutBatch.PainVersion]


def _schema(version: str) -> xmlschema.XMLSchema:
    folder = os.path.join(os.path.dirname(sepaxml.__file__), "schemas")
    return xmlschema.XMLSchema(os.path.join(folder, f"{version}.xsd"))


def _parsed(content: bytes, version: str) -> dict:
    ns = {"p": f"urn:iso:std:iso:20022:tech:xsd:{version}"}
    root = ET.fromstring(content)
    header = root.find("p:CstmrCdtTrfInitn/p:GrpHdr", ns)
    transfers = root.findall(".//p:CdtTrfTxInf", ns)
    return {
        "message_id": header.find("p:MsgId", ns).text,
        "count": int(header.find("p:NbOfTxs", ns).text),
        "sum": Decimal(header.find("p:CtrlSum", ns).text),
        "amounts": [Decimal(t.find("p:Amt/p:InstdAmt", ns).text) for t in transfers],
        "ids": [t.find("p:PmtId/p:EndToEndId", ns).text for t in transfers],
        "ibans": [t.find("p:CdtrAcct/p:Id/p:IBAN", ns).text for t in transfers],
        "debtor_iban": root.find(".//p:DbtrAcct/p:Id/p:IBAN", ns).text,
    }


@pytest.mark.parametrize("version", VERSIONS)
def test_the_file_is_valid_and_adds_up(version, almere_haven, budget_holder, account):
    amounts = [Decimal("0.01"), Decimal("23.40"), Decimal("1250.00"), Decimal("7.85")]
    items = [PayableItemFactory(amount=a) for a in amounts]
    items[1].payee_name, items[1].description = "Ayşe Yılmaz-Çelik", "Kinderopvang € 20 — مطعم"  # noqa: RUF001
    items[1].save()
    batch = create_batch([i.pk for i in items], area=almere_haven, actor=budget_holder)
    batch = export_batch(batch, actor=budget_holder, pain_version=version)
    content = batch_xml(batch)

    assert _schema(version).is_valid(content.decode())
    found = _parsed(content, version)
    assert found["message_id"] == batch.message_id
    assert found["count"] == len(items) == batch.item_count
    assert found["sum"] == sum(amounts) == batch.total == sum(found["amounts"])
    assert found["ids"] == [f"WIJKGOUD-{i.pk}" for i in items]
    assert found["ibans"] == [i.iban for i in items]
    assert found["debtor_iban"] == account.iban


@pytest.mark.parametrize("version", VERSIONS)
def test_exporting_the_same_batch_twice_gives_the_same_bytes(
    version, open_batch, account, budget_holder, time_machine
):
    batch = export_batch(open_batch, actor=budget_holder, pain_version=version)
    first_xml, first_csv = batch_xml(batch), batch_csv(batch)
    time_machine.move_to("2031-01-01 12:00")
    again = export_batch(PayoutBatch.objects.get(pk=batch.pk), actor=budget_holder)
    assert batch_xml(again) == first_xml
    assert batch_csv(again) == first_csv


def test_the_csv_lists_the_same_payments_and_defuses_formulas(almere_haven, budget_holder, account):
    item = PayableItemFactory(payee_name="=HYPERLINK(evil)", amount=Decimal("5.50"))
    batch = export_batch(
        create_batch([item.pk], area=almere_haven, actor=budget_holder), actor=budget_holder
    )
    rows = list(csv.reader(io.StringIO(batch_csv(batch).decode()), delimiter=";"))
    assert rows[0][:4] == ["reference", "name", "iban", "amount"]
    assert rows[1][:4] == [item.end_to_end_id, "'=HYPERLINK(evil)", item.iban, "5.50"]


def test_a_file_the_xsd_refuses_stops_the_export_and_changes_nothing(
    open_batch, account, budget_holder
):
    from wijkgoud.core.services import WorkflowError

    # A row changed behind the application's back: the XSD still catches it.
    open_batch.items.filter(pk=open_batch.items.first().pk).update(iban="not an iban")
    with pytest.raises(WorkflowError, match="SEPA check"):
        export_batch(open_batch, actor=budget_holder)
    open_batch.refresh_from_db()
    assert (open_batch.status, open_batch.message_id) == (PayoutBatch.Status.OPEN, None)
