"""Tagger slips fixed between tagging and parsing, so that the parser sees the right part of speech.

The shipped tagger often reads a speech verb that is also a noun or an adjective as the noun:
« juge » (the judge) in « La ligue juge le texte « inutile » », « pointe » in « une étude pointe une
exposition « préoccupante » », « analyse » in « « … », analyse la chercheuse », and the parse built
on it loses the verb's subject and complements. A finite verb stands after its subject (a noun, a
name, a pronoun, a parenthesis), a conjunction or the comma that closes a quotation or an insert; the
noun stands after a determiner, a preposition, an adjective or a verb (« a pris note »), or is followed
by its complement (« juge d'instruction », « juge des enfants »).
"""

from __future__ import annotations

from collections.abc import Iterable

SINGULAR = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
PLURAL = "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"
# speech verbs whose present forms are also nouns or adjectives: lemma -> forms (3rd person, sg / pl)
AMBIGUOUS_VERBS = {
    "juger": ("juge", "jugent"),
    "pointer": ("pointe", "pointent"),
    "contester": ("conteste", "contestent"),
    "alerter": ("alerte", "alertent"),
    "nuancer": ("nuance", "nuancent"),
    "analyser": ("analyse", "analysent"),
    "trancher": ("tranche", "tranchent"),
    "tacler": ("tacle", "taclent"),
    "soupirer": ("soupire", "soupirent"),
    "souffler": ("souffle", "soufflent"),
    "relativiser": ("relativise", "relativisent"),
    "argumenter": ("argumente", "argumentent"),
    "critiquer": ("critique", "critiquent"),
}
FINITE_FORMS = {
    form: (lemma, features)
    for lemma, (singular, plural) in AMBIGUOUS_VERBS.items()
    for form, features in ((singular, SINGULAR), (plural, PLURAL))
}
NOUN_BEFORE = frozenset({"DET", "ADP", "ADJ", "NUM", "VERB", "AUX"})
NOUN_AFTER = frozenset({"de", "d'", "d’", "des", "du", "à", "au", "aux", "en"})
QUOTE_MARKS = frozenset({"«", "»", "“", "”", '"'})


def retag_finite_verbs(sentences: Iterable) -> int:
    """Retag, in Stanza sentences, the finite speech verbs the tagger took for nouns or adjectives
    (how many), and give the verb its lemma."""
    changed = 0
    for sentence in sentences:
        words = sentence.words
        for i, word in enumerate(words):
            form = FINITE_FORMS.get(word.text)
            if form is not None and word.upos == "VERB" and word.lemma != form[0]:
                word.lemma = form[0]  # the lemmatiser keeps « juge » as its own lemma
                continue
            if form is None or word.upos not in {"NOUN", "ADJ"} or i == 0:
                continue
            before, after = words[i - 1], words[i + 1] if i + 1 < len(words) else None
            if before.upos in NOUN_BEFORE or before.text in QUOTE_MARKS:
                continue
            if after is not None and (_complement_follows(word, after) or after.text in QUOTE_MARKS - {"«"}):
                continue
            word.upos, word.xpos = "VERB", None
            word.lemma, word.feats = form
            changed += 1
    return changed


def _complement_follows(word, after) -> bool:
    """« juge d'instruction », « juge des enfants »; but « pointe des retards » is the verb and its
    object (« des », one token, the indefinite article)."""
    token = getattr(after, "parent", None)
    if token is not None and token.text.lower() == "des" and word.text not in {"juge", "jugent"}:
        return False
    return after.text.lower() in NOUN_AFTER
