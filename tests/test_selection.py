"""Which sentences selective parsing sends to the parser (no model needed)."""

from service.attribution.selection import sentences_to_parse

PLAIN = [
    "Le conseil municipal s'est réuni mardi soir.",
    "La séance a duré trois heures.",
    "La salle était pleine.",
    "Le budget a été adopté à l'unanimité.",
    "Le prochain conseil aura lieu en juin.",
]


def test_sentences_without_cue_or_mark_are_not_parsed():
    assert sentences_to_parse(PLAIN) == set()


def test_an_inverted_incise_without_marks_is_a_cue():
    texts = [*PLAIN[:3], "Le chantier prendra du retard, indique-t-on à la mairie.", PLAIN[4]]
    assert sentences_to_parse(texts) == {2, 3, 4}


def test_a_quotation_mark_selects_the_sentence_and_its_neighbours():
    texts = [*PLAIN[:2], "« Nous tiendrons les délais. »", *PLAIN[3:]]
    assert sentences_to_parse(texts) == {1, 2, 3}
