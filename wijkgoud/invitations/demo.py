"""Demo data: Fatima's invitations to the demo activities, one for every outcome, and a
neighbour who came and is now invited to something else."""

from datetime import time, timedelta

from django.db import transaction
from django.utils import timezone

from wijkgoud.activities.models import Activity
from wijkgoud.core.models import User

from . import services
from .models import Invitation

INVITER = "actief@wijkgoud.example"

# name, language, activity title (None: coffee with me), channel, outcome, extra fields
INVITATIONS = [
    ("Ayşe", "tr", "Koffieochtend", "in_person", "came", {"company": "come_along"}),
    ("Maryam", "ar", "Taalcafé", "card", "not_yet", {}),
    ("Piotr", "pl", "Moestuin", "whatsapp", "not_yet", {}),
    ("Els", "nl", None, "phone", "declined", {}),
    ("J.K.", "nl", "Wandelgroep", "card", "no_answer", {}),
    # from a need in the needs demo: she is often alone; Fatima picks her up
    ("mevr. J.", "nl", "Koffieochtend", "in_person", "sent", {"company": "pick_up"}),
]
COFFEE = "Bij mij thuis, Werven 12, donderdag om 10 uur."


def load() -> None:
    """Create what is missing; each demo neighbour once."""
    inviter = User.objects.filter(email=INVITER).first()
    if inviter is None:
        return
    with transaction.atomic():
        for name, language, title, channel, outcome, extra in INVITATIONS:
            if Invitation.objects.filter(inviter=inviter, invitee_name=name).exists():
                continue
            _invite(inviter, name, language, title, channel, outcome, extra)


def _invite(inviter, name, language, title, channel, outcome, extra) -> None:
    activity = Activity.objects.filter(title=title, status="published").first() if title else None
    if title and activity is None:
        return  # the activities demo is not there
    fields = {"invitee_name": name, "language": language, "channel": channel, **extra}
    fields["pick_up_at"] = time(9, 45) if extra.get("company") == "pick_up" else None
    if activity:
        fields["activity"] = activity
        fields["occurrence"] = activity.occurrences.filter(ends_at__gte=timezone.now()).first()
    else:
        fields["coffee_where_when"] = COFFEE
    if fields["pick_up_at"]:
        fields["need"] = _demo_need(inviter, name)
    invitation = services.invite(actor=inviter, **fields)
    if outcome != "sent":
        services.record_outcome(invitation, outcome, actor=inviter)
    if name == "Maryam":  # her reminder is due: "invite again" shows on My page
        Invitation.objects.filter(pk=invitation.pk).update(
            remind_on=timezone.localdate() - timedelta(days=1)
        )
    if name == "Ayşe":  # she came; now she is invited to cooking as well
        cooking = Activity.objects.filter(title="Samen koken", status="published").first()
        if cooking:
            services.invite(
                actor=inviter, previous=invitation, activity=cooking, invitee_name=name,
                language=language, channel="whatsapp",
                occurrence=cooking.occurrences.filter(ends_at__gte=timezone.now()).first(),
            )  # fmt: skip


def _demo_need(inviter, name: str):
    """The need Fatima recorded for this neighbour in the needs demo, if it is there."""
    from wijkgoud.needs.models import Need

    return Need.objects.filter(recorded_by=inviter, name=name).order_by("pk").first()
