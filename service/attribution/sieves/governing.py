"""The quotation sits inside the clause of a speech verb: the verb's subject speaks."""

from __future__ import annotations

from service.attribution import lexicon, linking
from service.attribution.candidates import Candidate, reached_via, with_cue
from service.attribution.context import Context
from service.attribution.cues import pronoun_of, speech_lemma
from service.attribution.entities import normalize
from service.attribution.quotes import QuoteSpan
from service.attribution.sieves.common import (
    WINDOW,
    causative_cue,
    is_known,
    label_between,
    speech_verb_before,
    subject_before,
    subject_before_insert,
    subject_of,
)
from service.attribution.sieves.registry import QUOTE, confidence, sieve
from service.nlp.document import Sentence, Word

# How far back from the quotation a complementizer (que, comment, si) may stand.
COMPLEMENTIZER_REACH = 6
# How far back from the complementizer the speech verb may stand.
VERB_REACH = 10


@sieve(
    "governing_verb",
    QUOTE,
    0.85,
    "Musk a affirmé qu'« ils n'ont pas … » / qu'il juge « ambitieux mais réaliste »",
)
def governing_verb(context: Context, quote: QuoteSpan) -> Candidate | None:
    pairs = quote_words(context, quote)
    if not pairs:
        return None
    sentence = pairs[0][0]
    rule_confidence = confidence("governing_verb")
    before = speech_verb_before(context, quote)
    if before is not None:  # « qu'il juge « ambitieux mais réaliste » » : the verb right before
        verb_sentence, verb = before
        # « assure que les fabricants respectent … et dénonce une « … » » : the cue's coordinate
        speaking = _cue_coordinated_into_clause(verb_sentence, verb) or verb
        candidate = subject_of(context, verb_sentence, speaking, "governing_verb", rule_confidence)
        if candidate is not None:
            return candidate.but(depth=1, cue=(verb.start, verb.end, speech_lemma(verb) or ""))
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
            if _leaves_the_content(sentence, below, inside):
                break
            # « des transports « fluides » et une ville « apaisée » » : a conjunct is no further away,
            # and neither is a step inside an earlier fragment the parser hung this one on
            depth += below.base_deprel != "conj" and not _in_other_quote(context, quote, below)
            below = ancestor
            if ancestor.index in inside:
                continue
            subject = _subject_of_cue_read_as_modifier(sentence, ancestor)
            if subject is not None:  # « L'association X pointe du doigt des frais « … » »
                found = linking.speaker_from_word(
                    context, sentence, subject, "governing_verb", rule_confidence
                )
                lemma = speech_lemma(ancestor, relaxed=True) or ""
                return with_cue(
                    found.but(depth=depth) if found else None, ancestor.start, ancestor.end, lemma
                )
            lemma = speech_lemma(ancestor) or _two_word_cue(sentence, ancestor)
            if lemma and _passive(sentence, ancestor) and lemma in lexicon.NOT_SPEECH_WHEN_PASSIVE:
                continue  # « ont été interpellés » : arrested, not questioned
            if lemma:
                candidate = _subject_or_name_before(context, sentence, ancestor, "governing_verb")
                if candidate is not None and _rubric_before(context, quote, candidate, ancestor):
                    return None
                if candidate is None and _reported_clause_of_a_thing(sentence, ancestor):
                    continue
                if candidate is not None:
                    candidate = candidate.but(depth=depth)
                return with_cue(candidate, ancestor.start, ancestor.end, lemma)
    return _cue_read_as_copula(context, sentence, [w for s, w in pairs if s is sentence], rule_confidence)


def _cue_read_as_copula(
    context: Context, sentence: Sentence, words: list[Word], rule_confidence: float
) -> Candidate | None:
    """« Le maire dément « toute irrégularité » » parsed as « est « toute irrégularité » » : a speech
    form the tagger made the copula of the quoted noun is the cue, its subject the speaker."""
    inside = {w.index for w in words}
    heads = [w for w in words if w.head not in inside]
    if len(heads) != 1:
        return None
    cue = next((c for c in sentence.children(heads[0]) if c.base_deprel == "cop" and speech_lemma(c)), None)
    subject = next((c for c in sentence.children(heads[0]) if c.base_deprel == "nsubj"), None)
    if cue is None or subject is None or subject.index > cue.index:
        return None
    found = linking.speaker_from_word(context, sentence, subject, "governing_verb", rule_confidence)
    return with_cue(found, cue.start, cue.end, speech_lemma(cue) or "")


def _subject_of_cue_read_as_modifier(sentence: Sentence, word: Word) -> Word | None:
    """« L'association UFC-Que Choisir pointe du doigt … » : a finite speech form right after its
    subject's name, with no article of its own, that the tagger made an adjective of that subject."""
    head = sentence.head_of(word)
    if (
        word.upos != "ADJ"
        or word.base_deprel != "amod"
        or head is None
        or head.upos not in {"NOUN", "PROPN"}
        or head.index > word.index
        or head.base_deprel not in {"root", "nsubj"}
        or not speech_lemma(word, relaxed=True)
    ):
        return None
    previous = sentence.word(word.index - 1)
    return head if previous is not None and previous.upos == "PROPN" else None


def _rubric_before(context: Context, quote: QuoteSpan, candidate: Candidate, verb: Word) -> bool:
    """« Fédéral : « … », prévient le formateur », « QUÉBEC — « … », a accusé X » : a headline's rubric
    or a dateline is never the subject of the cue after the quotation."""
    mention = candidate.mention
    return (
        mention.end <= quote.open_at
        and verb.start >= quote.end
        and label_between(context.document.text[mention.end : quote.open_at])
    )


def _leaves_the_content(sentence: Sentence, below: Word, inside: range) -> bool:
    """Going up from `below` leaves what the verb above says: a relative clause (« a appelé les
    pompiers, qui sont arrivés « … » ») or a clause coordinated with a subject of its own (« a
    annoncé la fermeture, et les salariés ont reçu une lettre « … » »)."""
    if below.index in inside:
        return False
    if below.deprel == "acl:relcl" or below.base_deprel == "nsubj":
        return True  # « Le camp des « faucons » estime que … » : the subject does not say its own name
    children = sentence.children(below)
    # « a reconnu que les moyens … restaient « … » » parsed as a coordinate: its « que » makes it the
    # cue's clause all the same
    if any(c.base_deprel == "mark" and normalize(c.text) in lexicon.QUE_FORMS for c in children):
        return False
    return below.base_deprel == "conj" and any(c.base_deprel == "nsubj" for c in children)


def _reported_clause_of_a_thing(sentence: Sentence, verb: Word) -> bool:
    """« a laissé entendre que les travaux reprendraient « … » » : a cue form whose subject is a
    thing, in the reported clause of a verb above, is no speech of its own (reprendre, présenter)."""
    return verb.base_deprel == "ccomp" and any(
        c.base_deprel == "nsubj" and c.upos in {"NOUN", "PROPN"} for c in sentence.children(verb)
    )


# How far back from a verb its subject's name may end, past auxiliaries, commas and clitics.
SUBJECT_SLOT_REACH = 4
# How far before the opening mark a qualifying verb may stand (its object between the two).
QUALIFIER_REACH = 20
# The longest quoted judgement a qualifying verb gives its object.
JUDGEMENT_WORDS = 6
# Words that may stand in the object between a qualifying verb and the quoted judgement.
OBJECT_UPOS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM", "ADV", "ADP"})


@sieve(
    "qualifying_verb",
    QUOTE,
    0.85,
    "Le rectorat qualifiait d'« intolérables » ces propos / …, qualifiant l'effondrement des cours "
    "d'« alarmant » / des lettres qui jugeaient son attitude « déplacée », a affirmé sa mère",
)
def qualifying_verb(context: Context, quote: QuoteSpan) -> Candidate | None:
    """A short judgement in marks that a verb gives its object speaks for that verb's subject, even
    when an incise closes the sentence: the incise reports the one who judged."""
    if not _judgement(context, quote):
        return None
    sentence = context.sentence_at(quote.open_at)
    before = list(sentence.tokens_before(quote.open_at, QUALIFIER_REACH))
    introducer = ""
    # « décrit comme un « désastre » », « saluée comme une « avancée » » : an article after « comme »
    if (
        len(before) > 1
        and normalize(before[-1].text) in {"un", "une"}
        and normalize(before[-2].text) == "comme"
    ):
        before.pop()
    if before and normalize(before[-1].text) in {"de", "d'", "comme"}:
        introducer = normalize(before.pop().text)
    for word in reversed(before):
        clitic_lemma = _qualifier_after_clitic(sentence, word)
        mistagged = clitic_lemma is not None or _judging_noun(sentence, word)
        lemma = clitic_lemma or ("juger" if mistagged else _qualifying_lemma(word))
        following = sentence.word(word.index + 1)
        if (
            not introducer
            and normalize(word.text) in {"de", "d'", "comme"}
            and following is not None
            and _earlier_judgement(context, quote, following)
        ):
            introducer = normalize(word.text)  # « décrit comme « patiente » et « têtue » » : shared
        if lemma is not None:
            if introducer not in lexicon.qualifying_verbs()[lemma]:
                return None
            if mistagged:
                candidate = _opening_phrase(context, sentence, word, "qualifying_verb")
            else:
                candidate = _subject_or_name_before(context, sentence, word, "qualifying_verb")
            return with_cue(candidate.but(depth=1) if candidate else None, word.start, word.end, lemma)
        if word.upos not in OBJECT_UPOS and not _earlier_judgement(context, quote, word):
            return None  # a verb, a clause or a punctuation mark: the quotation is no judgement of it
    return None


# What stands before a noun: « le juge », « du juge », « un ancien juge » are the magistrate.
NOUN_INTRODUCERS = frozenset({"ADP", "DET", "ADJ", "NUM"})


def _judging_noun(sentence: Sentence, word: Word) -> bool:
    """« Le syndicat juge les propositions « … » », « L'UEL juge « … » les mesures » : the tagger
    often reads the verb as the noun « juge »; right after a noun phrase, it is the verb."""
    if word.upos != "NOUN" or normalize(word.text) not in {"juge", "jugent"}:
        return False
    previous = sentence.word(word.index - 1)
    if previous is not None and previous.upos == "ADJ":  # « la fédération patronale juge » after its noun
        previous = sentence.word(previous.index - 1)
        return previous is not None and previous.upos in {"NOUN", "PROPN"}
    if previous is not None and normalize(previous.text) in OBJECT_CLITICS:
        # « L'universitaire la juge « déloyale » » : an object clitic between the subject and the verb
        subject = sentence.word(previous.index - 1)
        return subject is not None and subject.upos in {"NOUN", "PROPN"}
    return previous is not None and previous.upos not in NOUN_INTRODUCERS


OBJECT_CLITICS = frozenset({"la", "le", "les", "l'"})


def _qualifier_after_clitic(sentence: Sentence, word: Word) -> str | None:
    """« Un membre de la délégation, sous couvert d'anonymat, la décrit comme « … » » : after an insert,
    the tagger reads the object clitic as an article and the verb as a noun."""
    if word.upos != "NOUN":
        return None
    lemma = lexicon.qualifying_forms().get(normalize(word.text)) or speech_lemma(word, relaxed=True)
    if lemma not in lexicon.qualifying_verbs():
        return None
    clitic = sentence.word(word.index - 1)
    if lemma is None or clitic is None or normalize(clitic.text) not in OBJECT_CLITICS:
        return None
    before = sentence.word(clitic.index - 1)
    return lemma if before is not None and (before.text == "," or before.upos in {"NOUN", "PROPN"}) else None


def _opening_phrase(context: Context, sentence: Sentence, verb: Word, rule: str) -> Candidate | None:
    """The noun phrase that opens the sentence, as the subject of a verb the parse missed."""
    for word in sentence.words:
        if word.start >= verb.start or context.inside_quote(word.start, word.end):
            return None
        if word.upos in {"NOUN", "PROPN"}:
            return linking.speaker_from_word(context, sentence, word, rule, confidence(rule) * 0.9)
        if word.upos not in {"DET", "ADJ"}:
            return None
    return None


def _earlier_judgement(context: Context, quote: QuoteSpan, word: Word) -> bool:
    """« qualifié la réforme d'« injuste » et de « brutale » » : the first judgement, its marks and the
    conjunction are no break between the verb and the second."""
    if word.upos == "CCONJ":
        return True
    return any(
        other.open_at <= word.start < other.outer_end and other.outer_end <= quote.open_at
        for other in context.quotes
    )


def _subject_or_name_before(context: Context, sentence: Sentence, verb: Word, rule: str) -> Candidate | None:
    """The verb's subject; when the parse gives it none, the person named just before it (« Yann Le
    Goff, a qualifié … », « …, a dit Claire Dumas, qualifiant … »)."""
    agent = _agent_of_participle(sentence, verb)
    if agent is not None:  # « le projet, jugé « liberticide » par l'opposition »
        found = linking.speaker_from_word(context, sentence, agent, rule, confidence(rule))
        return reached_via(found, "passive")
    cue = _cue_coordinated_into_clause(sentence, verb)
    if cue is not None:  # « X affirme que … et déplore un mouvement « … » »
        found = subject_of(context, sentence, cue, rule, confidence(rule) * 0.9)
        if found is not None:
            return found
    candidate = subject_of(context, sentence, verb, rule, confidence(rule))
    if candidate is not None or any(c.base_deprel == "nsubj" for c in sentence.children(verb)):
        return candidate
    vocative = _vocative_subject(context, sentence, verb)
    if vocative is not None:
        return linking.speaker_from_word(context, sentence, vocative, rule, confidence(rule) * 0.9)
    before = _past_relative_clause(sentence.tokens_before(verb.start, RELATIVE_REACH))
    for word in reversed(before[-SUBJECT_SLOT_REACH:]):
        if word.text == "," or word.upos in {"AUX", "ADV"} or normalize(word.text) in lexicon.CLITICS:
            continue
        named = context.entity_at(word.start, word.end)
        if named is None or named[0].kind != "person" or named[1].end != word.end:
            return None
        return Candidate(named[0], named[1], rule, confidence(rule) * 0.9)
    return None


# How many words back a relative clause set off before the verb may reach.
RELATIVE_REACH = 20


def _past_relative_clause(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """« le Dr X, qui n'a pas participé à l'étude, juge … » : the words before the verb without the
    relative clause set off by commas that ends them."""
    if len(words) < 3 or words[-1].text != ",":
        return words
    opening = next((k for k in range(len(words) - 2, -1, -1) if words[k].text == ","), None)
    if (
        opening is None
        or opening + 1 >= len(words)
        or normalize(words[opening + 1].text) not in {"qui", "dont"}
    ):
        return words
    return words[: opening + 1]


def _cue_coordinated_into_clause(sentence: Sentence, verb: Word) -> Word | None:
    """« affirme que la réorganisation est indispensable et déplore … » : a speech verb with no subject,
    in the cue's tense, that the parse coordinated inside the cue's que-clause is the cue's coordinate."""
    clause = sentence.head_of(verb)
    if verb.base_deprel != "conj" or clause is None or clause.base_deprel != "ccomp":
        return None
    if any(c.base_deprel == "nsubj" for c in sentence.children(verb)):
        return None
    cue = sentence.head_of(clause)
    if cue is None or not speech_lemma(cue) or verb.feat("Tense") != cue.feat("Tense"):
        return None
    return cue


def _vocative_subject(context: Context, sentence: Sentence, verb: Word) -> Word | None:
    """« Maître Patrick Mboumba, avocat de …, déplore … et se dit rassuré qu'enfin « … » » : narration
    has no vocative; one the parser hung before the verb (or the verb it is coordinated with or
    depends on) is its subject."""
    current: Word | None = verb
    while current is not None:
        for child in sentence.children(current):
            if (
                child.base_deprel == "vocative"
                and child.index < current.index
                and not context.inside_quote(child.start, child.end)
            ):
                return child
        current = sentence.head_of(current) if current.base_deprel in {"conj", "xcomp"} else None
    return None


def _agent_of_participle(sentence: Sentence, verb: Word) -> Word | None:
    """The « par X » of a past participle with no auxiliary (« qualifiées de « … » par la direction »)
    or in the passive (« a été saluée comme un « … » par la directrice »)."""
    if verb.feat("VerbForm") != "Part" or verb.feat("Tense") != "Past":
        return None
    children = sentence.children(verb)
    if any(c.upos == "AUX" for c in children) and not any(c.deprel == "aux:pass" for c in children):
        return None
    # « construite en 1960 et jugée « … » par un audit » : the parser may hang the agent on the first
    # of two coordinated participles
    first = sentence.head_of(verb) if verb.base_deprel == "conj" else None
    owners = [verb] + ([first] if first is not None and first.feat("VerbForm") == "Part" else [])
    for owner in owners:
        for child in sentence.children(owner):
            cases = [normalize(c.text) for c in sentence.children(child) if c.base_deprel == "case"]
            if child.index > verb.index and (
                child.deprel == "obl:agent" or (child.base_deprel == "obl" and cases == ["par"])
            ):
                return child
    return None


def _judgement(context: Context, quote: QuoteSpan) -> bool:
    """A short lowercase fragment with no finite verb: « alarmant », « d'une rare violence »."""
    content = context.document.text[quote.start : quote.end]
    words = quote_words(context, quote)
    return (
        bool(words)
        and content[:1].islower()
        and len(words) <= JUDGEMENT_WORDS
        and not any(w.upos == "AUX" or w.feat("VerbForm") == "Fin" for _, w in words)
    )


def _qualifying_lemma(word: Word) -> str | None:
    if word.upos not in {"VERB", "X"}:
        return None
    lemma = normalize(word.lemma or "")
    if lemma in lexicon.qualifying_verbs():
        return lemma
    return lexicon.qualifying_forms().get(normalize(word.text))


@sieve(
    "que_before",
    QUOTE,
    0.8,
    "X a déclaré dans un communiqué que Trump « … » / partager comment il a « … » (surface, also across "
    "a sentence the tokenizer cut)",
)
def que_before(context: Context, quote: QuoteSpan) -> Candidate | None:
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
    last = len(tokens) - 1
    que = next(
        (
            i
            for i in range(last, max(-1, last - COMPLEMENTIZER_REACH), -1)
            if normalize(tokens[i].text) in lexicon.COMPLEMENTIZERS
        ),
        None,
    )
    if que is None:
        return None
    for position in range(que - 1, max(-1, que - 1 - VERB_REACH), -1):
        word = tokens[position]
        if word.text in {".", ";", "«", "»", ":"}:
            return None
        lemma = speech_lemma(word)
        if lemma is None and position == que - 1 and _named_before(tokens, position):
            lemma = speech_lemma(word, relaxed=True)  # « M. Ferrand juge que … » : tagged as a noun
        conviction = position == que - 1 and normalize(word.text) in lexicon.conviction_adjectives()
        if lemma is None and conviction:
            lemma = normalize(word.text)  # « X reste persuadé que « … » » : a conviction, held and told
        if lemma:
            sentence = context.sentence_at(word.start)
            candidate = subject_of(context, sentence, word, "que_before", confidence("que_before"))
            if candidate is None and _present_participle(word):
                # « « … », a affirmé X en marge d'une visite à Anvers, ajoutant que … » : the speaker of
                # the sentence's quotation
                candidate = _speaker_earlier_in_sentence(context, sentence, word, "que_before")
            if candidate is None:
                before = list(sentence.tokens_before(word.start, WINDOW))
                candidate = subject_before(context, sentence, before, word, "que_before", 0.75)
            if candidate is None:
                candidate = subject_before_insert(context, sentence, word, "que_before")
            if conviction and candidate is not None and not is_known(context, candidate):
                return None  # a weak cue: it may name someone known, never introduce a new speaker
            return with_cue(candidate, word.start, word.end, lemma)
    return None


def quote_words(context: Context, quote: QuoteSpan) -> list[tuple[Sentence, Word]]:
    """The quotation's words, also one the tokenizer glued to a mark (« l'«ouverture» »)."""
    pairs = context.words_between(quote.open_at, quote.outer_end)
    return [(s, w) for s, w in pairs if w.start < quote.end and quote.start < w.end]


def _in_other_quote(context: Context, quote: QuoteSpan, word: Word) -> bool:
    """The word lies inside another quotation: « a raillé un budget « en trompe-l'œil » et des
    économies « introuvables » », where the parser hangs the second fragment on the first."""
    return any(
        other is not quote and other.start < word.end and word.start < other.end for other in context.quotes
    )


def _two_word_cue(sentence: Sentence, verb: Word) -> str | None:
    """« a fait savoir que les écologistes dresseraient un « … » » : a causative and its infinitive
    speak together, whichever of the two the parser hung the clause on."""
    pairs = [(verb, c) for c in sentence.children(verb) if c.base_deprel == "xcomp"]
    previous = sentence.word(verb.index - 1)
    if previous is not None:
        pairs.append((previous, verb))
    return next((phrase for pair in pairs if (phrase := causative_cue(*pair))), None)


def _speaker_earlier_in_sentence(
    context: Context, sentence: Sentence, word: Word, rule: str
) -> Candidate | None:
    spoke = linking.last_speaker_since(context, sentence.start, word.start)
    return Candidate(*spoke, rule, confidence(rule) * 0.9) if spoke is not None else None


def _present_participle(word: Word) -> bool:
    return word.feat("VerbForm") == "Part" and normalize(word.text).endswith("ant")


def _named_before(tokens: list[Word], position: int) -> bool:
    """A name or a subject pronoun right before the word, or a noun closing an insert between commas
    (« Un expert, Jean Roux, juge que … », « Un diplomate, qui a requis l'anonymat, juge que … »):
    the word is its verb, not a noun."""
    if position > 1 and tokens[position - 1].text == ",":
        return tokens[position - 2].upos in {"PROPN", "NOUN"}
    return position > 0 and (
        tokens[position - 1].upos == "PROPN" or pronoun_of(tokens[position - 1]) is not None
    )


def _passive(sentence, verb) -> bool:
    return any(c.deprel == "aux:pass" for c in sentence.children(verb))


# How many heads up from a quoted fragment its clause's predicate may be.
CLAUSE_REACH = 4


@sieve(
    "clause_subject",
    QUOTE,
    0.7,
    "Le député adresse ses « sincères félicitations » au gouvernement. (a fragment woven into a "
    "clause whose predicate is no speech verb: the clause's subject)",
)
def clause_subject(context: Context, quote: QuoteSpan) -> Candidate | None:
    pairs = quote_words(context, quote)
    if not pairs:
        return None
    sentence = pairs[0][0]
    inside = {w.index for s, w in pairs if s is sentence}
    outside = [w for s, w in pairs if s is sentence and w.head not in inside and w.head != 0]
    if not outside or any(w.head == 0 for s, w in pairs if s is sentence):
        return None  # the quotation holds its sentence's predicate: it stands on its own
    predicate = sentence.head_of(outside[0])
    for _ in range(CLAUSE_REACH):
        if predicate is None:
            return None
        if predicate.upos in {"VERB", "AUX", "ADJ"} or any(
            c.base_deprel in {"nsubj", "nsubj:pass"} for c in sentence.children(predicate)
        ):
            if _reported_by_a_noun(sentence, predicate):
                return None  # « Un acheteur estime que Sofiatec est devenu « … » » : the acheteur's report
            candidate = subject_of(
                context, sentence, predicate, "clause_subject", confidence("clause_subject")
            )
            # a weak cue: it may name someone known, never introduce a new speaker
            if candidate is None or not is_known(context, candidate):
                return None
            return candidate
        predicate = sentence.head_of(predicate)
    return None


def _reported_by_a_noun(sentence: Sentence, predicate: Word) -> bool:
    """The clause is the content of a speech verb above it whose subject is a noun of its own."""
    return any(
        speech_lemma(above)
        and any(c.base_deprel == "nsubj" and c.upos == "NOUN" for c in sentence.children(above))
        for above in sentence.ancestors(predicate)
    )


# The most words a quoted verb of a headline holds (« prend acte », « n'exclut pas »).
QUOTED_VERB_WORDS = 3


@sieve(
    "quoted_verb",
    QUOTE,
    0.7,
    "Hoarau « souhaite » que la réforme soit retirée / Le PS « prend acte » du vote (a verb in marks "
    "whose named subject stands before them)",
)
def quoted_verb(context: Context, quote: QuoteSpan) -> Candidate | None:
    pairs = quote_words(context, quote)
    if not pairs:
        return None
    sentence = pairs[0][0]
    words = [w for s, w in pairs if s is sentence]
    inside = {w.index for w in words}
    heads = [w for w in words if w.head not in inside]
    if len(words) > QUOTED_VERB_WORDS or len(heads) != 1:
        return None
    verb = heads[0]
    if verb.upos != "VERB" or verb.feat("VerbForm") not in {"Fin", None} or not verb.feat("Mood"):
        return None
    if not any(c.base_deprel == "nsubj" and c.index < min(inside) for c in sentence.children(verb)):
        return None
    candidate = subject_of(context, sentence, verb, "quoted_verb", confidence("quoted_verb"))
    # a weak cue: it may name someone known, never introduce a new speaker
    return candidate if candidate is not None and is_known(context, candidate) else None
