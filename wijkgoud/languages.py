"""The UI languages: the five we ship, plus every language a translator adds under locale/.

Kept apart from settings so it can be tested. A language Django does not know (Somali,
Tigrinya, Kurmanji: spoken in Almere) is described in its own .po header:

    "X-Language-Name: Somali\\n"
    "X-Language-Name-Local: Soomaali\\n"
    "X-Bidi: no\\n"
"""

import logging
from pathlib import Path

import polib
from django.conf.locale import LANG_INFO

logger = logging.getLogger(__name__)


def discover(locale_dir: Path, shipped: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Shipped languages first, then each locale folder with a django.po, A to Z.

    Registers languages unknown to Django in LANG_INFO, from their .po header."""
    languages = list(shipped)
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/django.po")):
        code = po_path.parent.parent.name
        if code in dict(languages):
            continue
        if code not in LANG_INFO:
            header = polib.pofile(str(po_path)).metadata
            name_local = header.get("X-Language-Name-Local")
            if not name_local:
                logger.warning("Skipped locale/%s: add X-Language-Name-Local to its header.", code)
                continue
            LANG_INFO[code] = {
                "code": code,
                "name": header.get("X-Language-Name", name_local),
                "name_local": name_local,
                "bidi": header.get("X-Bidi", "no").lower() == "yes",
            }
        languages.append((code, LANG_INFO[code]["name"]))
    return languages


def bidi_codes(languages: list[tuple[str, str]]) -> list[str]:
    return [code for code, _name in languages if LANG_INFO.get(code, {}).get("bidi")]
