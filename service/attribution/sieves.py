"""Ordered speaker rules. Each looks at one quotation and returns a Candidate or None.

Our parser is trained on little data, so each rule combines the dependency parse with the surface
pattern around the quotation marks rather than trusting one label: « …», a écrit Altman came out
of it as conj + obj, and « a-t-il » is split into a / -t-il.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from service.attribution.context import Candidate, Context, pronoun_of, speech_lemma
from service.attribution.entities import normalize
from service.attribution.quotes import QuoteSpan
from service.nlp.document import Sentence, Word

SUBJECT_DEPRELS = frozenset({"nsubj", "expl:subj"})
AUXILIARY_FORMS = frozenset(
    "a ont avait avaient aura auront aurait auraient est sont était étaient fut a-t avait-t".split()
)
# Object clitics that may stand between the quotation and the cue: « … », lui a répondu X.
CLITICS = frozenset("lui leur me m' nous vous se s' y en l' le la les".split())
NEGATION = frozenset({"ne", "n'", "pas", "plus", "jamais", "guère", "point"})
# Verbs that carry a speech verb: « a tenu à souligner », « n'a cessé de répéter ».
SEMI_AUXILIARIES = frozenset(
    "vouloir pouvoir devoir tenir cesser venir aller manquer souhaiter falloir sembler savoir".split()
)
LINKERS = frozenset({",", "-", "–", "—", "t", "-t-", "-t", "t-", "de", "d'", "à"})
TIME_WORDS = frozenset(
    """lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain matin soir midi
    soirée matinée après-midi nuit semaine mois année an week-end veille lendemain fois jour
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    dernier dernière prochain prochaine encore aussi alors ensuite enfin pourtant même également
    ainsi toutefois cependant depuis""".split()
)
DASHES = frozenset("-–—")
# How far around a quotation the surface rules look, in tokens (bounds work on run-on sentences).
WINDOW = 40
# Words that open the reported clause of a speech verb: « a dit que », « a raconté comment ».
COMPLEMENTIZERS = frozenset({"que", "qu'", "comment", "pourquoi", "combien", "si", "s'"})
ACCORDING_TO = frozenset({"selon", "d'après"})
CONTROL_DEPRELS = frozenset({"xcomp", "advcl", "conj", "acl"})
# Stressed pronouns after « selon » / « d'après » (gender, number), resolved like subject pronouns.
STRESSED_PRONOUNS = {"lui": ("m", "s"), "elle": ("f", "s"), "eux": ("m", "p"), "elles": ("f", "p")}
STOP_TOKENS = frozenset({".", "!", "?", ";", ":", "«", "»", "(", "“", "”", '"'})

Sieve = Callable[[Context, QuoteSpan], "Candidate | None"]


@dataclass
class Incise:
    """A speech cue read on the surface: the verb, its lemma, and an inverted pronoun if any."""

    verb: Word
    lemma: str
    pronoun: Word | None
    after: list[Word]  # the tokens after the verb


# -- reading cues ---------------------------------------------------------------------------------


def read_incise(tokens: list[Word], relaxed: bool = True) -> Incise | None:
    """A speech verb at the start of `tokens`, through clitics, auxiliaries, negation and inserts.

    Reads « lui a répondu », « a-t-elle affirmé », « n'a cessé de répéter »,
    « a pour sa part indiqué », « explique-t-elle », « poursuit ».
    """
    pronoun = None
    seen_aux = False
    for i, word in enumerate(tokens[:9]):
        low = normalize(word.text)
        lemma = speech_lemma(word, relaxed)
        if lemma and (low.endswith("ant") or word.feat("VerbForm") == "Ger"):
            return None  # « …, tout en annonçant … » : a gerund is no incise
        if lemma:
            glued = word if glued_pronoun(word) else None
            after = tokens[i + 1 :]
            inverted = next((w for w in after[:2] if pronoun_of(w) and w.text.startswith("-")), None)
            return Incise(word, lemma, pronoun or glued or inverted, after)
        if low in STOP_TOKENS:
            return None
        if pronoun_of(word) and (seen_aux or low.startswith("-")):
            pronoun = word
        elif low in AUXILIARY_FORMS or word.upos == "AUX":
            seen_aux = True
        elif low in CLITICS or low in NEGATION or low in LINKERS or low in TIME_WORDS:
            continue
        elif word.upos == "ADV" or normalize(word.lemma) in SEMI_AUXILIARIES:
            continue
        elif seen_aux and word.upos in {"ADP", "DET", "NOUN", "PROPN", "PRON", "ADJ"}:
            continue  # an insert between auxiliary and participle: « a pour sa part indiqué »
        else:
            return None
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


# -- shared helpers -------------------------------------------------------------------------------


def subject_of(
    context: Context, sentence: Sentence, verb: Word, rule: str, confidence: float, depth: int = 0
) -> Candidate | None:
    """Who speaks through this verb: its subject, a passive agent, or the controller of an infinitive."""
    children = sentence.children(verb)
    passive = any(c.deprel == "aux:pass" for c in children)
    if passive and depth > 0:
        # « X a été cité par Y comme estimant que … » : the one who estimates is X, not Y
        for child in children:
            if child.deprel == "nsubj:pass":
                return context.speaker_from_word(sentence, child, rule + "+control", confidence)
    for child in children:
        if passive and child.deprel == "obl:agent":
            return context.speaker_from_word(sentence, child, rule + "+passive", confidence)
    # a parser may give a verb two subjects: the closest one that names a speaker wins
    subjects = [
        c
        for c in children
        if c.base_deprel in SUBJECT_DEPRELS and not passive and not context.inside_quote(c.start, c.end)
    ]
    for child in sorted(subjects, key=lambda c: abs(c.index - verb.index)):
        candidate = context.speaker_from_word(sentence, _antecedent(sentence, verb, child), rule, confidence)
        if candidate is not None:
            return candidate
    if subjects:
        return None
    head = sentence.head_of(verb)
    if head is None or depth >= 3 or verb.base_deprel not in CONTROL_DEPRELS:
        return None
    if verb.base_deprel == "xcomp":  # « incité Altman à répondre » : the object speaks
        for child in sentence.children(head):
            if child.base_deprel in {"obj", "iobj"}:
                return context.speaker_from_word(sentence, child, rule + "+control", confidence * 0.9)
    return subject_of(context, sentence, head, rule, confidence * 0.95, depth + 1)


def _antecedent(sentence: Sentence, verb: Word, subject: Word) -> Word:
    """« le bourgmestre, qui a évoqué une « … » » : a relative « qui » stands for the noun its clause
    hangs on."""
    if normalize(subject.text) == "qui" and verb.deprel == "acl:relcl":
        return sentence.head_of(verb) or subject
    return subject


def speaker_of_incise(
    context: Context, sentence: Sentence, incise: Incise, rule: str, confidence: float
) -> Candidate | None:
    """The inverted subject of an incise: a pronoun, the parse's subject, or the next noun phrase."""
    if incise.pronoun is not None:
        pronoun = pronoun_of(incise.pronoun) or glued_pronoun(incise.pronoun)
        if pronoun:
            return context.resolve_pronoun(incise.pronoun.start, pronoun, rule, confidence)
    glued = glued_pronoun(incise.verb)
    if glued:
        return context.resolve_pronoun(incise.verb.start, glued, rule, confidence)
    for child in sentence.children(incise.verb):
        if child.base_deprel in SUBJECT_DEPRELS and child.index > incise.verb.index:
            return context.speaker_from_word(sentence, child, rule, confidence)
    return following_speaker(context, sentence, incise.after, rule, confidence)


def following_speaker(
    context: Context, sentence: Sentence, tokens: list[Word], rule: str, confidence: float
) -> Candidate | None:
    """The first noun phrase after a cue, past prepositional phrases and time words."""
    # state of a prepositional phrase being skipped: None (none), "open" (no noun yet), "done"
    prepositional: str | None = None
    for word in tokens[:12]:
        low = normalize(word.text)
        if low in STOP_TOKENS:
            return None
        if pronoun_of(word):
            return context.speaker_from_word(sentence, word, rule, confidence)
        if (
            word.upos == "ADP"
            or low in {"à", "de", "d'"}
            or (low in {"au", "aux", "du", "des"} and word.upos != "DET")
        ):
            prepositional = "open"
            continue
        if low in TIME_WORDS or low in LINKERS or word.upos in {"ADV", "AUX", "PUNCT", "NUM"}:
            continue
        nominal = word.upos in {"DET", "PROPN", "NOUN", "ADJ", "X"} or word.text[:1].isupper()
        if nominal and prepositional == "open":
            if word.upos != "DET":
                prepositional = "done"  # « à l'AFP » : the noun closes the phrase
            continue
        if nominal and (prepositional is None or word.upos == "DET" or word.upos == "PROPN"):
            head = _phrase_head(sentence, word)
            if normalize(head.text) in TIME_WORDS:
                continue
            return context.speaker_from_word(sentence, head, rule, confidence)
        if nominal:
            continue  # still inside the prepositional phrase (« au micro de la RTBF »)
        if word.upos in {"VERB", "SCONJ", "CCONJ"}:
            return None
    return None


def _phrase_head(sentence: Sentence, word: Word) -> Word:
    """From the first word of a noun phrase to its head (a determiner's head, a name's head)."""
    current = word
    for _ in range(3):
        if current.base_deprel in {"det", "amod", "flat", "nummod", "compound"}:
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


def _tokens_after(context: Context, offset: int) -> tuple[Sentence | None, list[Word]]:
    if not context.document.sentences:
        return None, []
    index = context.sentence_index(offset)
    for candidate in (index, index + 1):
        if candidate < len(context.document.sentences):
            sentence = context.sentence(candidate)
            words = sentence.tokens_after(offset, WINDOW)
            if words:
                return sentence, words
    return None, []


def _with_cue(candidate: Candidate | None, start: int, end: int, lemma: str) -> Candidate | None:
    if candidate is not None:
        candidate.cue = (start, end, lemma)
    return candidate


def _incise_candidate(context, sentence, incise, rule, confidence) -> Candidate | None:
    candidate = speaker_of_incise(context, sentence, incise, rule, confidence)
    return _with_cue(candidate, incise.verb.start, incise.verb.end, incise.lemma)


# -- the sieves, most precise first ----------------------------------------------------------------


def postposed_cue(context: Context, quote: QuoteSpan) -> Candidate | None:
    """« … », a écrit Altman. / « … », dit-elle. / « … », lui a répondu la ministre."""
    if quote.mark == "—":
        return dialogue_incise(context, quote)
    if not quote.closed or _speech_verb_right_before(context, quote):
        return None  # « qu'il juge « ambitieux », prévoit … » : the verb before owns the quote
    sentence, tokens = _tokens_after(context, quote.outer_end)
    if sentence is None or not tokens:
        return None
    first = tokens[0].text
    if first not in {",", "—", "–", "-", "?", "!"} and not (pronoun_of(tokens[0]) or first[:1].islower()):
        return None
    start = 1 if first in {",", "—", "–", "-", "?", "!"} else 0
    incise = read_incise(tokens[start:])
    if incise is None or _has_subject_before(sentence, incise.verb, skip=(quote.open_at, quote.outer_end)):
        return None  # « Le plan, qu'il juge « … », prévoit … » : the verb already has its subject
    return _incise_candidate(context, sentence, incise, "postposed_cue", 0.95)


def _speech_verb_right_before(context: Context, quote: QuoteSpan) -> bool:
    return _speech_verb_before(context, quote) is not None


def _speech_verb_before(context: Context, quote: QuoteSpan) -> tuple[Sentence, Word] | None:
    """A speech verb just before the opening mark (determiners aside): « juge « … » », « qualifie de « … » »."""
    sentence = context.sentence(context.sentence_index(quote.open_at))
    before = [w for w in sentence.tokens_before(quote.open_at, 6) if w.upos != "DET"]
    if before and normalize(before[-1].text) in {"de", "d'"}:
        before = before[:-1]
    if before and speech_lemma(before[-1]) is not None:
        return sentence, before[-1]
    # « qu'il juge « … » » : after a subject pronoun, a word the tagger took for a noun is the verb
    if len(before) >= 2 and pronoun_of(before[-2]) and speech_lemma(before[-1], relaxed=True):
        return sentence, before[-1]
    return None


def dialogue_incise(context: Context, quote: QuoteSpan) -> Candidate | None:
    """— Tu viens ? demanda-t-il.  The incise closes the dialogue line."""
    found = _dialogue_incise_at(context, quote)
    if found is None:
        return None
    sentence, incise, _ = found
    return _incise_candidate(context, sentence, incise, "dialogue_incise", 0.9)


def dialogue_content_end(context: Context, quote: QuoteSpan) -> int | None:
    """Where a dialogue line's speech stops: before its incise (« ? demanda-t-il » is not speech)."""
    found = _dialogue_incise_at(context, quote)
    return found[2] if found else None


def _dialogue_incise_at(context: Context, quote: QuoteSpan) -> tuple[Sentence, Incise, int] | None:
    line_end = context.document.text.find("\n", quote.start)
    pairs = context.words_between(quote.start, line_end if line_end >= 0 else len(context.document.text))
    words = [w for _, w in pairs]
    for i in range(1, len(words)):
        if words[i - 1].text not in {",", "?", "!", "…"}:
            continue
        incise = read_incise(words[i : i + WINDOW])
        if incise is None:
            continue
        keep = words[i - 1] if words[i - 1].text != "," else words[i - 2]
        return pairs[i][0], incise, keep.end
    return None


def incise_inside(context: Context, quote: QuoteSpan) -> Candidate | None:
    """« Je pense, a-t-il dit, que c'est faux » / « … par soir, soupire-t-elle. L'hiver … »."""
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
        if not closes or not (has_pronoun or (tail and _starts_noun_phrase(tail[0]))):
            continue
        sentence = pairs[i + 1][0]
        candidate = _incise_candidate(context, sentence, incise, "incise_inside", 0.95)
        if candidate:
            return candidate
    return None


def _starts_noun_phrase(word: Word) -> bool:
    return word.upos in {"DET", "PROPN"} or word.text[:1].isupper()


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
    before = [w for w in sentence.tokens_before(position + 1, WINDOW) if w.start < position]
    for word in reversed(before):
        lemma = speech_lemma(word, relaxed=True)
        if lemma:
            candidate = subject_of(context, sentence, word, "colon_cue", 0.9)
            if candidate is None:
                candidate = _subject_before(context, sentence, before, word, "colon_cue", 0.85)
            return _with_cue(candidate, word.start, word.end, lemma)
    # « Le ministre : « … » » — a bare noun phrase before the colon speaks (headline style)
    if before and before[-1].upos in {"PROPN", "NOUN"} and len(before) <= 6:
        head = _phrase_head(sentence, before[-1])
        candidate = context.speaker_from_word(sentence, head, "colon_bare", 0.75)
        return _with_cue(candidate, position, position + 1, ":")
    # « Sa voisine, Julie Moreau, est plus prudente : « … » » : a person whose clause the colon closes
    root = sentence.root()
    if root is not None and root.start < position and root.upos in {"VERB", "ADJ", "AUX"}:
        candidate = subject_of(context, sentence, root, "colon_subject", 0.7)
        if candidate is not None and candidate.entity.kind == "person":
            return _with_cue(candidate, position, position + 1, ":")
    return None


def _subject_before(context, sentence, before, verb, rule, confidence) -> Candidate | None:
    """When the parse gives no subject: the nearest pronoun or name before the verb."""
    for word in reversed([w for w in before if w.start < verb.start][-8:]):
        if word.text in {".", ";", ":", "»"} or word.upos == "VERB":
            return None
        if pronoun_of(word) or word.upos == "PROPN":  # « Tevita Fonua, lui, a posté » reaches the name
            return context.speaker_from_word(sentence, word, rule, confidence)
    return None


def governing_verb(context: Context, quote: QuoteSpan) -> Candidate | None:
    """The quotation sits in the clause of a speech verb: « Musk a affirmé qu'« ils n'ont pas… » »."""
    pairs = context.words_between(quote.start, quote.end)
    if not pairs:
        return None
    sentence = pairs[0][0]
    before = _speech_verb_before(context, quote)
    if before is not None:  # « qu'il juge « ambitieux mais réaliste » » : the verb right before
        verb_sentence, verb = before
        candidate = subject_of(context, verb_sentence, verb, "governing_verb", 0.85)
        if candidate is not None:
            candidate.depth = 1
            return _with_cue(candidate, verb.start, verb.end, speech_lemma(verb) or "")
    # the quotation's words are a contiguous index range (multi-word tokens included)
    indices = [w.index for s, w in pairs if s is sentence]
    low, high = min(indices), max(indices)
    while (following := sentence.word(high + 1)) is not None and following.start == sentence.words[
        high - 1
    ].start:
        high += 1
    inside = range(low, high + 1)
    for word in sentence.words[low - 1 : high]:
        if word.head in inside:
            continue
        depth, below = 0, word
        for ancestor in sentence.ancestors(word):
            # « des transports « fluides » et une ville « apaisée » » : a conjunct is no further away
            depth += below.base_deprel != "conj"
            below = ancestor
            if ancestor.index in inside:
                continue
            lemma = speech_lemma(ancestor)
            if lemma:
                candidate = subject_of(context, sentence, ancestor, "governing_verb", 0.85)
                if candidate is not None:
                    candidate.depth = depth
                return _with_cue(candidate, ancestor.start, ancestor.end, lemma)
    return None


def que_before(context: Context, quote: QuoteSpan) -> Candidate | None:
    """Surface fallback: « X a déclaré dans un communiqué que Trump « … » », « partager comment il a
    « … » », even across a sentence the tokenizer cut."""
    index = context.sentence_index(quote.open_at)
    tokens = list(context.sentence(index).tokens_before(quote.open_at, WINDOW))
    if index > 0 and len(tokens) < 8:
        previous = context.sentence(index - 1)
        text = context.document.text
        if (
            previous.end <= quote.open_at
            and text[previous.end - 1] not in ".!?…:»"
            and "\n" not in text[previous.end : quote.open_at]
        ):
            tokens = list(previous.tokens[-WINDOW:]) + tokens  # the tokenizer cut a sentence in two
    que = next(
        (
            i
            for i in range(len(tokens) - 1, max(-1, len(tokens) - 7), -1)
            if normalize(tokens[i].text) in COMPLEMENTIZERS
        ),
        None,
    )
    if que is None:
        return None
    for word in reversed(tokens[max(0, que - 10) : que]):
        if word.text in {".", ";", "«", "»", ":"}:
            return None
        lemma = speech_lemma(word)
        if lemma:
            sentence = context.sentence(context.sentence_index(word.start))
            candidate = subject_of(context, sentence, word, "que_before", 0.8) or _subject_before(
                context,
                sentence,
                list(sentence.tokens_before(word.start, WINDOW)),
                word,
                "que_before",
                0.75,
            )
            return _with_cue(candidate, word.start, word.end, lemma)
    return None


def sentence_incise(context: Context, quote: QuoteSpan) -> Candidate | None:
    """A quotation inside a sentence closed by a cue: « restera « très perturbé », a prévenu la SNCF »."""
    pairs = context.words_between(quote.start, quote.end)
    if not pairs:
        return None
    sentence = pairs[-1][0]
    tokens = sentence.tokens_after(quote.outer_end, WINDOW)
    commas = [i for i, w in enumerate(tokens) if w.text == ","]
    for comma in commas[-2:]:
        incise = read_incise(tokens[comma + 1 :], relaxed=False)
        if incise is not None and not _has_subject_before(sentence, incise.verb):
            candidate = _incise_candidate(context, sentence, incise, "sentence_incise", 0.85)
            if candidate:
                return candidate
    return None


def _has_subject_before(sentence: Sentence, verb: Word, skip: tuple[int, int] = (0, 0)) -> bool:
    """The verb has a (non-pronoun) subject before it, outside the quotation spanning `skip`."""
    return any(
        c.base_deprel in SUBJECT_DEPRELS
        and c.index < verb.index
        and not skip[0] <= c.start < skip[1]
        and not pronoun_of(c)
        and normalize(c.text) not in CLITICS
        for c in sentence.children(verb)
    )


def according_to(context: Context, quote: QuoteSpan) -> Candidate | None:
    """« selon X », « d'après X », « pour X, » in the quotation's sentence."""
    pairs = context.words_between(quote.start, quote.end)
    sentence = pairs[0][0] if pairs else context.sentence(context.sentence_index(quote.open_at))
    # the words around the quotation (a bounded window), not the whole of a run-on sentence
    near = sentence.tokens_before(quote.open_at, WINDOW) + sentence.tokens_after(quote.outer_end, WINDOW)
    return according_to_in(context, sentence, exclude=(quote.start, quote.end), words=near)


def according_to_in(
    context: Context, sentence: Sentence, exclude: tuple[int, int], words: tuple[Word, ...] | None = None
) -> Candidate | None:
    words = sentence.tokens if words is None else words
    for i, word in enumerate(words):
        if exclude[0] <= word.start < exclude[1]:
            continue
        low = normalize(word.text)
        rest = words[i + 1 :]
        if low == "d'" and rest and normalize(rest[0].text) == "après":
            low, rest = "d'après", rest[1:]
        is_pour = low == "pour" and (i == 0 or words[i - 1].text in {",", "«"}) and _comma_follows(words, i)
        if low not in ACCORDING_TO and not is_pour:
            continue
        stressed = STRESSED_PRONOUNS.get(normalize(rest[0].text)) if rest else None
        if stressed is not None:  # « selon lui », « d'après elle »
            candidate = context.resolve_pronoun(rest[0].start, stressed, "according_to", 0.85)
        else:
            candidate = following_speaker(context, sentence, rest[:8], "according_to", 0.85)
        if candidate is None:
            continue
        # « selon une étude » is a source too; « pour » only introduces people and organisations
        if not is_pour or candidate.entity.kind != "unknown" or candidate.mention.kind == "name":
            return _with_cue(candidate, word.start, word.end, "pour" if is_pour else "selon")
    return None


def _comma_follows(words: list[Word], i: int) -> bool:
    """« Pour l'Association suisse des locataires (ASLOCA), … » : a short phrase, then a comma."""
    depth = 0
    for word in words[i + 1 : i + 16]:
        depth += {"(": 1, ")": -1}.get(word.text, 0)
        if word.text == "," and depth == 0:
            return True
        if word.upos == "VERB" and depth == 0:
            return False
    return False


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
        candidate = Candidate(found[0], found[1], "dash_after", 0.9)
        return _with_cue(candidate, position, position + 1, text[position])
    return None


SIEVES: tuple[Sieve, ...] = (
    incise_inside,
    postposed_cue,
    dash_after,
    colon_before,
    governing_verb,
    que_before,
    sentence_incise,
    according_to,
)
