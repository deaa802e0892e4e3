from functools import cache

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info


def site(request) -> dict:
    """Demo flag and the language switcher: the same page in each UI language."""
    return {"DEMO_MODE": settings.DEMO_MODE, "language_links": language_links(request)}


@cache
def _languages() -> tuple[dict, ...]:
    return tuple(
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "bidi": code in settings.LANGUAGES_BIDI,
        }
        for code, _name in settings.LANGUAGES
    )


def language_links(request) -> list[dict]:
    """Every page runs this, so it is cheap: our URL patterns are the same in every language,
    only the /nl/ prefix differs (a test holds it to translate_url). Other paths go through
    translate_url."""
    path = request.get_full_path() if request else "/"
    prefix = f"/{get_language()}/"
    links = []
    for language in _languages():
        if path.startswith(prefix):
            url = f"/{language['code']}/{path[len(prefix) :]}"
        else:
            url = translate_url(path, language["code"])
        links.append(language | {"url": url})
    return links
