from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from ..forms import CHECK_BUTTON
from ..marking import explained_terms, mark_terms

register = template.Library()


@register.filter(is_safe=True)
def explain_terms(value) -> SafeString:
    """{{ text|explain_terms }}: escapes plain text (HTML already made safe stays HTML) and
    marks the glossary words in it, explained in the reader's language."""
    return mark_safe(mark_terms(str(conditional_escape(value)), get_language()))


@register.inclusion_tag("glossary/includes/jargon_check.html")
def jargon_check(form, name: str) -> dict:
    """{% jargon_check form "body" %} under a field of a form with JargonCheckMixin."""
    return {
        "advice": form.jargon_advice(name),
        "advice_id": f"jargon-{form.add_prefix(name)}",
        "button": CHECK_BUTTON,
    }


@register.inclusion_tag("glossary/includes/words_explained.html")
def words_explained(*texts, language: str | None = None) -> dict:
    """{% words_explained letter.body letter.reason %}: a "words explained" box for a PDF."""
    return {"entries": explained_terms("\n".join(str(t or "") for t in texts), language)}
