"""The ideas list of a meeting, rendered once for every reader of the same content.

A meeting on a beamer holds hundreds of ideas with their actions; reading, rendering and
explaining them is most of the page's time. The kept copy is found by the meeting's
ideas_version, which every service that changes an idea or an action counts up in the same
transaction (services.ideas_list_changed; the admin's action form too): a change shows at
once, and a page that finds its copy reads no idea at all. The key also holds the language
(status words, the /nl/ in links), the date (an action becomes overdue at midnight), the
template's own text (a new release never serves a list in the old layout) and the
glossary's version (the list is kept with its glossary words already explained). Owners'
names are read when the list is made: a renamed owner shows once the copy expires.
The list holds no personal parts (links only; the pages behind them check who may see
them), so it is the same for every reader.
"""

import hashlib
from functools import cache as once

from django.conf import settings
from django.core.cache import cache
from django.template.loader import get_template, render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from wijkgoud.glossary.marking import current_version, marked_part

from . import selectors
from .models import Meeting

TEMPLATE = "meetings/includes/ideas.html"
SECONDS = 10 * 60  # how long a renamed owner may keep their old name in the list


@once
def _layout() -> str:
    source = get_template(TEMPLATE).template.source
    return hashlib.blake2b(source.encode(), digest_size=4).hexdigest()


def ideas_html(meeting: Meeting) -> SafeString:
    """The meeting's ideas list (meetings/includes/ideas.html); empty when it has no ideas."""
    today = timezone.localdate().isoformat()
    terms = current_version() if settings.GLOSSARY_MARK_PAGES else "-"
    key = f"meetings:ideas:{_layout()}:{get_language()}:{today}:{terms}:"
    key += f"{meeting.pk}:{meeting.ideas_version}"
    html = cache.get(key)
    if html is None:
        ideas = selectors.ideas_with_actions(meeting)
        html = render_to_string(TEMPLATE, {"idea_list": ideas}) if ideas else ""
        html = marked_part(html, tip_ids=f"ideas-{meeting.pk}-") if html else ""
        cache.set(key, html, SECONDS)
    return mark_safe(html)  # our own template's output, escaped when it was rendered
