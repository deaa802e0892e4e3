"""Demo claims by Fatima (actief@), one in each state; one waits for Sanne (wijkwerker@).

The two approved claims are payable items for the payouts demo, which runs next and
puts the older one in an exported batch. The paid claim is history from before the
demo's first batch, so it has no payable item.
"""

from datetime import timedelta
from decimal import Decimal
from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils.timezone import localdate, now
from PIL import Image, ImageDraw

from wijkgoud.core.models import Area, User
from wijkgoud.core.services import record_event

from . import services
from .models import ClaimLine, ExpenseClaim, SpendingRequest, VolunteerYear
from .receipts import clean_receipt

IBAN, HOLDER = "NL20INGB0001234567", "F. Amrani"
C = ClaimLine.Category
# title, target status, (category, days ago, amount or km, description, purpose)
CLAIMS = [
    (
        "Busritten naar het wijkcentrum",
        "approved",
        (C.PUBLIC_TRANSPORT, 40, "8.40", "Bus heen en terug", "Taalcafé"),
    ),
    (
        "Zaalhuur buurthuis",
        "approved",
        (C.ROOM_HIRE, 30, "35.00", "Zaal voor twee uur", "Buurtvergadering"),
    ),
    (
        "Koffie en koek in augustus",
        "paid",
        (C.MEAL, 90, "18.75", "Koffie en koek", "Koffieochtend"),
    ),
    (
        "Oppas tijdens de buurtvergadering",
        "submitted",
        (C.CHILDCARE, 5, "24.00", "Oppas voor twee kinderen", "Buurtvergadering"),
    ),
    (
        "Verf voor de bankjes",
        "questions",
        (C.MATERIALS_BOUGHT, 12, "42.95", "Verf en kwasten", "Bankjes opknappen"),
    ),
    ("Taart voor het buurtfeest", "rejected", (C.MEAL, 20, "31.50", "Twee taarten", "Buurtfeest")),
    (
        "Ritten met de auto in deze maand",
        "draft",
        (C.CAR_KM, 3, "34", "Boodschappen voor de koffieochtend", "Koffieochtend"),
    ),
]


def receipt_photo(text: str) -> SimpleUploadedFile:
    """A made-up till receipt, as a phone would photograph it."""
    image = Image.new("RGB", (360, 480), "white")
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(["KASSABON (demo)", text, "", "Totaal betaald", "Bedankt!"]):
        draw.text((24, 30 + row * 40), line, fill="black")
    out = BytesIO()
    image.save(out, "JPEG")
    return SimpleUploadedFile("bon.jpg", out.getvalue(), content_type="image/jpeg")


@transaction.atomic
def load() -> None:
    """Create what is missing; never overwrite what a tester changed."""
    resident = User.objects.get(email="actief@wijkgoud.example")
    worker = User.objects.get(email="wijkwerker@wijkgoud.example")
    area = Area.objects.get(cbs_code="BU00340102")
    VolunteerYear.objects.get_or_create(
        user=resident, year=localdate().year, defaults={"mode": VolunteerYear.Mode.ACTUAL_COSTS}
    )
    for title, target, line in CLAIMS:
        if not ExpenseClaim.objects.filter(claimant=resident, title=title).exists():
            _claim(resident, worker, area, title, target, line)
    if not SpendingRequest.objects.filter(requester=resident).exists():
        asked = services.ask_spending(
            actor=resident, area=area, amount=Decimal("60.00"), purpose="Plantjes voor de geveltuin"
        )
        services.decide_spending(asked, actor=worker, approve=True)
        services.ask_spending(
            actor=resident, area=area, amount=Decimal("25.00"), purpose="Prijsjes voor de bingo"
        )


def _claim(resident, worker, area, title, target, line) -> None:
    category, days_ago, value, description, purpose = line
    claim = services.create_claim(
        actor=resident, area=area, title=title, iban=IBAN, account_holder=HOLDER
    )
    spent_on = localdate() - timedelta(days=days_ago)
    if category == C.CAR_KM:
        fields = {
            "km": Decimal(value),
            "amount": (Decimal(value) * Decimal("0.23")).quantize(Decimal("0.01")),
        }
    else:
        fields = {"amount": Decimal(value)}
    receipts = []
    if category not in ClaimLine.NO_RECEIPT:
        upload = receipt_photo(f"{description}  € {value}")
        receipts.append(
            services.store_receipt(claim, clean_receipt(upload), name="bon.jpg", actor=resident)
        )
    services.add_line(
        claim,
        actor=resident,
        receipts=receipts,
        category=category,
        spent_on=spent_on,
        description=description,
        purpose=purpose,
        **fields,
    )
    if target == "draft":
        return
    services.submit_claim(claim, actor=resident)
    if target == "paid":
        # Paid before this demo's payout batches: no payable item, only its history.
        ExpenseClaim.objects.filter(pk=claim.pk).update(
            status="paid", decided_by=worker, decided_at=now(), paid_at=now()
        )
        record_event(claim, "claim.approved", actor=worker)
        record_event(claim, "claim.paid", actor=None)
    elif target == "approved":
        services.decide_claim(claim, actor=worker, decision="approve")
    elif target == "questions":
        services.decide_claim(
            claim, actor=worker, decision="questions", reason="Voor hoeveel bankjes was de verf?"
        )
    elif target == "rejected":
        services.decide_claim(
            claim,
            actor=worker,
            decision="reject",
            reason="Taart voor een feest betaalt het Samen Sterk Budget, niet de onkosten.",
        )
