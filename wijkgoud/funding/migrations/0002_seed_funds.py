"""The funds residents in Almere most often ask money from (public facts, 2025–2026).

The texts are data in Dutch, the site's first language; admins keep them up to date in the
admin. This only adds funds that are missing."""

from decimal import Decimal

from django.db import migrations

FUNDS = [
    {
        "slug": "samen-sterk-budget",
        "name": "Samen Sterk Budget",
        "position": 1,
        "route": "managed",
        "website": "https://www.almere.nl/",
        "summary": (
            "Geld van de gemeente Almere voor ideeën van bewoners, vooral voor buren die "
            "steun nodig hebben en niet meedoen aan bestaande activiteiten. Je vraagt het "
            "aan via het wijkteam; een projectleider van de gemeente besluit."
        ),
        "pays_for": (
            "Activiteiten die een tijd doorgaan (geen eenmalig feest): materiaal, zaalhuur, "
            "publiciteit, kosten van vrijwilligers. Hoogstens twee periodes."
        ),
        "does_not_pay_for": "Een eenmalige activiteit. Kosten die een ander fonds al betaalt.",
        "excluded_kinds": [],
        "accepts_person": True,
        "accepts_group": True,
        "accepts_foundation": True,
        "lead_time_days": 0,
    },
    {
        "slug": "almere-wijkbudget",
        "name": "Almere Wijkbudget",
        "position": 2,
        "route": "external",
        "website": "https://www.almere.nl/",
        "summary": (
            "Geld van de gemeente voor een activiteit of plan dat de buurt mooier maakt. "
            "Vraag het minstens 6 weken voor de start aan."
        ),
        "pays_for": "Materiaal, zaalhuur, publiciteit, huur van spullen.",
        "does_not_pay_for": (
            "Eten en drinken. Je betaalt ook zelf een deel of vindt ander geld (cofinanciering). "
            "Binnen 3 maanden na afloop laat je de bonnetjes en een fotoverslag zien."
        ),
        "excluded_kinds": ["food_and_drinks"],
        "accepts_person": True,
        "accepts_group": True,
        "accepts_foundation": True,
        "lead_time_days": 42,
    },
    {
        "slug": "oranje-fonds",
        "name": "Oranje Fonds",
        "position": 3,
        "route": "external",
        "website": "https://www.oranjefonds.nl/",
        "summary": (
            "Een landelijk fonds voor projecten die mensen samenbrengen en mensen helpen die "
            "eenzaam zijn of er niet bij horen. Je krijgt het geld vooraf."
        ),
        "pays_for": "Projecten van ongeveer € 5.000 tot € 100.000.",
        "does_not_pay_for": "Een groep zonder stichting, behalve als een stichting het geld voor jullie ontvangt (penvoerder).",
        "excluded_kinds": [],
        "min_amount": Decimal("5000"),
        "max_amount": Decimal("100000"),
        "accepts_person": False,
        "accepts_group": False,
        "accepts_foundation": True,
        "lead_time_days": 0,
    },
    {
        "slug": "kansfonds",
        "name": "Kansfonds",
        "position": 4,
        "route": "external",
        "website": "https://www.kansfonds.nl/",
        "summary": (
            "Een landelijk fonds voor mensen in een moeilijke situatie. Vrijwilligers doen mee "
            "in het project."
        ),
        "pays_for": "Projecten van € 1.000 tot € 250.000 waarin vrijwilligers meedoen.",
        "does_not_pay_for": "Eén persoon. Een groep zonder stichting of penvoerder.",
        "excluded_kinds": [],
        "min_amount": Decimal("1000"),
        "max_amount": Decimal("250000"),
        "accepts_person": False,
        "accepts_group": False,
        "accepts_foundation": True,
        "lead_time_days": 0,
    },
    {
        "slug": "vsbfonds",
        "name": "VSBfonds",
        "position": 5,
        "route": "external",
        "website": "https://www.vsbfonds.nl/",
        "summary": (
            "Een landelijk fonds voor projecten waardoor mensen meedoen in de samenleving. "
            "Alleen voor stichtingen en verenigingen; vraag minstens 4 maanden voor de start aan."
        ),
        "pays_for": "Projecten van stichtingen en verenigingen.",
        "does_not_pay_for": "Eén persoon of een groep zonder stichting.",
        "excluded_kinds": [],
        "accepts_person": False,
        "accepts_group": False,
        "accepts_foundation": True,
        "lead_time_days": 122,
    },
]


def add_funds(apps, schema_editor):
    Fund = apps.get_model("funding", "Fund")
    for fund in FUNDS:
        Fund.objects.get_or_create(slug=fund["slug"], defaults=fund)


class Migration(migrations.Migration):
    dependencies = [("funding", "0001_initial")]
    operations = [migrations.RunPython(add_funds, migrations.RunPython.noop)]
