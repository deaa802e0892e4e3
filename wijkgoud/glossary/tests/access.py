"""The glossary's rows of the authorization table (see core/tests/test_authorization.py)."""

from wijkgoud.core.tests.access import anyone, only, signed_in
from wijkgoud.glossary.tests.factories import SuggestionFactory, TermFactory

ACCESS = {
    "glossary:list": anyone(),
    "glossary:detail": anyone(),
    "glossary:check": anyone(),
    "glossary:propose": signed_in(),
    "glossary:suggest": signed_in(),
    "glossary:review": only("worker", "admin"),
    # decisions are POST only; a GET is refused the same way for everyone signed in
    "glossary:accept": signed_in(405),
    "glossary:reject": signed_in(405),
    "glossary:suggestion_accept": signed_in(405),
    "glossary:suggestion_reject": signed_in(405),
}


def world(people, almere_haven) -> dict:
    proposed = TermFactory(word="keukentafel", proposed=True, proposed_by=people["outsider"])
    suggestion = SuggestionFactory(proposed_by=people["outsider"])
    return {"proposed_term": proposed, "suggestion": suggestion}


EXAMPLE_KWARGS = {
    "glossary:detail": lambda world: {"slug": "beschikking"},
    "glossary:suggest": lambda world: {"slug": "beschikking"},
    "glossary:accept": lambda world: {"pk": world["proposed_term"].pk},
    "glossary:reject": lambda world: {"pk": world["proposed_term"].pk},
    "glossary:suggestion_accept": lambda world: {"pk": world["suggestion"].pk},
    "glossary:suggestion_reject": lambda world: {"pk": world["suggestion"].pk},
}
