"""Demo data for the glossary: the seeded words come from the data migration; here one
proposed word and one better explanation wait for the demo worker's review."""

from wijkgoud.core.models import User

from .models import Suggestion, Term


def load() -> None:
    """Create what is missing; never overwrite what a tester changed."""
    fatima = User.objects.filter(email="actief@wijkgoud.example").first()
    Term.objects.get_or_create(
        slug="klantmanager",
        defaults={
            "word": "klantmanager",
            "meaning": "De persoon bij de gemeente die jouw uitkering regelt en je helpt met werk.",
            "example": "Bel je klantmanager als je inkomen verandert.",
            "plain_words": "je contactpersoon bij de gemeente",
            "kind": Term.Kind.JARGON,
            "proposed_by": fatima,
        },
    )
    term = Term.objects.filter(slug="penvoerder").first()
    if term and not Suggestion.objects.filter(term=term, proposed_by=fatima).exists():
        Suggestion.objects.create(
            term=term,
            language="nl",
            meaning="Een club of stichting die het geld voor jullie groep ontvangt en bewaart.",
            proposed_by=fatima,
        )
