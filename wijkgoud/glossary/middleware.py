from django.conf import settings
from django.templatetags.static import static
from django.utils.translation import get_language

from .marking import mark_terms

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
        marked = mark_terms(html[start:end], get_language())
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
    def _applies(request, response) -> bool:
        if not settings.GLOSSARY_MARK_PAGES:
            return False
        if response.streaming or response.status_code != 200:
            return False
        if not response.get("Content-Type", "").startswith("text/html"):
            return False
        match = getattr(request, "resolver_match", None)
        return match is not None and match.app_name != "admin"
