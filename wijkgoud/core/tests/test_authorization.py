"""Every URL of the project, visited by every named person: who gets in, who is refused.

The table is the union of every app's `tests/access.py` (core's is the example): a new
URL name without an entry fails `test_each_person_gets_the_expected_answer` with "add it
to the table".

An entry says, per person, what "getting in" looks like:
  OK        the page itself (200)
  REDIRECT  a redirect-style view sends them on (302, not to a sign-in page)
  a number  any other status that is the right answer for that person
Everyone left out of an entry is refused:
  anonymous            302 to a sign-in page (allauth's or the admin's)
  everyone signed in   403 or 404; in the admin also 302 to the admin's sign-in page,
                       which is how Django's admin turns away people without staff status

The admin: admin:index, our models' changelists and the exceptions are in the table;
any other admin:* URL follows ADMIN_RULE (only the admin, who is staff, gets in).
Admin URLs with an object_id are visited with an existing object of that model.
"""

from urllib.parse import urlsplit

import pytest
from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from wijkgoud.core.plugins import app_modules
from wijkgoud.core.tests.access import ADMIN_RULE, PEOPLE, REDIRECT

TABLES = app_modules("tests.access")
ACCESS = {name: rule for table in TABLES for name, rule in table.ACCESS.items()}
EXAMPLE_KWARGS = {
    name: kwargs
    for table in TABLES
    for name, kwargs in getattr(table, "EXAMPLE_KWARGS", {}).items()
}


@pytest.fixture
def world(people, almere_haven) -> dict:
    """One of everything the URLs with parameters point at, from every app's table."""
    found = {}
    for table in TABLES:
        if hasattr(table, "world"):
            more = table.world(people, almere_haven)
            clash = found.keys() & more.keys()
            assert not clash, f"{table.__name__}: world keys taken by another app: {clash}"
            found |= more
    return found


def _admin_object_kwargs(name: str) -> dict:
    """admin:<app>_<model>_change and friends: an existing object of that model."""
    for model in admin.site._registry:
        if name.startswith(f"admin:{model._meta.app_label}_{model._meta.model_name}_"):
            pk = model._default_manager.values_list("pk", flat=True).first()
            assert pk is not None, f"Create a {model.__name__} in the `world` fixture for {name}."
            return {"object_id": pk}
    raise AssertionError(f"{name}: no admin model found; add it to EXAMPLE_KWARGS.")


def _url_patterns(patterns=None, namespace=""):
    """(namespace, qualified URL name or None, pattern), recursively through every include()."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _url_patterns(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern):
            name = pattern.name and (f"{namespace}:{pattern.name}" if namespace else pattern.name)
            yield namespace, name, pattern


ALL_PATTERNS = list(_url_patterns())
NAMED = sorted({name for _namespace, name, _pattern in ALL_PATTERNS if name})
PARAMETERS = {name: set(p.pattern.regex.groupindex) for _ns, name, p in ALL_PATTERNS if name}


def test_every_url_pattern_outside_the_admin_has_a_name():
    # The admin's own unnamed patterns (the old-style change URL and the catch-all) only
    # redirect to its named URLs; anything else needs a name to be in the table.
    unnamed = [str(p.pattern) for ns, name, p in ALL_PATTERNS if not name and ns != "admin"]
    assert not unnamed, f"Give these URL patterns a name, then add them to ACCESS: {unnamed}"


def test_the_table_lists_no_url_that_is_gone():
    gone = sorted(set(ACCESS) - set(NAMED))
    assert not gone, f"These URL names no longer exist; remove them from ACCESS: {gone}"


def _expected(name: str) -> dict:
    if name in ACCESS:
        return ACCESS[name]
    if name.startswith("admin:"):
        return ADMIN_RULE
    pytest.fail(
        f"The URL {name!r} is not in the authorization table: add it to the table "
        f"(ACCESS in its app's tests/access.py) with who may open it."
    )


def _kwargs(name: str, world: dict) -> dict:
    if name in EXAMPLE_KWARGS:
        return EXAMPLE_KWARGS[name](world)
    if not PARAMETERS[name]:
        return {}
    if name.startswith("admin:") and PARAMETERS[name] == {"object_id"}:
        return _admin_object_kwargs(name)
    pytest.fail(f"The URL {name!r} takes {PARAMETERS[name]}: add example kwargs to EXAMPLE_KWARGS.")


SIGN_IN_PAGES = {"account_login", "admin:login"}


def _verdict(response, who: str, name: str, outcome) -> str | None:
    """None when the response is what the table expects, else what went wrong."""
    status = response.status_code
    location = urlsplit(response.headers.get("Location", "")).path
    to_sign_in = status == 302 and location in {reverse(n) for n in SIGN_IN_PAGES}
    if outcome is None:  # refused
        if who == "anonymous":
            return None if to_sign_in else f"expected a redirect to sign in, got {status}"
        if status in (403, 404) or (name.startswith("admin:") and to_sign_in):
            return None
        return f"expected 403 or 404, got {status} {location}"
    if outcome == REDIRECT:
        if status == 302 and not to_sign_in:
            return None
        return f"expected a redirect (not to sign in), got {status} {location}"
    return None if status == outcome else f"expected {outcome}, got {status} {location}"


@pytest.mark.django_db
@pytest.mark.parametrize("name", NAMED)
def test_each_person_gets_the_expected_answer(client, people, world, name):
    expected = _expected(name)
    url = reverse(name, kwargs=_kwargs(name, world))
    wrong = []
    for who in PEOPLE:
        client.logout()
        if people[who] is not None:
            client.force_login(people[who])
        response = client.get(url)
        problem = _verdict(response, who, name, expected.get(who))
        if problem:
            wrong.append(f"{who}: {problem}")
    assert not wrong, f"GET {url}\n" + "\n".join(wrong)
