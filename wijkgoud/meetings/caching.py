"""The ideas list of a meeting, rendered once for every reader of the same content.

A meeting on a beamer holds hundreds of ideas with their actions; rendering them is most of
the page's time. The cache key is a digest of the very rows the list is made of (the one
query the page needs anyway), so any change, by anyone on any server, to an idea, an action
or an owner's name gives a new key at once: nothing is ever shown stale, and nothing has to
remember to forget. The key also holds the language (status words, the /nl/ in links) and
the date (an action becomes overdue at midnight), the template's own text (a new release
never serves a list in the old layout) and the glossary's version: the list is kept with its
glossary words already explained, which is the other half of the work. The list holds no
personal parts (links only; the pages behind them check who may see them), so it is the
same for every reader.
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
SECONDS = 60 * 60  # an old version only takes room: a change makes a new key anyway


@once
def _layout() -> str:
    source = get_template(TEMPLATE).template.source
    return hashlib.blake2b(source.encode(), digest_size=4).hexdigest()


def ideas_html(meeting: Meeting) -> SafeString:
    """The meeting's ideas list (meetings/includes/ideas.html); empty when it has no ideas."""
    rows = selectors.idea_rows(meeting)
    if not rows:
        return mark_safe("")
    digest = hashlib.blake2b(repr(rows).encode(), digest_size=16).hexdigest()
    today = timezone.localdate().isoformat()
    terms = current_version() if settings.GLOSSARY_MARK_PAGES else "-"
    key = f"meetings:ideas:{_layout()}:{get_language()}:{today}:{terms}:{digest}"
    html = cache.get(key)
    if html is None:
        ideas = selectors.ideas_with_actions(meeting, rows)
        html = render_to_string(TEMPLATE, {"idea_list": ideas})
        html = marked_part(html, tip_ids=f"ideas-{meeting.pk}-")
        cache.set(key, html, SECONDS)
    return mark_safe(html)  # our own template's output, escaped when it was rendered
