"""Reading speech cues on the surface: speech verbs, subject pronouns and inverted incises.

Our parser is trained on little data, so cues are read from word forms as well as from the parse:
« a-t-il » may come out as a / -t-il, « dit-elle » as one token, a cue verb tagged as a noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.attribution import lexicon
from service.attribution.entities import normalize
from service.nlp.document import Sentence, Word

NON_VERB_UPOS = frozenset({"NOUN", "PROPN", "DET", "ADP", "PRON", "PUNCT", "CCONJ", "SCONJ", "NUM", "ADV"})
GLUED_PRONOUN = re.compile(r"-(t-)?(il|elle|ils|elles|on)$")
# Tokens that may link a quotation to its cue: « », a-t-il dit », « », de déclarer X ».
LINKERS = frozenset({",", "-", "–", "—", "t", "-t-", "-t", "t-", "de", "d'", "à"})
STOP_TOKENS = frozenset({".", "!", "?", ";", ":", "«", "»", "(", "“", "”", '"'})
# How many tokens an incise may take before its speech verb (clitics, auxiliary, negation, inserts).
INCISE_REACH = 9


@dataclass(frozen=True)
class Incise:
    """A speech cue read on the surface: the verb, its lemma, and an inverted pronoun if any."""

    verb: Word
    lemma: str
    pronoun: Word | None
    after: tuple[Word, ...]  # the tokens after the verb
    impersonal: bool = False  # « a-t-on appris », « indique-t-on » : the source follows (auprès de X)


def speech_lemma(word: Word, relaxed: bool = False) -> str | None:
    """The speech-verb lemma of a word, from its lemma or (parser errors) its form."""
    if word.upos in NON_VERB_UPOS and not (relaxed and word.upos in {"NOUN", "ADJ", "PROPN"}):
        return None
    lemma = normalize(word.lemma or "")
    if lemma in lexicon.speech_verbs() and (word.upos in {"VERB", "AUX", "X"} or relaxed):
        return lemma
    form = GLUED_PRONOUN.sub("", normalize(word.text))  # « dit-elle » kept as one token
    return lexicon.speech_forms().get(form)


def speech_idiom(sentence: Sentence, word: Word) -> str | None:
    """« a haussé le ton », « est monté au créneau » : a verb and the noun of a speech act, as
    "hausser ton"."""
    if word.upos not in {"VERB", "AUX"}:
        return None
    lemma = normalize(word.lemma or "")
    for child in sentence.children(word):
        noun = normalize(child.lemma or child.text)
        if child.base_deprel in {"obj", "obl", "nmod"} and (lemma, noun) in lexicon.speech_idioms():
            return f"{lemma} {noun}"
    return None


def pronoun_of(word: Word) -> tuple[str, str] | None:
    """Gender and number of a subject pronoun, also when glued to a verb (-t-il, -elle)."""
    low = normalize(word.text).lstrip("-").removeprefix("t-")
    if low in lexicon.SUBJECT_PRONOUNS and (word.upos in {"PRON", "X"} or word.text.startswith("-")):
        return lexicon.SUBJECT_PRONOUNS[low]
    return None


def glued_pronoun(word: Word) -> tuple[str, str] | None:
    """« dit-elle » as one token (some tokenizers keep it whole)."""
    low = normalize(word.text)
    for suffix, value in (
        ("-t-il", ("m", "s")),
        ("-t-elle", ("f", "s")),
        ("-il", ("m", "s")),
        ("-elle", ("f", "s")),
    ):
        if low.endswith(suffix) and len(low) > len(suffix):
            return value
    return None


def _speech_phrase(word: Word, following: Word | None) -> str | None:
    """« fait valoir », « laissé entendre » : a verb and its infinitive that speak together."""
    if following is None:
        return None
    phrase = f"{normalize(word.lemma or word.text)} {normalize(following.lemma or following.text)}"
    return phrase if phrase in lexicon.speech_phrases() else None


def _bare_past_participle(word: Word) -> bool:
    return word.feat("VerbForm") == "Part" and word.feat("Tense") == "Past" and not glued_pronoun(word)


def _infinitive(word: Word) -> bool:
    """An infinitive by its tag and its form, which is its lemma (« savoure » tagged as one is a present)."""
    return word.feat("VerbForm") == "Inf" and (
        not word.lemma or normalize(word.text) == normalize(word.lemma)
    )


def _ir_present(word: Word, lemma: str) -> bool:
    """« avertit », « réagit » : the present of an -ir verb, whose participle ends in -i (« averti »),
    whatever feature the tagger gave it."""
    return lemma.endswith("ir") and normalize(word.text).endswith(("it", "issent"))


def is_impersonal_on(word: Word) -> bool:
    """The impersonal « on » of an inverted incise: « -t-on », « -on », « dit-on »."""
    low = normalize(word.text)
    return low in {"-on", "-t-on", "t-on"} or (len(low) > 3 and low.endswith(("-t-on", "-on")))


def read_incise(tokens: tuple[Word, ...] | list[Word], relaxed: bool = True) -> Incise | None:
    """A speech verb at the start of `tokens`, through clitics, auxiliaries, negation and inserts.

    Reads « lui a répondu », « a-t-elle affirmé », « n'a cessé de répéter »,
    « a pour sa part indiqué », « explique-t-elle », « poursuit ».
    """
    pronoun = None
    seen_aux = False
    impersonal = False
    seen_semi = False
    for i, word in enumerate(tokens[:INCISE_REACH]):
        low = normalize(word.text)
        lemma = speech_lemma(word, relaxed)
        if lemma and (low.endswith("ant") or word.feat("VerbForm") == "Ger"):
            return None  # « …, tout en annonçant … » : a gerund is no incise
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        phrase = _speech_phrase(word, following)
        if phrase and following is not None:  # « a fait valoir X », « a laissé entendre X »
            after = tuple(tokens[i + 2 :])
            return Incise(following, phrase, pronoun, after, impersonal)
        if lemma and _infinitive(word) and not seen_semi:
            return None  # « …, supplier chaque service » : an infinitive needs « a tenu à » before it
        if (
            lemma
            and not relaxed
            and not seen_aux
            and _bare_past_participle(word)
            and not _ir_present(word, lemma)
        ):
            return None  # « …, contestée par X, … » : a participle with no auxiliary modifies a noun
        if lemma:
            glued = word if glued_pronoun(word) else None
            after = tuple(tokens[i + 1 :])
            inverted = next((w for w in after[:2] if pronoun_of(w) and w.text.startswith("-")), None)
            impersonal = impersonal or is_impersonal_on(word) or any(is_impersonal_on(w) for w in after[:2])
            return Incise(word, lemma, pronoun or glued or inverted, after, impersonal)
        if low in STOP_TOKENS:
            return None
        if is_impersonal_on(word):
            impersonal = True
        elif pronoun_of(word) and (seen_aux or low.startswith("-")):
            pronoun = word
        elif low in lexicon.AUXILIARY_FORMS or word.upos == "AUX":
            seen_aux = True
        elif low in lexicon.CLITICS or low in lexicon.NEGATION or low in LINKERS or low in lexicon.TIME_WORDS:
            continue
        elif word.upos == "ADV" or normalize(word.lemma) in lexicon.SEMI_AUXILIARIES:
            seen_semi = seen_semi or normalize(word.lemma) in lexicon.SEMI_AUXILIARIES
            continue
        elif seen_aux and (word.upos in {"ADP", "DET", "NOUN", "PROPN", "PRON", "ADJ"} or low == "et"):
            continue  # an insert between auxiliary and participle: « a pour sa part indiqué », « a d'ores et déjà précisé »
        else:
            return None
    return None
