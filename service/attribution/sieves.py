"""Ordered speaker rules. Each looks at one quotation and returns a Candidate or None.

Our parser is trained on little data, so each rule combines the dependency parse with the surface
pattern around the quotation marks rather than trusting one label.
"""

from __future__ import annotations

from collections.abc import Callable

from service.attribution.context import Candidate, Context, pronoun_of, speech_lemma
from service.attribution.entities import normalize
from service.attribution.quotes import QuoteSpan
from service.nlp.document import Sentence, Word

SUBJECT_DEPRELS = frozenset({"nsubj", "expl:subj"})
AUXILIARY_FORMS = frozenset(
    ["a", "ont", "avait", "avaient", "aura", "auront", "aurait", "est", "sont", "était", "a-t", "avait-t"]
)
SKIPPABLE = frozenset(
    {
        ",",
        "-",
        "–",
        "—",
        "encore",
        "aussi",
        "alors",
        "enfin",
        "pourtant",
        "même",
        "également",
        "ensuite",
        "lui-même",
        "elle-même",
        "t",
        "-t-",
        "-t",
        "t-",
    }
)
DASHES = frozenset("-–—")
NEGATION = frozenset({"ne", "n'", "pas", "plus", "jamais", "guère"})
SEMI_AUXILIARIES = frozenset(
    {
        "vouloir",
        "pouvoir",
        "devoir",
        "tenir",
        "cesser",
        "venir",
        "aller",
        "manquer",
        "souhaiter",
        "falloir",
        "sembler",
        "savoir",
    }
)
ACCORDING_TO = ("selon", "d'après", "d’après")
CONTROL_DEPRELS = frozenset({"xcomp", "advcl", "conj", "acl"})

Sieve = Callable[[Context, QuoteSpan], "Candidate | None"]


# -- shared helpers -----------------------------------------------------------------------------


def subject_of(
    context: Context, sentence: Sentence, verb: Word, rule: str, confidence: float, depth: int = 0
) -> Candidate | None:
    """Who speaks through this verb: its subject, a passive agent, or the controller of an infinitive."""
    children = sentence.children(verb)
    passive = any(c.deprel == "aux:pass" for c in children)
    for child in children:
        if passive and child.deprel == "obl:agent":
            return context.speaker_from_word(sentence, child, rule + "+passive", confidence)
    for child in children:
        if child.base_deprel in SUBJECT_DEPRELS and not passive:
            return context.speaker_from_word(sentence, child, rule, confidence)
    head = sentence.head_of(verb)
    if head is None or depth >= 3 or verb.base_deprel not in CONTROL_DEPRELS:
        return None
    if verb.base_deprel == "xcomp":  # « incité Altman à répondre » : the object speaks
        for child in sentence.children(head):
            if child.base_deprel in {"obj", "iobj"}:
                return context.speaker_from_word(sentence, child, rule + "+control", confidence * 0.9)
    return subject_of(context, sentence, head, rule, confidence * 0.95, depth + 1)


def following_speaker(
    context: Context, sentence: Sentence, tokens: list[Word], rule: str, confidence: float
) -> Candidate | None:
    """The inverted subject after a cue verb: « -t-il », « Altman », « le maire de Lyon »."""
    for word in tokens[:5]:
        if word.text in {".", "!", "?", ";", ":", "«", "»", "("}:
            return None
        if pronoun_of(word):
            return context.speaker_from_word(sentence, word, rule, confidence)
        if normalize(word.text) in SKIPPABLE or word.upos in {"ADV", "AUX"}:
            continue
        if word.upos in {"PROPN", "NOUN", "DET", "X", "ADJ", "NUM"} or word.text[:1].isupper():
            head = _phrase_head(sentence, word)
            return context.speaker_from_word(sentence, head, rule, confidence)
    return None


def _phrase_head(sentence: Sentence, word: Word) -> Word:
    """From the first word of a noun phrase to its head (a determiner's head, a name's head)."""
    current = word
    for _ in range(3):
        if current.base_deprel in {"det", "amod", "flat", "nummod", "compound", "case"}:
            head = sentence.head_of(current)
            if head is None or head.index < word.index:
                break
            current = head
        else:
            break
    if current.upos == "DET":
        following = sentence.word(current.index + 1)
        if following is not None:
            return following
    return current


def _tokens_after(context: Context, offset: int, limit: int = 12) -> tuple[Sentence | None, list[Word]]:
    if not context.document.sentences:
        return None, []
    index = context.sentence_index(offset)
    sentence = context.sentence(index)
    words = [w for w in _unique(sentence) if w.start >= offset]
    if not words and index + 1 < len(context.document.sentences):
        sentence = context.sentence(index + 1)
        words = [w for w in _unique(sentence) if w.start >= offset]
    return sentence, words[:limit]


def _unique(sentence: Sentence) -> list[Word]:
    seen: set[tuple[int, int]] = set()
    result = []
    for word in sentence.words:
        if (word.start, word.end) not in seen:
            seen.add((word.start, word.end))
            result.append(word)
    return result


def cue_at_start(tokens: list[Word], relaxed: bool) -> tuple[int, str] | None:
    """Index and lemma of a speech verb at the very start of `tokens`.

    Auxiliaries, negation and semi-auxiliaries are skipped: « n'a cessé de répéter »,
    « a tenu à souligner », « a-t-elle encore ajouté ».
    """
    for i, word in enumerate(tokens[:6]):
        lemma = speech_lemma(word, relaxed)
        if lemma:
            return i, lemma
        low = normalize(word.text)
        if low in AUXILIARY_FORMS or low in SKIPPABLE or low in NEGATION or word.upos == "AUX":
            continue
        if word.upos == "ADV" and i < 4:
            continue
        if normalize(word.lemma) in SEMI_AUXILIARIES or (low in {"de", "d'", "à"} and i > 0):
            continue
        return None
    return None


# -- the sieves, most precise first -------------------------------------------------------------


def postposed_cue(context: Context, quote: QuoteSpan) -> Candidate | None:
    """« … », a écrit Altman. / « … », dit-elle. / « … », poursuit le maire."""
    if not quote.closed and quote.mark != "—":
        return None
    offset = quote.outer_end if quote.mark != "—" else quote.start
    sentence, tokens = _tokens_after(context, offset)
    if sentence is None or not tokens:
        return None
    if quote.mark == "—":
        return _dialogue_incise(context, quote, sentence)
    if tokens[0].text not in {",", "—", "–", "-"} and tokens[0].text not in {"?", "!"}:
        if not pronoun_of(tokens[0]) and speech_lemma(tokens[0], True) is None:
            return None
    start = 1 if tokens[0].text in {",", "—", "–", "-", "?", "!"} else 0
    found = cue_at_start(tokens[start:], relaxed=True)
    if found is None:
        return None
    index, lemma = found
    verb = tokens[start + index]
    after = tokens[start + index + 1 :]
    candidate = following_speaker(context, sentence, after, "postposed_cue", 0.95)
    if candidate is None:
        candidate = subject_of(context, sentence, verb, "postposed_cue", 0.9)
    return _with_cue(candidate, verb, lemma)


def _dialogue_incise(context: Context, quote: QuoteSpan, sentence: Sentence) -> Candidate | None:
    """— Tu viens ? demanda-t-il.  The incise sits at the end of the dialogue line."""
    words = [w for s, w in context.words_between(quote.start, quote.end)]
    for i in range(1, len(words)):
        if words[i - 1].text in {",", "?", "!", "…"}:
            lemma = speech_lemma(words[i], True)
            if lemma:
                sent = context.sentence(context.sentence_index(words[i].start))
                candidate = following_speaker(context, sent, words[i + 1 :], "dialogue_incise", 0.9)
                return _with_cue(candidate, words[i], lemma)
    return None


def incise_inside(context: Context, quote: QuoteSpan) -> Candidate | None:
    """« Je pense, a-t-il dit, que c'est faux » : a comma-bounded cue inside the quotation."""
    pairs = context.words_between(quote.start, quote.end)
    words = [w for _, w in pairs]
    for i, word in enumerate(words):
        if word.text != "," or i + 2 >= len(words):
            continue
        found = cue_at_start(words[i + 1 :], relaxed=True)
        if found is None:
            continue
        index, lemma = found
        verb_position = i + 1 + index
        verb = words[verb_position]
        tail = words[verb_position + 1 : verb_position + 6]
        if not tail:
            continue
        # an incise has an inverted subject right after the verb, then a comma or the end
        first = tail[0]
        if not (
            pronoun_of(first)
            or first.text.startswith("-")
            or first.upos in {"DET", "PROPN"}
            or first.text[:1].isupper()
        ):
            continue
        if not any(w.text in {",", ".", "…", "!", "?"} for w in tail) and verb_position + 6 < len(words):
            continue
        sentence = pairs[verb_position][0]
        candidate = following_speaker(context, sentence, tail, "incise_inside", 0.95)
        if candidate:
            return _with_cue(candidate, verb, lemma)
    return None


def colon_before(context: Context, quote: QuoteSpan) -> Candidate | None:
    """X a déclaré : « … »  (also when the quotation opens the next paragraph)."""
    text = context.document.text
    position = quote.open_at - 1
    while position >= 0 and text[position] in " \t\u00a0\u202f\n\r":
        if text[position] == "\n" and not quote.paragraph_initial:
            return None
        position -= 1
    if position < 0 or text[position] != ":":
        return None
    sentence = context.sentence(context.sentence_index(position))
    before = [w for w in _unique(sentence) if w.end <= position + 1 and w.start < position]
    for word in reversed(before):
        lemma = speech_lemma(word, relaxed=True)
        if lemma:
            candidate = subject_of(context, sentence, word, "colon_cue", 0.9)
            if candidate is None:
                candidate = _subject_before(context, sentence, before, word, "colon_cue", 0.85)
            return _with_cue(candidate, word, lemma)
    # « Le ministre : « … » » — a bare noun phrase before the colon speaks (headline style)
    if before and before[-1].upos in {"PROPN", "NOUN"} and len(before) <= 6:
        head = _phrase_head(sentence, before[-1])
        candidate = context.speaker_from_word(sentence, head, "colon_bare", 0.75)
        return _with_cue(candidate, None, ":", position)
    return None


def _subject_before(context, sentence, before, verb, rule, confidence) -> Candidate | None:
    """When the parse gives no subject: the nearest pronoun or name before the verb."""
    for word in reversed([w for w in before if w.start < verb.start][-4:]):
        if pronoun_of(word) or word.upos == "PROPN":
            return context.speaker_from_word(sentence, word, rule, confidence)
    return None


def governing_verb(context: Context, quote: QuoteSpan) -> Candidate | None:
    """The quotation sits in the clause of a speech verb: « Musk a affirmé qu'« ils n'ont pas… » »."""
    pairs = context.words_between(quote.start, quote.end)
    if not pairs:
        return None
    sentence = pairs[0][0]
    inside = {w.index for s, w in pairs if s is sentence}
    for word in sentence.words:
        if word.index not in inside or word.head in inside:
            continue
        for ancestor in [word, *sentence.ancestors(word)][1:]:
            if ancestor.index in inside:
                continue
            lemma = speech_lemma(ancestor)
            if lemma:
                candidate = subject_of(context, sentence, ancestor, "governing_verb", 0.85)
                return _with_cue(candidate, ancestor, lemma)
    return _verb_before_in_clause(context, quote, sentence)


def _verb_before_in_clause(context: Context, quote: QuoteSpan, sentence: Sentence) -> Candidate | None:
    """Surface fallback: a speech verb shortly before the quotation, with no clause break between."""
    before = [w for w in _unique(sentence) if w.end <= quote.open_at]
    for word in reversed(before[-6:]):
        if word.text in {".", ";", "»", "”", "(", ")"}:
            return None
        lemma = speech_lemma(word)
        if lemma:
            candidate = subject_of(context, sentence, word, "verb_before", 0.8)
            return _with_cue(candidate, word, lemma)
    return None


def according_to(context: Context, quote: QuoteSpan) -> Candidate | None:
    """« selon X », « d'après X », « pour X, » in the quotation's sentence."""
    pairs = context.words_between(quote.start, quote.end)
    index = pairs[0][0] if pairs else context.sentence(context.sentence_index(quote.open_at))
    return according_to_in(context, index, exclude=(quote.start, quote.end))


def according_to_in(context: Context, sentence: Sentence, exclude: tuple[int, int]) -> Candidate | None:
    words = _unique(sentence)
    for i, word in enumerate(words):
        if exclude[0] <= word.start < exclude[1]:
            continue
        low = normalize(word.text)
        is_pour = low == "pour" and (i == 0 or words[i - 1].text in {",", "«"}) and _comma_follows(words, i)
        if (
            low in ACCORDING_TO
            or is_pour
            or (low == "d'" and i + 1 < len(words) and normalize(words[i + 1].text) == "après")
        ):
            rest = words[i + 1 :] if low != "d'" else words[i + 2 :]
            if rest and normalize(rest[0].text) == "après":
                rest = rest[1:]
            candidate = following_speaker(context, sentence, rest, "according_to", 0.85)
            if (
                candidate
                and candidate.entity.kind != "unknown"
                or candidate
                and candidate.mention.kind == "name"
            ):
                return _with_cue(candidate, word, "selon" if low != "pour" else "pour")
    return None


def _comma_follows(words: list[Word], i: int) -> bool:
    return any(w.text == "," for w in words[i + 1 : i + 6])


def dash_after(context: Context, quote: QuoteSpan) -> Candidate | None:
    """« … » – Albert Einstein."""
    if not quote.closed:
        return None
    text = context.document.text
    position = quote.outer_end
    while position < len(text) and text[position] in " \u00a0\u202f":
        position += 1
    if position >= len(text) or text[position] not in DASHES:
        return None
    found = context.entity_at(position + 1, min(len(text), position + 40))
    if found and found[1].start <= position + 3:
        return _with_cue(Candidate(found[0], found[1], "dash_after", 0.9), None, text[position], position)
    return None


SIEVES: tuple[Sieve, ...] = (
    incise_inside,
    postposed_cue,
    dash_after,
    colon_before,
    governing_verb,
    according_to,
)


# -- cue bookkeeping ----------------------------------------------------------------------------


def _with_cue(
    candidate: Candidate | None, verb: Word | None, lemma: str, offset: int | None = None
) -> Candidate | None:
    if candidate is None:
        return None
    if verb is not None:
        candidate.cue = (verb.start, verb.end, lemma)
    elif offset is not None:
        candidate.cue = (offset, offset + 1, lemma)
    return candidate
