from datetime import date
from decimal import Decimal
from io import BytesIO

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.timezone import now
from PIL import Image

from wijkgoud.core.models import Area
from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.expenses.models import ClaimLine, ExpenseClaim, SpendingRequest

IBAN = "NL91ABNA0417164300"


def jpeg_bytes(size=(400, 300), exif=None, color="white") -> bytes:
    out = BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG", **({"exif": exif} if exif else {}))
    return out.getvalue()


def photo(name="bon.jpg", **kwargs) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, jpeg_bytes(**kwargs), content_type="image/jpeg")


class ExpenseClaimFactory(factory.django.DjangoModelFactory):
    """A claim in any status: ExpenseClaimFactory(submitted=True), (approved=True), ..."""

    class Meta:
        model = ExpenseClaim
        skip_postgeneration_save = True

    claimant = factory.SubFactory(UserFactory)
    area = factory.LazyFunction(lambda: Area.objects.get(cbs_code="BU00340102"))
    title = factory.Sequence(lambda n: f"Koffieochtend {n}")
    iban = IBAN
    account_holder = factory.LazyAttribute(lambda claim: str(claim.claimant))
    total = Decimal("12.42")

    class Params:
        submitted = factory.Trait(
            status=ExpenseClaim.Status.SUBMITTED, submitted_at=factory.LazyFunction(now)
        )
        questions = factory.Trait(
            status=ExpenseClaim.Status.QUESTIONS,
            reason="Welke activiteit?",
            submitted_at=factory.LazyFunction(now),
        )
        approved = factory.Trait(
            status=ExpenseClaim.Status.APPROVED,
            submitted_at=factory.LazyFunction(now),
            decided_by=factory.SubFactory(UserFactory),
            decided_at=factory.LazyFunction(now),
        )
        rejected = factory.Trait(
            status=ExpenseClaim.Status.REJECTED,
            reason="Geen bon",
            submitted_at=factory.LazyFunction(now),
            decided_by=factory.SubFactory(UserFactory),
            decided_at=factory.LazyFunction(now),
        )
        paid = factory.Trait(
            status=ExpenseClaim.Status.PAID,
            submitted_at=factory.LazyFunction(now),
            decided_by=factory.SubFactory(UserFactory),
            decided_at=factory.LazyFunction(now),
            paid_at=factory.LazyFunction(now),
        )

    @factory.post_generation
    def line(self, create, extracted, **kwargs):
        """Every claim gets one line matching its total, unless line=False."""
        if extracted is False:
            return
        ClaimLine.objects.create(
            claim=self,
            category=kwargs.get("category", ClaimLine.Category.CAR_KM),
            spent_on=kwargs.get("spent_on", date(2026, 5, 12)),
            km=kwargs.get("km", Decimal("54") if "amount" not in kwargs else None),
            amount=kwargs.get("amount", self.total),
            description="Auto naar de markt",
            purpose="Koffieochtend",
        )
        if "amount" in kwargs:
            self.total = kwargs["amount"]
            self.save(update_fields=["total"])


class SpendingRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SpendingRequest

    requester = factory.SubFactory(UserFactory)
    area = factory.LazyFunction(lambda: Area.objects.get(cbs_code="BU00340102"))
    amount = Decimal("40.00")
    purpose = "Koffie en koek voor de buurtochtend"
