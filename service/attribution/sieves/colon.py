"""A colon before the quotation: a speech verb, a bare name (headline style) or a person's clause."""

from __future__ import annotations

from service.attribution import linking
from service.attribution.candidates import Candidate, with_cue
from service.attribution.context import Context
from service.attribution.coref import resolve_pronoun
from service.attribution.cues import pronoun_of, speech_idiom, speech_lemma
from service.attribution.entities import normalize
from service.attribution.quotes import QuoteSpan
from service.attribution.sieves.common import (
    WINDOW,
    narrative_infinitive_speaker,
    phrase_head,
    subject_before,
    subject_before_insert,
    subject_of,
)
from service.attribution.sieves.registry import QUOTE, confidence, sieve
from service.nlp.document import Sentence, Word

# A noun phrase this short before a colon can be a speaker label (« Le ministre : « … » »).
MAX_LABEL_WORDS = 6


def _colon_before(context: Context, quote: QuoteSpan) -> tuple[int, Sentence, list[Word]] | None:
    """The colon right before the quotation (also at the end of the previous paragraph), its sentence
    and the words before it."""
    text = context.document.text
    position = quote.open_at - 1
    while position >= 0 and text[position] in " \t\u00a0\u202f\n\r":
        if text[position] == "\n" and not quote.paragraph_initial:
            return None
        position -= 1
    if position < 0 or text[position] != ":":
        return None
    sentence = context.sentence_at(position)
    before = [w for w in sentence.tokens_before(position + 1, WINDOW) if w.start < position]
    return position, sentence, before


def _speech_words(sentence: Sentence, before: list[Word]) -> list[Word]:
    """The cue forms before the colon, the highest in the clause first, then the nearest: in « Elle
    juge que la ministre n'a plus d'idée à défendre : « … » », « juge » is the cue, « défendre » part
    of what is reported."""
    found = [w for w in reversed(before) if speech_lemma(w, relaxed=True) or speech_idiom(sentence, w)]
    return sorted(found, key=lambda w: len(sentence.ancestors(w)))


def _speech_word(before: list[Word]) -> Word | None:
    return next((w for w in reversed(before) if speech_lemma(w, relaxed=True)), None)


def _head_of_complement(sentence: Sentence, word: Word) -> Word:
    """« Le ministre de l'Énergie » : from the last noun of a phrase up to the noun it completes."""
    for _ in range(4):
        head = sentence.head_of(word)
        if head is None or word.base_deprel not in {"nmod", "amod"} or head.index > word.index:
            break
        word = head
    return word


def _is_label(before: list[Word]) -> bool:
    return bool(before) and before[-1].upos in {"PROPN", "NOUN"} and len(before) <= MAX_LABEL_WORDS


@sieve(
    "colon_cue",
    QUOTE,
    0.9,
    "Le ministre a déclaré : « … » (also when the quotation opens the next paragraph)",
)
def colon_cue(context: Context, quote: QuoteSpan) -> Candidate | None:
    found = _colon_before(context, quote)
    if found is None:
        return None
    _, sentence, before = found
    words = _speech_words(sentence, before)
    if not words:
        return None
    # « X est venu réagir en invité : « … » » : a cue form with no subject of its own (« invité »)
    # gives way to an earlier one that has one
    for word in words:
        candidate = subject_of(context, sentence, word, "colon_cue", confidence("colon_cue"))
        if candidate is not None:
            return with_cue(candidate, word.start, word.end, _cue_lemma(sentence, word))
    word = words[0]
    candidate = subject_before(context, sentence, before, word, "colon_cue", 0.85)
    if candidate is None:
        candidate = narrative_infinitive_speaker(context, sentence, word, "colon_cue")  # « Et d'ajouter : »
    if candidate is None:
        # « Un magistrat, qui a requis l'anonymat, nuance : « … » »
        candidate = subject_before_insert(context, sentence, word, "colon_cue")
    head = sentence.head_of(word)
    if (
        candidate is None
        and head is not None
        and head.index < word.index
        and (word.base_deprel == "amod" or (word.base_deprel == "nmod" and _bare(sentence, word)))
    ):
        # « Le ministre plaisante : », « L'élu tranche : » : the cue the tagger made an adjective or a
        # noun of its subject
        candidate = linking.speaker_from_word(context, sentence, head, "colon_cue", 0.85)
    return with_cue(candidate, word.start, word.end, _cue_lemma(sentence, word))


def _bare(sentence: Sentence, word: Word) -> bool:
    """No determiner or preposition of its own: « tranche » in « L'élu tranche : »."""
    return not any(c.base_deprel in {"det", "case"} for c in sentence.children(word))


def _cue_lemma(sentence: Sentence, word: Word) -> str:
    return speech_lemma(word, relaxed=True) or speech_idiom(sentence, word) or ""


@sieve(
    "colon_bare",
    QUOTE,
    0.75,
    "Le ministre : « … » (a bare noun phrase before the colon, headline style: a name, a role or an "
    "organisation, not a topic such as « Incendie à Brest : « … » »)",
)
def colon_bare(context: Context, quote: QuoteSpan) -> Candidate | None:
    found = _colon_before(context, quote)
    if found is None:
        return None
    position, sentence, before = found
    possessor = _possessor_of_words(context, before) or _author_of_words(context, sentence, before)
    if possessor is not None:
        return with_cue(possessor, position, position + 1, ":")
    if _speech_word(before) is not None or not _is_label(before):
        return None
    named = _name_before_role(context, before)
    if named is not None:  # « Margaux D., glaciologue : « … » » : the name, not its role
        return with_cue(
            Candidate(*named, "colon_bare", confidence("colon_bare")), position, position + 1, ":"
        )
    head = phrase_head(sentence, _head_of_complement(sentence, before[-1]))
    candidate = linking.speaker_from_word(context, sentence, head, "colon_bare", confidence("colon_bare"))
    if candidate is not None and candidate.entity.kind == "unknown" and _more_than_a_name(before, candidate):
        return None  # « Canicule marine en Méditerranée : « … » » : a headline's topic, not its speaker
    if candidate is not None and candidate.entity.kind == "unknown" and _lone_place_or_topic(before):
        return None  # « Bretagne : « … » », « Fédéral : « … » » : a headline's rubric
    return with_cue(candidate, position, position + 1, ":")


def _name_before_role(context: Context, before: list[Word]) -> tuple | None:
    """« Paul R., pêcheur » : a person's name, a comma, then the role that describes them."""
    comma = next((i for i, w in enumerate(before) if w.text == ","), None)
    if comma is None or comma == 0:
        return None
    found = context.entity_at(before[0].start, before[comma - 1].end)
    if found is None or found[0].kind != "person" or found[1].start != before[0].start:
        return None
    return found


# What someone says, introduced by its owner's possessive: « Son message aux sinistrés : « … » ».
SAID_NOUNS = frozenset(
    "message réponse explication conclusion avertissement credo conseil verdict diagnostic appel promesse "
    "réplique argument mot récit témoignage constat analyse commentaire réaction".split()
)
POSSESSIVE_NUMBERS = {"son": "s", "sa": "s", "ses": "s", "leur": "p", "leurs": "p"}


def _possessor_of_words(context: Context, before: list[Word]) -> Candidate | None:
    """« Son message aux sinistrés : « … » » : the words are the possessor's, the person the possessive
    stands for."""
    if len(before) < 2 or len(before) > MAX_LABEL_WORDS:
        return None
    number = POSSESSIVE_NUMBERS.get(normalize(before[0].text))
    if number is None or normalize(before[1].lemma or before[1].text) not in SAID_NOUNS:
        return None
    candidate = resolve_pronoun(
        context, before[0].start, (None, number), "colon_bare", confidence("colon_bare")
    )
    return candidate if candidate is not None and candidate.entity.kind != "unknown" else None


def _author_of_words(context: Context, sentence: Sentence, before: list[Word]) -> Candidate | None:
    """« Réponse de l'édile : « … » », « Réaction du ministre : » : the words are those of the « de »
    complement."""
    if len(before) < 3 or len(before) > MAX_LABEL_WORDS:
        return None
    if normalize(before[0].lemma or before[0].text) not in SAID_NOUNS:
        return None
    if normalize(before[1].text) not in {"de", "du", "des", "d'"}:
        return None
    head = phrase_head(sentence, _head_of_complement(sentence, before[-1]))
    if head is before[0]:
        head = next((w for w in before[2:] if w.upos in {"NOUN", "PROPN"}), None)
    if head is None:
        return None
    candidate = linking.speaker_from_word(context, sentence, head, "colon_bare", confidence("colon_bare"))
    return candidate if candidate is not None and candidate.entity.kind != "unknown" else None


def _lone_place_or_topic(before: list[Word]) -> bool:
    """One capitalised word that is no acronym and no known person's: a place or a rubric."""
    return len(before) == 1 and not before[0].text.isupper()


def _more_than_a_name(before: list[Word], candidate: Candidate) -> bool:
    """Lowercase words beside the name in the words before the colon (« Sécheresse record en Provence »)."""
    mention = candidate.mention
    return any(
        w.text.islower() and not (mention.start <= w.start < mention.end) and w.upos not in {"DET", "PUNCT"}
        for w in before
    )


# A speaker label line is short: « Prénom Nom, fonction : « … » ».
MAX_LINE_LABEL_WORDS = 30


@sieve(
    "colon_label",
    QUOTE,
    0.8,
    "Sophie Marin, présidente de l'association des riverains : « … » / Le ministre ivoirien de "
    "l'Énergie : « … » (a verbless label line that opens with the speaker)",
    speaker_slot=True,
)
def colon_label(context: Context, quote: QuoteSpan) -> Candidate | None:
    found = _colon_before(context, quote)
    if found is None:
        return None
    position, sentence, before = found
    text = context.document.text
    line_start = text.rfind("\n", 0, position) + 1
    label = [w for w in before if w.start >= line_start]
    if not label or len(label) > MAX_LINE_LABEL_WORDS or label[0].start - line_start > 1:
        return None  # the label opens its line
    if any(w.upos in {"VERB", "AUX"} and w.feat("VerbForm") != "Part" for w in label):
        return None  # a clause, not a label: colon_subject reads it
    if len(label) > 1 and speech_lemma(label[-1], relaxed=True) is not None:
        return None  # « Le ministre plaisante : » : a cue the tagger read as an adjective (colon_cue's)
    named = context.entity_at(label[0].start, label[min(2, len(label) - 1)].end)
    if named is not None and named[0].kind == "person":
        candidate = Candidate(named[0], named[1], "colon_label", confidence("colon_label"))
    else:
        head = phrase_head(sentence, label[0])
        candidate = linking.speaker_from_word(
            context, sentence, head, "colon_label", confidence("colon_label")
        )
        if candidate is not None and candidate.entity.kind == "unknown":
            return None
    return with_cue(candidate, position, position + 1, ":")


@sieve(
    "colon_subject",
    QUOTE,
    0.7,
    "Sa voisine, Julie Moreau, est plus prudente : « … » (a person whose clause the colon closes)",
)
def colon_subject(context: Context, quote: QuoteSpan) -> Candidate | None:
    found = _colon_before(context, quote)
    if found is None:
        return None
    position, sentence, before = found
    # a speech verb is colon_cue's; an adjective of that family (« s'est voulu rassurant ») is not
    cue = _speech_word(before)
    # « il s'est montré confiant : » : a participle completing « se montrer » is an adjective (confiant is
    # no form of « confier » here)
    stance = cue is not None and cue.base_deprel == "xcomp" and cue.feat("VerbForm") == "Part"
    if (cue is not None and cue.upos in {"VERB", "AUX"} and not stance) or _is_label(before):
        return None
    root = sentence.root()
    if root is None or root.start >= position or root.upos not in {"VERB", "ADJ", "AUX"}:
        return None
    candidate = subject_of(context, sentence, root, "colon_subject", confidence("colon_subject"))
    if candidate is None:
        candidate = _pronoun_parsed_as_expletive(context, sentence, root, "colon_subject")
    if candidate is None or candidate.entity.kind != "person":
        return None
    return with_cue(candidate, position, position + 1, ":")


# Verbs whose « il » is impersonal (« il faut », « il semble ») and stands for no one.
IMPERSONAL_VERBS = frozenset(
    {"falloir", "sembler", "paraître", "agir", "avoir", "exister", "rester", "suffire"}
)


def _pronoun_parsed_as_expletive(
    context: Context, sentence: Sentence, root: Word, rule: str
) -> Candidate | None:
    """« Il s'est voulu rassurant : « … » » : the parse may make the subject pronoun an expletive."""
    if normalize(root.lemma or "") in IMPERSONAL_VERBS:
        return None
    for child in sentence.children(root):
        if child.deprel == "expl:subj" and child.index < root.index:
            pronoun = pronoun_of(child)
            if pronoun is not None:
                return resolve_pronoun(context, child.start, pronoun, rule, confidence(rule))
    return None
