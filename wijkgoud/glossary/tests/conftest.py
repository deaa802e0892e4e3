import pytest

from wijkgoud.glossary.tests.fixtures import glossary_marking, seeded_glossary  # noqa: F401


@pytest.fixture(autouse=True)
def _glossary_marks_pages(request):
    """The glossary's own tests see pages as visitors do: with the words marked."""
    request.getfixturevalue("glossary_marking")
