import re

import pytest
from django.urls import reverse
from django.utils.translation import override

from wijkgoud.glossary.forms import CHECK_BUTTON
from wijkgoud.glossary.models import Suggestion, Term
from wijkgoud.glossary.tests.factories import SuggestionFactory, TermFactory

pytestmark = pytest.mark.django_db


def url(name: str, *args) -> str:
    """The Dutch address: a previous request may have left another language active."""
    with override("nl"):
        return reverse(name, args=args)


def text_of(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


# --- reading -------------------------------------------------------------------------------


def test_the_glossary_lists_the_words_with_their_meaning_in_the_readers_language(client):
    response = client.get("/tr/glossary/")
    html = text_of(response)
    assert response.status_code == 200
    assert '<a href="/tr/glossary/beschikking/">beschikking</a>' in html
    assert "Belediyenin veya başka bir resmi kurumun" in html


def test_searching_finds_a_word_by_its_everyday_word(client):
    html = text_of(client.get("/nl/glossary/", {"q": "besluit"}))
    assert ">beschikking</a>" in html
    assert ">mantelzorg</a>" not in html


def test_a_reader_finds_a_word_by_its_meaning_in_their_own_language(client):
    html = text_of(client.get("/pl/glossary/", {"q": "długi"}))
    assert ">schuldhulpverlening</a>" in html
    assert ">beschikking</a>" not in html


def test_a_letter_shows_only_the_words_starting_with_it(client):
    html = text_of(client.get("/nl/glossary/", {"letter": "v"}))
    assert ">voorschot</a>" in html and ">beschikking</a>" not in html
    assert 'href="?letter=v" aria-current="page"' in html


def test_a_term_page_explains_the_word_and_says_what_to_say_instead(client):
    html = text_of(client.get("/ar/glossary/beschikking/"))
    assert '<h1 lang="nl">beschikking</h1>' in html
    assert "رسالة فيها قرار من البلدية" in html
    assert "<li>besluit</li>" in html


def test_a_proposed_word_is_visible_to_its_proposer_and_reviewers_only(client, people):
    term = TermFactory(word="keukentafel", proposed=True, proposed_by=people["active_resident"])
    for who, status in [
        ("anonymous", 404),
        ("outsider", 404),
        ("active_resident", 200),
        ("worker", 200),
    ]:
        client.logout()
        if people[who]:
            client.force_login(people[who])
        assert client.get(term.get_absolute_url()).status_code == status, who


@pytest.mark.parametrize("extra", [0, 40])
def test_the_glossary_page_needs_the_same_few_queries_for_more_words(
    client, extra, django_assert_num_queries
):
    for n in range(extra):
        TermFactory(word=f"aawoord{n}")
    client.get("/nl/glossary/")  # the patterns are built once per process and term change
    with django_assert_num_queries(2):  # count + page
        assert client.get("/nl/glossary/").status_code == 200


# --- marking pages -------------------------------------------------------------------------


def test_the_arabic_home_page_explains_wijkteam_in_arabic(client):
    html = client.get("/ar/").content.decode()
    assert re.search(r'<a class="term__word" href="/ar/glossary/wijkteam/"[^>]*>wijkteam</a>', html)
    assert "مجموعة من العاملين الاجتماعيين في حيّك" in html
    assert "glossary/glossary.js" in html.split("</head>")[0]


def test_a_page_is_left_as_it_is_when_marking_is_switched_off(client, settings):
    settings.GLOSSARY_MARK_PAGES = False
    html = client.get("/ar/").content.decode()
    assert 'class="term"' not in html and "glossary/glossary.js" not in html


def test_a_newly_accepted_word_is_marked_on_the_next_page(
    client, worker, django_capture_on_commit_callbacks
):
    assert '/nl/glossary/gegevens/"' not in client.get("/nl/privacy/").content.decode()
    term = TermFactory(word="gegevens", proposed=True)
    client.force_login(worker)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("glossary:accept", term.pk))
    client.logout()
    assert '/nl/glossary/gegevens/"' in client.get("/nl/privacy/").content.decode()


def test_the_admin_is_never_marked(client, admin_user):
    client.force_login(admin_user)
    html = client.get(url("admin:glossary_term_changelist")).content.decode()
    assert 'class="term"' not in html


# --- proposing and reviewing ---------------------------------------------------------------


def test_someone_signed_in_proposes_a_word(client, outsider):
    client.force_login(outsider)
    data = {
        "word": "keukentafelgesprekje",
        "meaning": "Een praatje thuis.",
        "plain_words": "praatje",
    }
    response = client.post(url("glossary:propose"), data)
    term = Term.objects.get(word="keukentafelgesprekje")
    assert response.status_code == 302 and response.headers["Location"] == term.get_absolute_url()
    assert (term.status, term.proposed_by) == (Term.Status.PROPOSED, outsider)


def test_a_proposal_without_meaning_comes_back_filled_in_with_the_error(client, outsider):
    client.force_login(outsider)
    response = client.post("/nl/glossary/propose/", {"word": "plint", "example": "Mijn voorbeeld"})
    html = text_of(response)
    assert response.status_code == 200
    assert 'value="plint"' in html and "Mijn voorbeeld</textarea>" in html
    assert "Dit veld is verplicht." in html
    assert not Term.objects.filter(word="plint").exists()


def test_checking_the_text_shows_advice_and_saves_nothing(client, outsider):
    client.force_login(outsider)
    data = {"word": "plint", "meaning": "Je krijgt een beschikking.", CHECK_BUTTON: "1"}
    html = text_of(client.post("/nl/glossary/propose/", data))
    assert "„beschikking” is een ambtelijk woord. Schrijf liever:" in html
    assert "<strong>besluit, brief met het besluit</strong>" in html
    assert "Je krijgt een beschikking.</textarea>" in html
    assert not Term.objects.filter(word="plint").exists()


def test_a_better_explanation_in_your_own_language(client, outsider):
    client.force_login(outsider)
    data = {"language": "pl", "meaning": "List z decyzją."}
    response = client.post("/pl/glossary/beschikking/explain/", data)
    assert response.status_code == 302
    suggestion = Suggestion.objects.get(proposed_by=outsider)
    assert (suggestion.language, suggestion.term.slug) == ("pl", "beschikking")


def test_a_worker_reviews_and_accepts_a_word(client, worker, outsider):
    term = TermFactory(word="plint", proposed=True, proposed_by=outsider)
    client.force_login(worker)
    page = text_of(client.get(url("glossary:review")))
    assert f'<h3 id="term-{term.pk}" lang="nl">plint</h3>' in page
    assert "/admin/" not in page  # the admin is for administrators only
    response = client.post(url("glossary:accept", term.pk), follow=True)
    assert "Het woord staat nu in de woordenlijst." in text_of(response)
    term.refresh_from_db()
    assert (term.status, term.decided_by) == (Term.Status.ACCEPTED, worker)


def test_a_worker_rejects_an_explanation(client, worker):
    suggestion = SuggestionFactory()
    client.force_login(worker)
    client.post(url("glossary:suggestion_reject", suggestion.pk))
    assert Suggestion.objects.get(pk=suggestion.pk).status == Suggestion.Status.REJECTED


def test_accepting_twice_says_why_it_cannot(client, worker):
    term = TermFactory(word="plint", proposed=True)
    client.force_login(worker)
    client.post(url("glossary:accept", term.pk))
    response = client.post(url("glossary:accept", term.pk), follow=True)
    assert "Het woord staat nu in de woordenlijst." in text_of(response)
    assert "message--error" in text_of(response)
    assert "„goedgekeurd”" in text_of(response) or "goedgekeurd" in text_of(response)


@pytest.mark.parametrize("who", ["active_resident", "outsider", "budget_holder"])
def test_only_workers_and_admins_decide(client, people, who):
    term = TermFactory(word="plint", proposed=True)
    client.force_login(people[who])
    assert client.post(url("glossary:accept", term.pk)).status_code == 403
    assert Term.objects.get(pk=term.pk).status == Term.Status.PROPOSED


def test_an_unknown_proposal_is_not_found(client, worker):
    client.force_login(worker)
    assert client.post(url("glossary:accept", 999999)).status_code == 404


# --- the checker endpoint ------------------------------------------------------------------


def test_the_checker_answers_a_fragment_for_the_script(client):
    response = client.post("/nl/glossary/check/", {"text": "De beschikking komt.", "fragment": "1"})
    html = text_of(response)
    assert "<html" not in html
    assert "<strong>besluit, brief met het besluit</strong>" in html


def test_the_checker_page_works_without_javascript(client):
    html = text_of(client.post("/en/glossary/check/", {"text": "De beschikking komt."}))
    assert "<html" in html and "De beschikking komt.</textarea>" in html
    assert "<strong>besluit, brief met het besluit</strong>" in html


def test_marking_a_page_costs_no_query_once_the_patterns_are_built(
    client, settings, django_assert_num_queries
):
    settings.GLOSSARY_MARK_PAGES = False
    client.get("/ar/")
    with django_assert_num_queries(0):
        plain = client.get("/ar/")
    settings.GLOSSARY_MARK_PAGES = True
    client.get("/ar/")  # reads the terms' fingerprint and builds the Arabic pattern
    with django_assert_num_queries(0):
        marked = client.get("/ar/")
    assert b'class="term"' in marked.content and b'class="term"' not in plain.content


@pytest.mark.parametrize("extra", [1, 15])
def test_the_review_page_needs_the_same_few_queries_for_more_proposals(
    client, worker, outsider, extra, django_assert_num_queries
):
    for n in range(extra):
        TermFactory(word=f"voorstel{n}", proposed=True, proposed_by=outsider)
        SuggestionFactory(proposed_by=outsider)
    client.force_login(worker)
    client.get(url("glossary:review"))
    # session, user, roles, second factor, proposed words, explanations
    with django_assert_num_queries(5):
        assert client.get(url("glossary:review")).status_code == 200


def test_an_admin_writes_the_meaning_per_language_and_pages_use_it(
    client, admin_user, django_capture_on_commit_callbacks
):
    term = Term.objects.get(slug="wijkteam")
    client.force_login(admin_user)
    form = client.get(url("admin:glossary_term_change", term.pk))
    assert "Betekenis in het Arabisch" in form.content.decode()
    data = {
        "word": term.word, "slug": term.slug, "kind": term.kind, "status": term.status,
        "meaning": term.meaning, "example": term.example, "plain_words": term.plain_words,
        "variants": term.variants, "meaning_en": "The team in your area.", "meaning_ar": "",
        "meaning_tr": "Semt ekibi.", "meaning_pl": "Zespół w dzielnicy.",
    }  # fmt: skip
    response = client.post(url("admin:glossary_term_change", term.pk), data)
    assert response.status_code == 302
    term.refresh_from_db()
    assert term.translations == {
        "en": "The team in your area.", "tr": "Semt ekibi.", "pl": "Zespół w dzielnicy."
    }  # fmt: skip
    client.logout()
    html = client.get("/en/").content.decode()
    assert ">The team in your area.</span>" in html
    assert 'lang="nl" dir="ltr">Een groep hulpverleners' in client.get("/ar/").content.decode()
