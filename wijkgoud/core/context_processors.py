from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info


def site(request) -> dict:
    """Demo flag and the language switcher: the same page in each UI language."""
    path = request.get_full_path() if request else "/"
    return {
        "DEMO_MODE": settings.DEMO_MODE,
        "language_links": [
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "bidi": code in settings.LANGUAGES_BIDI,
                "url": translate_url(path, code),
            }
            for code, _name in settings.LANGUAGES
        ],
    }
