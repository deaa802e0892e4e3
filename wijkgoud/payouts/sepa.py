"""The files a payout batch becomes: a SEPA credit transfer (sepaxml) and a CSV beside it.

Both are built from what the batch fixed at its first export (message id, creation time,
execution date, paying account), so building them again gives the same bytes.
"""

import csv
import io
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import sepaxml
import xmlschema
from django.utils.timezone import localtime
from sepaxml import SepaTransfer
from sepaxml.validation import ValidationError as SepaValidationError

from .models import PayableItem, PayoutBatch

__all__ = ["SepaValidationError", "batch_csv", "batch_xml", "build_transfer"]


class _FixedTransfer(SepaTransfer):
    """sepaxml's transfer with the ids and time it otherwise makes up at random."""

    def __init__(self, config: dict, schema: str, *, message_id: str, created: str):
        self._fixed_message_id = message_id
        self._fixed_created = created
        super().__init__(config, schema=schema, clean=True)

    def _create_header(self) -> None:
        self.msg_id = self._fixed_message_id
        super()._create_header()
        header = self._xml.find(self.root_el).find("GrpHdr")
        header.find("CreDtTm").text = self._fixed_created

    def _finalize_batch(self) -> None:
        super()._finalize_batch()
        for number, node in enumerate(self._xml.iter("PmtInfId"), start=1):
            node.text = f"{self._fixed_message_id}-{number}"


def cents(amount) -> int:
    return int(amount * 100)


def build_transfer(
    *,
    schema: str,
    message_id: str,
    created: str,
    debtor: dict,
    execution_on,
    payments: Iterable[dict],
) -> bytes:
    """A validated pain.001 file; `payments` are dicts with name, iban, amount, description, id."""
    config = {"name": debtor["name"], "IBAN": debtor["iban"], "batch": True, "currency": "EUR"}
    if debtor.get("bic"):
        config["BIC"] = debtor["bic"]
    transfer = _FixedTransfer(config, schema, message_id=message_id, created=created)
    for payment in payments:
        transfer.add_payment(
            {
                "name": payment["name"],
                "IBAN": payment["iban"],
                "amount": cents(payment["amount"]),
                "execution_date": execution_on,
                "description": payment["description"],
                "endtoend_id": payment["id"],
            }
        )
    content = transfer.export(validate=False)
    validate_xml(content, schema)
    return content


@cache
def _schema(version: str) -> xmlschema.XMLSchema:
    """The XSD sepaxml ships for this pain version, read once per process (it takes ~0.3 s)."""
    return xmlschema.XMLSchema(Path(sepaxml.__file__).parent / "schemas" / f"{version}.xsd")


def _payments(batch: PayoutBatch) -> list[dict]:
    items = PayableItem.objects.filter(batch=batch).order_by("pk")
    return [
        {
            "name": item.payee_name,
            "iban": item.iban,
            "amount": item.amount,
            "description": item.description,
            "id": item.end_to_end_id,
        }
        for item in items
    ]


def batch_xml(batch: PayoutBatch) -> bytes:
    """The SEPA credit-transfer file of an exported batch."""
    return build_transfer(
        schema=batch.pain_version,
        message_id=batch.message_id,
        # Banks read the creation time as local time without a zone.
        created=localtime(batch.file_created_at).strftime("%Y-%m-%dT%H:%M:%S"),
        debtor={"name": batch.debtor_name, "iban": batch.debtor_iban, "bic": batch.debtor_bic},
        execution_on=batch.execution_on,
        payments=_payments(batch),
    )


def validate_xml(content: bytes, version: str) -> None:
    """Check a file against the XSD sepaxml ships, as sepaxml's own export(validate=True) does;
    raises sepaxml's ValidationError."""
    try:
        _schema(version).validate(content.decode())
    except xmlschema.XMLSchemaValidationError as error:
        raise SepaValidationError(f"The SEPA file does not match {version}.xsd.") from error


def _cell(text: str) -> str:
    """Text a spreadsheet will not run as a formula."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def batch_csv(batch: PayoutBatch) -> bytes:
    """The same payments as a spreadsheet, for checking and for the records."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["reference", "name", "iban", "amount", "description", "execution_date"])
    for payment in _payments(batch):
        writer.writerow(
            [
                payment["id"],
                _cell(payment["name"]),
                payment["iban"],
                f"{payment['amount']:.2f}",
                _cell(payment["description"]),
                batch.execution_on.isoformat(),
            ]
        )
    return out.getvalue().encode("utf-8")
