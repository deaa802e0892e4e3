import re

import pytest
from django.template import Context, Template
from django.utils.translation import override

from wijkgoud.glossary.marking import (
    build_matcher,
    explained_terms,
    inflections,
    mark_terms,
    marked_part,
)

ROWS = [
    {"slug": "beschikking", "word": "beschikking", "meaning": "Een brief met een besluit.",
     "plain_words": ["besluit"],
     "translations": {"ar": "رسالة فيها قرار", "en": "A decision letter."}},
    {"slug": "in-beeld-hebben", "word": "in beeld hebben", "variants": ["in beeld heeft"],
     "meaning": "Weten wie iemand is."},
    {"slug": "aanvraag", "word": "aanvraag", "meaning": "Een vraag om geld."},
    {"slug": "budget", "word": "budget", "meaning": "Geld voor iets <vast>."},
    {"slug": "wmo", "word": "WMO", "meaning": "Een wet."},
    {"slug": "voorliggende-voorziening", "word": "voorliggende voorziening",
     "meaning": "Eerst andere hulp."},
]  # fmt: skip


TAGS_ONLY = re.compile(r"<[^>]+>")


def marked_words(html: str) -> list[str]:
    return re.findall(r'<a class="term__word"[^>]*>([^<]*)</a>', html)


@pytest.fixture
def matcher():
    with override("nl"):
        return build_matcher(ROWS, "nl")


@pytest.mark.parametrize(
    "text, found",
    [
        ("Je krijgt een beschikking.", "beschikking"),
        ("Twee Beschikkingen kwamen.", "Beschikkingen"),
        ("BESCHIKKING", "BESCHIKKING"),
        ("Drie aanvragen liggen er.", "aanvragen"),
        ("De budgetten zijn op.", "budgetten"),
        ("Een klein budgetje.", "budgetje"),
        ("Hulp via de Wmo.", "Wmo"),
        ("Het wijkteam heeft haar in beeld.", None),
        ("Het wijkteam heeft haar goed in Beeld heeft.", "in Beeld heeft"),
        ("Er zijn voorliggende voorzieningen.", "voorliggende voorzieningen"),
    ],
)
def test_words_are_found_in_their_forms_and_any_case(matcher, text, found):
    assert marked_words(mark_terms(f"<p>{text}</p>", matcher=matcher)) == ([found] if found else [])


@pytest.mark.parametrize("text", ["beschikkingsbrief", "herbeschikking", "wmo2", "aanvraagje123"])
def test_a_word_inside_a_longer_word_is_not_marked(matcher, text):
    assert marked_words(mark_terms(f"<p>{text}</p>", matcher=matcher)) == []


@pytest.mark.parametrize(
    "html",
    [
        '<a href="/x/">beschikking</a>',
        "<h1>beschikking</h1>",
        "<h3 class='x'>De <em>beschikking</em></h3>",
        "<button>beschikking</button>",
        "<label>beschikking</label>",
        "<textarea>beschikking</textarea>",
        "<select><option>beschikking</option></select>",
        "<code>beschikking</code>",
        "<pre>beschikking</pre>",
        "<script>var beschikking = 1 < 2;</script>",
        '<div data-glossary="off"><div>beschikking</div> <p>beschikking</p></div>',
        '<input value="beschikking">',
        '<p title="beschikking">geen</p>',
    ],
)
def test_nothing_is_marked_in_links_headings_form_fields_or_code(matcher, html):
    assert mark_terms(html, matcher=matcher) == html


def test_text_after_a_skipped_element_is_marked_again(matcher):
    html = "<h2>beschikking</h2><p>De <a href='/'>aanvraag</a> en de beschikking.</p>"
    assert marked_words(mark_terms(html, matcher=matcher)) == ["beschikking"]


def test_a_switched_off_part_is_passed_over_whole_however_deep(matcher):
    html = (
        '<div data-glossary="off"><div><div>beschikking</div></div><p>aanvraag</p></div>'
        "<div><p>De aanvraag</p></div>"
    )
    marked = mark_terms(html, matcher=matcher)
    assert marked.startswith(html[: html.index("<div><p>")])
    assert marked_words(marked) == ["aanvraag"]


def test_a_letter_longer_in_lower_case_does_not_move_the_marks(matcher):
    html = mark_terms("<p>İlse en İbrahim vragen een BUDGET.</p>", matcher=matcher)
    assert marked_words(html) == ["BUDGET"]
    assert html.startswith("<p>İlse en İbrahim vragen een <span")


def test_a_part_marked_ahead_counts_its_own_ids_and_the_page_leaves_it_alone(
    matcher, monkeypatch, settings
):
    settings.GLOSSARY_MARK_PAGES = True
    monkeypatch.setattr("wijkgoud.glossary.marking.matcher_for", lambda language=None: matcher)
    part = marked_part("<p>Het budget en de aanvraag.</p>", tip_ids="ideas-7-")
    ids = re.findall(r'id="(term-tip-[^"]+)"', part)
    assert ids == ["term-tip-ideas-7-1", "term-tip-ideas-7-2"]
    page = mark_terms(f"<p>Een budget.</p>{part}", matcher=matcher)
    assert page.endswith(part)
    assert marked_words(page) == ["budget", "budget", "aanvraag"]


def test_each_word_is_marked_once_per_text(matcher):
    html = mark_terms("<p>beschikking, beschikking</p><p>Beschikkingen</p>", matcher=matcher)
    assert marked_words(html) == ["beschikking"]


def test_a_marked_word_is_a_link_described_by_its_meaning(matcher):
    html = mark_terms("<p>Het budget.</p>", matcher=matcher)
    link = re.search(r'<a class="term__word" href="([^"]+)" aria-describedby="([^"]+)">', html)
    assert link.group(1) == "/nl/glossary/budget/"
    tip = re.search(rf'<span class="term__tip" id="{link.group(2)}"[^>]*>([^<]*)</span>', html)
    assert tip.group(1) == "Geld voor iets &lt;vast&gt;."  # escaped


def test_the_meaning_is_in_the_readers_language_or_else_in_dutch():
    with override("ar"):
        arabic = build_matcher(ROWS, "ar")
    html = mark_terms("<p>beschikking en budget</p>", matcher=arabic)
    assert 'href="/ar/glossary/beschikking/"' in html
    assert 'lang="ar" dir="rtl">رسالة فيها قرار</span>' in html
    assert 'lang="nl" dir="ltr">Geld voor iets' in html


def test_dutch_forms_are_recognised():
    assert {"aanvragen", "aanvraagje", "aanvraags"} <= inflections("aanvraag")
    assert {"budgetten", "budgets"} <= inflections("budget")
    assert {"declaraties", "declaratietje"} <= inflections("declaratie")
    assert "mogelijkheden" in inflections("mogelijkheid")
    assert inflections("WMO") == {"wmo", "wmo's"}


@pytest.mark.django_db
def test_the_filter_escapes_what_people_wrote_and_marks_seeded_words():
    with override("en"):
        html = Template("{% load glossary %}{{ text|explain_terms }}").render(
            Context({"text": "<b>Mijn</b> beschikking kwam"})
        )
    assert html.startswith("&lt;b&gt;Mijn&lt;/b&gt; ")
    assert marked_words(html) == ["beschikking"]
    assert "A letter with a decision" in html


@pytest.mark.django_db
def test_a_pdf_lists_the_words_it_explains():
    words = [entry.word for entry in explained_terms("Je beschikking en het voorschot.", "tr")]
    assert words == ["beschikking", "voorschot"]
    html = Template("{% load glossary %}{% words_explained text language='pl' %}").render(
        Context({"text": "Het voorschot"})
    )
    assert "<dt>voorschot</dt>" in html
    assert "Pieniądze, które dostajesz z góry" in html


def test_a_long_text_with_500_terms_is_marked_once_per_word():
    rows = [{"slug": f"woord{n}", "word": f"vakwoord{n}", "meaning": "Uitleg."} for n in range(500)]
    with override("nl"):
        matcher = build_matcher(rows, "nl")
    words = ["de", "buurt", "vakwoord7", "gaat", "samen", "eten", "vakwoorden", "morgen"]
    text = "".join(f"<p>{' '.join(words * 25)}.</p>" for _ in range(10))  # 2,000 words
    html = mark_terms(text, matcher=matcher)  # its speed is in the bench (make bench)
    assert marked_words(html) == ["vakwoord7"]
    meanings = re.compile(r'<span class="term__tip"[^>]*>[^<]*</span>')
    assert TAGS_ONLY.sub("", meanings.sub("", html)) == TAGS_ONLY.sub("", text)  # nothing lost
