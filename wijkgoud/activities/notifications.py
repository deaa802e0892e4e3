"""What activities tell people in their inbox (see wijkgoud/notifications/README.md)."""

from django.utils.translation import gettext_lazy as _

KINDS = {
    "activity.signup": _("%(name)s signed up for %(title)s on %(date)s."),
}
