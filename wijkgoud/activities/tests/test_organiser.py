"""Organiser pages: create, change, translate, publish, cancel, and who signed up."""

from datetime import timedelta
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from wijkgoud.activities import services
from wijkgoud.activities.models import Activity, ActivityText, Occurrence, Signup
from wijkgoud.core.models import Area, AuditEvent, RoleAssignment
from wijkgoud.core.tests.factories import UserFactory

from .factories import SignupFactory

pytestmark = pytest.mark.django_db


def form_data(place, **changes) -> dict:
    first = timezone.localdate() + timedelta(days=2)
    data = {
        "title": "Taalcafé",
        "summary": "Nederlands oefenen met buren.",
        "description": "Kom gewoon langs.",
        "category": "language",
        "area": place.area.pk,
        "place": place.pk,
        "spoken_languages": ["nl", "ar"],
        "repeat": "weekly",
        "starts_on": first.isoformat(),
        "start_time": "14:00",
        "end_time": "15:30",
        "ends_on": (first + timedelta(weeks=3)).isoformat(),
        "skipped_dates": "",
        "cost": "free",
        "price": "",
        "capacity": "12",
        "wheelchair_accessible": "on",
    }
    return data | changes


def jpeg(size=(2400, 1600)) -> bytes:
    out = BytesIO()
    image = Image.new("RGB", size, "orange")
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # camera maker
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_an_active_resident_creates_a_weekly_activity_as_a_draft(client, active_resident, place):
    client.force_login(active_resident)
    assert client.get("/en/activities/new/").status_code == 200
    response = client.post("/en/activities/new/", form_data(place))
    activity = Activity.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/en/activities/{activity.pk}/"
    assert activity.status == Activity.Status.DRAFT
    assert activity.organiser == active_resident
    assert activity.language == "en"
    assert activity.language_codes == ["nl", "ar"]
    assert activity.occurrences.count() == 4
    assert AuditEvent.objects.filter(action="activity.created").count() == 1


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"starts_on": "2020-01-01"}, "starts_on", "in the past"),
        ({"end_time": "13:00"}, "end_time", "after the start time"),
        ({"ends_on": "2020-01-01"}, "ends_on", "cannot be before the first date"),
        ({"cost": "amount"}, "price", "Write the amount"),
        ({"skipped_dates": "31-02-2027"}, "skipped_dates", "is not a date"),
        ({"spoken_languages": []}, "spoken_languages", "required"),
        ({"title": ""}, "title", "required"),
    ],
)
def test_bad_input_gets_a_message_next_to_the_field_and_nothing_is_lost(
    client, active_resident, place, changes, field, message
):
    client.force_login(active_resident)
    response = client.post("/en/activities/new/", form_data(place, **changes))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors and message in str(errors[field])
    assert "Nederlands oefenen met buren.</textarea>" in response.text
    assert Activity.objects.count() == 0


def test_a_photo_is_made_smaller_and_saved_without_its_metadata(
    client, active_resident, place, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(active_resident)
    photo = SimpleUploadedFile("holiday.jpg", jpeg(), content_type="image/jpeg")
    client.post("/en/activities/new/", form_data(place) | {"photo": photo})
    stored = Activity.objects.get().photo
    with Image.open(stored.path) as image:
        assert max(image.size) == 1200
        assert not image.getexif()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.4 not a photo", "not a photo"),
        (b"\xff\xd8" + b"0" * (11 * 1024 * 1024), "too large"),
    ],
)
def test_a_file_that_is_not_a_photo_or_too_large_is_refused(
    client, active_resident, place, content, message
):
    client.force_login(active_resident)
    photo = SimpleUploadedFile("photo.jpg", content, content_type="image/jpeg")
    response = client.post("/en/activities/new/", form_data(place) | {"photo": photo})
    assert response.status_code == 200
    assert "photo" in response.context["form"].errors
    assert Activity.objects.count() == 0


def test_people_without_an_organising_role_cannot_create(client, outsider, budget_holder):
    for person in [outsider, budget_holder]:
        client.force_login(person)
        assert client.get("/en/activities/new/").status_code == 403


def test_the_organiser_changes_the_activity_and_the_dates_follow(client, activity):
    client.force_login(activity.organiser)
    data = form_data(activity.place, title="Koffie & thee", repeat="biweekly")
    data["starts_on"] = activity.starts_on.isoformat()
    response = client.post(f"/en/activities/{activity.pk}/edit/", data)
    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.title == "Koffie & thee"
    assert activity.occurrences.count() == 2


def test_capacity_below_the_sign_ups_already_there_is_refused(client, activity):
    occurrence = activity.occurrences.order_by("starts_at")[1]
    services.sign_up(occurrence, waiting_list_ok=False, base_url="/", name="A", people=6)
    client.force_login(activity.organiser)
    data = form_data(activity.place, capacity="4")
    data["starts_on"] = activity.starts_on.isoformat()
    response = client.post(f"/en/activities/{activity.pk}/edit/", data)
    assert response.status_code == 200
    assert "6 people have already signed up" in str(response.context["form"].errors["capacity"])


def test_a_worker_of_the_area_may_edit_and_a_worker_elsewhere_may_not(client, activity, worker):
    client.force_login(worker)  # a worker for Almere Haven, so also for De Werven
    assert client.get(f"/en/activities/{activity.pk}/edit/").status_code == 200
    elsewhere = UserFactory(
        roles=[(RoleAssignment.Role.WORKER, Area.objects.get(cbs_code="BU00340104"))], totp=True
    )
    client.force_login(elsewhere)
    assert client.get(f"/en/activities/{activity.pk}/edit/").status_code == 403


def test_a_translation_is_added_and_shown_to_visitors(client, activity):
    client.force_login(activity.organiser)
    response = client.post(
        f"/en/activities/{activity.pk}/texts/ar/",
        {"title": "صباح القهوة", "summary": "نشرب القهوة معًا.", "description": ""},
    )
    assert response.status_code == 302
    assert ActivityText.objects.get().language == "ar"
    assert client.get(f"/en/activities/{activity.pk}/texts/xx/").status_code == 404
    client.logout()
    assert "صباح القهوة" in client.get(f"/ar/activities/{activity.pk}/").text


def test_a_neighbour_who_is_an_active_resident_here_translates_but_cannot_change_it(
    client, activity
):
    helper = UserFactory(
        display_name="Ayşe", roles=[(RoleAssignment.Role.ACTIVE_RESIDENT, activity.area)]
    )
    client.force_login(helper)
    page = client.get(f"/tr/activities/{activity.pk}/").text
    assert f"/tr/activities/{activity.pk}/texts/tr/" in page  # offered on the activity page
    response = client.post(
        f"/tr/activities/{activity.pk}/texts/tr/",
        {"title": "Kahve sabahı", "summary": "Birlikte kahve içiyoruz.", "description": ""},  # noqa: RUF001
    )
    assert response.status_code == 302
    assert ActivityText.objects.get(language="tr").title == "Kahve sabahı"  # noqa: RUF001
    assert AuditEvent.objects.filter(actor=helper).exists()
    assert client.get(f"/en/activities/{activity.pk}/edit/").status_code == 403
    assert client.get(f"/en/activities/{activity.pk}/signups/").status_code == 403


def test_a_draft_is_translated_only_by_who_manages_it_and_not_from_another_area(client, activity):
    elsewhere = UserFactory(
        roles=[(RoleAssignment.Role.ACTIVE_RESIDENT, Area.objects.get(cbs_code="BU00340104"))]
    )
    client.force_login(elsewhere)
    assert client.get(f"/en/activities/{activity.pk}/texts/tr/").status_code == 403
    neighbour = UserFactory(roles=[(RoleAssignment.Role.ACTIVE_RESIDENT, activity.area)])
    activity.status = Activity.Status.DRAFT
    activity.save()
    client.force_login(neighbour)
    assert client.get(f"/en/activities/{activity.pk}/texts/tr/").status_code == 404


def test_publishing_a_draft_makes_it_findable(client, activity):
    activity.status = Activity.Status.DRAFT
    activity.save()
    client.force_login(activity.organiser)
    assert client.get(f"/en/activities/{activity.pk}/publish/").status_code == 405
    client.post(f"/en/activities/{activity.pk}/publish/")
    activity.refresh_from_db()
    assert activity.status == Activity.Status.PUBLISHED
    client.post(f"/en/activities/{activity.pk}/publish/")  # a second time: a message, no error
    assert activity.status == Activity.Status.PUBLISHED


def test_cancelling_a_date_keeps_it_visible_and_tells_who_signed_up(
    client, activity, mailoutbox, django_capture_on_commit_callbacks
):
    occurrence = activity.occurrences.order_by("starts_at").first()
    SignupFactory(occurrence=occurrence, email="ayse@example.org", language="tr")
    SignupFactory(occurrence=occurrence, email="", phone="0612345678")
    client.force_login(activity.organiser)
    assert (
        "Yes, cancel this date" in client.get(f"/en/activities/dates/{occurrence.pk}/cancel/").text
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/activities/dates/{occurrence.pk}/cancel/", {"reason": "Zaal dicht"})
    occurrence.refresh_from_db()
    assert occurrence.cancelled_at is not None and occurrence.cancel_reason == "Zaal dicht"
    [mail] = mailoutbox
    assert mail.to == ["ayse@example.org"] and "Zaal dicht" in mail.body
    assert "Cancelled" in client.get(f"/en/activities/{activity.pk}/").text


def test_cancelling_the_activity_cancels_all_coming_dates(
    client, activity, mailoutbox, django_capture_on_commit_callbacks
):
    for occurrence in activity.occurrences.all()[:2]:
        SignupFactory(occurrence=occurrence)
    client.force_login(activity.organiser)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/activities/{activity.pk}/cancel/", {"reason": ""})
    activity.refresh_from_db()
    assert activity.status == Activity.Status.CANCELLED
    assert not Occurrence.objects.filter(activity=activity, cancelled_at=None).exists()
    assert len(mailoutbox) == 2


def test_the_sign_up_list_shows_contact_details_to_the_organiser_only(
    client, activity, worker, outsider
):
    occurrence = activity.occurrences.order_by("starts_at").first()
    SignupFactory(occurrence=occurrence, name="Ayşe", phone="0612345678", wants_company=True)
    SignupFactory(occurrence=occurrence, name="Weg", status=Signup.Status.CANCELLED)
    for person in [activity.organiser, worker]:
        client.force_login(person)
        page = client.get(f"/en/activities/{activity.pk}/signups/").text
        assert "0612345678" in page and "Ayşe" in page and "pick them up" in page
        assert "Weg" not in page
    client.force_login(outsider)
    assert client.get(f"/en/activities/{activity.pk}/signups/").status_code == 404
    client.logout()
    assert "0612345678" not in client.get(f"/en/activities/{activity.pk}/").text


def test_my_activities_lists_what_i_may_manage(client, activity, active_resident, worker):
    client.force_login(active_resident)
    assert "Koffieochtend" in client.get("/en/activities/mine/").text
    client.force_login(worker)
    assert "Koffieochtend" in client.get("/en/activities/mine/").text
