"""Who sees a need: the recorder, whoever it is assigned or handed to, the area's workers
when the neighbour agreed to share it with the wijkteam, admins likewise; anyone else 404."""

import pytest

from wijkgoud.needs.models import Need, NeedView

from .factories import NeedFactory, en

pytestmark = pytest.mark.django_db


def _status(client, user, need) -> int:
    if user is not None:
        client.force_login(user)
    return client.get(en("needs:detail", need.pk)).status_code


@pytest.mark.parametrize(
    ("person", "shared", "expected"),
    [
        ("active_resident", True, 200),  # the recorder
        ("active_resident", False, 200),
        ("worker", True, 200),  # a worker of the area, with consent
        ("worker", False, 404),  # ... without it
        ("worker_elsewhere", True, 404),
        ("other_resident", True, 404),
        ("budget_holder", True, 404),
        ("outsider", True, 404),
        ("admin_user", True, 200),
        ("admin_user", False, 404),
    ],
)
def test_who_sees_a_need(client, request, active_resident, de_werven, person, shared, expected):
    need = NeedFactory(recorded_by=active_resident, area=de_werven, shared=shared)
    assert _status(client, request.getfixturevalue(person), need) == expected


def test_a_visitor_is_sent_to_sign_in(client, need):
    response = client.get(en("needs:detail", need.pk))
    assert response.status_code == 302 and "login" in response.headers["Location"]


def test_the_worker_it_was_handed_to_sees_it_even_from_another_area(
    client, active_resident, worker_elsewhere, de_werven
):
    need = NeedFactory(
        recorded_by=active_resident, area=de_werven, handed_over=True,
        handed_over_to=worker_elsewhere,
    )  # fmt: skip
    assert _status(client, worker_elsewhere, need) == 200


def test_the_assignee_sees_it(client, active_resident, other_resident, de_werven):
    need = NeedFactory(recorded_by=active_resident, assigned_to=other_resident, area=de_werven)
    assert _status(client, other_resident, need) == 200


def test_the_list_shows_only_visible_needs(client, need, private_need, worker):
    client.force_login(worker)
    text = client.get(en("needs:list")).text
    assert need.name in text and private_need.name not in text


def test_every_view_of_a_need_is_logged_and_shown_to_workers(client, need, worker, active_resident):
    client.force_login(active_resident)
    client.get(en("needs:detail", need.pk))
    client.force_login(worker)
    page = client.get(en("needs:detail", need.pk)).text
    assert list(NeedView.objects.filter(need=need).values_list("viewer__email", flat=True)) == [
        worker.email,
        active_resident.email,
    ]
    assert "Seen by" in page and "Fatima" in page


def test_the_resident_sees_neither_the_view_log_nor_the_workers_notes(
    client, need, worker, active_resident
):
    client.force_login(worker)
    client.post(en("needs:note_add", need.pk), {"text": "Schulden bij de energie."})
    client.force_login(active_resident)
    page = client.get(en("needs:detail", need.pk)).text
    assert "Schulden bij de energie." not in page and "Seen by" not in page
    client.force_login(worker)
    assert "Schulden bij de energie." in client.get(en("needs:detail", need.pk)).text


def test_a_refused_look_is_not_logged(client, need, outsider):
    client.force_login(outsider)
    client.get(en("needs:detail", need.pk))
    assert not NeedView.objects.exists()


def test_visible_to_is_one_query(django_assert_num_queries, need, worker):
    from wijkgoud.core.permissions import role_assignments_of

    role_assignments_of(worker)  # read once per request, before the needs
    with django_assert_num_queries(1):
        assert list(Need.objects.visible_to(worker)) == [need]


def test_the_list_leaves_closed_needs_out_unless_asked(client, active_resident, de_werven):
    NeedFactory(recorded_by=active_resident, area=de_werven, name="Open Olga")
    NeedFactory(recorded_by=active_resident, area=de_werven, name="Dicht Dirk", closed=True)
    client.force_login(active_resident)
    page = client.get(en("needs:list")).text
    assert "Open Olga" in page and "Dicht Dirk" not in page
    assert "Dicht Dirk" in client.get(en("needs:list") + "?status=closed").text
