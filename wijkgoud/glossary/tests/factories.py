import factory
from django.utils import timezone
from django.utils.text import slugify

from wijkgoud.glossary.models import Suggestion, Term


class TermFactory(factory.django.DjangoModelFactory):
    """An accepted term by default; TermFactory(proposed=True) for a proposal."""

    class Meta:
        model = Term
        django_get_or_create = ["slug"]

    class Params:
        proposed = factory.Trait(status=Term.Status.PROPOSED, decided_at=None)

    word = factory.Sequence(lambda n: f"testwoord{n}")
    slug = factory.LazyAttribute(lambda term: slugify(term.word))
    meaning = "Een uitleg in gewone woorden."
    status = Term.Status.ACCEPTED
    decided_at = factory.LazyFunction(timezone.now)


class SuggestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Suggestion

    term = factory.LazyFunction(lambda: Term.objects.get(slug="beschikking"))
    language = "nl"
    meaning = "Een brief waarin staat wat de gemeente besloten heeft."
