import time

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.flows.login import get_authentication_records
from allauth.core import context
from django.db import transaction
from django.utils import translation

from .tasks import send_welcome_mail


class AccountAdapter(DefaultAccountAdapter):
    """Hooks Wijkgoud into allauth: welcome mail, and no needless re-authentication."""

    def save_user(self, request, user, form, commit=True):
        user.preferred_language = translation.get_language() or user.preferred_language
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            transaction.on_commit(lambda: send_welcome_mail.enqueue(user.pk))
        return user

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        # Someone who signed in a moment ago (e.g. made to set up their second factor,
        # then shown recovery codes) proved who they are just now, as fresh as allauth's
        # own re-authentication would be; asking again only makes them give up.
        request = context.request
        if app == "allauth.mfa" and request is not None and request.user.is_authenticated:
            records = get_authentication_records(request, request.user)
            just_signed_in = bool(records) and (
                time.time() - records[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT
            )
            if just_signed_in:
                return False
        return super().is_reauthentication_required(app=app, **kwargs)
