"""Speaker rules on gold UD parses: the engine alone, no model needed."""

from __future__ import annotations

from service.attribution.engine import attribute
from service.attribution.quotes import scan_quotes
from tests.ud_gold import gold_document


def only_quote(document, kind=None):
    quotes = [q for q in attribute(document).quotes if kind is None or q.type == kind]
    assert len(quotes) == 1, [(q.type, q.text) for q in quotes]
    return quotes[0]


def test_postposed_cue_names_the_organisation_after_the_verb():
    quote = only_quote(gold_document("fr_gsd-ud-test", "fr-ud-test_00003"))
    assert quote.type == "direct"
    assert quote.text.startswith("Il a été largement démontré")
    assert quote.speaker is not None and "ONG" in quote.speaker.mention.text
    assert quote.cue is not None and quote.cue.lemma == "écrire"
    assert quote.rule == "postposed_cue"


def test_postposed_cue_through_negation_and_semi_auxiliary():
    quote = only_quote(gold_document("fr_gsd-ud-test", "fr-ud-test_00193"))
    assert quote.cue is not None and quote.cue.lemma == "répéter"
    assert quote.speaker is not None and quote.speaker.mention.text.startswith("cet animateur")


def test_unresolvable_pronoun_gives_no_speaker_rather_than_a_pronoun():
    quote = only_quote(gold_document("fr_pud-ud-test", "n01102006"))
    assert quote.type == "direct"
    assert quote.speaker is None


def test_indirect_speech_of_an_organisation_description():
    quote = only_quote(gold_document("fr_pud-ud-test", "n01101012"), kind="indirect")
    assert quote.text.startswith("les deux ne devraient pas")
    assert quote.speaker is not None
    assert quote.speaker.name == "Le gouvernement de Hong Kong"


def test_partial_quote_in_a_que_clause_resolves_the_pronoun_to_the_named_subject():
    document = gold_document("fr_gsd-ud-dev", "fr-ud-dev_00072")
    quotes = attribute(document).quotes
    partial = [q for q in quotes if q.type == "partial"]
    assert len(partial) == 1
    assert partial[0].text.startswith("pousse Getafe")
    assert partial[0].speaker is not None and partial[0].speaker.name == "Angel Torres"


def test_incise_at_sentence_start_gives_no_name_without_antecedent():
    document = gold_document("fr_gsd-ud-test", "fr-ud-test_00147")
    # unmarked speech with a pronoun incise and no antecedent: nobody to name, so no speaker at all
    assert ", a-t-il indiqué," in document.text
    assert [q.speaker for q in attribute(document).quotes if q.speaker is not None] == []


def test_speech_verb_inside_a_quotation_is_not_a_second_indirect_quote():
    quotes = attribute(gold_document("fr_gsd-ud-test", "fr-ud-dev_01566")).quotes
    assert [q.type for q in quotes] == ["direct"]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "un communiqué"


def test_partial_quote_governed_by_a_speech_verb():
    quote = only_quote(gold_document("fr_gsd-ud-test", "fr-ud-dev_01504"))
    assert quote.type == "partial"
    assert quote.speaker is not None and quote.speaker.name == "Lebrun"
    assert quote.speaker.mention.text == "Mgr Lebrun"


def test_scare_quote_after_a_determiner_is_not_speech():
    document = gold_document("fr_gsd-ud-dev", "fr-ud-dev_00018")
    text = document.text
    assert "réfutation" in [text[s.start : s.end] for s in scan_quotes(text)], "the marks are scanned"
    assert all(q.text != "réfutation" for q in attribute(document).quotes)


def test_colon_quote_pronoun_resolves_to_an_unnamed_subject_description():
    quote = only_quote(gold_document("fr_gsd-ud-test", "fr-ud-dev_01499"))
    assert quote.type == "direct"
    assert quote.cue is not None and quote.cue.lemma == "demander"
    assert quote.speaker is not None and quote.speaker.name.startswith("Un homme")
    assert quote.rule == "colon_cue" and "pronoun" in quote.via


def test_unmarked_first_person_speech_closed_by_a_postposed_cue_is_direct():
    quote = only_quote(gold_document("fr_pud-ud-test", "n01022010"))
    assert quote.type == "direct"  # « Nous allons … », a dit X : the speaker's own words, unmarked
    assert quote.text.startswith("Nous allons dans la bonne direction")
    assert quote.text.endswith("les HFC")
    assert quote.speaker is not None and quote.speaker.name == "Erik Solheim"
