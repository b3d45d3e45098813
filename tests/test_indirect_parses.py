"""Reported speech on small parses written by hand, each reproducing a parse error the shipped model
makes on news sentences (UD conventions otherwise): the rule must survive it."""

from __future__ import annotations

from service.attribution.engine import attribute
from service.nlp.conllu import document_from_conllu


def document(*sentences):
    """Sentences of (text, rows), rows (form, lemma, upos, head, deprel[, feats]), one paragraph."""
    blocks = []
    for text, rows in sentences:
        lines = [f"# text = {text}"]
        for index, (form, lemma, upos, head, deprel, *feats) in enumerate(rows, start=1):
            lines.append(
                f"{index}\t{form}\t{lemma}\t{upos}\t_\t{feats[0] if feats else '_'}\t{head}\t{deprel}\t_\t_"
            )
        blocks.append("\n".join(lines))
    return document_from_conllu("\n\n".join(blocks) + "\n")


def reported(*sentences):
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in attribute(document(*sentences)).quotes
        if q.type == "indirect"
    ]


PARTICIPLE = "VerbForm=Part|Tense=Past"
FINITE = "Mood=Ind|Tense=Pres|VerbForm=Fin"
INFINITIVE = "VerbForm=Inf"

# The name that opens the sentence, set off by an apposition, parsed as a vocative.
VOCATIVE = [
    "M. Lefèvre, membre du conseil, a affirmé que les taux resteraient élevés.",
    [
        ("M.", "monsieur", "NOUN", 9, "vocative"),
        ("Lefèvre", "Lefèvre", "PROPN", 1, "flat:name"),
        (",", ",", "PUNCT", 4, "punct"),
        ("membre", "membre", "NOUN", 1, "appos"),
        ("du", "de", "ADP", 6, "case"),
        ("conseil", "conseil", "NOUN", 4, "nmod"),
        (",", ",", "PUNCT", 4, "punct"),
        ("a", "avoir", "AUX", 9, "aux:tense", FINITE),
        ("affirmé", "affirmer", "VERB", 0, "root", PARTICIPLE),
        ("que", "que", "SCONJ", 13, "mark"),
        ("les", "le", "DET", 12, "det"),
        ("taux", "taux", "NOUN", 13, "nsubj"),
        ("resteraient", "rester", "VERB", 9, "ccomp", "Mood=Cnd|VerbForm=Fin"),
        ("élevés", "élevé", "ADJ", 13, "xcomp"),
        (".", ".", "PUNCT", 9, "punct"),
    ],
]

# An adverbial between the auxiliary and the participle: the auxiliary parsed as the main verb, the
# participle as a modifier of the adverbial's noun.
STRAY_AUXILIARY = [
    "Paul Morin a par la même occasion appelé les électeurs à voter dès dimanche.",
    [
        ("Paul", "Paul", "PROPN", 3, "nsubj"),
        ("Morin", "Morin", "PROPN", 1, "flat:name"),
        ("a", "avoir", "VERB", 0, "root", FINITE),
        ("par", "par", "ADP", 7, "case"),
        ("la", "le", "DET", 7, "det"),
        ("même", "même", "ADJ", 7, "amod"),
        ("occasion", "occasion", "NOUN", 3, "obl:arg"),
        ("appelé", "appeler", "VERB", 7, "acl", PARTICIPLE),
        ("les", "le", "DET", 10, "det"),
        ("électeurs", "électeur", "NOUN", 8, "obj"),
        ("à", "à", "ADP", 12, "mark"),
        ("voter", "voter", "VERB", 8, "advcl", INFINITIVE),
        ("dès", "dès", "ADP", 14, "case"),
        ("dimanche", "dimanche", "NOUN", 12, "obl:mod"),
        (".", ".", "PUNCT", 3, "punct"),
    ],
]

# A passive cue: its subject was told, it did not tell.
PASSIVE = [
    "Le tribunal a été informé que le détenu était malade.",
    [
        ("Le", "le", "DET", 2, "det"),
        ("tribunal", "tribunal", "NOUN", 5, "nsubj:pass"),
        ("a", "avoir", "AUX", 5, "aux:tense", FINITE),
        ("été", "être", "AUX", 5, "aux:pass", PARTICIPLE),
        ("informé", "informer", "VERB", 0, "root", PARTICIPLE),
        ("que", "que", "SCONJ", 10, "mark"),
        ("le", "le", "DET", 8, "det"),
        ("détenu", "détenu", "NOUN", 10, "nsubj"),
        ("était", "être", "AUX", 10, "cop", FINITE),
        ("malade", "malade", "ADJ", 5, "ccomp"),
        (".", ".", "PUNCT", 5, "punct"),
    ],
]

# An infinitive report inside what a closing incise reports.
NESTED = [
    "Marc Dubois a reconnu avoir menti à ses juges, a fait savoir son avocat.",
    [
        ("Marc", "Marc", "PROPN", 4, "nsubj"),
        ("Dubois", "Dubois", "PROPN", 1, "flat:name"),
        ("a", "avoir", "AUX", 4, "aux:tense", FINITE),
        ("reconnu", "reconnaître", "VERB", 0, "root", PARTICIPLE),
        ("avoir", "avoir", "AUX", 6, "aux:tense", INFINITIVE),
        ("menti", "mentir", "VERB", 4, "xcomp", PARTICIPLE),
        ("à", "à", "ADP", 9, "case"),
        ("ses", "son", "DET", 9, "det"),
        ("juges", "juge", "NOUN", 6, "obl"),
        (",", ",", "PUNCT", 12, "punct"),
        ("a", "avoir", "AUX", 12, "aux:tense", FINITE),
        ("fait", "faire", "VERB", 4, "conj", PARTICIPLE),
        ("savoir", "savoir", "VERB", 12, "xcomp", INFINITIVE),
        ("son", "son", "DET", 15, "det"),
        ("avocat", "avocat", "NOUN", 13, "obj"),
        (".", ".", "PUNCT", 4, "punct"),
    ],
]


def test_a_name_parsed_as_a_vocative_is_the_subject_of_the_cue():
    assert reported(VOCATIVE) == [("les taux resteraient élevés", "Lefèvre")]


def test_the_subject_of_an_auxiliary_parsed_as_the_main_verb_speaks_for_the_participle():
    assert reported(STRAY_AUXILIARY) == [("voter dès dimanche", "Paul Morin")]


def test_the_subject_of_a_passive_cue_is_no_speaker():
    assert reported(PASSIVE) == []


def test_an_infinitive_report_inside_a_closing_incises_report_is_part_of_it():
    assert reported(NESTED) == [("Marc Dubois a reconnu avoir menti à ses juges", "son avocat")]


# A participle after an incise whose inverted subject the parser made an object, with the
# participle's own object parsed as its subject (« appelant Paris à « … » »).
PARTICIPLE_AFTER_INCISE = [
    "Le projet est « mort », a déclaré le porte-parole de l'opposition, Jean Morel, appelant Paris à « revoir sa copie ».",
    [
        ("Le", "le", "DET", 2, "det"),
        ("projet", "projet", "NOUN", 5, "nsubj"),
        ("est", "être", "AUX", 5, "cop", FINITE),
        ("«", "«", "PUNCT", 5, "punct"),
        ("mort", "mort", "ADJ", 9, "ccomp"),
        ("»", "»", "PUNCT", 5, "punct"),
        (",", ",", "PUNCT", 9, "punct"),
        ("a", "avoir", "AUX", 9, "aux:tense", FINITE),
        ("déclaré", "déclarer", "VERB", 0, "root", PARTICIPLE),
        ("le", "le", "DET", 11, "det"),
        ("porte-parole", "porte-parole", "NOUN", 9, "obj"),
        ("de", "de", "ADP", 14, "case"),
        ("l'", "le", "DET", 14, "det"),
        ("opposition", "opposition", "NOUN", 11, "nmod"),
        (",", ",", "PUNCT", 16, "punct"),
        ("Jean", "Jean", "PROPN", 11, "appos"),
        ("Morel", "Morel", "PROPN", 16, "flat:name"),
        (",", ",", "PUNCT", 19, "punct"),
        ("appelant", "appeler", "VERB", 9, "advcl", "VerbForm=Part|Tense=Pres"),
        ("Paris", "Paris", "PROPN", 19, "nsubj"),
        ("à", "à", "ADP", 23, "mark"),
        ("«", "«", "PUNCT", 23, "punct"),
        ("revoir", "revoir", "VERB", 19, "advcl", INFINITIVE),
        ("sa", "son", "DET", 25, "det"),
        ("copie", "copie", "NOUN", 23, "obj"),
        ("»", "»", "PUNCT", 23, "punct"),
        (".", ".", "PUNCT", 9, "punct"),
    ],
]


def test_a_participle_s_object_is_not_its_speaker_the_incise_s_inverted_subject_is():
    quotes = attribute(document(PARTICIPLE_AFTER_INCISE)).quotes
    called = [q for q in quotes if q.text == "revoir sa copie"]
    assert called and called[0].speaker is not None and called[0].speaker.name == "Jean Morel"
