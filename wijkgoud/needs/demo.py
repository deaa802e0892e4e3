"""Demo data: neighbours' questions in several states, and Fatima's helper profile."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from wijkgoud.activities.models import Activity
from wijkgoud.core.models import Area, User

from . import services
from .models import HelperProfile, Need

RESIDENT = "actief@wijkgoud.example"
WORKER = "wijkwerker@wijkgoud.example"
FIRST_WORDS = "Ik wil graag Nederlands oefenen. Ik woon hier twee jaar."


def _consent(name: str, share_with: str) -> dict:
    return {
        "consent_given_by": name,
        "consent_on": timezone.localdate(),
        "consent_how": Need.ConsentHow.SPOKEN,
        "share_with": share_with,
    }


@transaction.atomic
def load() -> None:
    """Create the demo questions once; never overwrite what a tester changed."""
    resident = User.objects.filter(email=RESIDENT).first()
    worker = User.objects.filter(email=WORKER).first()
    if resident is None or worker is None:
        return
    werven = Area.objects.get(cbs_code="BU00340102")
    centrum = Area.objects.get(cbs_code="BU00340101")
    profile, created = HelperProfile.objects.get_or_create(
        user=resident,
        defaults={
            "languages": ",nl,ar,tr,",
            "categories": ",language,paperwork,meeting,",
            "offer": "Ik lees brieven met je mee en ga mee naar het taalcafé.",
            "days": ",2,3,",
            "available": "dinsdag- en woensdagochtend",
        },
    )
    if created:
        profile.areas.set([werven, centrum])
    if Need.objects.filter(words=FIRST_WORDS).exists():
        return
    today = timezone.localdate()
    services.submit_public_need(
        words=FIRST_WORDS, categories=",language,", area=werven, language="ar", days=",2,",
        name="Amina", contact_by=Need.ContactBy.PHONE, phone="06 12345678",
        contact_when="na 16 uur",
    )  # fmt: skip
    alone = services.record_need(
        actor=resident, words="Ik ben veel alleen thuis sinds mijn man is overleden.",
        categories=",loneliness,meeting,", area=werven, language="nl", days=",2,4,",
        name="mevr. J.", contact_by=Need.ContactBy.RESIDENT,
        **_consent("mevr. J.", Need.Sharing.ONLY_ME),
    )  # fmt: skip
    services.set_follow_up(alone, on=today, actor=resident)
    letters = services.record_need(
        actor=resident, words="Ik kan de brieven die ik krijg niet lezen. Er komen steeds meer.",
        categories=",paperwork,money,", area=werven, language="tr", name="Mehmet K.",
        contact_by=Need.ContactBy.VISIT, address="Werven 40",
        **_consent("Mehmet K.", Need.Sharing.WIJKTEAM),
    )  # fmt: skip
    note = "Hij schrikt van de brieven en durft ze niet open te maken. Graag samen kijken."
    services.hand_over(letters, to=worker, note=note, actor=resident)
    cooking = services.record_need(
        actor=resident, words="Ik kook graag en wil dat met anderen doen.",
        categories=",cooking,", area=centrum, language="pl", name="Ola",
        contact_by=Need.ContactBy.WHATSAPP, phone="06 87654321",
        **_consent("Ola", Need.Sharing.WIJKTEAM),
    )  # fmt: skip
    activity = Activity.objects.filter(status=Activity.Status.PUBLISHED, category="cooking").first()
    if activity is not None:
        services.choose_match(cooking, actor=resident, activity=activity)
    services.set_follow_up(cooking, on=today + timedelta(weeks=3), actor=resident)
    done = services.record_need(
        actor=resident, words="Ik zoek iemand om mee te wandelen.", categories=",sport,",
        area=werven, language="nl", name="Kees", contact_by=Need.ContactBy.RESIDENT,
        **_consent("Kees", Need.Sharing.ONLY_ME),
    )  # fmt: skip
    services.resolve(done, actor=resident)
    services.close(done, actor=resident)
