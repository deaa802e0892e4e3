from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .permissions import must_use_second_factor

# Pages someone may open before their second factor is set up: signing in and out,
# setting up the factor itself, and the public pages that hold no personal data.
OPEN_VIEW_NAMES = {"core:home", "core:accessibility", "core:privacy", "health"}


def _signed_in_with_second_factor(request) -> bool:
    """This session was signed in with a code from the second factor (allauth keeps how a
    session was signed in): then it is set up, and no page has to ask the database again."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


class SecondFactorRequiredMiddleware:
    """Workers, budget holders and admins set up TOTP before they see anything else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or not must_use_second_factor(user):
            return None
        match = request.resolver_match
        name = match.url_name or ""
        if name.startswith(("account_", "mfa_")) or match.view_name in OPEN_VIEW_NAMES:
            return None
        if _signed_in_with_second_factor(request):
            return None
        if is_mfa_enabled(user, [Authenticator.Type.TOTP]):
            return None
        messages.info(
            request,
            _(
                "Your role lets you see personal data or money. "
                "First set up a second step for signing in."
            ),
        )
        return redirect("mfa_activate_totp")
