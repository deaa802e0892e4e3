"""The notification mail end to end: notify → commit → task row → the real worker → SMTP."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from django_tasks_db.models import DBTaskResult

from wijkgoud.activities.tests.factories import ActivityFactory
from wijkgoud.core.tests.factories import UserFactory
from wijkgoud.core.tests.test_tasks import smtp_inbox  # noqa: F401 (a fixture)
from wijkgoud.notifications.models import Notification
from wijkgoud.notifications.services import notify

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_worker_mails_the_notification_in_the_recipients_language(smtp_inbox, settings):  # noqa: F811
    settings.SITE_URL = "https://wijkgoud.example"
    recipient = UserFactory(
        email="piotr@example.org", display_name="Piotr", preferred_language="pl"
    )
    activity = ActivityFactory(title="Koffieochtend")
    with transaction.atomic(), translation.override("nl"):
        notify(
            recipient,
            "activity.signup",
            about=activity,
            params={"name": "Ayşe", "title": "Koffieochtend", "date": "1-12-2026 10:00"},
        )
    assert DBTaskResult.objects.get().status == "READY"

    settings.MAILERS = smtp_inbox.mailers
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    [(to, message)] = smtp_inbox.messages
    assert to == ["piotr@example.org"]
    assert message["Subject"] == "Ayşe zapisał(a) się na Koffieochtend w dniu 1-12-2026 10:00."
    body = message.get_content()
    assert f"https://wijkgoud.example/pl/activities/{activity.pk}/" in body
    assert "https://wijkgoud.example/pl/notifications/mails/" in body
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    assert Notification.objects.get().mailed_at is not None
