import pytest
from django.utils.translation import override

from wijkgoud.core.models import AuditEvent
from wijkgoud.core.services import WorkflowError
from wijkgoud.glossary import services
from wijkgoud.glossary.models import Suggestion, Term
from wijkgoud.glossary.tests.factories import SuggestionFactory, TermFactory

pytestmark = pytest.mark.django_db

S = Term.Status


@pytest.mark.parametrize(
    "start, service, allowed",
    [
        (S.PROPOSED, services.accept_term, True),
        (S.PROPOSED, services.reject_term, True),
        (S.ACCEPTED, services.accept_term, False),
        (S.ACCEPTED, services.reject_term, False),
        (S.REJECTED, services.accept_term, False),
        (S.REJECTED, services.reject_term, False),
    ],
)
def test_the_moves_of_a_term(worker, start, service, allowed):
    term = TermFactory(
        word="plint", status=start, decided_at=None if start == S.PROPOSED else "2026-01-01T00:00Z"
    )
    if allowed:
        service(term, actor=worker)
        assert AuditEvent.objects.filter(object_id=str(term.pk), actor=worker).exists()
    else:
        with pytest.raises(WorkflowError):
            service(term, actor=worker)


def test_a_proposal_gets_a_free_address_and_an_audit_event(active_resident):
    term = services.propose_term(actor=active_resident, word="Beschikking", meaning="Een brief.")
    assert term.slug == "beschikking-2"  # the seeded word keeps its address
    assert term.status == S.PROPOSED and term.proposed_by == active_resident
    assert AuditEvent.objects.filter(action="term.proposed", object_id=str(term.pk)).exists()


def test_a_second_accepted_entry_for_the_same_word_is_refused(worker, active_resident):
    term = services.propose_term(actor=active_resident, word="beschikking", meaning="Brief.")
    with override("en"), pytest.raises(WorkflowError, match="already in the glossary"):
        services.accept_term(term, actor=worker)
    assert Term.objects.get(pk=term.pk).status == S.PROPOSED


def test_an_accepted_explanation_in_arabic_becomes_the_arabic_meaning(worker, active_resident):
    term = Term.objects.get(slug="voorschot")
    suggestion = services.propose_explanation(
        term, actor=active_resident, language="ar", meaning="مال قبل النشاط."
    )
    services.accept_explanation(suggestion, actor=worker)
    term.refresh_from_db()
    assert term.translations["ar"] == "مال قبل النشاط."
    assert term.translations["en"].startswith("Money you get in advance")
    assert Suggestion.objects.get(pk=suggestion.pk).status == Suggestion.Status.ACCEPTED


def test_an_accepted_dutch_explanation_replaces_the_meaning(worker):
    suggestion = SuggestionFactory(meaning="De brief met het besluit.", example="Kijk in je brief.")
    services.accept_explanation(suggestion, actor=worker)
    term = Term.objects.get(slug="beschikking")
    assert (term.meaning, term.example) == ("De brief met het besluit.", "Kijk in je brief.")


def test_a_rejected_explanation_changes_nothing_and_cannot_be_decided_again(worker):
    suggestion = SuggestionFactory()
    before = Term.objects.get(slug="beschikking").meaning
    services.reject_explanation(suggestion, actor=worker)
    assert Term.objects.get(slug="beschikking").meaning == before
    with pytest.raises(WorkflowError):
        services.accept_explanation(suggestion, actor=worker)


def test_the_seed_has_at_least_40_accepted_words_in_five_languages():
    seeded = Term.objects.accepted()
    assert seeded.count() >= 40
    for term in seeded:
        assert set(term.translations) == {"en", "ar", "tr", "pl"}, term.word
        assert term.meaning and all(term.translations.values()), term.word
    assert Term.objects.get(slug="beschikking").plain_word_list[0] == "besluit"
