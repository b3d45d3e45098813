"""Tagger slips fixed between tagging and parsing, so that the parser sees the right part of speech.

The shipped tagger often reads « juge » as the noun (the judge) where the article writes the speech
verb (« La ligue juge le texte « inutile » », « Elle juge que … »), and the parse built on it loses
the sentence's subject and its complements. A finite verb stands after a subject pronoun, a name, a
noun or a comma; the noun stands after a determiner, a preposition or an adjective, or is followed
by its complement (« juge d'instruction », « juge des enfants », « juge à Lyon »).
"""

from __future__ import annotations

from collections.abc import Iterable

# form -> (lemma, features of the finite verb)
FINITE_FORMS = {
    "juge": ("juger", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    "jugent": ("juger", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
}
NOUN_BEFORE = frozenset({"DET", "ADP", "ADJ", "NUM"})
NOUN_AFTER = frozenset({"de", "d'", "d’", "des", "du", "à", "au", "aux", "en"})


def retag_finite_verbs(sentences: Iterable) -> int:
    """Retag, in Stanza sentences, the finite speech verbs the tagger took for nouns (how many), and
    give the verb its lemma."""
    changed = 0
    for sentence in sentences:
        words = sentence.words
        for i, word in enumerate(words):
            form = FINITE_FORMS.get(word.text)
            if form is not None and word.upos == "VERB" and word.lemma != form[0]:
                word.lemma = form[0]  # the lemmatiser keeps « juge » as its own lemma
                continue
            if form is None or word.upos != "NOUN" or i == 0:
                continue
            before, after = words[i - 1], words[i + 1] if i + 1 < len(words) else None
            if before.upos in NOUN_BEFORE or (after is not None and after.text.lower() in NOUN_AFTER):
                continue
            word.upos, word.xpos = "VERB", None
            word.lemma, word.feats = form
            changed += 1
    return changed
