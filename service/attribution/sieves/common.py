"""What several rule families share: the speaker of a verb, of an incise, or after a cue."""

from __future__ import annotations

from service.attribution import coref, lexicon, linking
from service.attribution.candidates import Candidate, reached_via, with_cue
from service.attribution.context import Context
from service.attribution.cues import (
    LINKERS,
    STOP_TOKENS,
    Incise,
    glued_pronoun,
    is_impersonal_on,
    pronoun_of,
    speech_lemma,
)
from service.attribution.entities import is_first_name, normalize
from service.attribution.quotes import QuoteSpan
from service.attribution.sieves.registry import confidence as rule_confidence
from service.nlp.document import Sentence, Word

SUBJECT_DEPRELS = frozenset({"nsubj", "expl:subj"})
CONTROL_DEPRELS = frozenset({"xcomp", "advcl", "conj", "acl"})
DASHES = frozenset("-–—")
# How far around a quotation the surface rules look, in tokens (bounds work on run-on sentences).
WINDOW = 40


# Intransitive verbs conjugated with « être »: « est venu », « est allée » are active, whatever a
# parser that reads « être » + participle as a passive says.
ETRE_INTRANSITIVES = frozenset(
    "venir revenir devenir parvenir intervenir aller arriver partir repartir rester retourner entrer "
    "rentrer sortir monter descendre tomber naître mourir passer".split()
)


def is_passive(sentence: Sentence, verb: Word) -> bool:
    """A verb with a passive auxiliary, unless it is an intransitive verb conjugated with « être »."""
    if normalize(verb.lemma or "") in ETRE_INTRANSITIVES:
        return False
    children = sentence.children(verb)
    if any(c.deprel == "expl:pv" and c.index < verb.index for c in children):
        return False  # « s'est engagée » : a pronominal verb, active whatever the parser's label
    return any(c.deprel == "aux:pass" for c in children)


def subject_of(
    context: Context, sentence: Sentence, verb: Word, rule: str, confidence: float, depth: int = 0
) -> Candidate | None:
    """Who speaks through this verb: its subject, a passive agent, or the controller of an infinitive."""
    children = sentence.children(verb)
    passive = is_passive(sentence, verb)
    if passive and depth > 0:
        # « X a été cité par Y comme estimant que … » : the one who estimates is X, not Y
        for child in children:
            if child.deprel == "nsubj:pass":
                return reached_via(
                    linking.speaker_from_word(context, sentence, child, rule, confidence), "control"
                )
    for child in children:
        if passive and child.deprel == "obl:agent":
            return reached_via(
                linking.speaker_from_word(context, sentence, child, rule, confidence), "passive"
            )
    # « …, jugeant que la forêt … » : a participle set off by a comma has no subject of its own (the
    # parser may hang the content's subject on it); it speaks for the clause above
    if depth < 3 and _detached_participle(sentence, verb):
        found = _participle_speaker(context, sentence, verb, rule, confidence, depth)
        if found is not None:
            return found
    carrier = _text_carrying_participle(sentence, verb)
    if depth < 3 and carrier is not None:
        # « ont signé une pétition dénonçant des « … » » : who signs or publishes the text says it
        return subject_of(context, sentence, carrier, rule, confidence * 0.9, depth + 1)
    # a parser may give a verb two subjects: the closest one that names a speaker wins; what follows
    # a detached participle is its object (« …, appelant Manille à « … » »), never its subject
    detached = _detached_participle(sentence, verb)
    subjects = [
        c
        for c in children
        if (
            c.base_deprel in SUBJECT_DEPRELS
            or rule.startswith("indirect")
            and _speaking_pronoun_as_expletive(verb, c)
        )
        and not passive
        and not context.inside_quote(c.start, c.end)
        and not (detached and c.index > verb.index)
    ]
    # « L'opposition, elle, dénonce … » : a stressed pronoun set off by commas repeats the subject
    # before it; the noun is the speaker
    stressed = [c for c in subjects if _dislocated_pronoun(sentence, c)]
    if stressed and len(subjects) > len(stressed):
        subjects = [c for c in subjects if c not in stressed]
    voice = _speaking_voice(context, sentence, verb, rule, confidence) if subjects else None
    if voice is not None:
        return voice
    for child in sorted(subjects, key=lambda c: abs(c.index - verb.index)):
        candidate = linking.speaker_from_word(
            context, sentence, _antecedent(sentence, verb, child), rule, confidence
        )
        if candidate is not None:
            return candidate
    if subjects:
        # « Dans l'opposition, on se dit « pas surpris » » : the impersonal « on » of a circle
        return source_of_impersonal_on(context, sentence, verb, rule)
    head = sentence.head_of(verb)
    auxiliary = _auxiliary_split_off(sentence, verb, head) if depth < 3 else None
    if auxiliary is not None:
        return subject_of(context, sentence, auxiliary, rule, confidence, depth + 1)
    if _finite_verb_hung_on_noun(sentence, verb, head):
        # « Un couple de Lyonnais qui visitait le marché déplorait … » : a finite verb is no modifier
        # of the noun before it, but that noun's predicate
        return linking.speaker_from_word(context, sentence, head, rule, confidence * 0.9)
    if head is None or depth >= 3 or verb.base_deprel not in CONTROL_DEPRELS:
        return None
    if verb.base_deprel == "conj" and context.inside_quote(head.start, head.end):
        # « a dénoncé une « agression continue » et affirmé … » : the parser coordinated the cue with a
        # quoted word; it goes on with the verb that governs the quotation
        outside = next(
            (a for a in sentence.ancestors(head) if not context.inside_quote(a.start, a.end)), None
        )
        if outside is None or outside.index > verb.index:
            return None
        return subject_of(context, sentence, outside, rule, confidence * 0.95, depth + 1)
    if verb.base_deprel == "conj" and head.base_deprel == "ccomp" and _cue_participle_alone(sentence, verb):
        # « a annoncé que 30 gendarmes seraient affectés … et promis de … » : the parse coordinated the
        # cue's second participle with the reported verb; it shares the cue's auxiliary and subject
        cue = sentence.head_of(head)
        if cue is not None and cue.index < verb.index:
            return subject_of(context, sentence, cue, rule, confidence * 0.95, depth + 1)
    if verb.base_deprel == "xcomp":  # « incité Altman à répondre » : the object speaks
        for child in sentence.children(head):
            if child.base_deprel in {"obj", "iobj"}:
                found = linking.speaker_from_word(context, sentence, child, rule, confidence * 0.9)
                return reached_via(found, "control")
    return subject_of(context, sentence, head, rule, confidence * 0.95, depth + 1)


def _speaking_pronoun_as_expletive(verb: Word, child: Word) -> bool:
    """« Il a annoncé que … » parsed with « Il » as an expletive: a speech verb's « il » is a person."""
    return child.deprel == "expl:subj" and normalize(child.text) == "il" and speech_lemma(verb) is not None


def _cue_participle_alone(sentence: Sentence, verb: Word) -> bool:
    """A speech verb's past participle with no auxiliary or subject of its own (« … et promis de … »)."""
    return speech_lemma(verb) is not None and bare_past_participle(sentence, verb)


def bare_past_participle(sentence: Sentence, verb: Word) -> bool:
    """A past participle with no auxiliary, subject or expletive of its own."""
    return (
        verb.feat("VerbForm") == "Part"
        and verb.feat("Tense") == "Past"
        and not any(c.base_deprel in {"aux", "nsubj", "expl"} for c in sentence.children(verb))
    )


STRESSED_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})

# Texts a subject signs or publishes, whose present participle (« une pétition dénonçant … ») speaks
# for that subject.
CARRIED_TEXTS = frozenset(
    "pétition communiqué lettre tribune motion résolution déclaration texte message courrier tweet "
    "publication appel rapport note".split()
)


def _text_carrying_participle(sentence: Sentence, verb: Word) -> Word | None:
    """The verb whose object is the text the present participle hangs on (« a publié un communiqué
    dénonçant … »)."""
    if verb.base_deprel != "acl" or verb.feat("VerbForm") != "Part" or verb.feat("Tense") != "Pres":
        return None
    text = sentence.head_of(verb)
    if text is None or text.base_deprel != "obj" or normalize(text.lemma or text.text) not in CARRIED_TEXTS:
        return None
    return sentence.head_of(text)


def _finite_verb_hung_on_noun(sentence: Sentence, verb: Word, head: Word | None) -> bool:
    return (
        head is not None
        and verb.deprel == "acl"
        and verb.feat("VerbForm") == "Fin"
        and head.upos in {"NOUN", "PROPN"}
        and head.index < verb.index
    )


def _auxiliary_split_off(sentence: Sentence, verb: Word, head: Word | None) -> Word | None:
    """The auxiliary an insert split from its participle, which the parser took for the main verb:
    « X a pour sa part fait état de … » (the participle its complement), « Le PLR a de son côté
    salué … » (the participle hung on the insert's noun)."""
    if head is None:
        return None
    if verb.base_deprel == "ccomp":
        auxiliary, before = head, verb
    elif verb.base_deprel == "acl" and verb.feat("VerbForm") == "Part" and head.base_deprel.startswith("obl"):
        auxiliary, before = sentence.head_of(head), head
        if auxiliary is None or not any(
            c.base_deprel in SUBJECT_DEPRELS for c in sentence.children(auxiliary)
        ):
            return None
    else:
        return None
    if normalize(auxiliary.lemma or "") not in {"avoir", "être"} or auxiliary.index >= before.index:
        return None
    return auxiliary


def _speaking_voice(
    context: Context, sentence: Sentence, verb: Word, rule: str, confidence: float
) -> Candidate | None:
    """« Le syndicat, par la voix de sa secrétaire générale, Anne Roux, a dénoncé … » : the person
    the organisation speaks through, when named, is the speaker."""
    for child in sentence.children(verb):
        if child.base_deprel != "obl" or normalize(child.lemma or child.text) != "voix":
            continue
        words = {normalize(c.text) for c in sentence.children(child) if c.base_deprel in {"case", "det"}}
        if words != {"par", "la"}:
            continue  # « adopté par 289 voix contre 201 » : votes, not a voice
        members = sentence.subtree(child)
        people = context.people_between(members[0].start, members[-1].end)
        if people:  # an unnamed voice (« par la voix de son porte-parole ») leaves the organisation
            mention, entity = people[0]
            return Candidate(entity, mention, rule, confidence)
    return None


def _dislocated_pronoun(sentence: Sentence, word: Word) -> bool:
    """« elle » in « L'opposition, elle, dénonce … » : a stressed pronoun between commas."""
    if normalize(word.text) not in STRESSED_PRONOUNS:
        return False
    before, after = sentence.word(word.index - 1), sentence.word(word.index + 1)
    return before is not None and after is not None and before.text == "," and after.text == ","


PLACE_OF_SOURCE = frozenset({"dans", "chez", "à", "au", "aux"})


def source_of_impersonal_on(context: Context, sentence: Sentence, verb: Word, rule: str) -> Candidate | None:
    """« Dans l'entourage du ministre, on assure que … » : an impersonal « on » speaks for the place
    the sentence opens with (a circle, a company, an institution)."""
    subjects = [c for c in sentence.children(verb) if c.base_deprel in SUBJECT_DEPRELS]
    if len(subjects) != 1 or normalize(subjects[0].text) != "on":
        return None
    opening = sentence.tokens_before(subjects[0].start, 12)
    if not opening or opening[0].start != sentence.start:
        return None
    # « De source policière, on indique que … » : the source named as such
    from_source = normalize(opening[0].text) in {"de", "d'"} and _names_a_source(opening[1:3])
    if normalize(opening[0].text) not in PLACE_OF_SOURCE and not from_source:
        return None
    if opening[-1].text != "," or any(w.text == "," for w in opening[:-1]):
        return None
    found = following_speaker(context, sentence, opening[1:-1], rule, 0.7)
    if found is None:
        return None
    # « chez Renault » names a company or a household; « à Paris » a place that does not speak
    chez = normalize(opening[0].text) == "chez" and found.mention.kind == "name"
    return found if found.entity.kind != "unknown" or chez or from_source else None


def _participle_speaker(
    context: Context, sentence: Sentence, verb: Word, rule: str, confidence: float, depth: int
) -> Candidate | None:
    """« …, a admis le maire, évoquant des « frictions » » : a participle set off by a comma speaks for
    the nearest clause above it whose subject is a speaker; a reach this long may name someone
    known, never introduce a new speaker."""
    head = sentence.head_of(verb)
    if head is not None and verb.base_deprel == "acl" and head.upos in {"PROPN", "NOUN"}:
        # « …, a déclaré le procureur Didier C., précisant que … » : the participle describes its person
        found = linking.speaker_from_word(context, sentence, head, rule, confidence * 0.95)
        if found is not None and found.entity.kind == "person" and is_known(context, found):
            return found
    for ancestor in sentence.ancestors(verb):
        inverted = _inverted_subject_as_object(sentence, ancestor, verb)
        if inverted is not None:
            # « …, a déclaré le porte-parole X, appelant Manille à « … » » : the parser made the
            # incise's inverted subject an object
            found = linking.speaker_from_word(context, sentence, inverted, rule, confidence * 0.9)
            if found is not None and found.entity.kind != "unknown":
                return found
        if not any(c.base_deprel in SUBJECT_DEPRELS for c in sentence.children(ancestor)):
            continue
        if _reported_clause(sentence, ancestor):
            continue  # « X a affirmé que Y ne céderait pas, tout en se disant « … » » : X's gesture
        found = subject_of(context, sentence, ancestor, rule, confidence * 0.95, depth + 1)
        if found is not None:
            return found if found.entity.kind != "unknown" else None
    if verb.base_deprel == "root":
        # « X juge le texte « … », tout en reconnaissant que … » parsed with the gerund as the root: the
        # sentence's subject before it
        subject = next(
            (
                w
                for w in sentence.words
                if w.base_deprel == "nsubj"
                and w.index < verb.index
                and not context.inside_quote(w.start, w.end)
            ),
            None,
        )
        if subject is not None:
            found = linking.speaker_from_word(context, sentence, subject, rule, confidence * 0.9)
            if found is not None and found.entity.kind != "unknown":
                return found
    return None


def _reported_clause(sentence: Sentence, word: Word) -> bool:
    """The word heads the que-clause of a speech verb."""
    head = sentence.head_of(word)
    return (
        word.base_deprel == "ccomp"
        and head is not None
        and speech_lemma(head) is not None
        and any(
            c.base_deprel == "mark" and normalize(c.text) in lexicon.QUE_FORMS
            for c in sentence.children(word)
        )
    )


def _inverted_subject_as_object(sentence: Sentence, ancestor: Word, participle: Word) -> Word | None:
    """The object right after a subjectless speech verb, before the participle hanging on it (also
    the object of the infinitive of « a fait valoir », « a fait savoir »)."""
    if any(c.base_deprel in SUBJECT_DEPRELS for c in sentence.children(ancestor)):
        return None
    holders = [ancestor] if speech_lemma(ancestor) is not None else []
    holders += [
        c for c in sentence.children(ancestor) if c.base_deprel == "xcomp" and causative_cue(ancestor, c)
    ]
    return next(
        (
            c
            for holder in holders
            for c in sentence.children(holder)
            if c.base_deprel == "obj" and ancestor.index < c.index < participle.index
        ),
        None,
    )


def causative_cue(causative: Word, infinitive: Word) -> str | None:
    """« fait valoir », « fait savoir » : a causative and the infinitive right after it speak together."""
    if infinitive.index != causative.index + 1:
        return None
    phrase = (
        f"{normalize(causative.lemma or causative.text)} {normalize(infinitive.lemma or infinitive.text)}"
    )
    return phrase if phrase in lexicon.speech_phrases() else None


def is_known(context: Context, candidate: Candidate) -> bool:
    """The candidate's speaker is an entity of the document already (a name, or a committed description)."""
    return candidate.entity.kind != "unknown" and any(
        entity is candidate.entity for entity in context.entities
    )


def _detached_participle(sentence: Sentence, verb: Word) -> bool:
    """A present participle right after a comma: « …, ajoutant que », « …, qualifiant X d'« … » »."""
    if verb.feat("VerbForm") != "Part" or verb.feat("Tense") != "Pres":
        return False
    previous = sentence.word(verb.index - 1)
    # « …, tout en se disant « … » », « …, en rappelant que » : the gerund's words before it
    while previous is not None and normalize(previous.text) in GERUND_WORDS:
        previous = sentence.word(previous.index - 1)
    return previous is not None and previous.text == ","


GERUND_WORDS = frozenset({"tout", "en", "se", "s'", "ne", "n'"})


def _antecedent(sentence: Sentence, verb: Word, subject: Word) -> Word:
    """« le bourgmestre, qui a évoqué une « … » » : a relative « qui » stands for the noun its clause
    hangs on."""
    if normalize(subject.text) == "qui" and verb.deprel == "acl:relcl":
        head = sentence.head_of(verb)
        return _person_described(sentence, head) or head or subject
    return subject


def _person_described(sentence: Sentence, word: Word | None) -> Word | None:
    """« Sandrine V., porte-parole du collectif X, qui réclame … » : a speech verb's « qui » hung on the
    organisation of a person's apposed role stands for the person."""
    for _ in range(4):
        if word is None or word.base_deprel not in {"nmod", "flat", "appos"}:
            return None
        head = sentence.head_of(word)
        if word.base_deprel == "appos" and head is not None and head.upos == "PROPN":
            return head
        if (
            word.base_deprel == "nmod"
            and head is not None
            and normalize(head.lemma or head.text) in lexicon.role_nouns()
            and head.base_deprel not in {"appos", "flat", "nmod"}
        ):
            return head  # « le représentant de l'État, qui a dit vouloir … » : the role, not its complement
        word = head
    return None


def speaker_of_incise(
    context: Context, sentence: Sentence, incise: Incise, rule: str, confidence: float
) -> Candidate | None:
    """The inverted subject of an incise: a pronoun, the parse's subject, or the next noun phrase."""
    if incise.impersonal:
        return _source_of_impersonal(context, sentence, incise, rule, confidence)
    if incise.pronoun is not None:
        pronoun = pronoun_of(incise.pronoun) or glued_pronoun(incise.pronoun)
        if pronoun:
            return coref.resolve_pronoun(context, incise.pronoun.start, pronoun, rule, confidence)
    glued = glued_pronoun(incise.verb)
    if glued:
        return coref.resolve_pronoun(context, incise.verb.start, glued, rule, confidence)
    for child in sentence.children(incise.verb):
        if child.base_deprel in SUBJECT_DEPRELS and child.index > incise.verb.index:
            if _past_a_comma(sentence, incise, child):
                break  # « …, indique le rectorat, le temps de vérifier … » : the phrase right after the verb
            return linking.speaker_from_word(context, sentence, child, rule, confidence)
    return following_speaker(context, sentence, incise.after, rule, confidence)


def _past_a_comma(sentence: Sentence, incise: Incise, subject: Word) -> bool:
    """The parse's subject stands after a comma, while words follow the verb directly (not « …,
    témoigne, les larmes aux yeux, une habitante », where the comma sets off the manner)."""
    start = min(w.start for w in sentence.subtree(subject) if w.upos != "PUNCT")
    between = [w for w in incise.after if w.start < start]
    return bool(between) and between[0].text != "," and any(w.text == "," for w in between)


# « a-t-on appris auprès des gendarmes / à Matignon / chez Renault / au ministère » : the source.
SOURCE_PREPOSITIONS = frozenset({"auprès", "à", "au", "aux", "chez"})
# « a-t-on appris de source policière / d'une source syndicale / du parquet » : « apprendre de X ».
LEARNED_FROM = frozenset({"de", "d'", "du", "des"})
# « assure-t-on dans son entourage / dans le camp du maire / dans les rangs de la majorité » : the
# circle one speaks in is the source.
SOURCE_CIRCLES = frozenset({"entourage", "camp", "rangs", "cabinet", "équipe", "cercle"})


def _source_of_impersonal(
    context: Context, sentence: Sentence, incise: Incise, rule: str, confidence: float
) -> Candidate | None:
    prepositions = SOURCE_PREPOSITIONS | (LEARNED_FROM if incise.lemma == "apprendre" else frozenset())
    after = incise.after
    if incise.lemma == "lire":
        return _author_of_document_read(context, sentence, after, rule, confidence)
    for k, word in enumerate(after[:10]):
        if word.text in STOP_TOKENS or word.text == ",":
            return None
        from_source = normalize(word.text) in {"de", "d'"} and _names_a_source(after[k + 1 : k + 3])
        in_circle = normalize(word.text) == "dans" and any(
            normalize(w.text) in SOURCE_CIRCLES for w in after[k + 1 : k + 3]
        )
        if normalize(word.text) in prepositions or from_source or in_circle:
            rest = after[k + 1 : k + 10]
            if (
                normalize(word.text) == "auprès"
                and rest
                and normalize(rest[0].text) in {"de", "d'", "du", "des"}
            ):
                rest = rest[1:] if normalize(rest[0].text) in {"de", "d'"} else rest
            nominal = next((w for w in rest if w.upos in {"NOUN", "PROPN"} or w.text[:1].isupper()), None)
            if nominal is None:
                return None
            return linking.speaker_from_word(
                context, sentence, phrase_head(sentence, nominal), rule, confidence
            )
    return None


def _author_of_document_read(
    context: Context, sentence: Sentence, after: tuple[Word, ...], rule: str, confidence: float
) -> Candidate | None:
    """« peut-on lire dans le communiqué de la préfecture », « lit-on dans le rapport de la Cour des
    comptes » : the author of the document read, when the incise names one (not a newspaper, not a
    banner)."""
    words = [w for w in after[:4] if normalize(w.text) not in {"-on", "on", "-t-on"}]
    if not words or normalize(words[0].text) != "dans":
        return None
    document = next((w for w in words[1:3] if w.upos == "NOUN"), None)
    if document is None or normalize(document.lemma or document.text) not in lexicon.DOCUMENT_NOUNS:
        return None
    author = linking.document_author(sentence, document)
    if author is None:
        return None
    found = linking.speaker_from_word(context, sentence, author, rule, confidence)
    return found if found is not None and found.entity.kind != "unknown" else None


def _names_a_source(words: tuple[Word, ...]) -> bool:
    """« (indique-t-on) de source policière », « d'une source proche du dossier »."""
    return any(normalize(w.text) in {"source", "sources"} for w in words)


def incise_candidate(context: Context, sentence: Sentence, incise: Incise, rule: str) -> Candidate | None:
    """The incise's speaker under `rule`, with the incise's verb as the cue."""
    candidate = speaker_of_incise(context, sentence, incise, rule, rule_confidence(rule))
    return with_cue(candidate, incise.verb.start, incise.verb.end, incise.lemma)


def following_speaker(
    context: Context, sentence: Sentence, tokens: tuple[Word, ...], rule: str, confidence: float
) -> Candidate | None:
    """The first noun phrase after a cue, past prepositional phrases and time words."""
    # state of a prepositional phrase being skipped: None (none), "open" (no noun yet), "done"
    prepositional: str | None = None
    skip_until = -1
    words = _without_detached_phrase(tokens)[:14]
    for position, word in enumerate(words):
        if word.start < skip_until:
            continue  # the rest of a name inside a prepositional phrase (« sur France Info »)
        low = normalize(word.text)
        closing = next((w for w in words[position + 1 : position + 6] if w.text == ")"), None)
        if low == "(" and closing is not None:
            skip_until = closing.end  # « a annoncé peu après 3 heures (heure de Paris) la cheffe »
            continue
        if low in STOP_TOKENS:
            return None
        if pronoun_of(word):
            return linking.speaker_from_word(context, sentence, word, rule, confidence)
        if prepositional is None and context.document.text[word.start : word.end].lower() == "des":
            continue  # « selon des habitants » : the indefinite article, which the parse splits into de + les
        latter = _latter_word(sentence, word) if prepositional is None else None
        if latter is not None:  # « selon ce dernier », « pour celle-ci »
            return linking.speaker_from_word(context, sentence, latter, rule, confidence)
        if prepositional is None and word.text[:1].isupper() and _name_starts_at(context, word):
            # « a affirmé D'Riss », « a déclaré De Villepin » : a name that opens with a particle
            return linking.speaker_from_word(context, sentence, word, rule, confidence)
        if (
            word.upos == "ADP"
            or low in {"à", "de", "d'"}
            or (low in {"au", "aux", "du", "des"} and word.upos != "DET")
        ):
            prepositional = "open"
            continue
        if low in lexicon.TIME_WORDS and word.upos == "NOUN" and prepositional == "open":
            prepositional = "done"  # « en fin de matinée » : the time noun closes the phrase
            continue
        if low in lexicon.TIME_WORDS or low in LINKERS or word.upos in {"ADV", "AUX", "PUNCT", "NUM"}:
            continue
        nominal = word.upos in {"DET", "PROPN", "NOUN", "ADJ", "X"} or word.text[:1].isupper()
        if nominal and prepositional == "open":
            if word.upos != "DET":
                prepositional = "done"  # « à l'AFP » : the noun closes the phrase
                name = context.entity_at(word.start, word.end)
                if name is not None and name[1].kind == "name" and name[0].kind != "person":
                    skip_until = name[1].end  # « sur France Info » : the medium's whole name
                # « à Jeune Afrique » : the words of the same name, whatever the mentions made of them
                skip_until = max(skip_until, _end_of_flat_name(context, sentence, word))
            continue
        if nominal and (prepositional is None or word.upos == "DET" or word.upos == "PROPN"):
            head = phrase_head(sentence, word)
            if normalize(head.text) in lexicon.TIME_WORDS:
                continue
            return linking.speaker_from_word(context, sentence, head, rule, confidence)
        if nominal:
            continue  # still inside the prepositional phrase (« au micro de la RTBF »)
        if word.upos in {"VERB", "SCONJ", "CCONJ"}:
            return None
    return None


def _end_of_flat_name(context: Context, sentence: Sentence, word: Word) -> int:
    """« à Jeune Afrique » : where the words the parse hung on the medium's name end, short of a
    person's name it also hung there (« à l'AFP Me Samia B. »)."""
    end = word.end
    for child in sentence.children(word):
        if child.index < word.index or not child.deprel.startswith("flat"):
            continue
        if _names_a_person(context, child):
            break
        end = child.end
    return end


def _names_a_person(context: Context, word: Word) -> bool:
    """« à l'AFP Me Samia B. », « au Monde Julie V. » : a person's name opens with an honorific or a
    first name."""
    found = context.entity_at(word.start, word.end)
    return (
        found is not None
        and found[1].start == word.start
        and (word.text in lexicon.honorifics() or is_first_name(word.text))
    )


def _latter_word(sentence: Sentence, word: Word) -> Word | None:
    """The word that says « the one just named »: « celle-ci », or « dernier » in « ce dernier »."""
    low = normalize(word.text)
    if low in linking.LATTER_WORDS:
        return word
    following = sentence.word(word.index + 1)
    if (
        low in {"ce", "cette"}
        and following is not None
        and normalize(following.text) in {"dernier", "dernière"}
    ):
        return following
    return None


# How long a detached phrase between a cue and its subject may be (« témoigne, les larmes aux yeux, X »).
DETACHED_REACH = 8


def _without_detached_phrase(tokens: tuple[Word, ...]) -> tuple[Word, ...]:
    """« …, témoigne, les larmes aux yeux, une habitante » : a verbless phrase set off by commas right
    after the cue describes the speaker's manner; the speaker comes after it."""
    if not tokens or tokens[0].text != ",":
        return tokens
    for i in range(2, min(len(tokens) - 1, DETACHED_REACH + 1)):
        if tokens[i].text != ",":
            continue
        inside = tokens[1:i]
        if any(w.upos in {"VERB", "AUX"} or w.text in STOP_TOKENS for w in inside):
            return tokens
        if tokens[i + 1].upos in {"DET", "PROPN", "NOUN"}:
            return tokens[i + 1 :]
        return tokens
    return tokens


def _name_starts_at(context: Context, word: Word) -> bool:
    found = context.entity_at(word.start, word.end)
    return found is not None and found[1].kind == "name" and found[1].start == word.start


def phrase_head(sentence: Sentence, word: Word) -> Word:
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


def tokens_after(context: Context, offset: int) -> tuple[Sentence | None, tuple[Word, ...]]:
    """The tokens after `offset` in its sentence, or in the next one when it ends there."""
    if not context.document.sentences:
        return None, ()
    index = context.sentence_index(offset)
    for candidate in (index, index + 1):
        if candidate < len(context.document.sentences):
            sentence = context.sentence(candidate)
            words = sentence.tokens_after(offset, WINDOW)
            if words:
                return sentence, words
    return None, ()


def has_subject_before(sentence: Sentence, verb: Word, skip: tuple[int, int] = (0, 0)) -> bool:
    """The verb has a (non-pronoun) subject before it, outside the quotation spanning `skip`."""
    governors = [verb]
    head = sentence.head_of(verb)
    if head is not None and verb.base_deprel == "xcomp" and normalize(head.text) in lexicon.AUXILIARY_FORMS:
        governors.append(head)  # « X a pour sa part réclamé … » parsed with « a » as the main verb
    return any(
        c.base_deprel in SUBJECT_DEPRELS
        and c.index < verb.index
        and not skip[0] <= c.start < skip[1]
        and not pronoun_of(c)
        and normalize(c.text) not in lexicon.CLITICS
        and not is_euphonic_t(c)
        and not is_impersonal_on(c)
        for governor in governors
        for c in sentence.children(governor)
    )


def label_between(text: str) -> bool:
    """A headline's rubric or a dateline closes in this text: « Fédéral : », « QUÉBEC — »."""
    return ":" in text or any(f" {dash} " in f" {text} " for dash in "—–")


def subject_before_insert(context: Context, sentence: Sentence, verb: Word, rule: str) -> Candidate | None:
    """« Un diplomate européen, qui a requis l'anonymat, juge que … » : the noun phrase before an insert
    set off by commas right before the verb, when the parse lost the subject."""
    before = [w for w in sentence.tokens if w.start < verb.start]
    if len(before) < 4 or before[-1].text != ",":
        return None
    opening = next((i for i in range(len(before) - 2, 0, -1) if before[i].text == ","), None)
    if opening is None or normalize(before[opening + 1].text) not in INSERT_OPENERS:
        return None
    nouns = [w for w in before[:opening] if w.upos in {"NOUN", "PROPN"}]
    if not nouns or any(w.upos in {"VERB", "AUX"} for w in before[:opening]):
        return None
    return linking.speaker_from_word(context, sentence, phrase_head(sentence, nouns[0]), rule, 0.7)


# Words that open an insert about the speaker: « qui a requis l'anonymat », « sous couvert d'anonymat ».
INSERT_OPENERS = frozenset(
    {"qui", "sous", "joint", "jointe", "interrogé", "interrogée", "contacté", "contactée"} | STRESSED_PRONOUNS
)


def is_euphonic_t(word: Word) -> bool:
    """The « -t- » of « a-t-il », which the parser sometimes takes for a subject of its own."""
    return normalize(word.text).strip("-") == "t"


def speech_verb_before(context: Context, quote: QuoteSpan) -> tuple[Sentence, Word] | None:
    """A speech verb just before the opening mark (determiners aside): « juge « … » », « qualifie de « … » »."""
    sentence = context.sentence_at(quote.open_at)
    before = [w for w in sentence.tokens_before(quote.open_at, 6) if w.upos != "DET"]
    if before and normalize(before[-1].text) in {"de", "d'"}:
        before = before[:-1]
    if before and speech_lemma(before[-1]) is not None:
        return sentence, before[-1]
    # « qu'il juge « … » » : after a subject pronoun, a word the tagger took for a noun is the verb
    if len(before) >= 2 and pronoun_of(before[-2]) and speech_lemma(before[-1], relaxed=True):
        return sentence, before[-1]
    return None


def subject_before(
    context: Context, sentence: Sentence, before: list[Word], verb: Word, rule: str, confidence: float
) -> Candidate | None:
    """When the parse gives no subject: the nearest pronoun or name before the verb."""
    for word in reversed([w for w in before if w.start < verb.start][-8:]):
        if word.text in {".", ";", ":", "»"} or word.upos == "VERB":
            return None
        if pronoun_of(word) or word.upos == "PROPN":  # « Tevita Fonua, lui, a posté » reaches the name
            return linking.speaker_from_word(context, sentence, word, rule, confidence)
    return None


def inside(mention, span: QuoteSpan) -> bool:
    """The mention lies within the quotation's marks."""
    return span.open_at <= mention.start and mention.end <= max(span.outer_end, span.end)


def narrative_infinitive_speaker(
    context: Context, sentence: Sentence, verb: Word, rule: str
) -> Candidate | None:
    """« Et d'ajouter que … », « Et d'ajouter : « … » » opening a sentence: the narrative infinitive
    goes on with the subject of the sentence before."""
    opening = [normalize(w.text) for w in sentence.tokens_before(verb.start, 3)]
    if opening not in (["et", "de"], ["et", "d'"]) or verb.feat("VerbForm") != "Inf":
        return None
    index = context.sentence_index(sentence.start)
    if index == 0:
        return None
    before = context.sentence(index - 1)
    root = before.root()
    if root is None:
        return None
    return subject_of(context, before, root, rule, rule_confidence(rule) * 0.9)
