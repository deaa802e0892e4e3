"""The registry of notification kinds. Each app declares its own in a plugin module
`wijkgoud/<app>/notifications.py` holding `KINDS = {"app.event": _("text with %(params)s")}`."""

from functools import cache

from django.utils.translation import gettext as _

from wijkgoud.core.plugins import app_modules


class UnknownKind(LookupError):
    """A kind that no app declares: a typo, or an app that forgot its notifications.py."""


@cache
def all_kinds() -> dict:
    """Every declared kind and its (lazy) text, from every app's notifications.py."""
    found = {}
    for module in app_modules("notifications"):
        # getattr: a module of that name without KINDS (this app's own package would be one
        # if it ever grew a notifications.py) simply declares nothing.
        found.update(getattr(module, "KINDS", {}))
    return found


def check(kind: str, params: dict) -> None:
    """Refuse an unknown kind, and params the text cannot use, when the notification is made
    rather than every time it is shown."""
    if kind not in all_kinds():
        raise UnknownKind(
            f"Unknown notification kind {kind!r}: declare it in KINDS of the app's "
            f"notifications.py. Known: {', '.join(sorted(all_kinds())) or 'none'}."
        )
    if not all(isinstance(key, str) and isinstance(value, str) for key, value in params.items()):
        raise TypeError("Notification params must be plain strings (first names, titles).")
    str(all_kinds()[kind]) % params  # a missing %(name)s raises KeyError here, not in the inbox


def render(kind: str, params: dict) -> str:
    """The text in the active language; a kind removed since stays readable."""
    text = all_kinds().get(kind)
    try:
        return str(text) % params if text is not None else _("Something new for you.")
    except (KeyError, TypeError, ValueError):
        return _("Something new for you.")
