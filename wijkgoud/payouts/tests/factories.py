from decimal import Decimal

import factory
from django.contrib.contenttypes.models import ContentType
from schwifty import IBAN

from wijkgoud.core.models import Area
from wijkgoud.core.tests.factories import PlaceFactory
from wijkgoud.payouts.models import PayableItem, PayingAccount


def iban_number(n: int) -> str:
    """A valid Dutch IBAN, a different one for each n."""
    return IBAN.generate("NL", bank_code="INGB", account_code=f"{n:010d}").compact


class PayingAccountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PayingAccount

    name = "Gemeente Almere"
    iban = "NL91ABNA0417164300"
    bic = "ABNANL2A"


class PayableItemFactory(factory.django.DjangoModelFactory):
    """A waiting item; its source is a Place (tests/conftest.py gives Places a mark_paid)."""

    class Meta:
        model = PayableItem
        exclude = ["source"]

    # De Werven, a buurt of Almere Haven (the `almere_haven` fixture loads it).
    source = factory.SubFactory(
        PlaceFactory, area=factory.LazyFunction(lambda: Area.objects.get(cbs_code="BU00340102"))
    )
    content_type = factory.LazyAttribute(lambda o: ContentType.objects.get_for_model(o.source))
    object_id = factory.LazyAttribute(lambda o: str(o.source.pk))
    area = factory.LazyAttribute(lambda o: o.source.area)
    amount = Decimal("12.34")
    payee_name = factory.Faker("name", locale="nl_NL")
    iban = factory.Sequence(lambda n: iban_number(n + 1))
    description = factory.Sequence(lambda n: f"Declaratie {n}: bus en koffie")
