"""Glossary workflow: proposed → accepted / not accepted, for terms and for better
explanations. Accepting changes what every page explains, so the patterns are rebuilt."""

from django.db import transaction
from django.utils.text import slugify
from django.utils.timezone import now
from django.utils.translation import gettext_lazy as _

from wijkgoud.core.models import User
from wijkgoud.core.services import WorkflowError, ensure_move, record_event

from .marking import forget_terms
from .models import Suggestion, Term

MOVES = {
    Term.Status.PROPOSED: {Term.Status.ACCEPTED, Term.Status.REJECTED},
    Term.Status.ACCEPTED: set(),
    Term.Status.REJECTED: set(),
}


def _free_slug(word: str) -> str:
    base = slugify(word)[:90] or "woord"
    slug, n = base, 1
    while Term.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def propose_term(*, actor: User, word: str, meaning: str, **fields) -> Term:
    """Anyone signed in proposes a word; a worker or admin accepts it."""
    term = Term.objects.create(
        word=word.strip(), slug=_free_slug(word), meaning=meaning, proposed_by=actor, **fields
    )
    record_event(term, "term.proposed", actor=actor)
    return term


def _decide(term: Term, target: str, actor: User) -> Term:
    term = Term.objects.select_for_update().get(pk=term.pk)
    ensure_move(term, target, MOVES)
    term.status, term.decided_by, term.decided_at = target, actor, now()
    term.save(update_fields=["status", "decided_by", "decided_at"])
    return term


@transaction.atomic
def accept_term(term: Term, *, actor: User) -> Term:
    """A worker or admin accepts a proposed word: from now on it is explained everywhere."""
    if Term.objects.accepted().filter(word__iexact=term.word).exclude(pk=term.pk).exists():
        raise WorkflowError(
            _("“%(word)s” is already in the glossary. Propose a better explanation there."),
            params={"word": term.word},
            code="duplicate",
        )
    term = _decide(term, Term.Status.ACCEPTED, actor)
    record_event(term, "term.accepted", actor=actor)
    transaction.on_commit(forget_terms)
    return term


@transaction.atomic
def reject_term(term: Term, *, actor: User) -> Term:
    """A worker or admin does not take a proposed word into the glossary."""
    term = _decide(term, Term.Status.REJECTED, actor)
    record_event(term, "term.rejected", actor=actor)
    return term


@transaction.atomic
def propose_explanation(
    term: Term, *, actor: User, language: str, meaning: str, example: str = ""
) -> Suggestion:
    """Anyone signed in proposes a better explanation, in Dutch or in their own language."""
    suggestion = Suggestion.objects.create(
        term=term, language=language, meaning=meaning, example=example, proposed_by=actor
    )
    record_event(term, "term.explanation_proposed", actor=actor, data={"language": language})
    return suggestion


def _decide_suggestion(suggestion: Suggestion, target: str, actor: User) -> Suggestion:
    suggestion = Suggestion.objects.select_for_update().get(pk=suggestion.pk)
    ensure_move(suggestion, target, MOVES)
    suggestion.status, suggestion.decided_by, suggestion.decided_at = target, actor, now()
    suggestion.save(update_fields=["status", "decided_by", "decided_at"])
    return suggestion


@transaction.atomic
def accept_explanation(suggestion: Suggestion, *, actor: User) -> Suggestion:
    """The better explanation replaces the old one in its language."""
    suggestion = _decide_suggestion(suggestion, Suggestion.Status.ACCEPTED, actor)
    term = Term.objects.select_for_update().get(pk=suggestion.term_id)
    if suggestion.language == "nl":
        term.meaning = suggestion.meaning
        term.example = suggestion.example or term.example
    else:
        term.translations = {**term.translations, suggestion.language: suggestion.meaning}
    term.save(update_fields=["meaning", "example", "translations"])
    record_event(
        term, "term.explanation_accepted", actor=actor, data={"language": suggestion.language}
    )
    transaction.on_commit(forget_terms)
    return suggestion


@transaction.atomic
def reject_explanation(suggestion: Suggestion, *, actor: User) -> Suggestion:
    """The old explanation stays."""
    suggestion = _decide_suggestion(suggestion, Suggestion.Status.REJECTED, actor)
    record_event(suggestion.term, "term.explanation_rejected", actor=actor)
    return suggestion
