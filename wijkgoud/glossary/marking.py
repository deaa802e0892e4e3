"""Find glossary words in a text and explain them where they appear.

One compiled pattern (a character trie, so the regex engine never tries 2,000
alternatives one by one) per language, kept in this process. The cache holds a
fingerprint of the accepted terms (how many, last change) for a minute; a process
rebuilds its patterns only when the fingerprint differs from the one it built them for.
Accepting a term drops the cached fingerprint (forget_terms), so with a shared cache
(Redis) every page shows it at once, and without one within a minute.
"""

import itertools
import re
import threading
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import get_language, override

VERSION_KEY = "glossary:version"
VERSION_SECONDS = 60

# Text inside these elements is never marked: links, headings, controls, code.
SKIP = {
    "a", "h1", "h2", "h3", "h4", "h5", "h6", "button", "label", "input", "textarea",
    "select", "option", "code", "pre", "script", "style", "kbd", "samp", "title", "svg",
    "summary",
}  # fmt: skip
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip
TOKENS = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w:-]*)")
OFF = re.compile(r"""data-glossary\s*=\s*["']?off""", re.I)

_tip_ids = itertools.count(1)


@dataclass(frozen=True)
class Entry:
    """What the pattern needs of one term, in one reading language."""

    slug: str
    word: str
    meaning: str
    meaning_language: str
    plain_words: tuple[str, ...] = ()
    kind: str = "jargon"
    forms: tuple[str, ...] = ()


@dataclass
class Matcher:
    pattern: re.Pattern | None
    entries: dict[str, Entry] = field(default_factory=dict)  # lower-case form → entry
    language: str = "nl"
    detail_url: str = "/glossary/{slug}/"

    def find(self, text: str):
        """(match, entry) for every glossary word in a plain text, in order."""
        if self.pattern is None:
            return
        for match in self.pattern.finditer(text):
            entry = self.entries.get(_normalise(match.group()))
            if entry:
                yield match, entry


def _normalise(found: str) -> str:
    return " ".join(found.lower().split())


def inflections(word: str) -> set[str]:
    """The forms of a Dutch word we recognise: plural, -e/-en/-s, diminutives.

    A form that does not exist costs nothing: it is never found in a text."""
    word = _normalise(word)
    if " " in word:  # a phrase: only its last word changes ("voorliggende voorzieningen")
        head, last = word.rsplit(" ", 1)
        return {f"{head} {form}" for form in inflections(last)}
    if len(word) < 4 or not word.isalpha():  # WMO, 'AOW': only as written
        return {word, word + "'s"}
    forms = {word, word + "s", word + "'s"}
    stems = {word}
    vowels = "aeiou"
    if word[-1] not in vowels:
        if word[-3] == word[-2] and word[-2] in vowels:  # aanvraag → aanvragen
            stems.add(word[:-2] + word[-1])
        if word[-2] in vowels and word[-3] not in vowels:  # budget → budgetten
            stems.add(word + word[-1])
        if word.endswith("f"):  # brief → brieven
            stems.add(word[:-1] + "v")
        if word.endswith("s"):  # bewijs → bewijzen
            stems.add(word[:-1] + "z")
        forms |= {stem + ending for stem in stems for ending in ("en", "e")}
    else:  # declaratie → declaraties, premie → premien is never written: harmless
        forms.add(word + "n")
    if word.endswith("heid"):  # mogelijkheid → mogelijkheden
        forms.add(word[:-4] + "heden")
    for little in (word + "je", word + "tje", word + "pje", word + "etje"):
        forms |= {little, little + "s"}
    return forms


def _trie_pattern(forms: list[str]) -> str:
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends_here = "" in node
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends_here:  # greedy: the longest form wins, the boundary check backtracks
            return (body if len(branches) > 1 else f"(?:{body})") + "?"
        return body

    return build(trie)


def build_matcher(rows: list[dict], language: str) -> Matcher:
    """A matcher for one reading language from plain term rows (see _term_rows)."""
    entries: dict[str, Entry] = {}
    for row in rows:
        translated = (row.get("translations") or {}).get(language) if language != "nl" else None
        forms = set(inflections(row["word"]))
        for variant in row.get("variants") or []:
            forms |= inflections(variant)
        entry = Entry(
            slug=row["slug"],
            word=row["word"],
            meaning=translated or row["meaning"],
            meaning_language=language if translated else "nl",
            plain_words=tuple(row.get("plain_words") or ()),
            kind=row.get("kind", "jargon"),
        )
        for form in forms:
            entries.setdefault(form, entry)
    if not entries:
        return Matcher(None, {}, language)
    with override(language):
        url = reverse("glossary:detail", args=["SLUG"]).replace("SLUG", "{slug}")
    pattern = re.compile(r"(?<!\w)" + _trie_pattern(list(entries)) + r"(?!\w)", re.I)
    return Matcher(pattern, entries, language, url)


# --- the process-wide cache -------------------------------------------------------------

_lock = threading.Lock()
_state: dict = {"version": None, "rows": None, "matchers": {}}


def _term_rows() -> list[dict]:
    from .models import Term, split_words

    return [
        {
            "slug": slug,
            "word": word,
            "variants": split_words(variants),
            "meaning": meaning,
            "plain_words": split_words(plain_words),
            "translations": translations,
            "kind": kind,
        }
        for slug, word, variants, meaning, plain_words, translations, kind in (
            Term.objects.accepted()
            .order_by()
            .values_list(
                "slug", "word", "variants", "meaning", "plain_words", "translations", "kind"
            )
        )
    ]


def current_version() -> str:
    """The accepted terms' fingerprint: from the cache, else one small query."""
    version = cache.get(VERSION_KEY)
    if version is None:
        from .models import Term

        found = Term.objects.accepted().aggregate(n=Count("pk"), last=Max("updated_at"))
        version = f"{found['n']}:{found['last'] and found['last'].isoformat()}"
        cache.set(VERSION_KEY, version, VERSION_SECONDS)
    return version


def forget_terms() -> None:
    """Terms changed: the next page reads the fingerprint anew and rebuilds if needed."""
    cache.delete(VERSION_KEY)


def matcher_for(language: str | None = None) -> Matcher:
    """The cached matcher for this reading language (default: the active language)."""
    language = language or get_language() or settings.LANGUAGE_CODE
    version = current_version()
    with _lock:
        if _state["version"] != version:
            _state.update(version=version, rows=_term_rows(), matchers={})
        matcher = _state["matchers"].get(language)
        if matcher is None:
            matcher = _state["matchers"][language] = build_matcher(_state["rows"], language)
    return matcher


# --- marking ------------------------------------------------------------------------------


def _markup(found: str, entry: Entry, matcher: Matcher) -> str:
    tip = f"term-tip-{next(_tip_ids)}"
    direction = "rtl" if entry.meaning_language in settings.LANGUAGES_BIDI else "ltr"
    return (
        f'<span class="term" data-glossary="off">'
        f'<a class="term__word" href="{matcher.detail_url.format(slug=entry.slug)}" '
        f'aria-describedby="{tip}">{found}</a>'
        f'<span class="term__tip" id="{tip}" role="tooltip" '
        f'lang="{entry.meaning_language}" dir="{direction}">{escape(entry.meaning)}</span>'
        f"</span>"
    )


def _mark_text(text: str, matcher: Matcher, seen: set[str]) -> str:
    out, last = [], 0
    for match, entry in matcher.find(text):
        if entry.slug in seen:
            continue
        seen.add(entry.slug)
        out += [text[last : match.start()], _markup(match.group(), entry, matcher)]
        last = match.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def mark_terms(html: str, language: str | None = None, *, matcher: Matcher | None = None) -> str:
    """Mark the first appearance of each glossary word in the text nodes of an HTML fragment.

    Never inside links, headings, buttons, labels, form fields, code, scripts or any
    element with data-glossary="off"."""
    matcher = matcher or matcher_for(language)
    if matcher.pattern is None:
        return html
    seen: set[str] = set()
    out = []
    skip_tag, skip_depth = None, 0
    for token in TOKENS.split(html):
        if not token:
            continue
        if token[0] != "<" or token.startswith("<!--"):
            plain = skip_tag or token[0] == "<" or token.isspace()  # most pieces are indents
            out.append(token if plain else _mark_text(token, matcher, seen))
            continue
        out.append(token)
        tag = TAG.match(token)
        if not tag:
            continue
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if skip_tag:
            if name == skip_tag:
                skip_depth += -1 if closing else (0 if token.endswith("/>") else 1)
                if skip_depth == 0:
                    skip_tag = None
            continue
        if closing or name in VOID or token.endswith("/>"):
            continue
        if name in SKIP or OFF.search(token):
            skip_tag, skip_depth = name, 1
    return "".join(out)


def explained_terms(text: str, language: str | None = None) -> list[Entry]:
    """The glossary words in a plain text, each once, in order: for a "words explained" box."""
    matcher = matcher_for(language)
    found: dict[str, Entry] = {}
    for _match, entry in matcher.find(text):
        found.setdefault(entry.slug, entry)
    return list(found.values())
