"""Mail preferences: each at once (default), one daily digest, or none."""

import pytest
from django.urls import reverse
from django.utils import translation

from wijkgoud.notifications.models import MailPreference

pytestmark = pytest.mark.django_db


def url(language="en") -> str:
    with translation.override(language):
        return reverse("notifications:preferences")


def test_each_mail_at_once_is_chosen_until_someone_changes_it(client, outsider):
    client.force_login(outsider)
    page = client.get(url()).text
    assert 'value="each" required id="id_mode_0" checked' in page


def test_choosing_the_digest_is_saved_and_shown_again(client, outsider):
    client.force_login(outsider)
    response = client.post(url(), {"mode": "digest"}, follow=True)
    assert "Your choice for mails is saved." in response.text
    assert MailPreference.objects.get(user=outsider).mode == "digest"
    assert 'value="digest" required id="id_mode_1" checked' in response.text


def test_an_unknown_choice_gets_a_message_and_changes_nothing(client, outsider):
    client.force_login(outsider)
    response = client.post(url(), {"mode": "hourly"})
    assert response.status_code == 200
    assert "Select a valid choice." in response.text
    assert not MailPreference.objects.exists()


def test_the_inbox_and_my_details_link_to_the_choice(client, outsider):
    client.force_login(outsider)
    with translation.override("en"):
        inbox = client.get(reverse("notifications:inbox")).text
        profile = client.get(reverse("core:profile")).text
    assert f'href="{url()}"' in inbox
    assert f'href="{url()}"' in profile
