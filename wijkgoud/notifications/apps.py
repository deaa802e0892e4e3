from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "wijkgoud.notifications"
    label = "notifications"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from .services import unread_count

        # Count the unread ones once at sign-in, so the nav's number costs no query on the
        # pages that follow (it lives in the cache until a notification comes or is read).
        user_logged_in.connect(
            lambda sender, user, **kwargs: unread_count(user), weak=False, dispatch_uid="inbox"
        )
