"""Incises: a speech verb with its inverted subject, inside, right after or closing the sentence
of a quotation."""

from __future__ import annotations

from service.attribution import lexicon, linking
from service.attribution.candidates import Candidate, with_cue
from service.attribution.context import Context
from service.attribution.cues import Incise, glued_pronoun, pronoun_of, read_incise, speech_lemma
from service.attribution.entities import normalize
from service.attribution.quotes import QuoteSpan
from service.attribution.sieves.common import (
    WINDOW,
    has_subject_before,
    incise_candidate,
    label_between,
    rule_confidence,
    speech_verb_before,
    subject_of,
    tokens_after,
)
from service.attribution.sieves.registry import QUOTE, sieve
from service.nlp.document import Sentence, Word

INCISE_OPENERS = frozenset({",", "—", "–", "-", "?", "!"})


@sieve(
    "incise_inside",
    QUOTE,
    0.95,
    "« Je pense, a-t-il dit, que c'est faux » / « … par soir, soupire-t-elle. L'hiver … »",
    speaker_slot=True,
    speaker_inside=True,
)
def incise_inside(context: Context, quote: QuoteSpan) -> Candidate | None:
    if quote.mark == "—":
        return None
    pairs = context.words_between(quote.start, quote.end)
    words = [w for _, w in pairs]
    for i, word in enumerate(words[:-1]):
        if word.text != ",":
            continue
        incise = read_incise(words[i + 1 : i + 1 + WINDOW])
        if incise is None:
            continue
        # an incise has its subject inverted right after the cue, then a comma or a sentence end
        has_pronoun = incise.pronoun is not None or glued_pronoun(incise.verb) is not None
        tail = incise.after[:10]
        closes = any(w.text in {",", ".", "…", "!", "?"} for w in tail) or len(incise.after) <= 10
        # « …, a indiqué à l'AFP Azamat T., … » : the medium told stands between cue and speaker
        opens = tail and (_starts_noun_phrase(tail[0]) or normalize(tail[0].text) in {"à", "au", "aux"})
        if not closes or not (has_pronoun or opens):
            continue
        candidate = incise_candidate(context, pairs[i + 1][0], incise, "incise_inside")
        if candidate:
            return candidate
    return None


def _starts_noun_phrase(word: Word) -> bool:
    return word.upos in {"DET", "PROPN"} or word.text[:1].isupper()


@sieve(
    "postposed_cue",
    QUOTE,
    0.95,
    "« … », a écrit Altman. / « … », dit-elle. / « … », lui a répondu la ministre.",
    speaker_slot=True,
)
def postposed_cue(context: Context, quote: QuoteSpan) -> Candidate | None:
    if quote.mark == "—" or not quote.closed or speech_verb_before(context, quote) is not None:
        return None  # « qu'il juge « ambitieux », prévoit … » : the verb before owns the quote
    sentence, tokens = tokens_after(context, quote.outer_end)
    if sentence is None or not tokens:
        return None
    first = tokens[0].text
    if first not in INCISE_OPENERS and not (pronoun_of(tokens[0]) or first[:1].islower()):
        return None
    incise = read_incise(tokens[1:] if first in INCISE_OPENERS else tokens)
    if incise is None:
        return None
    candidate = incise_candidate(context, sentence, incise, "postposed_cue")
    # « Fédéral : « … », prévient le formateur », « QUÉBEC — « … », a accusé X » : a rubric or a dateline
    # is no subject of the incise
    labelled = label_between(context.document.text[sentence.start : quote.open_at])
    opening = sentence.start if labelled else quote.open_at
    if has_subject_before(sentence, incise.verb, skip=(opening, quote.outer_end)):
        if not _speaker_after_a_thing(context, sentence, incise.verb, candidate):
            return None  # « Le plan, qu'il juge « … », prévoit … » : the verb already has its subject
        return candidate.but(confidence=candidate.confidence * PARSE_CONFLICT)
    return candidate


# The confidence kept when the incise reading overrules the parse's subject.
PARSE_CONFLICT = 0.8


@sieve(
    "postposed_inversion",
    QUOTE,
    0.8,
    "« On n'a jamais lâché », rayonnait l'auteur du but, Marc Petit. (any verb: after a quotation, a "
    "verb followed by its subject and nothing else is an incise)",
    speaker_slot=True,
)
def postposed_inversion(context: Context, quote: QuoteSpan) -> Candidate | None:
    if quote.mark == "—" or not quote.closed or speech_verb_before(context, quote) is not None:
        return None
    sentence, tokens = tokens_after(context, quote.outer_end)
    if sentence is None or len(tokens) < 3 or tokens[0].text != ",":
        return None
    verb = _inverting_verb(tokens[1:])
    if verb is None or has_subject_before(sentence, verb, skip=(quote.open_at, quote.outer_end)):
        return None
    after = tuple(w for w in tokens if w.start > verb.start)
    if not after or after[0].upos not in {"DET", "PROPN"} or not _ends_with_subject(after):
        return None
    incise = Incise(verb, normalize(verb.lemma or verb.text), None, after)
    return incise_candidate(context, sentence, incise, "postposed_inversion")


def _inverting_verb(tokens: tuple[Word, ...]) -> Word | None:
    """« rayonnait », « a souri », « brillait encore » : a finite verb, or an auxiliary and its
    participle, opening what follows the quotation."""
    first = tokens[0]
    if first.upos == "VERB" and first.feat("VerbForm") == "Fin":
        return first
    if (
        first.upos == "AUX"
        and len(tokens) > 1
        and tokens[1].upos == "VERB"
        and tokens[1].feat("VerbForm") == "Part"
    ):
        return tokens[1]
    return None


def _ends_with_subject(after: tuple[Word, ...]) -> bool:
    """The inverted subject, with its apposition (« l'auteur du but, Marc Petit »), closes the sentence."""
    for word in after[:INVERTED_SUBJECT_REACH]:
        if word.text in {".", "!", "?", "…"}:
            return True
        if word.upos in {"VERB", "AUX"} or normalize(word.text) in {"que", "qu'", "qui"}:
            return False
    return len(after) <= INVERTED_SUBJECT_REACH


# The longest inverted subject, apposition included, after a non-speech verb.
INVERTED_SUBJECT_REACH = 12


def _speaker_after_a_thing(context: Context, sentence, verb: Word, candidate: Candidate | None) -> bool:
    """« Le projet entend rendre les communes « … », assure le Conseil d'État » : the parser gave the
    incise the sentence's subject, a thing that cannot speak, while a named person or an organisation
    follows the verb."""
    if candidate is None or candidate.entity.kind not in {"person", "organization"}:
        return False
    subjects = [c for c in sentence.children(verb) if c.base_deprel == "nsubj" and c.index < verb.index]
    # read as a parse subject (governing_verb: a noun there speaks only as a role or an organisation)
    return all(
        linking.speaker_from_word(context, sentence, subject, "governing_verb", 1.0) is None
        for subject in subjects
    )


@sieve(
    "sentence_incise",
    QUOTE,
    0.85,
    "… restera « très perturbé », a prévenu la SNCF. (the incise closes the quotation's sentence)",
    speaker_slot=True,
)
def sentence_incise(context: Context, quote: QuoteSpan) -> Candidate | None:
    if quote.end <= quote.start or not context.document.sentences:
        return None
    text = context.document.text
    after = text[quote.outer_end : quote.outer_end + 3].lstrip(" \u00a0\u202f")
    if text[quote.start : quote.end].rstrip()[-1:] in ".!?…" and after[:1].isupper():
        return None  # « J'ai tout perdu. » Assise sur un banc, X raconte … : a new sentence, no incise
    sentence = context.sentence_at(quote.end - 1)  # also a one-word quotation glued to its mark
    tokens = sentence.tokens_after(quote.outer_end, WINDOW)
    commas = [i for i, w in enumerate(tokens) if w.text == ","]
    for comma in commas:
        tail = tokens[comma + 1 :]
        incise = read_incise(tail, relaxed=False) or (read_incise(tail) if _noun_tagged_cue(tail) else None)
        # a subject the parser found inside the quotation (« Ce « sabotage » … doit cesser, a martelé
        # X ») is no subject of the incise
        skip = (quote.open_at, quote.outer_end)
        if incise is None:
            continue
        candidate = incise_candidate(context, sentence, incise, "sentence_incise")
        if not has_subject_before(sentence, incise.verb, skip=skip):
            if candidate:
                return candidate
        elif _speaker_after_a_thing(context, sentence, incise.verb, candidate):
            return candidate.but(confidence=candidate.confidence * PARSE_CONFLICT)
    return None


# The longest inverted subject a sentence-closing incise takes (« juge le politologue Jean Petit »).
CLOSING_SUBJECT_REACH = 10


def _noun_tagged_cue(tail: tuple[Word, ...]) -> bool:
    """« …, juge le politologue Jean Petit. » : a cue the tagger took for a noun, then its inverted
    subject and nothing else up to the sentence end."""
    if len(tail) < 2 or tail[0].upos != "NOUN" or tail[1].upos not in {"DET", "PROPN"}:
        return False
    rest = tail[1 : CLOSING_SUBJECT_REACH + 1]
    end = next((i for i, w in enumerate(rest) if w.text in {".", "!", "?", "…"}), None)
    return end is not None and not any(w.upos in {"VERB", "AUX"} for w in rest[:end])


# « C'est ce que dénonce X », « C'est l'appel qu'a lancé X », « Tel est le message que … » : a cleft
# that sends the quotation before it to the subject inverted after « que ».
CLEFT_OPENERS = ("c'est ce qu", "c'est tout ce qu", "c'est là ce qu", "c'est ", "tel est ", "telle est ")
CLEFT_REACH = 8


@sieve(
    "cleft_after",
    QUOTE,
    0.8,
    "« … » C'est ce que dénonce la présidente de l'association. / C'est l'appel qu'a lancé le maire.",
    speaker_slot=True,
)
def cleft_after(context: Context, quote: QuoteSpan) -> Candidate | None:
    if not quote.closed:
        return None
    sentence, tokens = tokens_after(context, quote.outer_end)
    if sentence is None or not tokens:
        return None
    start = (
        1 if tokens[0].text in {".", "!", "?", "…", ",", ":"} else 0
    )  # « « … », c'est l'appel qu'a lancé X »
    opening = (
        normalize(context.document.text[tokens[start].start : tokens[start].start + 24])
        if len(tokens) > start
        else ""
    )
    if not opening.startswith(CLEFT_OPENERS):
        return None
    que = next(
        (
            i
            for i in range(start, min(len(tokens), start + CLEFT_REACH))
            if normalize(tokens[i].text) in lexicon.QUE_FORMS
        ),
        None,
    )
    if que is None:
        return None
    incise = read_incise(tokens[que + 1 :])
    if incise is None:
        if opening.startswith(MANNER_CLEFTS):
            return _manner_cleft(context, sentence, tokens[que + 1 : que + 1 + MANNER_REACH])
        return None
    return incise_candidate(context, sentence, incise, "cleft_after")


# « C'est en ces termes que X a réagi » : a cleft on the words themselves, its clause in normal order.
MANNER_CLEFTS = (
    "c'est en ces termes qu",
    "c'est par ces mots qu",
    "c'est avec ces mots qu",
    "c'est ainsi qu",
)
MANNER_REACH = 16


def _manner_cleft(context: Context, sentence: Sentence, tokens: tuple[Word, ...]) -> Candidate | None:
    """The subject of the first speech verb of the clause after « que »."""
    for word in tokens:
        if word.upos in {"VERB", "AUX"} and speech_lemma(word) is not None:
            candidate = subject_of(context, sentence, word, "cleft_after", rule_confidence("cleft_after"))
            return with_cue(candidate, word.start, word.end, speech_lemma(word) or "")
        if word.text in {".", "«", "»", ";"}:
            return None
    return None


# « « … » Ce sont les mots du maire. » / « Tels sont les propos tenus par X. »
WORDS_OF_OPENERS = (
    "ce sont ",
    "c'etaient ",
    "c'étaient ",
    "c'était ",
    "c'est ",
    "tels sont ",
    "telles sont ",
    "voila ",
    "voilà ",
    "la phrase ",  # « La phrase est signée X », « La phrase est de X »
    "la formule ",
    "ces mots ",
    "ces propos ",
)
WORDS_NOUNS = lexicon.SPEECH_NOUNS | {"confidence", "confidences", "phrase", "formule"}
WORDS_OF_REACH = 6


@sieve(
    "words_of_after",
    QUOTE,
    0.8,
    "« … » Ce sont les mots du maire, Paul X. / Tels sont les propos tenus par la ministre.",
    speaker_slot=True,
)
def words_of_after(context: Context, quote: QuoteSpan) -> Candidate | None:
    if not quote.closed:
        return None
    sentence, tokens = tokens_after(context, quote.outer_end)
    marks = [t for t in tokens if t.text in {".", "!", "?", "…"}]
    if sentence is not None and len(marks) == len(tokens):  # « « … » ? Ce sont les mots de X. »
        sentence, tokens = tokens_after(context, sentence.end)
    if sentence is None:
        return None
    tokens = [t for t in tokens if t.text not in {".", "!", "?", "…", ","}][: WORDS_OF_REACH + 4]
    if not tokens or not normalize(context.document.text[tokens[0].start : tokens[0].start + 14]).startswith(
        WORDS_OF_OPENERS
    ):
        return None
    noun = next((t for t in tokens[:WORDS_OF_REACH] if normalize(t.text) in WORDS_NOUNS), None)
    if noun is None:
        return None
    owner = _owner_of_words(sentence, noun)
    if owner is None:
        return None
    candidate = linking.speaker_from_word(context, sentence, owner, "words_of_after", 0.8)
    return with_cue(candidate, noun.start, noun.end, normalize(noun.text))


def _owner_of_words(sentence, noun: Word) -> Word | None:
    """X in « les mots de X », « les propos tenus par X », « la phrase est signée X »."""
    head = sentence.head_of(noun)
    if (
        head is not None
        and normalize(head.lemma or head.text) == "signer"
        and noun.base_deprel.startswith("nsubj")
    ):
        return next(
            (c for c in sentence.children(head) if c.index > head.index and c.upos in {"PROPN", "NOUN"}), None
        )
    for child in sentence.children(noun):
        marks = {normalize(c.text) for c in sentence.children(child) if c.base_deprel == "case"}
        if child.base_deprel == "nmod" and marks & {"de", "du", "d'", "des"}:
            return child
        if child.base_deprel == "acl":
            for grandchild in sentence.children(child):
                if grandchild.base_deprel == "obl" and grandchild.deprel.endswith("agent"):
                    return grandchild
    return None
