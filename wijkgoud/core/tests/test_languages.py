import logging

import pytest
from django.conf.locale import LANG_INFO

from wijkgoud import languages

SHIPPED = [("nl", "Dutch"), ("en", "English")]


@pytest.fixture
def locale_dir(tmp_path):
    yield tmp_path
    for code in ("so", "zz"):
        LANG_INFO.pop(code, None)


def add_language(locale_dir, code: str, header: str = "") -> None:
    folder = locale_dir / code / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "django.po").write_text(
        f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n{header}\n'
    )


def test_a_language_django_knows_is_added_by_its_folder_alone(locale_dir):
    add_language(locale_dir, "en")
    add_language(locale_dir, "uk")
    assert languages.discover(locale_dir, SHIPPED) == [*SHIPPED, ("uk", "Ukrainian")]


def test_a_language_django_does_not_know_is_described_by_its_po_header(locale_dir):
    add_language(
        locale_dir,
        "so",
        '"X-Language-Name: Somali\\n"\n"X-Language-Name-Local: Soomaali\\n"\n"X-Bidi: no\\n"',
    )
    add_language(locale_dir, "zz", '"X-Language-Name-Local: Zed\\n"\n"X-Bidi: yes\\n"')
    found = languages.discover(locale_dir, SHIPPED)
    assert found == [*SHIPPED, ("so", "Somali"), ("zz", "Zed")]
    assert LANG_INFO["so"]["name_local"] == "Soomaali"
    assert languages.bidi_codes(found) == ["zz"]


def test_an_unknown_language_without_a_name_is_skipped_with_a_warning(locale_dir, caplog):
    add_language(locale_dir, "so")
    with caplog.at_level(logging.WARNING):
        assert languages.discover(locale_dir, SHIPPED) == SHIPPED
    assert "X-Language-Name-Local" in caplog.text


def _patterns(resolver, prefix=""):
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if hasattr(entry, "url_patterns"):
            yield from _patterns(entry, route)
        else:
            yield route


def test_addresses_are_the_same_in_every_language_so_the_switcher_only_swaps_the_prefix():
    from django.conf import settings
    from django.urls import get_resolver
    from django.utils import translation

    routes = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            routes[code] = [route.removeprefix(f"{code}/") for route in _patterns(get_resolver())]
    assert all(found == routes["nl"] for found in routes.values())


@pytest.mark.django_db
def test_the_language_switcher_links_to_the_same_page_with_its_query(client):
    from django.urls import translate_url

    path = "/tr/activities/?when=week&language=ar"
    response = client.get(path)
    for code in ("nl", "en", "ar", "tr", "pl"):
        link = f'href="{translate_url(path, code)}"'.replace("&", "&amp;")
        assert link in response.text
    assert 'href="/pl/activities/?when=week&amp;language=ar" lang="pl"' in response.text
