"""Reported speech without quotation marks: the que-clause of a speech verb, « selon X, … », and
speech closed by an incise. The span is what is reported, not the cue."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from service.attribution import lexicon, linking
from service.attribution.candidates import Candidate, Found, inherit
from service.attribution.context import Context
from service.attribution.cues import Incise, is_impersonal_on, read_incise, speech_lemma
from service.attribution.entities import normalize
from service.attribution.quotes import QuoteSpan, paragraphs
from service.attribution.sieves.according_to import according_to_in
from service.attribution.sieves.common import (
    SUBJECT_DEPRELS,
    bare_past_participle,
    has_subject_before,
    narrative_infinitive_speaker,
    source_of_impersonal_on,
    speaker_of_incise,
    subject_before_insert,
    subject_of,
)
from service.attribution.sieves.placement import content_of_source, finite, first_comma
from service.attribution.sieves.registry import INDIRECT_SENTENCE, INDIRECT_VERB, confidence, sieve
from service.nlp.document import Sentence, Word

Taken = list[tuple[int, int]]
QUOTE_MARK_TOKENS = frozenset({"«", "»", "“", "”", '"'})


@sieve(
    "indirect_coordinated",
    INDIRECT_VERB,
    0.75,
    "Il a précisé que X et souligné que Y (the second clause shares the first one's speaker)",
)
def indirect_coordinated(
    context: Context, sentence: Sentence, verb: Word, taken: Taken, earlier: Found | None
) -> Found | None:
    second = _second_que_clause(context, sentence, verb, taken, earlier)
    if second is not None:
        return second
    clause = _que_clause(context, sentence, verb, taken)
    if clause is None:
        return None
    candidate = _coordinated_speaker(context, sentence, verb, earlier)
    return _reported(context, clause, candidate)


@sieve("indirect_que", INDIRECT_VERB, 0.8, "La ministre a affirmé que le projet serait abandonné.")
def indirect_que(
    context: Context, sentence: Sentence, verb: Word, taken: Taken, earlier: Found | None
) -> Found | None:
    clause = _que_clause(context, sentence, verb, taken)
    if clause is None:
        return None
    candidate = _speaker_of_cue(context, sentence, verb, "indirect_que")
    if candidate is None:
        candidate = (
            source_of_impersonal_on(context, sentence, verb, "indirect_que")
            or _speaker_of_incise_before(context, sentence, verb)
            or narrative_infinitive_speaker(context, sentence, verb, "indirect_que")
        )
    # « le tribunal a été informé que … » : what stands before a passive cue was told, it did not tell
    if candidate is None and not _passive(sentence, verb):
        candidate = _speaker_before_verb(context, sentence, verb)
    return _reported(context, clause, candidate)


def _speaker_of_incise_before(context: Context, sentence: Sentence, verb: Word) -> Candidate | None:
    """« …, a prévenu le leader syndical, avant d'ajouter que … » : an infinitive cue after « avant
    de » / « pour » speaks for the incise just before it, whose subject the parse often makes an object."""
    if verb.feat("VerbForm") != "Inf":
        return None
    before = sentence.tokens_before(verb.start, 30)
    introducer = [normalize(w.text) for w in before[-2:]]
    if introducer not in (["avant", "de"], ["avant", "d'"]) and introducer[-1:] != ["pour"]:
        return None
    commas = [i for i, w in enumerate(before) if w.text == ","]
    if len(commas) < 2 or commas[-1] < len(before) - 3:
        return None  # « …, avant de » right after the comma that closes the incise
    # the incise may hold an apposition: « a déclaré la secrétaire générale, Sophie X, avant de … »
    incise = next(
        (
            found
            for opening in reversed(commas[-4:-1])
            if (found := read_incise(before[opening + 1 : commas[-1]], relaxed=False)) is not None
        ),
        None,
    )
    if incise is None:
        return None
    # the incise's subject slot holds nothing but a speaker (the rule that reads such slots)
    found = speaker_of_incise(
        context, sentence, incise, "indirect_postposed", confidence("indirect_que") * 0.9
    )
    return found.but(rule="indirect_que") if found is not None else None


# « Dans son entourage, on assure que … », « Chez Renault, on indique que … », « À Matignon, on … »
def _passive(sentence: Sentence, verb: Word) -> bool:
    return any(c.deprel == "aux:pass" for c in sentence.children(verb))


@sieve(
    "indirect_infinitive",
    INDIRECT_VERB,
    0.75,
    "Le maire affirme ne pas avoir été consulté. / a appelé les habitants à rester chez eux. / "
    "demande au préfet de suspendre les travaux.",
)
def indirect_infinitive(
    context: Context, sentence: Sentence, verb: Word, taken: Taken, earlier: Found | None
) -> Found | None:
    lemma = _infinitive_cue_lemma(verb)
    if lemma is None or verb.upos != "VERB" or _in_c_est_a_dire(sentence, verb):
        return None
    if verb.base_deprel == "ccomp" and _asked_whether(sentence, verb):
        return None  # « Prié de dire s'il invitait à soutenir … » : a question put to him, no statement
    if _asked_of_the_subject(sentence, verb):
        return None  # « Invité à commenter ces chiffres, le ministre … » : what he was asked to do
    # « n'a pas souhaité s'exprimer » is a refusal, « a été invité à … » someone else's request; but
    # « n'exclut pas de se présenter » says that one may, as « a exclu de démissionner » that one won't
    negated = any(_negates(c) and c.index < verb.index for c in sentence.children(verb))
    if (negated and lemma not in SAID_NEGATED_TOO) or (
        any(c.deprel == "aux:pass" for c in sentence.children(verb)) and not _reflexive(sentence, verb)
    ):
        return None  # « s'est engagée à » is the parser's passive of a pronominal verb, said by its subject
    stance = _declared_stance(sentence, verb, lemma)
    introducers = lexicon.infinitive_cues()[lemma] | (STANCE_INTRODUCERS if stance else frozenset())
    slots = _infinitive_slots(sentence, verb) + (sentence.children(stance) if stance else [])
    for child in slots:
        if (
            child.index < verb.index
            or (
                child.base_deprel not in INFINITIVE_DEPRELS | {"conj"}
                and not _infinitive_read_as_noun(sentence, child)
            )
            or not _infinitival(sentence, child)
        ):
            continue
        marks = [
            c
            for c in sentence.children(child)
            if c.base_deprel in {"mark", "case"}
            and c.index < child.index
            and normalize(c.text) not in {"en", "y"}  # « nie en être … », « a nié en avoir informé … »
            # « assure par ailleurs ne pas … », « affirme de plus avoir … » : an adverbial locution
            and not any(f.base_deprel == "fixed" for f in sentence.children(c))
        ]
        introducer = normalize(marks[0].text).replace("d'", "de") if marks else ""
        if introducer not in introducers or (child.base_deprel == "conj" and not marks):
            continue  # « appelle X à « … » et à joindre … » : a second infinitive needs its own « à »
        bounds = _infinitive_content(sentence, child, marks[0] if marks else None)
        if bounds is not None:
            bounds = (bounds[0], _past_attached_rest(sentence, verb, child, bounds[1]))
        if bounds is None:
            continue  # the first infinitive is in quotation marks: a coordinated one may follow
        if any(a < bounds[1] and bounds[0] < b for a, b in taken):
            return None
        if stance is not None and stance.index < child.index:
            bounds = (stance.start, bounds[1])  # « se dit | prêt à négocier »
        # « X estime que … et n'exclut pas de … » : the parse often hangs the second cue in the clause
        candidate = _coordinated_speaker(context, sentence, verb, earlier) or _speaker_of_cue(
            context, sentence, verb, "indirect_infinitive"
        )
        clause = (*bounds, verb.start, verb.end, lemma)
        if _under_closing_incise(context, verb.start):
            return None
        return _reported(context, clause, candidate)
    return None


@sieve(
    "indirect_intention",
    INDIRECT_VERB,
    0.7,
    "Le ministre a réaffirmé sa volonté de réformer les retraites. / a émis l'idée de plafonner les loyers.",
)
def indirect_intention(
    context: Context, sentence: Sentence, verb: Word, taken: Taken, earlier: Found | None
) -> Found | None:
    """A stated intention: a speech or stating verb, a noun of intention, and its « de + infinitive »."""
    if verb.upos != "VERB" or any(_negates(c) for c in sentence.children(verb)):
        return None
    lemma = speech_lemma(verb) or normalize(verb.lemma or "")
    if lemma not in lexicon.stating_verbs() and lemma not in lexicon.speech_verbs():
        return None
    for noun in sentence.children(verb):
        if noun.base_deprel != "obj" or normalize(noun.lemma or noun.text) not in lexicon.intention_nouns():
            continue
        # the infinitive hangs on the noun, or on the verb right after the noun (a parse variant)
        after_noun = [c for c in sentence.children(verb) if c.index > noun.index and c.base_deprel != "obj"]
        for child in sentence.children(noun) + after_noun:
            marks = [c for c in sentence.children(child) if c.base_deprel in {"mark", "case"}]
            if not (_infinitival(sentence, child) and marks and normalize(marks[0].text) in {"de", "d'"}):
                continue
            if marks[0].index != noun.index + 1:
                continue  # « de » must follow the noun: « sa volonté de … »
            bounds = _infinitive_content(sentence, child, marks[0])
            if bounds is None or any(a < bounds[1] and bounds[0] < b for a, b in taken):
                return None
            candidate = _speaker_of_cue(context, sentence, verb, "indirect_intention")
            return _reported(context, (*bounds, verb.start, noun.end, lemma), candidate)
    return None


def _asked_whether(sentence: Sentence, verb: Word) -> bool:
    """The clause opens with « si » (« … s'il invitait à … »), whatever the parse made of « s' »."""
    first = min([verb, *sentence.children(verb)], key=lambda w: w.index)
    opener = sentence.word(first.index - 1) if first.index > 1 else None
    words = [first, opener] if opener is not None else [first]
    return any(normalize(w.text) in {"si", "s'"} for w in words)


# « se dit prêt à négocier », « s'est déclarée favorable à rouvrir … » : a declared stance.
STANCE_VERBS = frozenset({"dire", "déclarer"})
STANCE_INTRODUCERS = frozenset({"à", "de"})
# Verbs that report an infinitive negated too (« n'exclut pas de … » as « exclut de … »).
SAID_NEGATED_TOO = frozenset({"exclure"})
# « juge indispensable de … », « estime urgent de … » : an opinion verb, a judgement, an infinitive.
JUDGING_VERBS = frozenset({"estimer", "juger", "trouver", "croire", "considérer"})


def _declared_stance(sentence: Sentence, verb: Word, lemma: str) -> Word | None:
    """The stance adjective after a reflexive « se dire » / « se déclarer » (« se dit | prêt »), or the
    judgement an opinion verb gives (« estime | nécessaire de réformer »)."""
    if lemma in JUDGING_VERBS and not _reflexive(sentence, verb):
        return next(
            (
                c
                for c in sentence.children(verb)
                if c.index > verb.index and c.upos == "ADJ" and c.base_deprel == "xcomp"
            ),
            None,
        )
    if lemma not in STANCE_VERBS:
        return None
    if not _reflexive(sentence, verb):
        return None
    children = sentence.children(verb)
    return next(
        (
            c
            for c in children
            if c.index > verb.index
            and c.upos in {"ADJ", "VERB"}
            and normalize(c.text) in lexicon.stance_adjectives()
        ),
        None,
    )


def _asked_of_the_subject(sentence: Sentence, verb: Word) -> bool:
    """A past participle with no auxiliary, set off before or beside its noun (« Invité à commenter …,
    le ministre », « les habitants, appelés à quitter … »): a request made to them, not their words."""
    return (
        bare_past_participle(sentence, verb)
        and verb.base_deprel in {"advcl", "acl", "root", "amod"}
        and (verb.index == sentence.words[0].index or _set_off_by_comma(sentence, verb))
    )


def _set_off_by_comma(sentence: Sentence, verb: Word) -> bool:
    """« Les habitants, appelés à … » ; not « Le ministre a, quant à lui, assuré … », whose auxiliary
    stands before the insert."""
    previous = sentence.word(verb.index - 1)
    before = sentence.words[: verb.index - 1]
    return (
        previous is not None
        and previous.text == ","
        and not any(normalize(w.text) in lexicon.AUXILIARY_FORMS for w in before)
    )


def _reflexive(sentence: Sentence, verb: Word) -> bool:
    return any(normalize(c.text) in {"se", "s'"} and c.index < verb.index for c in sentence.children(verb))


def _infinitive_cue_lemma(verb: Word) -> str | None:
    """The lemma of a verb that reports an infinitive; by its form when the lemmatizer erred
    (« promis » lemmatized « promir »)."""
    cues = lexicon.infinitive_cues()
    for lemma in (normalize(verb.lemma or ""), lexicon.speech_forms().get(verb.text.lower(), "")):
        if lemma in cues:
            return lemma
    return None


def _speaker_of_cue(context: Context, sentence: Sentence, verb: Word, rule: str) -> Candidate | None:
    """The cue's subject; when the parse gave it none, the subject it hung on a neighbour."""
    candidate = subject_of(context, sentence, verb, rule, confidence(rule))
    if (
        candidate is not None
        or _passive(sentence, verb)
        or any(c.base_deprel in SUBJECT_DEPRELS for c in sentence.children(verb))
    ):
        return candidate
    return _subject_parsed_as_vocative(context, sentence, verb, rule) or _subject_of_stray_auxiliary(
        context, sentence, verb, rule
    )


def _subject_parsed_as_vocative(
    context: Context, sentence: Sentence, verb: Word, rule: str
) -> Candidate | None:
    """« M. Wauters, membre du conseil, a affirmé que … », « Maître X, avocat de Y, déplore de … » :
    a name opening the sentence and set off by an apposition is often parsed as a vocative."""
    first = sentence.words[0].index if sentence.words else 0
    for child in sentence.children(verb):
        framed = normalize(child.text) in TOPIC_FRAMES
        if (child.base_deprel in {"vocative", "dislocated"} or framed) and child.index == first:
            subject = _past_topic_frame(sentence, child)
            if subject is child and framed:
                return None
            return linking.speaker_from_word(context, sentence, subject, rule, confidence(rule) * 0.95)
    return None


# « Côté sécurité, la préfecture a indiqué que … » : a topic frame opening the sentence, which the
# parser takes for a vocative with the subject apposed to it.
TOPIC_FRAMES = frozenset({"côté"})


def _past_topic_frame(sentence: Sentence, word: Word) -> Word:
    if normalize(word.text) not in TOPIC_FRAMES:
        return word
    return next((c for c in sentence.children(word) if c.base_deprel == "appos"), word)


def _subject_of_stray_auxiliary(
    context: Context, sentence: Sentence, verb: Word, rule: str
) -> Candidate | None:
    """« Il a par la même occasion appelé … » : an adverbial between the auxiliary and the participle
    makes the parser take the auxiliary for the main verb; its subject is the participle's."""
    if verb.feat("VerbForm") != "Part" or any(c.base_deprel == "aux" for c in sentence.children(verb)):
        return None
    for word in reversed(sentence.tokens_before(verb.start, 7)):
        if normalize(word.text) in lexicon.AUXILIARY_FORMS:
            found = subject_of(context, sentence, word, rule, confidence(rule) * 0.9)
            return found if found is not None and found.mention.start < word.start else None
        if word.text in {".", ";", ":", "«", "»"} or word.upos not in INSERT_TAGS:
            return None
    return None


# The words of an adverbial insert between an auxiliary and its participle (« par la même occasion »).
INSERT_TAGS = frozenset({"ADP", "DET", "NOUN", "ADJ", "ADV", "PRON", "PUNCT"})

# « a refusé de s'exprimer », « a demandé à rester anonyme » : shorter complements are rarely speech.
MIN_INFINITIVE_WORDS = 3
INFINITIVE_DEPRELS = frozenset({"xcomp", "ccomp", "obl", "advcl", "obj", "acl"})


def _infinitive_slots(sentence: Sentence, verb: Word) -> list[Word]:
    """The verb's dependents, and those of its object (« a demandé au tribunal de relaxer … » often
    hangs the infinitive on « tribunal », « accuse les pays développés de retarder … » on the
    object's participle)."""
    children = sentence.children(verb)
    objects = [c for c in children if c.base_deprel in {"obj", "iobj", "obl"}]
    of_objects = [
        w
        for o in objects
        for w in sentence.children(o)
        if w.base_deprel in {"acl", "xcomp"}
        or (w.base_deprel == "nmod" and _infinitive_read_as_noun(sentence, w))
    ]
    of_modifiers = [
        w
        for m in of_objects
        if m.base_deprel == "acl"
        for w in sentence.children(m)
        if w.base_deprel == "xcomp"
        and any(
            c.base_deprel == "mark" and normalize(c.text) in {"de", "d'", "à"} for c in sentence.children(w)
        )
    ]
    # « X a pour sa part accusé Y de … » parsed with « a » as the main verb: what hangs on it after
    # the participle is the participle's
    head = sentence.head_of(verb)
    of_auxiliary = (
        [c for c in sentence.children(head) if c.index > verb.index]
        if head is not None
        and verb.base_deprel == "xcomp"
        and normalize(head.text) in lexicon.AUXILIARY_FORMS
        else []
    )
    return children + of_objects + of_modifiers + of_auxiliary


def _infinitival(sentence: Sentence, word: Word) -> bool:
    """An infinitive, or a participle whose first auxiliary is one (« avoir été consulté »)."""
    if word.upos == "NOUN" and _infinitive_read_as_noun(sentence, word):
        return True
    if word.upos in {"NOUN", "ADJ"}:
        # « nie en être le cerveau », « se dit être innocent » : an infinitive copula; « assure ne pas
        # avoir été victime » : a past copula after an infinitive auxiliary
        children = sentence.children(word)
        if not any(c.base_deprel == "cop" for c in children):
            return False
        first = next((c for c in children if c.base_deprel in {"aux", "cop"} and c.index < word.index), None)
        return first is not None and first.feat("VerbForm") == "Inf"
    if word.upos not in {"VERB", "AUX"}:
        return False
    if word.feat("VerbForm") == "Inf":
        return True
    auxiliaries = [c for c in sentence.children(word) if c.base_deprel == "aux" and c.index < word.index]
    return bool(auxiliaries) and auxiliaries[0].feat("VerbForm") == "Inf"


def _infinitive_read_as_noun(sentence: Sentence, word: Word) -> bool:
    """« recommande de vacciner … », « a demandé à l'État de conditionner … » : a rarer infinitive the
    tagger made a noun; it has no article of its own, « de » or « à » before it, and the form of
    a first-group infinitive."""
    text = normalize(word.text)
    children = sentence.children(word)
    return (
        text.endswith("er")
        and not text.endswith("ier")
        and normalize(word.lemma or "") == text
        and not any(c.base_deprel in {"det", "nummod"} for c in children)
        and any(
            c.base_deprel in {"case", "mark"} and normalize(c.text) in {"de", "d'", "à"} for c in children
        )
    )


def _negates(word: Word) -> bool:
    return word.base_deprel == "advmod" and normalize(word.text) in {"ne", "n'", "pas", "jamais", "guère"}


def _in_c_est_a_dire(sentence: Sentence, verb: Word) -> bool:
    previous = sentence.word(verb.index - 1)
    return previous is not None and normalize(previous.text) == "à" and normalize(verb.text) == "dire"


def _past_attached_rest(sentence: Sentence, cue: Word, infinitive: Word, end: int) -> int:
    """« dit comprendre la hausse, mais s'inquiéter pour les aînés », « dit ne pas savoir encore s'il
    sèmera » : a coordinated infinitive or an indirect question the parser hung on the cue instead of
    the infinitive belongs to what is reported."""
    for child in sentence.children(cue):
        if child.index <= infinitive.index or child.start < end:
            continue
        coordinated = child.base_deprel == "conj" and child.feat("VerbForm") == "Inf"
        question = child.base_deprel == "advcl" and any(
            c.base_deprel == "mark" and normalize(c.text) in {"si", "s'"} for c in sentence.children(child)
        )
        if coordinated or question:
            members = [w for w in sentence.subtree(child) if w.upos != "PUNCT" or w.text == ")"]
            end = max(end, max(w.end for w in members))
    return end


def _before_coordinated_cue(sentence: Sentence, head: Word, members: list[Word]) -> list[Word]:
    """« a dit vouloir réunir … et promis un plan « … » » : a participle or a finite verb coordinated
    in the infinitive's clause is the speaker's next predicate; the content stops before its « et »."""
    for word in members:
        if (
            word.base_deprel == "conj"
            and word is not head
            and word.upos == "VERB"
            and word.feat("VerbForm") in {"Part", "Fin"}
            and word.feat("Tense") != "Pres"  # not « … et partant », a present participle
        ):
            coordination = [c for c in sentence.children(word) if c.base_deprel == "cc"]
            end = coordination[0].index if coordination else word.index
            return [w for w in members if w.index < end]
    return members


def _modal_complement(sentence: Sentence, head: Word, members: list[Word]) -> list[Word]:
    """« assure pouvoir se qualifier » parsed with both infinitives on the cue: the modal's own
    infinitive, right after it, belongs to its clause."""
    own = [m for m in members if normalize(m.text) not in lexicon.NEGATION]
    if normalize(head.lemma or "") not in lexicon.SEMI_AUXILIARIES or len(own) > 2:
        return []
    cue = sentence.head_of(head)
    following = [
        c
        for c in (sentence.children(cue) if cue is not None else [])
        if c.index > head.index
        and (
            (c.base_deprel == "xcomp" and c.feat("VerbForm") == "Inf")
            or c.base_deprel == "ccomp"  # « dit ne pas savoir comment elle paiera … »
        )
    ]
    if not following or following[0].index - head.index > 3:
        return []
    return sorted(sentence.subtree(following[0]), key=lambda w: w.index)


def _infinitive_content(sentence: Sentence, head: Word, mark: Word | None) -> tuple[int, int] | None:
    """The infinitive's clause after its introducer, up to a strong stop; none when it holds quotation
    marks (the partial quote speaks for it) or is a single word."""
    members = [w for w in sentence.subtree(head) if mark is None or w.index > mark.index]
    if head.upos == "NOUN" and _infinitive_read_as_noun(sentence, head):
        # an infinitive the tagger made a noun leaves its objects to the cue: the words after it
        members += [w for w in sentence.words if w.index > max(m.index for m in members)]
    # « assure par ailleurs ne pas … » : the adverbial locution before the infinitive is the cue's
    locutions = [
        w
        for w in sentence.children(head)
        if w.base_deprel == "mark"
        and w.index < head.index
        and any(f.base_deprel == "fixed" for f in sentence.children(w))
    ]
    if locutions and mark is None:
        last = max(f.index for f in sentence.subtree(locutions[-1]))
        members = [w for w in members if w.index > last]
    members += _modal_complement(sentence, head, members)
    members = _before_coordinated_cue(sentence, head, members)
    # « affirme ne pas vouloir … » : the negation the parser hung on the cue belongs to the content
    while (
        members
        and (before := sentence.word(members[0].index - 1)) is not None
        and (normalize(before.text) in lexicon.NEGATION and (mark is None or before.index > mark.index))
    ):
        members.insert(0, before)
    content = []
    for word in members:
        if word.text in QUOTE_MARK_TOKENS:
            return None
        if word.text in {";", ":"}:
            break
        content.append(word)
    while content and content[-1].upos == "PUNCT" and content[-1].text not in {")"}:
        content.pop()
    if len(content) < MIN_INFINITIVE_WORDS or _asks_for_anonymity(content):
        return None
    return content[0].start, content[-1].end


# « a demandé à garder l'anonymat », « a souhaité rester anonyme » : how a source asks to be quoted,
# not what it says
ANONYMITY_WORDS = frozenset({"anonymat", "anonyme", "anonymes"})
ANONYMITY_REQUEST_WORDS = 5


def _asks_for_anonymity(content: list[Word]) -> bool:
    words = [w for w in content if w.upos != "PUNCT"]
    return len(words) <= ANONYMITY_REQUEST_WORDS and any(normalize(w.text) in ANONYMITY_WORDS for w in words)


def _reported(
    context: Context, clause: tuple[int, int, int, int, str], candidate: Candidate | None
) -> Found | None:
    if candidate is None:
        return None
    start, end, cue_start, cue_end, lemma = clause
    return Found(_plain_span(context, start, end), "indirect", candidate.but(cue=(cue_start, cue_end, lemma)))


def _que_clause(
    context: Context, sentence: Sentence, verb: Word, taken: Taken
) -> tuple[int, int, int, int, str] | None:
    """X a affirmé que … : the content of the que-clause of a speech verb, and its cue."""
    phrase = _two_word_cue(sentence, verb)
    lemma = phrase or speech_lemma(verb) or _verb_before_que(sentence, verb)
    if not lemma or not (phrase or lexicon.speech_verbs().get(lemma, False)):
        return None
    if _restrictive_que(sentence, verb):
        return None
    bounds = _que_content_by_surface(context, sentence, verb)
    if bounds is None:
        return None
    start, end = bounds
    parsed = _que_content_by_parse(sentence, verb)
    text = context.document.text
    if (
        parsed is not None
        and parsed[0] == start
        and parsed[1] < end
        and text[parsed[1] : parsed[1] + 1] in {",", ";"}
        and not _cause_follows(text, parsed[1] + 1)
    ):
        end = parsed[1]  # the parse knows where a clause stops at a comma; the surface caps errors
    if verb.index == sentence.words[0].index and _present_participle_cue(verb):
        end = first_comma(context, sentence, start, end)  # « Estimant que X, le maire a … »
    if any(a < end and start < b for a, b in taken):
        return None
    cue_start = _phrase_verb(sentence, verb).start if phrase else verb.start
    return start, end, cue_start, verb.end, lemma


# The second words of a negation: with one of them, « ne … que » is no restriction.
NEGATION_PARTNERS = frozenset("pas plus jamais rien personne guère point aucun aucune nullement".split())


def _restrictive_que(sentence: Sentence, verb: Word) -> bool:
    """« X n'explique qu'une petite partie du record », « ne dit que des banalités » : « ne … que » is
    « only », no complementizer."""
    before = sentence.word(verb.index - 1)
    if before is None or normalize(before.text) not in {"ne", "n'"}:
        before = sentence.word(verb.index - 2)  # « n'a dit que », « ne l'explique que »
        if before is None or normalize(before.text) not in {"ne", "n'"}:
            return False
    for word in sentence.words[verb.index : verb.index + 6]:
        low = normalize(word.text)
        if low in NEGATION_PARTNERS:
            return False
        if low in lexicon.QUE_FORMS:
            return True
    return False


def _same_form(cue: Word, other: Word) -> bool:
    """« a annoncé que … et appelé », « estime que … et n'exclut pas » : the cue's coordinate; a verb in
    the tenses of reported speech (« a fait savoir qu'il analysait … et n'excluait pas ») goes on with
    the clause, unless the cue has that tense too."""

    def reported_tense(word: Word) -> bool:
        return word.feat("Tense") == "Imp" or word.feat("Mood") in {"Cnd", "Sub"}

    return not reported_tense(other) or reported_tense(cue)


def _present_participle_cue(word: Word) -> bool:
    """« ajoutant », « mettant en garde », « soulignant » : the subject's next predicate, not the content."""
    if word.upos not in {"VERB", "AUX"}:
        return False
    return (word.feat("VerbForm") == "Part" and word.feat("Tense") == "Pres") or normalize(
        word.text
    ).endswith("ant")


# What may stand between the comma and the participle that opens the subject's next predicate.
PARTICIPLE_LEAD_INS = frozenset({"tout", "en", "se", "s'", "s’"})


def _participle_follows(tokens: tuple[Word, ...]) -> bool:
    """« ajoutant … », « en ajoutant … », « tout en ajoutant … », « tout en se disant … »."""
    words = list(tokens)
    while words and normalize(words[0].text) in PARTICIPLE_LEAD_INS:
        words.pop(0)
    return bool(words) and _present_participle_cue(words[0])


def _has_predicate(content: list[Word]) -> bool:
    """« qu'un projet d'accord, prévoyant …, avait été transmis » : before its verb, a participle after a
    comma describes the clause's subject and is no next cue."""
    return any(w.upos in {"VERB", "AUX"} and w.feat("VerbForm") == "Fin" for w in content)


def _cause_follows(text: str, offset: int) -> bool:
    """« …, car elle …», « …, parce que … » : the reason goes on with what was said."""
    following = text[offset : offset + 12].split()
    return bool(following) and normalize(following[0]) in {"car", "parce", "puisque"}


def _coordinated_speaker(
    context: Context, sentence: Sentence, verb: Word, earlier: Found | None
) -> Candidate | None:
    """« Il a précisé que X et souligné que Y » : a speech verb right after the previous que-clause,
    joined by et/mais with no subject of its own, shares that clause's speaker (whatever the parser
    attached the second verb to)."""
    if earlier is None:
        return None
    before = sentence.tokens_before(verb.start, 4)
    while before and (before[-1].upos == "AUX" or normalize(before[-1].text) in {"n'", "ne"}):
        before = before[:-1]  # « et a souligné », « et n'exclut pas »
    if not before or normalize(before[-1].text) not in {"et", "mais"}:
        return None
    gap = context.document.text[earlier.span.end : before[-1].start]
    if gap.strip(" ,\u00a0") or any(c.base_deprel in SUBJECT_DEPRELS for c in sentence.children(verb)):
        return None
    return inherit(earlier.candidate, "indirect_coordinated", confidence("indirect_coordinated"))


def _second_que_clause(
    context: Context, sentence: Sentence, conjunction: Word, taken: Taken, earlier: Found | None
) -> Found | None:
    """« a affirmé qu'il n'est pas simple de …, mais qu'il faut … » : a second que-clause of the same
    cue, after the comma that closed the first, is a second report of the same speaker."""
    if normalize(conjunction.text) not in {"et", "mais"}:
        return None
    following = sentence.word(conjunction.index + 1)
    if following is None or normalize(following.text) not in lexicon.QUE_FORMS:
        return None
    if earlier is None or earlier.candidate.cue is None:
        return _que_clause_after_quote(context, sentence, conjunction, taken)
    if context.document.text[earlier.span.end : conjunction.start].strip(" \u00a0,"):
        return None
    bounds = _que_content_by_surface(context, sentence, conjunction)
    if bounds is None or any(a < bounds[1] and bounds[0] < b for a, b in taken):
        return None
    candidate = inherit(earlier.candidate, "indirect_coordinated", confidence("indirect_coordinated"))
    return Found(_plain_span(context, *bounds), "indirect", candidate.but(cue=earlier.candidate.cue))


def _que_clause_after_quote(
    context: Context, sentence: Sentence, conjunction: Word, taken: Taken
) -> Found | None:
    """« assure que la fermeture est « provisoire » et que les patients … » : the first que-clause went
    to its partial quote; the second is the same cue's report."""
    ques = [
        w for w in sentence.words if w.index < conjunction.index and normalize(w.text) in lexicon.QUE_FORMS
    ]
    if not ques:
        return None
    cue = next(
        (
            w
            for w in reversed(sentence.tokens_before(ques[-1].start, SHORT_INSERT + 1))
            if w.upos in {"VERB", "AUX"}
            and speech_lemma(w)
            and lexicon.speech_verbs().get(speech_lemma(w), False)
        ),
        None,
    )
    if cue is None or _que_content_by_surface(context, sentence, cue) is not None:
        return None  # no cue, or one whose own clause was reported as a whole
    quoted = [(a, b) for a, b in taken if ques[-1].end <= a and b <= conjunction.start]
    if not quoted:
        return None
    bounds = _que_content_by_surface(context, sentence, conjunction)
    candidate = _speaker_of_cue(context, sentence, cue, "indirect_coordinated")
    if bounds is None or candidate is None or any(a < bounds[1] and bounds[0] < b for a, b in taken):
        return None
    lemma = speech_lemma(cue) or ""
    return Found(_plain_span(context, *bounds), "indirect", candidate.but(cue=(cue.start, cue.end, lemma)))


def _two_word_cue(sentence: Sentence, verb: Word) -> str | None:
    """« a fait savoir que », « a laissé entendre que » : a verb and its infinitive as one cue."""
    previous = _phrase_verb(sentence, verb)
    # an infinitive is its own lemma (feats may be missing, as in hand-written parses)
    if previous is None or verb.upos != "VERB" or verb.text.lower() != verb.lemma.lower():
        return None
    phrase = f"{previous.lemma.lower()} {verb.lemma.lower()}"
    return phrase if phrase in lexicon.speech_phrases() else None


def _phrase_verb(sentence: Sentence, verb: Word) -> Word | None:
    """The verb before a two-word cue's infinitive, past an adverb (« fait par ailleurs savoir »)."""
    previous = sentence.word(verb.index - 1)
    for _ in range(2):
        if previous is None or (previous.upos != "ADV" and previous.base_deprel not in {"fixed", "mark"}):
            break
        previous = sentence.word(previous.index - 1)
    return previous


def _verb_before_que(sentence: Sentence, word: Word) -> str | None:
    """A cue the tagger took for a noun (« …, glisse que … », « X juge pour sa part que … »): before
    « que » or a short insert and « que », not after a determiner."""
    previous = sentence.word(word.index - 1)
    insert = 0
    following = sentence.word(word.index + 1)
    while following is not None and normalize(following.text) not in lexicon.QUE_FORMS and insert < 4:
        if following.upos not in {"ADV", "ADP", "DET", "NOUN", "PRON"} and following.text != ",":
            return None  # « La Confédération paysanne juge, elle, que … »
        insert += 1
        following = sentence.word(word.index + 1 + insert)
    if following is None or normalize(following.text) not in lexicon.QUE_FORMS:
        return None
    if previous is not None and previous.upos == "DET":
        return None
    return speech_lemma(word, relaxed=True)


def _que_content_by_surface(context: Context, sentence: Sentence, verb: Word) -> tuple[int, int] | None:
    """« a estimé (lui aussi) que CONTENT » up to the sentence end, a semicolon or a new predicate."""
    tokens = sentence.tokens
    position = next((i for i, w in enumerate(tokens) if w.start == verb.start), None)
    if position is None:
        return None
    i = position + 1
    # « a signifié le mois dernier que », « a estimé, lui aussi, que » : a short insert is allowed
    allowed = {"ADV", "PRON", "ADP", "DET", "NOUN", "ADJ", "NUM", "PUNCT", "PROPN"}
    # « s'est dit convaincu que », « se déclare persuadée que » : the participle is part of the cue
    if _reflexive(sentence, verb) and normalize(verb.lemma or "") in STANCE_VERBS:
        allowed = allowed | {"VERB"}
    # « a reconnu, dans un entretien accordé au Monde, que » : an insert set off by commas may hold a verb
    if i < len(tokens) and tokens[i].text == ",":
        allowed = allowed | {"VERB", "AUX"}
    while (
        i < len(tokens) and i <= position + LONG_INSERT and normalize(tokens[i].text) not in lexicon.QUE_FORMS
    ):
        if tokens[i].upos not in allowed or tokens[i].text in {".", ";", ":", "«", "»"}:
            return None
        if tokens[i].text == ",":
            # « a rappelé lundi, dans un arrêt très attendu, que », « a confirmé, lors d'un comité social
            # et économique, que »
            allowed = allowed | {"VERB", "AUX", "CCONJ"}
        i += 1
    if i >= len(tokens) or normalize(tokens[i].text) not in lexicon.QUE_FORMS:
        return None
    if i - 1 > position and tokens[i - 1].upos == "VERB" and speech_lemma(tokens[i - 1]):
        return None  # « à reprendre le dialogue, rappelant que … » : the que-clause is the nearer cue's
    if _object_before(tokens, position, i) and speech_lemma(verb, relaxed=True) not in ADDRESSEE_VERBS:
        return None  # « a dénoncé la décision que le préfet a prise » : a relative clause
    # « a déclaré lors d'une conférence de presse à Paris que » : a longer insert only when the parse
    # makes the que-clause the verb's own and no noun stands before « que » (« a dénoncé mardi devant le
    # conseil la décision que le préfet a prise » is a relative clause)
    # « a confirmé jeudi, lors d'un comité extraordinaire, que » : an insert closed by a comma is no
    # relative clause's antecedent
    set_off = tokens[i - 1].text == "," and any(w.text == "," for w in tokens[position + 1 : i - 1])
    if (
        i > position + SHORT_INSERT + 1
        and not set_off
        and (tokens[i - 1].upos in {"NOUN", "PRON"} or not _que_clause_of(sentence, verb, tokens[i]))
    ):
        return None
    if (
        i > position + 2
        and tokens[i - 2].text == ","
        and normalize(tokens[i - 1].text) in lexicon.CONJUNCTION_HEADS
    ):
        return None  # « …, bien qu'il », « …, alors que » : a conjunction, not the cue's clause
    content = []
    for j in range(i + 1, len(tokens)):
        word = tokens[j]
        following = tokens[j + 1] if j + 1 < len(tokens) else None
        if word.text in QUOTE_MARK_TOKENS and not context.in_title(word.start):
            return None  # the clause holds a quotation: the partial quote speaks for it
        if word.text in {";", ":"} or (word.text == "." and following is None):
            break
        # « …, mettant en garde contre « … » », « …, tout en rappelant que … » : a participle set off
        # by a comma is the next cue
        if word.text == "," and _participle_follows(tokens[j + 1 : j + 5]) and _has_predicate(content):
            break
        # « … et souligné que … », « … mais a martelé que … » : the next cue starts a new quote
        if normalize(word.text) in {"et", "mais"} and following is not None:
            if normalize(following.text) in {"n'", "ne"} and j + 2 < len(tokens):
                following = tokens[j + 2]  # « … et n'exclut pas de … »
            if following.upos == "AUX" or (speech_lemma(following) and _same_form(verb, following)):
                break
        content.append(word)
    while content and content[-1].upos == "PUNCT" and content[-1].text not in {"»", ")"}:
        content.pop()
    if len(content) < 2:
        return None
    return content[0].start, content[-1].end


# Cues whose direct object is the person told: « a averti les habitants que … ».
ADDRESSEE_VERBS = frozenset(
    {"avertir", "prévenir", "informer", "assurer", "convaincre", "persuader", "aviser"}
)


def _object_before(tokens: tuple[Word, ...], verb_position: int, que_position: int) -> bool:
    """« a dénoncé la décision | que », « a critiqué les mesures | que » : the cue's direct object (a
    determiner and a noun that no preposition introduces, not a time) stands before « que », which
    opens its relative clause; « a rappelé aux députés que », « a indiqué le mois dernier que » do not."""
    j = que_position - 1
    while j > verb_position and tokens[j].upos == "ADJ":
        j -= 1
    if j <= verb_position or tokens[j].upos != "NOUN" or normalize(tokens[j].text) in lexicon.TIME_WORDS:
        return False
    j -= 1
    while j > verb_position and tokens[j].upos == "ADJ":
        j -= 1
    if j <= verb_position or tokens[j].upos != "DET":
        return False
    return tokens[j - 1].upos != "ADP" and normalize(tokens[j - 1].text) not in {"de", "d'", "à"}


# How many words may stand between a speech verb and its « que »: any short insert, a longer one when
# the parse confirms the clause is the verb's.
SHORT_INSERT = 5
LONG_INSERT = 12


def _que_clause_of(sentence: Sentence, verb: Word, que: Word) -> bool:
    head = sentence.head_of(que)
    return head is not None and head.head == verb.index and head.base_deprel in {"ccomp", "obj", "advcl"}


def _que_content_by_parse(sentence: Sentence, verb: Word) -> tuple[int, int] | None:
    for child in sentence.children(verb):
        if child.base_deprel not in {"ccomp", "obj"}:
            continue
        members = sentence.subtree(child)
        marks = [w for w in members if w.deprel == "mark" and normalize(w.text) in lexicon.QUE_FORMS]
        if not marks or marks[0].index != members[0].index:
            continue
        content = [w for w in members if w.index > marks[0].index]
        while content and content[-1].upos == "PUNCT":
            content.pop()
        if content:
            return content[0].start, content[-1].end
    return None


def _speaker_before_verb(context: Context, sentence: Sentence, verb: Word) -> Candidate | None:
    """When the parse lost the subject: the name or pronoun just before the verb (« L'ONU estime »)."""
    apposed = _subject_set_off_by_commas(context, sentence, verb) or (
        subject_before_insert(context, sentence, verb, "indirect_que") if verb.upos != "VERB" else None
    )
    if apposed is not None:
        return apposed
    tokens = sentence.tokens_before(verb.start, 8)
    for word in reversed(tokens):
        if word.text in {",", ".", ";", "»", ":"} or word.upos == "VERB":
            return None
        if word.upos in {"PROPN", "NOUN", "PRON"} or word.text[:1].isupper():
            # « Le Premier ministre a pour sa part assuré » : past the inserted phrase to the subject
            head = _head_of_last_noun(sentence, word)
            candidate = linking.speaker_from_word(context, sentence, head, "indirect_que", 0.7)
            if candidate is not None:
                return candidate
    return None


def _subject_set_off_by_commas(context: Context, sentence: Sentence, verb: Word) -> Candidate | None:
    """« Un expert, Jean Roux, juge que … » with the cue tagged a noun: the sentence opens on its
    subject and an apposition between commas, and no verb stands before the cue."""
    before = [w for w in sentence.tokens if w.start < verb.start]
    if (
        verb.upos == "VERB"
        or len(before) < 4
        or before[-1].text != ","
        or sum(w.text == "," for w in before) != 2
        or before[0].upos not in {"DET", "PROPN", "NOUN"}
        or any(w.upos in {"VERB", "AUX"} or w.text in QUOTE_MARK_TOKENS for w in before)
    ):
        return None
    first = next(w for w in before if w.upos in {"NOUN", "PROPN"})
    return linking.speaker_from_word(context, sentence, first, "indirect_que", 0.7)


def _head_of_last_noun(sentence: Sentence, word: Word) -> Word:
    """« le Conseil du patronat du Québec » : from its last noun up to the noun the phrase is about."""
    for _ in range(4):
        head = sentence.head_of(word)
        if head is None or word.base_deprel not in {"nmod", "flat", "appos"} or head.index > word.index:
            break
        word = head
    return word


# Closing marks and the units of a figure (« de 6 % », « 1 080 $ ») end the reported content too.
KEPT_AT_CONTENT_END = frozenset('»)"%$€£°')


@sieve(
    "indirect_according_to",
    INDIRECT_SENTENCE,
    0.75,
    "Selon la préfecture, deux routes restent fermées. / …, d'après le syndicat.",
    speaker_slot=True,
)
def indirect_according_to(context: Context, sentence: Sentence, taken: Taken) -> Found | None:
    text = context.document.text
    candidate = according_to_in(context, sentence, "indirect_according_to", exclude=(0, 0))
    if candidate is None or candidate.cue is None:
        return None
    # « selon ses calculs », « d'après son communiqué » : the possessor
    owner = _possessor_of_document(context, candidate)
    candidate = owner.but(cue=candidate.cue) if owner is not None else candidate
    bounds = content_of_source(context, sentence, candidate)
    if bounds is None:
        return None
    start, end = bounds
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in KEPT_AT_CONTENT_END:
        end -= 1
    while start < end and not text[start].isalnum():
        start += 1
    if end - start < 10:
        return None
    # a quotation in the content speaks for itself (a title in guillemets after « selon X » does not)
    if any(a < end and start < b for a, b in taken):
        return None
    confidence_here = min(candidate.confidence, confidence("indirect_according_to"))
    return Found(_plain_span(context, start, end), "indirect", candidate.but(confidence=confidence_here))


@sieve(
    "indirect_postposed",
    INDIRECT_SENTENCE,
    0.75,
    "C'est un désastre, a déclaré la maire. (unmarked speech closed by an incise)",
    speaker_slot=True,
)
def indirect_postposed(context: Context, sentence: Sentence, taken: Taken) -> Found | None:
    tokens = sentence.tokens
    commas = [i for i, w in enumerate(tokens) if w.text == ","]
    for comma in commas:
        incise = read_incise(tokens[comma + 1 :], relaxed=False) or _learned_incise(tokens[comma + 1 :])
        if incise is None:
            continue
        content = tokens[:comma]
        if len(content) < 4 or not incise.after:
            return None
        if any(w.text in QUOTE_MARK_TOKENS for w in incise.after[:INCISE_SUBJECT_WORDS]):
            return None  # « X, qui …, juge ces résultats « solides » » : the verb's object and its judgement
        if (
            incise.verb.feat("VerbForm") == "Inf"
            and _two_word_cue(sentence, incise.verb) is None  # « …, a fait savoir son avocat »
            and any(
                c.base_deprel == "obj" and c.index > incise.verb.index for c in sentence.children(incise.verb)
            )
        ):
            return None  # « X, de la police judiciaire, était venu contredire cette version » : an object
        # a quotation in the content speaks for itself (one after the incise does not matter)
        if any(a < content[-1].end and content[0].start < b for a, b in taken):
            return None
        # « La ministre, Mme X, a défendu … » : the comma closed an apposition, not speech; « a-t-on
        # appris » has its subject, so what the parse hung on it is the content's
        inverted = incise.pronoun is not None and incise.pronoun.text.startswith("-")
        if (
            not incise.impersonal
            and not inverted  # « …, assure-t-il » has its subject: one before is the parse's mistake
            and has_subject_before(sentence, incise.verb)
            and not _holds_main_clause(sentence, content)
        ):
            return None
        if _ends_with_apposed_name(content):
            return None
        rule_confidence = confidence("indirect_postposed")
        candidate = speaker_of_incise(context, sentence, incise, "indirect_postposed", rule_confidence)
        if candidate is None:
            return None
        candidate = _possessor_of_document(context, candidate) or candidate
        candidate = candidate.but(cue=(incise.verb.start, incise.verb.end, incise.lemma))
        start = _pleaded_reason(content, candidate.mention.start)
        # « Je ne laisserai pas fermer cette école, a-t-il lancé » : words in the first person are
        # the speaker's own, unmarked direct speech
        kind = "direct" if _first_person(content) else "indirect"
        return Found(_plain_span(context, start, content[-1].end), kind, candidate)
    return None


# How far after an incise's verb its subject runs before a quotation could not belong to it.
INCISE_SUBJECT_WORDS = 4


# The most words a count reported by « selon » holds (« Ils étaient 32 000 », « 85 000 »).
COUNT_WORDS = 6


@sieve(
    "indirect_counts",
    INDIRECT_SENTENCE,
    0.8,
    "Ils étaient 12 000 selon la préfecture, 30 000 selon les syndicats. (each count is its source's)",
)
def indirect_counts(context: Context, sentence: Sentence, taken: Taken) -> list[Found] | None:
    tokens = sentence.tokens
    cues = [i for i, w in enumerate(tokens) if normalize(w.text) in lexicon.ACCORDING_TO]
    if len(cues) < 2:
        return None
    results: list[Found] = []
    start = 0
    for cue in cues:
        count = [w for w in tokens[start:cue] if w.text != "," and normalize(w.text) not in {"et", "mais"}]
        if not count or len(count) > COUNT_WORDS or not any(w.upos == "NUM" for w in count):
            return None
        candidate = according_to_in(context, sentence, "indirect_counts", exclude=(0, 0), words=tokens[cue:])
        if candidate is None or any(a < count[-1].end and count[0].start < b for a, b in taken):
            return None
        results.append(Found(_plain_span(context, count[0].start, count[-1].end), "indirect", candidate))
        start = next(
            (k for k in range(cue + 1, len(tokens)) if tokens[k].start >= candidate.mention.end), len(tokens)
        )
    return results


# « … C'est ce qu'affirme X. » : the opener of a cleft that resumes the statement before it, with the
# adverbs a writer slips in (« c'est en substance ce qu' », « c'est du moins ce qu' », « c'est là ce qu' »).
CLEFT_INSERTS = "tout là en cas substance du moins aussi précisément exactement justement bien également"
CLEFT_RESUMPTION = re.compile(rf"c'est (?:(?:{'|'.join(CLEFT_INSERTS.split())}) ){{0,3}}ce qu")
# The fewest words a resumed statement holds.
MIN_RESUMED_WORDS = 5


@sieve(
    "indirect_cleft",
    INDIRECT_SENTENCE,
    0.75,
    "Les loyers ont augmenté de 12 % en deux ans. C'est ce qu'affirme une étude de l'observatoire. "
    "(also « … : c'est ce qu'a assuré l'entraîneur », « … C'est le constat dressé par le Haut Conseil »)",
    speaker_slot=True,
)
def indirect_cleft(context: Context, sentence: Sentence, taken: Taken) -> Found | None:
    tokens = sentence.tokens
    colon = next((i for i, w in enumerate(tokens) if w.text == ":"), None)
    if colon is not None and _resumes(context, tokens[colon + 1 :]):
        content, cleft_sentence, cleft = tokens[:colon], sentence, tokens[colon + 1 :]
    else:
        following = _next_in_paragraph(context, sentence)
        if following is None:
            return None
        if not _resumes(context, following.tokens):
            return _resumed_by_a_noun(context, tokens, following, taken)
        content, cleft_sentence, cleft = tokens, following, following.tokens
    content = _resumed_statement(content)
    if content is None:
        return None
    que = next((i for i, w in enumerate(cleft[:CLEFT_REACH]) if normalize(w.text) in lexicon.QUE_FORMS), None)
    incise = read_incise(cleft[que + 1 :]) if que is not None else None
    if incise is None or incise.impersonal:
        return None
    rule_confidence = confidence("indirect_cleft")
    candidate = speaker_of_incise(context, cleft_sentence, incise, "indirect_cleft", rule_confidence)
    if candidate is None:
        return None
    candidate = candidate.but(cue=(incise.verb.start, incise.verb.end, incise.lemma))
    return Found(_plain_span(context, content[0].start, content[-1].end), "indirect", candidate)


CLEFT_REACH = 8


def _resumed_statement(content: tuple[Word, ...]) -> tuple[Word, ...] | None:
    """The words a cleft or a finding resumes, without their closing punctuation: a clause of its own
    (a finite verb, enough words), with no quotation in it (which would speak for itself)."""
    while content and content[-1].upos == "PUNCT":
        content = content[:-1]
    words = [w for w in content if any(c.isalnum() for c in w.text)]
    if len(words) < MIN_RESUMED_WORDS or not any(finite(w) for w in content):
        return None
    if any(w.text in QUOTE_MARK_TOKENS for w in content):
        return None
    return content


# « … C'est le constat dressé par le Haut Conseil pour le climat. », « … C'est la conclusion d'une étude
# de l'Inserm. » : a noun for a finding resumes the statement before it, and names who made it.
FINDING_RESUMPTION = re.compile(
    r"(?:c'est|tel est|telle est|tels sont|telles sont) (?:(?:aussi|bien|en substance|du moins) )?"
    r"(?:le |la |l'|les )(?:constat|conclusion|bilan|diagnostic|avertissement|verdict|message|"
    r"alerte|mise en garde|estimation)s?"
    r"(?: (?:dressée?s?|faite?s?|établie?s?|tirée?s?|posée?s?|lancée?s?|livrée?s?|rendue?s?|publiée?s?) par"
    r"| d'| de | du | des )"
)


def _resumed_by_a_noun(
    context: Context, content: tuple[Word, ...], following: Sentence, taken: Taken
) -> Found | None:
    opening = normalize(context.document.text[following.start : following.start + 120])
    match = FINDING_RESUMPTION.match(opening)
    if match is None:
        return None
    content = _resumed_statement(content)
    if content is None or any(a < content[-1].end and content[0].start < b for a, b in taken):
        return None
    after = following.start + match.end()
    source = next((w for w in following.tokens if w.start >= after and w.upos in {"NOUN", "PROPN"}), None)
    if source is None:
        return None
    rule_confidence = confidence("indirect_cleft")
    candidate = linking.speaker_from_word(context, following, source, "indirect_cleft", rule_confidence)
    if candidate is None:
        return None
    return Found(_plain_span(context, content[0].start, content[-1].end), "indirect", candidate)


def _resumes(context: Context, tokens: tuple[Word, ...]) -> bool:
    if not tokens:
        return False
    opening = normalize(context.document.text[tokens[0].start : tokens[0].start + 30])
    return CLEFT_RESUMPTION.match(opening) is not None


def _next_in_paragraph(context: Context, sentence: Sentence) -> Sentence | None:
    index = context.sentence_index(sentence.start)
    if index + 1 >= len(context.document.sentences):
        return None
    following = context.sentence(index + 1)
    if "\n" in context.document.text[sentence.end : following.start]:
        return None
    return following


FIRST_PERSON = frozenset({"je", "j'", "me", "m'", "moi", "nous", "mon", "ma", "mes", "notre", "nos"})


def _first_person(content: tuple[Word, ...]) -> bool:
    return any(normalize(w.text) in FIRST_PERSON and w.upos in {"PRON", "DET"} for w in content)


POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})


def _possessor_of_document(context: Context, candidate: Candidate) -> Candidate | None:
    """« …, précise son communiqué » : a document of « son » / « leur » speaks for its possessor, the one
    person or organisation that is a subject or a speaker in this sentence or the one before."""
    words = candidate.mention.text.split()
    if len(words) < 2 or normalize(words[1]) not in lexicon.DOCUMENT_NOUNS | lexicon.SOURCE_NOUNS:
        return None
    if normalize(words[0]) not in POSSESSIVES:
        return None
    here = context.sentence_index(candidate.mention.start)
    start = context.sentence(max(0, here - 1)).start
    # the names that are subjects and the descriptions a rule has taken for speakers (not « l'A9 »)
    before = [
        (mention, entity)
        for mention, entity in context.names_between(start, candidate.mention.start)
        if mention.subject
    ] + context.descriptions_between(start, candidate.mention.start)
    owners = {
        id(entity): (mention, entity)
        for mention, entity in before
        if entity.kind != "unknown" and not context.inside_quote(mention.start, mention.end)
    }
    if len(owners) != 1:
        return None  # no one, or several: « son » is not clear
    mention, entity = next(iter(owners.values()))
    return Candidate(entity, mention, candidate.rule, candidate.confidence * 0.9)


# « …, car … », « …, parce que … » : the reason given.
REASON_CONNECTIVES = frozenset({"car", "parce", "puisque"})


def _pleaded_reason(content: tuple[Word, ...], speaker_at: int) -> int:
    """« Le conseiller va contester la décision, car une telle charge pèserait trop lourd, plaide-t-il. » :
    when the speaker is the subject of the narrated clause, the incise reports the reason after it."""
    if not content[0].start <= speaker_at < content[-1].end:
        return content[0].start
    for i, word in enumerate(content[1:-1], start=1):
        if (
            word.start > speaker_at
            and content[i - 1].text == ","
            and normalize(word.text) in REASON_CONNECTIVES
        ):
            following = content[i + 1 :]
            if following and normalize(following[0].text) in lexicon.QUE_FORMS:
                following = following[1:]
            return following[0].start if following else content[0].start
    return content[0].start


def _under_closing_incise(context: Context, cue_start: int) -> bool:
    """« Il a reconnu avoir menti, a fait savoir son avocat. » : a cue inside what a closing incise
    reports is part of that report; the incise's speaker speaks for the whole."""
    sentence = context.sentence_at(cue_start)
    found = indirect_postposed(context, sentence, [])
    return found is not None and found.span.start <= cue_start < found.span.end


def _learned_incise(tokens: tuple[Word, ...]) -> Incise | None:
    """« …, a-t-on appris (mercredi) d'une source syndicale / auprès du parquet » : what one learned
    from a source is that source's report (« apprendre » is no speech verb of its own)."""
    for i, word in enumerate(tokens[:3]):
        low = normalize(word.text)
        learned = normalize(word.lemma or "") == "apprendre" or low.startswith(("appris", "apprend"))
        if not learned and (is_impersonal_on(word) or low in lexicon.AUXILIARY_FORMS):
            continue
        if not learned:
            return None
        impersonal = any(is_impersonal_on(w) for w in tokens[: i + 2])
        return Incise(word, "apprendre", None, tuple(tokens[i + 1 :]), True) if impersonal else None
    return None


def _holds_main_clause(sentence: Sentence, content: tuple[Word, ...]) -> bool:
    """« Un accident a fait deux blessés, a indiqué la police. » : the sentence's main predicate lies
    before the incise, so a subject the parser also gave the cue verb is that clause's own; so does a
    finite verb outside a relative clause (« Les enquêteurs privilégient la piste criminelle, a
    précisé le procureur », the parser making the verb a modifier of its subject)."""
    root = sentence.root()
    if root is not None and content[0].start <= root.start < content[-1].end:
        return root.upos in {"VERB", "AUX"} or any(c.base_deprel == "cop" for c in sentence.children(root))
    length = _noun_phrase_length(content)
    following = content[length] if 0 < length < len(content) else None
    if following is not None and following.deprel == "acl" and finite(following):
        return True
    # « Les secteurs de l'agriculture et de la santé bénéficieront d'exemptions, ajoute le ministère » :
    # the content's verb hung on the cue as a clause of its own
    inside = {w.index for w in content}
    return any(
        w.base_deprel in {"advcl", "ccomp", "parataxis"} and finite(w) and w.head not in inside
        for w in content
    )


def _noun_phrase_length(content: tuple[Word, ...]) -> int:
    """How many words the content's opening noun phrase takes (« Les enquêteurs » : 2)."""
    length = 0
    for word in content:
        if word.upos not in {"DET", "NOUN", "PROPN", "ADJ", "NUM"}:
            break
        length += 1
    return length


def _ends_with_apposed_name(tokens: tuple[Word, ...]) -> bool:
    """« Son entraîneur, Felice Mazzeo, tempère … » : a name between commas is the subject."""
    i = len(tokens) - 1
    names = 0
    while i >= 0 and (tokens[i].upos == "PROPN" or tokens[i].text[:1].isupper()):
        i -= 1
        names += 1
    return names > 0 and i >= 0 and tokens[i].text == ","


def _plain_span(context: Context, start: int, end: int) -> QuoteSpan:
    text = context.document.text
    while start < end and text[start] in DATELINE_DASHES:
        start += 1  # « DJEDDAH (AFP) - Les belligérants … » : the dateline's dash opens no content
    paragraph = bisect.bisect_right(_paragraph_ends(text), start)  # as scan_quotes counts
    return QuoteSpan(start, None, start, end, "", paragraph, False)


DATELINE_DASHES = frozenset("-–— \u00a0")


@lru_cache(maxsize=8)
def _paragraph_ends(text: str) -> list[int]:
    return [p.end for p in paragraphs(text)]
