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
