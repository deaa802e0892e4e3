"""The nav's inbox link with the number of unread notifications, from the cache."""

from django import template

from wijkgoud.notifications.services import unread_count

register = template.Library()


@register.inclusion_tag("notifications/includes/nav_link.html", takes_context=True)
def inbox_link(context) -> dict:
    user = getattr(context.get("request"), "user", None)  # error pages may lack one
    return {"unread": unread_count(user) if user and user.is_authenticated else 0}
