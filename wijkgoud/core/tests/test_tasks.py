"""The welcome mail, end to end: sign-up → task in the database → the real worker → SMTP."""

import socket
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django_tasks_db.models import DBTaskResult

from wijkgoud.core.models import User

# The worker runs in its own transactions and the task is enqueued on commit, so these
# tests commit for real; serialized_rollback puts the migrations' areas back afterwards.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


class Inbox:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self, port: int):
        self.messages = []
        self.mailers = {
            "default": {
                "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "OPTIONS": {"host": "127.0.0.1", "port": port, "use_tls": False},
            }
        }

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.original_content, policy=policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_inbox():
    """A real SMTP server on localhost; `settings.MAILERS = inbox.mailers` sends mail there."""
    inbox = Inbox(_free_port())
    controller = Controller(
        inbox, hostname="127.0.0.1", port=inbox.mailers["default"]["OPTIONS"]["port"]
    )
    controller.start()
    yield inbox
    controller.stop()


def _sign_up(client, language: str, email: str):
    with translation.override(language):
        url = reverse("account_signup")
    return client.post(url, {"email": email, "password1": "a-long-new-password-42"})


def _run_worker(settings, inbox: Inbox):
    # Only the worker's mail goes to the SMTP server; allauth's confirmation mail, sent
    # during the sign-up request itself, stays in the test runner's locmem outbox.
    settings.MAILERS = inbox.mailers
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def test_signing_up_puts_the_welcome_mail_in_the_task_queue(client, settings):
    response = _sign_up(client, "en", "amira@example.org")

    assert response.status_code == 302
    user = User.objects.get(email="amira@example.org")
    assert user.preferred_language == "en"
    task = DBTaskResult.objects.get()
    assert task.task_path == "wijkgoud.core.tasks.send_welcome_mail"
    assert task.args_kwargs == {"args": [user.pk], "kwargs": {}}
    assert task.status == "READY"


@pytest.mark.parametrize(
    ("language", "subject", "sentence"),
    [
        ("en", "Welcome to Wijkgoud", "With your account you can take part in your"),
        ("nl", "Welkom bij Wijkgoud", "Met je account kun je meedoen in je buurt"),
    ],
)
def test_the_worker_delivers_the_welcome_mail_in_the_language_of_sign_up(
    client, settings, smtp_inbox, language, subject, sentence
):
    _sign_up(client, language, "amira@example.org")

    _run_worker(settings, smtp_inbox)

    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    [(recipients, message)] = smtp_inbox.messages
    assert recipients == ["amira@example.org"]
    assert message["To"] == "amira@example.org"
    assert message["Subject"] == subject
    assert sentence in " ".join(message.get_content().split())


def test_the_worker_skips_an_account_removed_before_it_got_there(client, settings, smtp_inbox):
    _sign_up(client, "en", "gone@example.org")
    User.objects.filter(email="gone@example.org").delete()

    _run_worker(settings, smtp_inbox)

    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    assert smtp_inbox.messages == []
