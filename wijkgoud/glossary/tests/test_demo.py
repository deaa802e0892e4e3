from io import StringIO

import pytest
from django.core.management import call_command

from wijkgoud.glossary.models import Suggestion, Term

pytestmark = pytest.mark.django_db


def test_the_demo_has_the_seeded_glossary_and_something_to_review(settings):
    settings.DEMO_MODE = True
    call_command("load_demo", stdout=StringIO())
    call_command("load_demo", stdout=StringIO())  # safe to run again
    assert Term.objects.accepted().count() >= 40
    assert Term.objects.filter(status=Term.Status.PROPOSED, word="klantmanager").count() == 1
    assert Suggestion.objects.filter(term__slug="penvoerder").count() == 1
