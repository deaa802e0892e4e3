"""Shared notes: saved with a button always, by the autosave script when JavaScript is on;
when two people save at once both texts are kept and shown."""

import pytest
from django.urls import reverse

from wijkgoud.meetings import services
from wijkgoud.meetings.models import Meeting, NoteRevision

pytestmark = pytest.mark.django_db


def test_notes_are_saved_with_the_button(client, meeting, active_resident):
    client.force_login(active_resident)
    url = reverse("meetings:notes", args=[meeting.pk])
    response = client.post(url, {"notes": "Welkom allemaal", "version": 0})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert (meeting.notes, meeting.notes_version) == ("Welkom allemaal", 1)
    assert NoteRevision.objects.get().text == "Welkom allemaal"


def test_a_second_writer_keeps_both_texts(client, meeting, active_resident, worker):
    services.save_notes(meeting, "Tekst van Sanne", base_version=0, actor=worker)
    client.force_login(active_resident)
    response = client.post(
        f"/en/meetings/{meeting.pk}/notes/", {"notes": "Tekst van Fatima", "version": 0}
    )
    assert response.status_code == 409
    assert "Someone else saved the notes while you were writing" in response.text
    assert "Tekst van Sanne" in response.text  # theirs, shown
    assert "Tekst van Fatima</textarea>" in response.text  # yours, still in the box
    meeting.refresh_from_db()
    assert meeting.notes == "Tekst van Sanne"
    kept = NoteRevision.objects.get(kept_aside=True)
    assert (kept.text, kept.saved_by) == ("Tekst van Fatima", active_resident)
    # Saving again from the page that showed both: the combined text wins.
    client.post(
        f"/en/meetings/{meeting.pk}/notes/",
        {"notes": "Tekst van Sanne\nTekst van Fatima", "version": 1},
    )
    meeting.refresh_from_db()
    assert meeting.notes == "Tekst van Sanne\nTekst van Fatima"


def test_the_autosave_script_gets_json(client, meeting, active_resident, worker):
    client.force_login(active_resident)
    url = reverse("meetings:notes", args=[meeting.pk])
    saved = client.post(url, {"notes": "a", "version": 0}, headers={"Accept": "application/json"})
    assert saved.json()["status"] == "saved" and saved.json()["version"] == 1
    services.save_notes(meeting, "b van Sanne", base_version=1, actor=worker)
    conflict = client.post(
        url, {"notes": "a en meer", "version": 1}, headers={"Accept": "application/json"}
    )
    assert conflict.status_code == 409
    assert conflict.json() == {"status": "conflict", "version": 2, "theirs": "b van Sanne"}


def test_a_broken_version_number_still_keeps_the_text(client, meeting, active_resident):
    client.force_login(active_resident)
    client.post(
        reverse("meetings:notes", args=[meeting.pk]), {"notes": "Niet kwijt", "version": "x"}
    )
    assert NoteRevision.objects.get().text == "Niet kwijt"
    assert Meeting.objects.get().notes == ""


def test_the_same_text_twice_is_no_new_version(meeting, worker):
    services.save_notes(meeting, "x", base_version=0, actor=worker)
    services.save_notes(meeting, "x", base_version=0, actor=worker)
    meeting.refresh_from_db()
    assert meeting.notes_version == 1


def test_someone_who_did_not_come_cannot_write_notes(client, meeting, outsider):
    meeting.welcome_everyone = True
    meeting.save()
    client.force_login(outsider)
    response = client.post(
        reverse("meetings:notes", args=[meeting.pk]), {"notes": "x", "version": 0}
    )
    assert response.status_code == 403


def test_checking_the_notes_shows_the_advice_and_saves_nothing(client, meeting, active_resident):
    client.force_login(active_resident)
    url = reverse("meetings:notes", args=[meeting.pk])
    typed = "De beschikking komt volgende week."
    response = client.post(url, {"notes": typed, "version": 0, "check_text": "1"})
    assert response.status_code == 200
    assert "<strong>besluit, brief met het besluit</strong>" in response.text
    assert f"{typed}</textarea>" in response.text  # nothing typed is lost
    assert 'name="version" value="0"' in response.text  # still the version it started from
    assert 'src="/static/glossary/glossary.js"' in response.text
    assert 'src="/static/meetings/meetings.js"' in response.text  # autosave still there
    meeting.refresh_from_db()
    assert (meeting.notes, meeting.notes_version) == ("", 0)
    assert not NoteRevision.objects.exists()

    assert client.post(url, {"notes": typed, "version": 0}).status_code == 302
    meeting.refresh_from_db()
    assert (meeting.notes, meeting.notes_version) == (typed, 1)
