"""What the neighbour gets: the card on screen, the A6 PDF and the WhatsApp text, always in
the invitee's language, whatever language the inviter's screen is in."""

from urllib.parse import quote

import segno
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _

from wijkgoud.activities.models import Activity, attach_texts
from wijkgoud.core.pdf import render_pdf

from .models import Invitation


def card(invitation: Invitation, base_url: str) -> dict:
    """The card's texts, in the invitee's language (a people-written translation of the
    activity when there is one, else its original text)."""
    language = invitation.language
    with translation.override(language):
        context = {
            "language": language,
            "bidi": translation.get_language_bidi(),
            "heading": _("%(name)s invites you") % {"name": invitation.inviter},
            "greeting": _("Hello %(name)s!") % {"name": invitation.invitee_name},
            "company": _company(invitation),
            "closing": _("You are very welcome. I hope to see you there!"),
            "signed": _("Warm greetings, %(name)s") % {"name": invitation.inviter},
            "when_label": _("When"),
            "where_label": _("Where"),
        }
        if invitation.is_coffee:
            context |= {
                "icon": "coffee",
                "intro": _("Come and have coffee with me!"),
                "title": _("Coffee together"),
                "summary": "",
                "when_where": invitation.coffee_where_when,
                "url": "",
            }
        else:
            context |= _activity_texts(invitation, invitation.activity, language, base_url)
    return context


def _activity_texts(invitation: Invitation, activity: Activity, language: str, base_url: str):
    attach_texts([activity], [language])
    text = activity.shown_text(language)
    place = activity.place
    url = base_url.rstrip("/") + reverse("activities:detail", args=[activity.pk])
    facts = []
    if activity.cost == Activity.Cost.FREE:
        facts.append(_("It is free."))
    if activity.no_signup_needed:
        facts.append(_("You do not need to sign up. Just come!"))
    return {
        "icon": activity.icon,
        "intro": _("I would like you to come to this:"),
        "title": text.title,
        "text_language": text.language,
        "summary": text.summary,
        "when": when(invitation),
        "where": ltr(f"{place.name}, {place.street_address}, {place.postcode} {place.city}"),
        "facts": facts,
        "url": url,
        "qr_code": segno.make(url, error="m", mask=0, micro=False).png_data_uri(scale=4, border=1),
        "qr_caption": _("Scan the code with your phone to see more."),
    }


def when(invitation: Invitation) -> str:
    """The chosen date in the current language, e.g. "dinsdag 3 december, 10:00-11:30";
    without a date, how often it is and at what time."""
    occurrence, activity = invitation.occurrence, invitation.activity
    if occurrence is not None:
        starts = timezone.localtime(occurrence.starts_at)
        ends = timezone.localtime(occurrence.ends_at)
        return f"{date_format(starts, 'l j F')}, {_span(starts, ends)}"
    return f"{activity.get_repeat_display()}, {_span(activity.start_time, activity.end_time)}"


def _span(start, end) -> str:
    return ltr(f"{time_format(start, 'H:i')}\N{EN DASH}{time_format(end, 'H:i')}")


def ltr(text: str) -> str:
    """Keep times and Dutch addresses in their own order inside an Arabic sentence (a Unicode
    isolate: works on screen, in the PDF and in WhatsApp); without it 10:00-12:00 reads
    12:00-10:00 from right to left."""
    return f"\N{LEFT-TO-RIGHT ISOLATE}{text}\N{POP DIRECTIONAL ISOLATE}"


def _company(invitation: Invitation) -> str:
    if invitation.company == Invitation.Company.COME_ALONG:
        return _("I will go with you.")
    if invitation.company == Invitation.Company.PICK_UP:
        return _("I will pick you up at %(time)s.") % {
            "time": time_format(invitation.pick_up_at, "H:i")
        }
    return ""


def whatsapp_text(invitation: Invitation, base_url: str) -> str:
    """The message to send from the inviter's own phone, in the invitee's language."""
    texts = card(invitation, base_url)
    with translation.override(invitation.language):
        lines = [texts["greeting"], texts["intro"], f"*{texts['title']}*"]
        if invitation.is_coffee:
            lines.append(texts["when_where"])
        else:
            lines += [
                f"{texts['when_label']}: {texts['when']}",
                f"{texts['where_label']}: {texts['where']}",
                *texts["facts"],
            ]
        lines += [texts["company"], texts["closing"], texts["signed"], texts["url"]]
    return "\n".join(line for line in lines if line)


def whatsapp_url(text: str) -> str:
    """wa.me lets the inviter choose the person in WhatsApp: no phone number is stored."""
    return "https://wa.me/?text=" + quote(text)


def card_pdf(invitation: Invitation, base_url: str) -> bytes:
    """The printable A6 card."""
    texts = card(invitation, base_url)
    with translation.override(invitation.language):
        return render_pdf("invitations/card_pdf.html", {"card": texts})
