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
from functools import cache as once
from functools import cached_property

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
# A comment, or a tag: (closing slash, name), or anything else between < and >.
TAGS = re.compile(r"<!--.*?-->|<\s*(/?)\s*([a-zA-Z][\w:-]*)[^>]*>|<[^>]*>", re.S)
OFF = re.compile(r"""data-glossary\s*=\s*["']?off""", re.I)

_tip_numbers = itertools.count(1)


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
    pattern: re.Pattern | None  # on lower-case text: a third of the time of re.I
    entries: dict[str, Entry] = field(default_factory=dict)  # lower-case form → entry
    language: str = "nl"
    detail_url: str = "/glossary/{slug}/"

    @cached_property
    def any_case(self) -> re.Pattern:
        return re.compile(self.pattern.pattern, re.I)

    def find(self, text: str):
        """(start, end, entry) for every glossary word in a plain text, in order."""
        if self.pattern is None:
            return
        lower = text.lower()
        if len(lower) == len(text):
            matches = self.pattern.finditer(lower)
        else:  # a letter longer in lower case ("İ" → "i̇"): match the text as written
            matches = self.any_case.finditer(text)
        for match in matches:
            entry = self.entries.get(_normalise(match.group()))
            if entry:
                yield match.start(), match.end(), entry


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
    # Positions that cannot start a word are passed over at once (the lookahead).
    starts = re.escape("".join(sorted({form[0] for form in entries})))
    pattern = re.compile(rf"(?<!\w)(?=[{starts}])" + _trie_pattern(list(entries)) + r"(?!\w)")
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


def _markup(found: str, entry: Entry, matcher: Matcher, tip: str) -> str:
    direction = "rtl" if entry.meaning_language in settings.LANGUAGES_BIDI else "ltr"
    return (
        f'<span class="term" data-glossary="off">'
        f'<a class="term__word" href="{matcher.detail_url.format(slug=entry.slug)}" '
        f'aria-describedby="{tip}">{found}</a>'
        f'<span class="term__tip" id="{tip}" role="tooltip" '
        f'lang="{entry.meaning_language}" dir="{direction}">{escape(entry.meaning)}</span>'
        f"</span>"
    )


def _mark_text(text: str, matcher: Matcher, seen: set[str], new_tip) -> str:
    out, last = [], 0
    for start, end, entry in matcher.find(text):
        if entry.slug in seen:
            continue
        seen.add(entry.slug)
        out += [text[last:start], _markup(text[start:end], entry, matcher, new_tip())]
        last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


@once
def _same_element(name: str) -> re.Pattern:
    return re.compile(rf"<\s*(/?)\s*{re.escape(name)}(?![\w:-])[^>]*>", re.I)


def _end_of_element(html: str, pos: int, name: str) -> int:
    """Where the element opened just before pos ends (after its closing tag)."""
    depth = 1
    for tag in _same_element(name).finditer(html, pos):
        if tag.group(1):
            depth -= 1
            if depth == 0:
                return tag.end()
        elif not tag.group().endswith("/>"):
            depth += 1
    return len(html)


def mark_terms(
    html: str, language: str | None = None, *, matcher: Matcher | None = None, tip_ids: str = ""
) -> str:
    """Mark the first appearance of each glossary word in the text nodes of an HTML fragment.

    Never inside links, headings, buttons, labels, form fields, code, scripts or any
    element with data-glossary="off": those are passed over in one step, so a page part
    marked earlier (a cached fragment in such an element) costs nothing. The meanings' ids
    count on within this process, or, for a fragment kept in a shared cache, start at 1
    behind its own tip_ids prefix ("ideas-12-")."""
    matcher = matcher or matcher_for(language)
    if matcher.pattern is None:
        return html
    numbers = itertools.count(1) if tip_ids else _tip_numbers

    def new_tip() -> str:
        return f"term-tip-{tip_ids}{next(numbers)}"

    seen: set[str] = set()
    out, pos = [], 0

    def text_up_to(end: int) -> None:
        text = html[pos:end]
        out.append(_mark_text(text, matcher, seen, new_tip) if text.strip() else text)

    while tag := TAGS.search(html, pos):
        text_up_to(tag.start())
        pos = tag.end()
        out.append(token := tag.group())
        closing, name = tag.groups()
        if closing or not name or token.endswith("/>"):
            continue  # a closing tag, a comment or a self-closed one
        name = name.lower()
        if name in VOID:
            continue
        if name in SKIP or ("data-glossary" in token and OFF.search(token)):
            end = _end_of_element(html, pos, name)
            out.append(html[pos:end])
            pos = end
    text_up_to(len(html))
    return "".join(out)


def marked_part(html: str, tip_ids: str) -> str:
    """A part of a page marked ahead, to be kept in a shared cache with its glossary version
    (current_version) in the key: the page's own marking passes over it in one step. tip_ids
    makes its meanings' ids unique on the page ("ideas-12-")."""
    if not settings.GLOSSARY_MARK_PAGES:
        return html
    return f'<div data-glossary="off">{mark_terms(html, tip_ids=tip_ids)}</div>'


def explained_terms(text: str, language: str | None = None) -> list[Entry]:
    """The glossary words in a plain text, each once, in order: for a "words explained" box."""
    matcher = matcher_for(language)
    found: dict[str, Entry] = {}
    for _start, _end, entry in matcher.find(text):
        found.setdefault(entry.slug, entry)
    return list(found.values())
