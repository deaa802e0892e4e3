from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _


@task
def send_welcome_mail(user_id: int) -> None:
    """Welcome a new account holder, in their own language."""
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None:  # the account was removed before the worker got to it
        return
    with translation.override(user.preferred_language):
        body = render_to_string("core/email/welcome.txt", {"user": user})
        EmailMessage(subject=_("Welcome to Wijkgoud"), body=body, to=[user.email]).send()
