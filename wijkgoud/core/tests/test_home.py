import pytest

pytestmark = pytest.mark.django_db


def test_the_root_redirects_to_the_dutch_home_page(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response.headers["Location"] == "/nl/"


def test_the_arabic_home_page_reads_right_to_left(client):
    response = client.get("/ar/")
    assert response.status_code == 200
    assert b'<html lang="ar" dir="rtl">' in response.content


def test_the_home_page_needs_no_account_and_few_queries(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        response = client.get("/nl/")
    assert response.status_code == 200


@pytest.mark.parametrize("person", ["active_resident", "worker", "admin", "outsider"])
def test_the_home_page_signed_in_needs_at_most_three_queries(
    client, people, person, django_assert_max_num_queries
):
    # session, user, roles (the second-factor check reads them, then lets home through)
    client.force_login(people[person])
    with django_assert_max_num_queries(3):
        assert client.get("/nl/").status_code == 200
