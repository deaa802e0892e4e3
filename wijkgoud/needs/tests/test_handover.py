"""The warm hand-over: resident → worker's inbox and notification → accepted; the resident
keeps seeing the status, not the worker's notes."""

import pytest
from django.core import mail

from wijkgoud.needs.models import Need
from wijkgoud.notifications.models import Notification

from .factories import NeedFactory, en

pytestmark = pytest.mark.django_db


def test_a_hand_over_reaches_the_workers_inbox_and_notifies_them(
    client, need, active_resident, worker, django_capture_on_commit_callbacks
):
    client.force_login(active_resident)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            en("needs:hand_over", need.pk), {"to": worker.pk, "note": "Graag samen kijken."}
        )
    assert response.status_code == 302
    need.refresh_from_db()
    assert (need.status, need.handed_over_to) == ("handed_over", worker)
    notification = Notification.objects.get(recipient=worker)
    assert notification.kind == "need.handed_over"
    assert notification.params == {"by": "Fatima", "need": "Letters and forms"}
    assert "brieven" not in str(notification.params)  # never the neighbour's own words
    client.force_login(worker)
    inbox = client.get(en("needs:inbox")).text
    assert "Mehmet K." in inbox and "Accept" in inbox
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [worker.email]


def test_the_worker_accepts_and_the_resident_still_sees_the_status(
    client, need, active_resident, worker
):
    from wijkgoud.needs import services

    services.hand_over(need, to=worker, note="Graag samen kijken.", actor=active_resident)
    client.force_login(worker)
    client.post(en("needs:move", need.pk), {"action": "accept"})
    client.post(en("needs:note_add", need.pk), {"text": "Belt morgen terug, schuld bij huur."})
    need.refresh_from_db()
    assert (need.status, need.assigned_to) == ("picked_up", worker)
    client.force_login(active_resident)
    page = client.get(en("needs:detail", need.pk)).text
    assert "picked up" in page and "Accepted on" in page
    assert "schuld bij huur" not in page


def test_only_workers_of_the_area_are_offered(
    client, need, active_resident, worker, worker_elsewhere
):
    client.force_login(active_resident)
    page = client.get(en("needs:hand_over", need.pk)).text
    assert "Sanne" in page and "Joost" not in page
    client.post(en("needs:hand_over", need.pk), {"to": worker_elsewhere.pk, "note": "x"})
    need.refresh_from_db()
    assert need.status == "picked_up"


def test_a_need_shared_only_with_the_resident_offers_no_hand_over(
    client, private_need, active_resident
):
    client.force_login(active_resident)
    assert client.get(en("needs:hand_over", private_need.pk)).status_code == 403
    assert "ask them first" in client.get(en("needs:detail", private_need.pk)).text


def test_the_hand_over_note_gets_the_jargon_check(client, need, active_resident, worker):
    client.force_login(active_resident)
    response = client.post(
        en("needs:hand_over", need.pk),
        {"to": worker.pk, "note": "Graag een keukentafelgesprek.", "check_text": "1"},
    )
    need.refresh_from_db()
    assert response.status_code == 200 and need.status == "picked_up"


def test_new_public_needs_of_the_workers_areas_are_in_the_inbox(
    client, worker, worker_elsewhere, de_werven
):
    NeedFactory(public=True, area=de_werven, name="Amina")
    client.force_login(worker)
    assert "Amina" in client.get(en("needs:inbox")).text
    client.force_login(worker_elsewhere)
    assert "Amina" not in client.get(en("needs:inbox")).text


def test_a_worker_picks_up_a_public_need_and_can_give_it_to_a_colleague(
    client, worker, de_werven, django_capture_on_commit_callbacks
):
    from wijkgoud.core.tests.factories import UserFactory

    colleague = UserFactory(display_name="Rik", roles=[("worker", de_werven)], totp=True)
    need = NeedFactory(public=True, area=de_werven)
    client.force_login(worker)
    client.post(en("needs:assign", need.pk), {"to": colleague.pk})
    need.refresh_from_db()
    assert (need.status, need.assigned_to) == (Need.Status.PICKED_UP, colleague)
    assert Notification.objects.get(recipient=colleague).kind == "need.assigned"
