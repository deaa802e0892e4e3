from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesConfig(AppConfig):
    name = "wijkgoud.initiatives"
    label = "initiatives"
    verbose_name = _("Initiatives")

    def ready(self) -> None:
        # Registers the rules permissions (initiatives.view_initiative, ...) for has_perm().
        from . import permissions  # noqa: F401
