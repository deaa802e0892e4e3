from django import template

from ..selectors import lessons_for as _lessons_for

register = template.Library()


@register.inclusion_tag("meetings/lessons_for.html")
def lessons_for(obj) -> dict:
    """{% load meetings %}{% lessons_for activity %}: what we learned at meetings held there."""
    return {"lessons": list(_lessons_for(obj)[:20])}
