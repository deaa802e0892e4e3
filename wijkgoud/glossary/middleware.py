import hashlib

from django.conf import settings
from django.core.cache import cache
from django.templatetags.static import static
from django.utils.translation import get_language

from .marking import current_version, mark_terms

# Visitors without an account mostly get the same pages (the activity finder even from a
# page cache): their marked content is kept for a while, keyed by the content itself, so
# marking a 30 kB page (about 1 ms) is done once. Signed-in pages are personal: never kept.
MARKED_SECONDS = 300

START = '<div id="content">'  # base.html: the page's own content, below the menus
END = "</main>"


class ExplainTermsMiddleware:
    """Marks the glossary words in the content of every HTML page, in the reader's language.

    One place instead of a filter in every template: the platform's own texts and what
    people wrote are both covered, and a new app's pages get it without doing anything.
    Links, headings, buttons, form fields and data-glossary="off" parts are left alone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not self._applies(request, response):
            return response
        html = response.content.decode(response.charset)
        start, end = html.find(START), html.rfind(END)
        if start == -1 or end < start:
            return response
        marked = self._marked(request, html[start:end], get_language())
        head = html[:start]
        if 'class="term"' in marked and "glossary/glossary.js" not in html:
            # The small script that shows a meaning on tap; only on pages that need it.
            script = f'<script src="{static("glossary/glossary.js")}" defer></script>'
            head = head.replace("</head>", f"  {script}\n</head>", 1)
        response.content = (head + marked + html[end:]).encode(response.charset)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response

    @staticmethod
    def _marked(request, content: str, language: str) -> str:
        if request.user.is_authenticated:
            return mark_terms(content, language)
        digest = hashlib.blake2b(content.encode(), digest_size=16).hexdigest()
        key = f"glossary:marked:{language}:{current_version()}:{digest}"
        marked = cache.get(key)
        if marked is None:
            marked = mark_terms(content, language)
            cache.set(key, marked, MARKED_SECONDS)
        return marked

    @staticmethod
    def _applies(request, response) -> bool:
        if not settings.GLOSSARY_MARK_PAGES:
            return False
        if response.streaming or response.status_code != 200:
            return False
        if not response.get("Content-Type", "").startswith("text/html"):
            return False
        match = getattr(request, "resolver_match", None)
        return match is not None and match.app_name != "admin"
