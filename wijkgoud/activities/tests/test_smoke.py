import pytest

pytestmark = pytest.mark.django_db


def test_smoke(client, activity):
    r = client.get("/nl/activities/")
    assert r.status_code == 200, r.content[:3000]
    assert "Koffieochtend" in r.text
    r = client.get(f"/nl/activities/{activity.pk}/")
    assert r.status_code == 200
    o = activity.occurrences.first()
    r = client.get(f"/nl/activities/dates/{o.pk}/signup/")
    assert r.status_code == 200
    r = client.post(
        f"/nl/activities/dates/{o.pk}/signup/",
        {"name": "Ayse", "people": 2, "email": "a@example.org"},
    )
    assert r.status_code == 302, r.text
    r = client.get(r["Location"])
    assert r.status_code == 200
    for u in [
        "/nl/activities/calendar.ics",
        f"/nl/activities/{activity.pk}/calendar.ics",
        f"/nl/activities/dates/{o.pk}/calendar.ics",
        f"/nl/activities/areas/{activity.area.pk}/calendar.ics",
        f"/nl/activities/areas/{activity.area.pk}/poster/",
        f"/nl/activities/areas/{activity.area.pk}/poster.pdf?week=this&language=nl&second_language=tr&size=A4",
    ]:
        r = client.get(u)
        assert r.status_code == 200, u
    print(client.get("/nl/activities/calendar.ics").content.decode()[:1500])
