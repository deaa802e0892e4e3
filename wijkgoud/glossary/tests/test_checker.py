import pytest

from wijkgoud.glossary.checker import check_text

pytestmark = pytest.mark.django_db


def test_beschikking_is_flagged_with_besluit_as_the_plainer_word():
    advice = check_text("U ontvangt de Beschikking per post.")
    [finding] = advice.findings
    assert finding.found == "Beschikking"
    assert finding.entry.plain_words[0] == "besluit"


def test_an_official_word_is_found_too_so_the_writer_can_explain_it():
    advice = check_text("Vraag hulp via de WMO en het wijkteam.")
    assert [f.entry.word for f in advice.findings] == ["WMO", "wijkteam"]
    assert advice.findings[0].entry.kind == "official"


def test_long_sentences_and_long_words_are_pointed_out_in_dutch():
    long_sentence = (
        "Wij willen u erop attenderen dat de gemeente in het kader van de uitvoering van het "
        "beleid de aanvraag opnieuw in behandeling zal nemen na ontvangst van de stukken."
    )
    advice = check_text(long_sentence + " Dat is fijn.")
    assert advice.long_sentences == [long_sentence]
    assert "onderzoeksresultaten" in check_text("De onderzoeksresultaten zijn er.").long_words
    assert advice.score >= 60  # long, but in short words


def test_an_office_text_gets_a_low_readability_score():
    advice = check_text(
        "Conform de geldende subsidieverordening wordt de verleningsbeschikking na ontvangst "
        "van de inhoudelijke en financiële verantwoording definitief vastgesteld."
    )
    assert advice.score < 60
    assert not advice.reads_easily
    assert "verantwoording" in [f.found for f in advice.findings]
    assert "subsidieverordening" in advice.long_words


def test_a_plain_text_gets_praise_not_advice():
    advice = check_text(
        "We eten samen op vrijdag. Iedereen is welkom. Neem een bord mee als je wilt."
    )
    assert advice.is_empty
    assert advice.score >= 60


def test_other_languages_get_the_jargon_but_no_dutch_readability_score():
    advice = check_text("Your beschikking arrived yesterday afternoon at the house we share.", "en")
    assert [f.found for f in advice.findings] == ["beschikking"]
    assert advice.score is None and advice.long_words == []


def test_an_empty_text_gets_no_advice():
    assert check_text("").is_empty


def test_a_split_verb_is_found_by_its_fixed_part():
    advice = check_text("Het wijkteam heeft deze familie al in beeld.")
    assert [f.found for f in advice.findings] == ["wijkteam", "in beeld"]
    assert advice.findings[1].entry.plain_words[0] == "kennen"
