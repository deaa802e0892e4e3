"""Demo: a series of kitchen visits at Fatima's language café. The last one is over (notes,
ideas, actions with owners, one of them overdue); the next one is open for sign-up."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from wijkgoud.activities.models import Activity
from wijkgoud.core.models import Area, Place, User

from . import services
from .models import Meeting, Series, Signup

SERIES = "Keukenbezoeken Almere Haven"
NOTES = """Fatima laat zien hoe het taalcafé werkt: elke dinsdag, koffie en thee, 12 tot 20 mensen.
Wat werkt: mensen nemen iemand mee. Een persoonlijke uitnodiging werkt beter dan een flyer.
Lastig: moeders met kleine kinderen kunnen niet komen. Er is geen opvang.
Sanne vraagt: wat hebben jullie nodig? Antwoord: een vaste ruimte en wat geld voor thee."""


@transaction.atomic
def load() -> None:
    fatima = User.objects.get(email="actief@wijkgoud.example")
    sanne = User.objects.get(email="wijkwerker@wijkgoud.example")
    mehmet = User.objects.get(email="budget@wijkgoud.example")
    de_werven = Area.objects.get(cbs_code="BU00340102")
    place = Place.objects.get(name="Buurthuis De Werven")
    series, _created = Series.objects.get_or_create(title=SERIES, defaults={"created_by": sanne})
    now = timezone.localtime().replace(minute=0, second=0, microsecond=0)
    common = {
        "kind": Meeting.Kind.KITCHEN_VISIT,
        "host": sanne,
        "area": de_werven,
        "place": place,
        "welcome_everyone": True,
        "welcome_budget_holders": True,
        "max_people": 15,
        "languages": "Nederlands, Arabisch, Engels",
        "what_to_expect": (
            "We kijken mee in het taalcafé van Fatima. Hoe nodigt zij mensen uit? "
            "Wat werkt, wat is lastig? Daarna bedenken we samen wat we gaan doen."
        ),
    }
    past, created = Meeting.objects.get_or_create(
        series=series,
        title="Kijken in de keuken: het taalcafé van Fatima",
        defaults=common
        | {
            "starts_at": now - timedelta(days=14, hours=-10),
            "ends_at": now - timedelta(days=14, hours=-12),
            "notes": NOTES,
            "notes_version": 1,
        },
    )
    if created:
        _past_meeting(past, fatima, sanne, mehmet)
        # Held at the language café, so its lessons show on the activity's own page.
        cafe = Activity.objects.filter(title="Taalcafé", organiser=fatima).first()
        if cafe is not None:
            services.set_hosted_at(past, cafe, actor=sanne)
    Meeting.objects.get_or_create(
        series=series,
        title="Kijken in de keuken: de moestuin van De Werven",
        defaults=common
        | {
            "starts_at": now + timedelta(days=10, hours=-now.hour + 19),
            "ends_at": now + timedelta(days=10, hours=-now.hour + 21),
        },
    )


def _past_meeting(meeting: Meeting, fatima: User, sanne: User, mehmet: User) -> None:
    for user, role, show in [(fatima, "active_resident", True), (sanne, "worker", True)]:
        Signup.objects.create(meeting=meeting, user=user, role=role, show_name=show, added_by=user)
    Signup.objects.create(meeting=meeting, user=mehmet, role="budget_holder", added_by=mehmet)
    Signup.objects.create(meeting=meeting, name="Ayşe", role="guest", added_by=sanne)
    today = timezone.localdate()
    cooking = services.capture_idea(meeting, "Samen koken met nieuwe buren", actor=sanne)
    services.add_action(
        cooking, actor=sanne, what="Keuken van het buurthuis vragen",
        first_step="Bellen met de beheerder van het buurthuis", owner=fatima,
        due_on=today - timedelta(days=3),
    )  # fmt: skip
    services.add_action(
        cooking, actor=sanne, what="Recepten uit vijf landen verzamelen",
        first_step="Vragen in de WhatsApp-groep van het taalcafé", owner_name="Ayşe",
        due_on=today + timedelta(days=7),
    )  # fmt: skip
    services.agree_idea(cooking, actor=sanne)
    childcare = services.capture_idea(meeting, "Kinderopvang tijdens het taalcafé", actor=fatima)
    services.add_action(
        childcare, actor=sanne, what="Twee vrijwilligers voor de kinderhoek vinden",
        first_step="Vragen bij de school in De Werven", owner=sanne,
        due_on=today + timedelta(days=14),
    )  # fmt: skip
    services.agree_idea(childcare, actor=sanne)
    bus = services.capture_idea(meeting, "Een eigen buurtbus", actor=mehmet)
    services.park_idea(bus, "Te duur voor nu; eerst kijken of de Plusbus past", actor=sanne)
    for text in [
        "Een persoonlijke uitnodiging werkt beter dan een flyer.",
        "Vraag eerst: wat heb je nodig? Niet: wat kunnen wij bieden?",
    ]:
        services.add_lesson(meeting, text, actor=sanne)
