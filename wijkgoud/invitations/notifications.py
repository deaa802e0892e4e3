"""The notification kinds this app sends (wijkgoud.notifications.services.notify)."""

from django.utils.translation import gettext_lazy as _

KINDS = {"invitation.invite_again": _("Time to invite %(name)s again: %(activity)s")}
