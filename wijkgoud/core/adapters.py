from allauth.account.adapter import DefaultAccountAdapter
from django.db import transaction
from django.utils import translation

from .tasks import send_welcome_mail


class AccountAdapter(DefaultAccountAdapter):
    """Hooks Wijkgoud into allauth: a new account gets a welcome mail in its language."""

    def save_user(self, request, user, form, commit=True):
        user.preferred_language = translation.get_language() or user.preferred_language
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            transaction.on_commit(lambda: send_welcome_mail.enqueue(user.pk))
        return user
