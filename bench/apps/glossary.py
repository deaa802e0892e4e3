"""The glossary's part of the bench: 500 words in the glossary, its pages, and the cost of
marking glossary words in a long text (the middleware does this on every page)."""

import random

from django.db import transaction
from django.utils import timezone
from django.utils.translation import override

from bench.measure import median_ms
from bench.pages import Page

WORDS = 500
PREFIX = "bench-"
# fmt: off
FIRST = ["buurt", "wijk", "zorg", "geld", "budget", "leef", "hulp", "werk", "huur", "school",
         "taal", "schuld", "jeugd", "gezins", "woon", "straat", "vrijwilligers", "subsidie",
         "meldings", "bewoners", "project", "kosten", "inkomens", "toeslag", "regie"]
SECOND = ["regeling", "voorziening", "traject", "plan", "overleg", "budget", "beleid", "bijdrage",
          "verklaring", "toets", "norm", "aanvraag", "besluit", "termijn", "kader", "fonds",
          "verordening", "loket", "netwerk", "coach", "signaal", "indicatie", "contract", "dossier"]
FILLER = [
    "de", "buurt", "gaat", "samen", "eten", "op", "vrijdag", "en", "iedereen", "is", "welkom",
    "om", "mee", "te", "doen", "want", "we", "willen", "dat", "niemand", "alleen", "thuis", "zit",
    "als", "er", "in", "het", "buurthuis", "koffie", "is",
]
# fmt: on


def _words(rng: random.Random, how_many: int, taken: frozenset = frozenset()) -> list[str]:
    pairs = [a + b for a in FIRST for b in SECOND if a + b not in taken]
    rng.shuffle(pairs)
    return pairs[:how_many]


def is_present() -> bool:
    from wijkgoud.glossary.models import Term

    return Term.objects.filter(slug__startswith=PREFIX).exists()


@transaction.atomic
def generate(rng: random.Random) -> dict:
    """Enough words that the glossary holds 500: the seeded ones plus generated ones."""
    from wijkgoud.glossary.models import Term

    taken = frozenset(w.lower() for w in Term.objects.values_list("word", flat=True))
    missing = max(0, WORDS - Term.objects.accepted().count())
    now = timezone.now()
    Term.objects.bulk_create(
        Term(
            word=word,
            slug=PREFIX + word,
            meaning=f"Uitleg van {word} in gewone woorden, in een paar korte zinnen.",
            plain_words="gewoon woord",
            translations={
                code: f"{word}: explanation ({code})" for code in ("en", "ar", "tr", "pl")
            },
            status=Term.Status.ACCEPTED,
            decided_at=now,
        )
        for word in _words(rng, missing, taken)
    )
    return {"glossary terms": Term.objects.accepted().count()}


def pages() -> list[Page]:
    return [
        Page("/nl/glossary/"),
        Page("/ar/glossary/?letter=b"),
        Page("/nl/glossary/?q=geld"),
        Page("/nl/glossary/beschikking/"),
        Page("/nl/glossary/propose/", as_user="resident"),
    ]


def long_text(rng: random.Random, terms: list[str], words: int = 2000) -> str:
    """A text of `words` words in paragraphs, with a glossary word now and then."""
    out = []
    for n in range(words):
        out.append(rng.choice(terms) if n % 40 == 0 else rng.choice(FILLER))
    paragraphs = [" ".join(out[i : i + 100]) + "." for i in range(0, words, 100)]
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def timings() -> list[dict]:
    from wijkgoud.glossary.checker import check_text
    from wijkgoud.glossary.marking import build_matcher, mark_terms

    rng = random.Random(8)
    words = _words(rng, WORDS)
    rows = [
        {"slug": w, "word": w, "meaning": f"Uitleg van {w}.", "translations": {}} for w in words
    ]
    with override("nl"):
        matcher = build_matcher(rows, "nl")
    text = long_text(rng, words)
    built_ms = median_ms(lambda: build_matcher(rows, "ar"), repeat=5)
    marked_ms = median_ms(lambda: mark_terms(text, matcher=matcher), repeat=30, warmup=3)
    plain = text.replace("<p>", "").replace("</p>", "\n\n")
    check_ms = median_ms(lambda: check_text(plain[:3000]), repeat=10)
    return [
        {"name": "glossary: mark 2,000 words with 500 terms", "median_ms": marked_ms,
         "target_ms": 5.0},
        {"name": "glossary: build the pattern for 500 terms (once per change)",
         "median_ms": built_ms, "target_ms": 200.0},
        {"name": "glossary: check a 450-word text while writing", "median_ms": check_ms,
         "target_ms": 50.0},
    ]  # fmt: skip
