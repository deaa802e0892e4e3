"""The needs app's notification kinds. Params are first names and a short label only:
never contact details or the neighbour's own words."""

from django.utils.translation import gettext_lazy as _

KINDS = {
    "need.handed_over": _("%(by)s handed over a question to you: %(need)s"),
    "need.assigned": _("%(by)s asked you to pick up a question: %(need)s"),
    "need.follow_up": _("Time to ask again: %(need)s (%(name)s)"),
}
