"""Pronouns to people: il/elle by salience and agreement, ils/elles to a plural group, and a
paragraph-opening pronoun named in the next sentence."""

from __future__ import annotations

from functools import cache

from service.attribution import lexicon, linking
from service.attribution.candidates import Candidate, reached_via
from service.attribution.context import Context, mention_head
from service.attribution.cues import speech_lemma
from service.attribution.entities import (
    Entity,
    Mention,
    is_demonym,
    known_by_first_name,
    normalize,
    role_hyponyms,
    usual_gender,
)
from service.nlp.document import Sentence, Word

# How many paragraphs back a pronoun may find its antecedent.
PARAGRAPH_WINDOW = 3
# How many sentences a speaker stays salient for a pronoun.
SPEAKER_SALIENCE_SENTENCES = 2
# How many sentences back a new description looks for the person the passage is about.
TOPIC_SENTENCES = 2
# How many sentences back a person-noun subject competes with names for a pronoun.
SUBJECT_NOUN_SENTENCES = 3
# … and how many back the last speaker stays the topic when no other subject came since.
TOPIC_SPEAKER_SENTENCES = 5
# Nouns that describe anybody, whatever their role (« la jeune femme »), gender permitting.
GENERIC_PERSON_NOUNS = lexicon.life_nouns()
# « le quinquagénaire », « la septuagénaire » : a person described by age, who the passage named before.
AGE_NOUNS = frozenset(
    "vingtenaire trentenaire quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire "
    "nonagénaire centenaire".split()
)
# Descriptions that hide who speaks: « la même source » never stands for a named person.
ANONYMOUS_ROLES = frozenset({"source", "sources", "témoin", "interlocuteur", "interlocutrice", "proche"})


def resolve_pronoun(
    context: Context,
    position: int,
    pronoun: tuple[str | None, str],
    rule: str,
    confidence: float,
    require_sure: bool = False,
) -> Candidate | None:
    """il/elle -> the most salient agreeing person mentioned before (never the pronoun itself)."""
    gender, number = pronoun
    if number != "s":
        return _plural_subject(context, position, gender, rule, confidence)
    if not require_sure and gender is not None:
        ahead = _cataphora(context, position, gender, rule, confidence)
        if ahead is not None:
            return ahead
    window_start = _paragraph_window(context, position)
    options = _antecedents(context, window_start, position, gender, require_sure)
    if not require_sure:
        described = _described_subject(context, window_start, position, gender, options, rule, confidence)
        if described is not None:
            return described
    if not options:
        if require_sure or gender is None:
            return None
        return _subject_description(context, window_start, position, gender, rule, confidence)
    _, entity, mention = options[0]
    sure = len(options) == 1 or options[0][0] - options[1][0] >= 1
    if require_sure and not sure:
        return None
    return Candidate(entity, mention, rule, confidence * (0.85 if sure else 0.65), via=("pronoun",))


def _antecedents(
    context: Context, window_start: int, position: int, gender: str | None, require_sure: bool
) -> list[tuple[float, Entity, Mention]]:
    here = _before_quoted_sentences(context, context.sentence_index(position))
    candidates = context.names_between(window_start, position) + context.descriptions_between(
        window_start, position
    )
    recent = [(m, e) for m, e in candidates if not context.inside_quote(m.start, m.end)]
    recent.sort(key=lambda pair: pair[0].start, reverse=True)
    earlier = [(offset, entity) for offset, entity in context.speakers_so_far if offset < position]
    last_offset, last_speaker = earlier[-1] if earlier else (0, None)
    if here - context.sentence_index(last_offset) > SPEAKER_SALIENCE_SENTENCES:
        last_speaker = None  # an old speaker is no longer what « il » points at
    return _ranked_antecedents(context, recent, here, gender, last_speaker, require_sure)


def _before_quoted_sentences(context: Context, here: int, marks_too: bool = False) -> int:
    """« « … . … », raconte-t-elle » : the sentences the quotation fills are no distance from its speaker."""
    while here > 0 and _quoted(context, context.sentence(here - 1), marks_too):
        here -= 1
    return here


def _quoted(context: Context, sentence: Sentence, marks_too: bool = False) -> bool:
    """Inside a quotation; with `marks_too`, also only a mark the tokenizer split off (« « » alone)."""
    words = [w for w in sentence.tokens if any(c.isalnum() for c in w.text)]
    return (marks_too and not words) or (bool(words) and context.inside_quote(words[0].start, words[-1].end))


def topic_person(
    context: Context, position: int, role: str, gender: str | None, tied: bool = False
) -> Entity | None:
    """The one named person a new definite description (« le ministre de l'Intérieur », « le
    Français ») may stand for: the subject or speaker of this or the previous two sentences, of
    agreeing gender, with no role of their own or a role the description's noun covers; none when
    several fit or when another person holds that role."""
    if role in ANONYMOUS_ROLES:
        return None
    # « Le chef de l'État l'a rappelé … » opening a paragraph may bring in someone new: only a
    # person named as a subject just before stays the topic
    opening = _opens_paragraph(context, position)
    here = context.sentence_index(position)
    first = context.sentence(max(0, _before_quoted_sentences(context, here, True) - TOPIC_SENTENCES)).start
    found: dict[str, Entity] = {}
    for mention, entity in context.people_between(first, position):
        if context.inside_quote(mention.start, mention.end):
            continue
        if mention.subject or _after_according_to(context, mention) or _opening_source(context, mention):
            found[entity.id] = entity  # « Selon Aminata C., … », « Pour X, … » : the source speaks too
    # « Moriba X assure que … Il a transformé … « … », raconte le capitaine » : a subject pronoun
    # carries the chain on
    for index in range(context.sentence_index(first), here + 1):
        sentence = context.sentence(index)
        for word in sentence.tokens_before(min(position, sentence.end), 200):
            pronoun = lexicon.SUBJECT_PRONOUNS.get(normalize(word.text))
            if word.base_deprel != "nsubj" or pronoun is None or pronoun[1] != "s":
                continue
            if context.inside_quote(word.start, word.end):
                continue
            options = _antecedents(
                context, _paragraph_window(context, word.start), word.start, pronoun[0], False
            )
            if options and (len(options) == 1 or options[0][0] - options[1][0] >= 1) and options[0][1].tokens:
                found[options[0][1].id] = options[0][1]
    earlier = [(offset, entity) for offset, entity in context.speakers_so_far if offset < position]
    if opening:
        earlier = []
    for offset, entity in earlier[-2:]:
        if (
            entity.kind == "person"
            and entity.tokens
            and context.sentence_index(offset) >= here - TOPIC_SENTENCES
        ):
            found[entity.id] = entity
    if not found and earlier:
        # « Elle juge que … « … » » … « Selon la présidente de l'AP, … » : nobody else spoke or
        # was a subject since the last speaker
        offset, entity = earlier[-1]
        if (
            entity.kind == "person"
            and entity.tokens
            and here - context.sentence_index(offset) <= TOPIC_SPEAKER_SENTENCES
        ):
            found[entity.id] = entity
    if not found and (role.startswith("ex-") or role in AGE_NOUNS | GENERIC_PERSON_NOUNS):
        # « Devant les grilles, Thierry L., 54 ans, … peine à contenir sa colère. « … », lâche le
        # quinquagénaire » : a description that names no office goes back to the one person named
        # just before, even where the parse missed that person's subject
        named = _people_named(context, first, position)
        if len(named) == 1:
            found = named
    if (
        not found
        and gender
        and not tied
        and (role in AGE_NOUNS | GENERIC_PERSON_NOUNS or _profession(role, set()))
    ):
        # « Sur le port, Jean-Claude soulève une poche. « … », lâche le sexagénaire » : a first name
        # alone, subject just before, is the witness a description of age, life or trade names again
        witnesses = _first_names_as_subjects(context, first, position, gender)
        if len(witnesses) == 1:
            found = witnesses
    if not found and role not in lexicon.office_nouns():
        # « Le premier film de la Carolorégienne Sophie L. sort mercredi. « … », explique la
        # réalisatrice » : the article's only person so far, whatever the parse made of her
        named = _people_named(context, 0, position)
        if len(named) == 1:
            found = named
    # « Marie-Claude, 63 ans, » : a person the article gives only a first name is a witness, described
    # again by age or as « la jeune femme », never by an office or a tie to someone
    anyone = role in AGE_NOUNS | GENERIC_PERSON_NOUNS
    agreeing = [
        e
        for e in found.values()
        if not (gender and e.gender and gender != e.gender)
        and (anyone or not known_by_first_name(e) or (not tied and _witness_trade(role, gender, e)))
    ]
    fitting = [e for e in agreeing if role_fits(role, roles_of(e))]
    if (
        not fitting
        and len(agreeing) == 1
        and (gender is None or agreeing[0].gender == gender)  # a known gender, not just no conflict
        and _profession(role, roles_of(agreeing[0]))
    ):
        # « sa cofondatrice et directrice générale, Anouk D. La chimiste de 34 ans affirme … » : the
        # one person just named, described by a trade rather than an office
        fitting = agreeing
    if not fitting and anyone:
        # « « … », reconnaît-il. Aurélie, 31 ans, patiente … « … », raconte la jeune mère » : the one
        # person named just before, when the speakers and subjects around are of the other gender
        fitting = [
            e
            for e in _people_named(context, first, position).values()
            if not (gender and e.gender and gender != e.gender)
        ]
    if len(fitting) != 1:
        return None
    topic = fitting[0]
    if role in AGE_NOUNS | GENERIC_PERSON_NOUNS:
        # « Kessler invoque … Devant les grilles, Thierry L., 54 ans, … « … », lâche le quinquagénaire » :
        # the one person named since the subject is the one described
        since = _named_since(context, topic, first, position)
        if len(since) > 1 or (since and gender and since[0].gender and since[0].gender != gender):
            return None
        if since:
            return since[0]
    # another holder of the role named before it makes « l'entraîneur » ambiguous; one named only
    # later in the article (« Son entraîneur, Markus G. ») does not
    holders = [
        e
        for e in context.entities
        if e is not topic
        and e.kind == "person"
        and e.tokens
        and role in roles_of(e)
        and any(m.start < position for m in e.mentions)
    ]
    return None if holders else topic


def _named_since(context: Context, topic: Entity, first: int, position: int) -> list[Entity]:
    """The other people named after the topic's last mention and before the description."""
    last = max((m.start for m in topic.mentions if first <= m.start < position), default=first)
    return [e for e in _people_named(context, last + 1, position).values() if e is not topic]


def _people_named(context: Context, start: int, end: int) -> dict[str, Entity]:
    """The people named by name in [start, end), outside quotations, by entity id."""
    return {
        e.id: e
        for m, e in context.people_between(start, end)
        if e.tokens and not context.inside_quote(m.start, m.end)
    }


def _first_names_as_subjects(context: Context, start: int, end: int, gender: str) -> dict[str, Entity]:
    """Names in [start, end) that are a first name alone of this usual gender, subject of their clause
    and never written where a place goes, which nothing else told to be people, by entity id."""
    return {
        e.id: e
        for m, e in context.names_between(start, end)
        if e.kind == "unknown"
        and len(e.tokens) == 1
        and m.subject
        and not any(other.after_place_word for other in e.mentions)
        and not context.inside_quote(m.start, m.end)
        and usual_gender(e.tokens[0]) == gender
    }


# Prepositions before a place name (« au Québec », « en Bretagne », « à Lyon »).
PLACE_WORDS = frozenset({"à", "au", "aux", "en"})


def topic_organization(
    context: Context, position: int, noun: str, introduced_only: bool = False
) -> Entity | None:
    """The one organisation a new generic description (« l'ONG », « le constructeur ») may stand for:
    named in this or the previous two sentences, introduced with that noun (« le syndicat FO ») or
    else the one that was a subject; none when several fit. A description with modifiers of its own
    (« la fédération des embouteilleurs ») stands only for one introduced with its noun."""
    here = context.sentence_index(position)
    first = context.sentence(max(0, here - TOPIC_SENTENCES)).start
    named = [
        (m, e)
        for m, e in context.names_between(first, position)
        if e.kind != "person" and not context.inside_quote(m.start, m.end)
    ]
    text = context.document.text
    typed = {e.id: e for m, e in named if _introduced_with(text, m, noun)}
    # « … 140 magasins au Québec » : a place, whatever the parse made of it
    acting = {
        e.id: e
        for m, e in named
        if m.subject and not set(normalize(text[max(0, m.start - 4) : m.start]).split()) & PLACE_WORDS
    }
    # « La Fédération de la boulangerie de Haute-Garonne … » paragraphs earlier, then « La fédération
    # souligne … » : the one organisation of the article that bears the noun, before any other subject
    bearing = {e.id: e for m, e in context.names_between(0, position) if _bears(context, m, e, noun)}
    # « Le PLR, lui, a laissé la liberté de vote, a-t-on appris auprès du parti » : the subject of
    # the description's own sentence
    here_acting = {e.id: e for m, e in named if e.id in acting and context.sentence_index(m.start) == here}
    if len(acting) > 1 and len(here_acting) == 1:
        acting = here_acting
    if introduced_only:
        acting = {}
    fitting = typed or (bearing if len(bearing) == 1 else acting or bearing)
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def _introduced_with(text: str, mention: Mention, noun: str) -> bool:
    """« le syndicat FO », « l'ONG humanitaire X » : the noun among the words right before the name,
    not « au siège du parti à Cocody », where the name is a place."""
    words = normalize(text[max(0, mention.start - 30) : mention.start]).replace("'", "' ").split()[-3:]
    return noun in words and bool(words) and words[-1] not in PLACE_WORDS


def _bears(context: Context, mention: Mention, entity: Entity, noun: str) -> bool:
    """« la Fédération de la boulangerie », « le syndicat FO » : the organisation's name opens with
    the noun, or the noun introduces it."""
    if entity.kind == "person" or context.inside_quote(mention.start, mention.end):
        return False
    text = context.document.text
    before = normalize(text[max(0, mention.start - 30) : mention.start]).replace("'", "' ").split()
    # « le laboratoire franco-suisse Helvane », « l'équipementier automobile Sopalec » : an adjective
    # may stand between the noun and the name
    introducing = before[-1:]
    if len(before) >= 2 and before[-1] not in lexicon.ARTICLES and before[-1].replace("-", "").isalpha():
        introducing = before[-2:]
    # « l'équipementier Sopalec … le groupe » : any company is « le groupe », « l'entreprise »
    nouns = {noun} | (COMPANY_NOUNS if noun in COMPANY_HYPERNYMS else set())
    return (
        (bool(entity.tokens) and normalize(entity.tokens[0]) == noun)
        or bool(nouns & set(introducing))
        or noun in lexicon.known_organisation(mention.text)
    )


# Nouns that introduce a company, and the generic nouns that name any company again.
COMPANY_NOUNS = frozenset(
    "entreprise groupe société firme compagnie constructeur fabricant opérateur banque enseigne distributeur "
    "laboratoire assureur équipementier sous-traitant avionneur énergéticien transporteur éditeur exploitant "
    "promoteur brasseur industriel start-up".split()
)
COMPANY_HYPERNYMS = frozenset({"entreprise", "groupe", "société", "firme"})


def _after_according_to(context: Context, mention: Mention) -> bool:
    before = context.sentence(mention.sentence).tokens_before(mention.start, 2)
    words = [normalize(w.text) for w in before]
    return bool(words) and (words[-1] in lexicon.ACCORDING_TO or words[-2:] == ["d'", "après"])


SOURCE_DESCRIPTION_WORDS = 10


def _opening_source(context: Context, mention: Mention) -> bool:
    """« Selon X, … », « Pour X, … » opening the sentence: X speaks in it, like a subject."""
    sentence = context.sentence(mention.sentence)
    before = [w for w in sentence.tokens_before(mention.start, 3) if w.start >= sentence.start]
    words = [normalize(w.text) for w in before]
    return (
        (len(words) == 1 and (words[0] == "pour" or words[0] in lexicon.ACCORDING_TO))
        or words == ["d'", "après"]
        or words == ["aux", "yeux", "de"]
        or _source_opening_with_role(sentence, mention)
    )


def _source_opening_with_role(sentence: Sentence, mention: Mention) -> bool:
    """« Pour le député socialiste de la Somme Paul X, … » : the name ends the description of a
    source that « pour », « selon » or « d'après » opening the sentence introduces."""
    before = [normalize(w.text) for w in sentence.tokens if w.end <= mention.start]
    opener = 2 if before[:2] == ["d'", "après"] else 1
    return (
        (before[:1] == ["pour"] or before[:1] == ["selon"] or opener == 2)
        and len(before) > opener
        and before[opener] in lexicon.DEFINITE_DETERMINERS
        and "," not in before
        and len(before) <= SOURCE_DESCRIPTION_WORDS
    )


def _apposed_to(sentence: Sentence, word: Word | None) -> Word | None:
    """The noun a name is apposed to (« le maire, Paul X », « l'entraîneur Paul X »), else the name."""
    while word is not None and (
        word.base_deprel in {"flat", "appos", "compound"}
        or (word.base_deprel == "nmod" and not any(c.base_deprel == "case" for c in sentence.children(word)))
    ):
        word = sentence.head_of(word)
    return word


def _opens_paragraph(context: Context, position: int) -> bool:
    text = context.document.text
    start = text.rfind("\n", 0, position) + 1
    words = text[start:position].split()
    return len(words) <= 1


# « le patron des députés LR », « la cheffe de file des sénateurs PS » : who leads the members of an
# assembly is one of them, and « l'élu » may name them again.
GROUP_LEADERS = frozenset("patron patronne chef cheffe président présidente leader".split())
ASSEMBLY_MEMBERS = {
    "députés": ("député", "députée"),
    "sénateurs": ("sénateur", "sénatrice"),
    "eurodéputés": ("eurodéputé", "eurodéputée"),
    "élus": ("élu", "élue"),
    "conseillers": ("conseiller", "conseillère"),
}


def roles_of(entity: Entity) -> set[str]:
    roles = set(entity.roles)
    for mention in entity.mentions:
        if mention.role:
            roles.add(mention.role)
            if mention.role in GROUP_LEADERS:
                roles.update(r for w in mention.role_words for r in ASSEMBLY_MEMBERS.get(w, ()))
            # « le chef de la diplomatie arménienne, X » holds the office « le ministre » names
            roles.update(
                lexicon.PERIPHRASES[(mention.role, word)][0]
                for word in mention.role_words
                if (mention.role, word) in lexicon.PERIPHRASES
            )
    return roles


# The two sides of a courtroom: a person on trial is never one of those who judge, accuse or defend.
ON_TRIAL = frozenset("prévenu prévenue accusé accusée détenu détenue".split())
COURT_OFFICERS = frozenset(
    """procureur procureure substitut substitute avocat avocate juge magistrat magistrate président
    présidente greffier greffière""".split()
)


# Verbs whose subject is the person on trial (« X comparaît », « X est jugé pour … »); all but
# « comparaître » only in the passive.
TRIAL_VERBS = frozenset(
    "comparaître juger poursuivre accuser inculper rejuger condamner relaxer acquitter".split()
)
# Verbs whose object is the person on trial (« le tribunal a condamné X », « la cour a jugé X »).
SENTENCING_VERBS = frozenset("condamner juger relaxer acquitter rejuger".split())
TRIAL_NOUNS = frozenset({"procès"})


def person_on_trial(context: Context, gender: str | None) -> Entity | None:
    """The one named person the article puts on trial, whom « l'accusé », « la prévenue » stand for
    wherever they stand: the subject of « comparaître » or of « être jugé / poursuivi », the owner of
    « son procès » or the person of « le procès de X »; none when several are."""
    found: dict[str, Entity] = {}
    for entity in context.entities:
        if (
            entity.kind != "person"
            or not entity.tokens
            or (gender and entity.gender and entity.gender != gender)
        ):
            continue
        if any(_tried(context, mention) for mention in entity.mentions if mention.kind == "name"):
            found[entity.id] = entity
    return next(iter(found.values())) if len(found) == 1 else None


# « l'intéressé » : the person the sentences before were about, not the one who spoke about them.
CONCERNED_NOUNS = frozenset({"intéressé", "intéressée"})
CONCERNED_SENTENCES = 2


def concerned_person(context: Context, position: int, gender: str | None) -> Entity | None:
    """« Selon le coach, le jeune gardien a réalisé une saison pleine. Joint au téléphone, l'intéressé
    … » : the last person named in the sentences before who is neither a speaker nor a source there."""
    here = context.sentence_index(position)
    start = context.sentence(max(0, here - CONCERNED_SENTENCES)).start
    speaking = {id(e) for offset, e in context.speakers_so_far if start <= offset < position}
    named = sorted(context.names_between(start, position), key=lambda pair: pair[0].start, reverse=True)
    for mention, entity in named:
        if (
            entity.kind != "person"
            or context.inside_quote(mention.start, mention.end)
            or (gender and entity.gender and entity.gender != gender)
        ):
            continue
        if id(entity) in speaking or _speaking_there(context, mention):
            continue
        return entity
    return None


def _speaking_there(context: Context, mention: Mention) -> bool:
    """« Le sélectionneur, Paul X, a confirmé … », « Selon l'entraîneur Paul X, … » : the name, or the
    noun it is apposed to, is the subject of a speech verb or the source of « selon »."""
    sentence = context.sentence(mention.sentence)
    link = _apposed_to(sentence, mention_head(sentence, mention))
    if link is None:
        return False
    if any(
        c.base_deprel == "case" and normalize(c.text) in lexicon.ACCORDING_TO | {"après", "pour"}
        for c in sentence.children(link)
    ):
        return True
    verb = sentence.head_of(link)
    return link.deprel == "nsubj" and verb is not None and speech_lemma(verb) is not None


def _tried(context: Context, mention: Mention) -> bool:
    if context.inside_quote(mention.start, mention.end):
        return False
    sentence = context.sentence(mention.sentence)
    if not sentence.parsed:
        return False
    head = mention_head(sentence, mention)
    if head is None:
        return False
    governor = sentence.head_of(head)
    if governor is not None and head.base_deprel == "appos" and governor.base_deprel.startswith("nsubj"):
        head, governor = governor, sentence.head_of(governor)  # « L'ancien notaire X a été condamné »
    if governor is None:
        return False
    if normalize(governor.lemma or "") in TRIAL_NOUNS and head.base_deprel == "nmod":
        return True  # « le procès de X »
    if any(_trial_participle(c) for c in sentence.children(head) if c.base_deprel == "acl"):
        return True  # « X, poursuivi pour escroquerie, … »
    following = sentence.tokens_after(mention.end, 2)
    if len(following) == 2 and following[0].text == "," and _trial_participle(following[1]):
        return True  # « … à l'encontre de X, jugé depuis lundi » : the parse hung the participle elsewhere
    if _sentence_requested_against(sentence, head):
        return True  # « Le parquet a requis deux ans contre X »
    if head.base_deprel == "flat" and normalize(governor.text) in lexicon.DAYS | lexicon.DEICTIC_DAYS:
        # « a condamné jeudi Yanis B. » parsed with the name hung on the day
        head, governor = governor, sentence.head_of(governor)
        if governor is None:
            return False
    lemma = normalize(governor.lemma or "")
    if head.base_deprel == "obj" and lemma in SENTENCING_VERBS:
        return True  # « Le tribunal a condamné jeudi Yanis B. »
    if head.base_deprel not in {"nsubj", "nsubj:pass"}:
        return False
    passive = head.deprel == "nsubj:pass" or any(c.deprel == "aux:pass" for c in sentence.children(governor))
    if lemma == "comparaître" or (lemma in TRIAL_VERBS and passive):
        return True
    if any(_trial_participle(c) for c in sentence.children(governor) if c.base_deprel == "advcl"):
        return True  # « Jugé depuis lundi …, X a nié »
    if mention.role in {None, *ON_TRIAL} and any(
        _before_the_court(sentence, c) for c in sentence.children(governor) if c.base_deprel == "obl"
    ):
        return True  # « Devant le tribunal correctionnel, X a reconnu … » : not a lawyer nor a witness
    # « Au deuxième jour de son procès, X a maintenu … »
    return any(
        normalize(w.lemma or "") in TRIAL_NOUNS
        and any(normalize(c.text) in {"son", "sa"} for c in sentence.children(w))
        and governor in sentence.ancestors(w)[:3]
        for w in sentence.words
    )


# Where a defendant speaks: « devant le tribunal », « devant la cour d'assises ».
COURT_NOUNS = frozenset({"tribunal", "cour", "juge", "juges", "jurés", "magistrats"})


def _before_the_court(sentence: Sentence, word: Word) -> bool:
    return normalize(word.lemma or word.text) in COURT_NOUNS and any(
        c.base_deprel == "case" and normalize(c.text) == "devant" for c in sentence.children(word)
    )


# « Le parquet a requis trois ans contre X / à l'encontre de X » : the person a sentence is asked against.
REQUISITION_VERBS = frozenset({"requérir", "réclamer", "demander"})


def _sentence_requested_against(sentence: Sentence, name: Word) -> bool:
    head = _apposed_to(sentence, name) or name  # « contre l'ancien notaire Marc A. »
    cases = {normalize(c.text) for c in sentence.children(head) if c.base_deprel == "case"}
    above = sentence.head_of(head)
    if "contre" not in cases:
        if not (above is not None and normalize(above.text) == "encontre" and cases & {"de", "d'", "du"}):
            return False
        above = sentence.head_of(above)
    return above is not None and normalize(above.lemma or "") in REQUISITION_VERBS


def _trial_participle(word: Word) -> bool:
    return word.feat("VerbForm") == "Part" and normalize(word.lemma or "") in TRIAL_VERBS


def _witness_trade(role: str, gender: str | None, entity: Entity) -> bool:
    """« Lucien, 31 ans, pétrit la pâte. « … », lance le jeune boulanger » : a witness the article
    names by a first name alone is described again by a trade, not an office, of the first name's gender."""
    return (
        gender is not None
        and usual_gender(entity.tokens[0]) == gender
        and _profession(role, roles_of(entity))
    )


def _profession(role: str, roles: set[str]) -> bool:
    """A trade any office holder may also have (« la chimiste », « le diplomate »), not an office."""
    return (
        role in lexicon.role_nouns()
        and role not in lexicon.office_nouns()
        and role not in ON_TRIAL | COURT_OFFICERS
        and not opposed_roles(role, roles)
    )


def opposed_roles(role: str, roles: set[str]) -> bool:
    """A description that cannot name a person holding these roles (« le prévenu » and the prosecutor,
    « le jeune ouvreur » and the coach)."""
    return any(
        (role in one and bool(roles & other)) or (role in other and bool(roles & one))
        for one, other in ((ON_TRIAL, COURT_OFFICERS), (_players(), _coaches()))
    )


@cache
def _players() -> frozenset[str]:
    """A team's players by position (« l'ailier », « le pilier »): data/role_hypernyms.txt."""
    words = role_hyponyms()
    return (
        frozenset({"joueur", "joueuse"})
        | words.get("joueur", frozenset())
        | words.get("joueuse", frozenset())
    )


@cache
def _coaches() -> frozenset[str]:
    return frozenset({"entraîneur", "entraîneuse", "coach"}) | role_hyponyms().get("entraîneur", frozenset())


def role_fits(role: str, roles: set[str]) -> bool:
    """A description's noun fits a person with no known role, the same role, or a narrower one
    (« le responsable » for a secrétaire général, data/role_hypernyms.txt)."""
    if role.startswith("ex-"):
        return True  # « l'ex-députée » recalls a past office: a biography, not the current holder's title
    # « le Vaudois » fits anyone, but « le technicien » is a role even though it ends like a demonym;
    # where someone comes from (« la Lyonnaise Claire M. ») is no role the description must fit
    demonym = role not in lexicon.role_nouns() and is_demonym(role, "le")
    roles = {r for r in roles if r in lexicon.role_nouns() or not is_demonym(r, "le")}
    roles -= GENERIC_PERSON_NOUNS  # « X, vainqueur de la Coupe » may be « le capitaine » too
    if not roles or role in roles or demonym or role in GENERIC_PERSON_NOUNS | AGE_NOUNS:
        return True
    narrower = role_hyponyms().get(role, frozenset())
    # « l'ancien joueur … le défenseur » : a narrower word for the same role fits as well
    broader = {broad for broad, words in role_hyponyms().items() if role in words}
    return bool(roles & (narrower | broader))


def _ranked_antecedents(
    context: Context,
    recent: list[tuple[Mention, Entity]],
    here: int,
    gender: str | None,
    last_speaker: Entity | None,
    require_sure: bool,
) -> list[tuple[float, Entity, Mention]]:
    """Up to three agreeing antecedents, best first: recency in sentences, being a subject, having
    just spoken, agreeing gender."""
    options: list[tuple[float, Entity, Mention]] = []
    unsure: list[float] = []
    seen: set[str] = set()
    # « X a plaidé … Selon lui, … « … », a-t-il ajouté » : the pronoun source carries X on as subject
    subjects_from = here - 2 if here > 0 and _pronoun_sourced(context.sentence(here - 1)) else here - 1
    for mention, entity in recent:
        if entity.id in seen or entity.kind == "organization":
            continue
        seen.add(entity.id)
        if gender and entity.gender and entity.gender != gender:
            continue
        if entity.kind == "unknown" and entity is not last_speaker:
            continue
        was_subject = any(
            m.subject or _opening_source(context, m)
            for m, e in recent
            if e is entity and subjects_from <= m.sentence <= here
        )
        score = (
            -0.5 * (here - mention.sentence)
            + (2 if was_subject else 0)
            + (1.5 if entity is last_speaker else 0)
            + (0.5 if gender and entity.gender == gender else 0)
            # « devant le juge Delvaux », « l'avis du préfet X » : a name in a complement is less salient
            - (1 if not was_subject and _oblique(context, mention) else 0)
        )
        if require_sure and gender and not entity.gender:
            # « la chanteuse » is not linked to a person whose gender nothing tells, nor past one to
            # someone less salient (« L'ancien ministre X a dénoncé … », a affirmé l'opposant »)
            unsure.append(score)
            continue
        options.append((score, entity, mention))
        if len(options) >= 3:
            break
    options.sort(key=lambda o: o[0], reverse=True)
    if options and unsure and max(unsure) >= options[0][0]:
        return []
    return options


def _described_subject(
    context: Context,
    window_start: int,
    position: int,
    gender: str | None,
    options: list[tuple[float, Entity, Mention]],
    rule: str,
    confidence: float,
) -> Candidate | None:
    """A person-noun subject that outranks every named antecedent by a clear margin."""
    here = context.sentence_index(position)
    subjects = sorted(
        _subject_descriptions(context, window_start, position, gender, here), key=lambda s: s[0], reverse=True
    )
    if not subjects:
        return None
    best_name = options[0][0] if options else float("-inf")
    score, sentence, word = subjects[0]
    runner_up = max(best_name, subjects[1][0] if len(subjects) > 1 else float("-inf"))
    if score - runner_up < 1:
        return None
    found = linking.description(context, sentence, word, rule, confidence * 0.8)
    return reached_via(found, "pronoun") if found is not None else None


def _oblique(context: Context, mention: Mention) -> bool:
    """The name, or the role noun it is apposed to, is introduced by a preposition."""
    sentence = context.sentence(mention.sentence)
    for word in sentence.tokens_between(mention.start, mention.end):
        for link in [word, *sentence.ancestors(word)[:2]]:
            if any(c.base_deprel == "case" for c in sentence.children(link)):
                return True
            if link.base_deprel not in {"flat", "appos", "compound"} and link is not word:
                break
    return False


def _subject_descriptions(
    context: Context, window_start: int, position: int, gender: str | None, here: int
) -> list[tuple[float, Sentence, Word]]:
    """Person nouns that are main-clause subjects of the last sentences (« Un jeune de 31 ans … est
    appelé devant le juge X. Il est poursuivi … Il … »), scored like named antecedents; a sentence
    whose subject is an agreeing pronoun carries the chain on without counting as distance; none
    that holds a name."""
    found = []
    first = context.sentence_index(window_start)
    distance = 0
    for index in range(here, first - 1, -1):
        if distance > SUBJECT_NOUN_SENTENCES:
            break
        sentence = context.sentence(index)
        chained = False
        for word in sentence.tokens_before(min(position, sentence.end), 200):
            if context.inside_quote(word.start, word.end):
                continue
            source = anonymous_source(sentence, word)
            if word.base_deprel != "nsubj" and not source:
                continue
            pronoun = lexicon.SUBJECT_PRONOUNS.get(normalize(word.text))
            if pronoun is not None:
                chained = chained or (pronoun[1] == "s" and (gender is None or pronoun[0] == gender))
                continue
            if word.upos not in {"NOUN", "ADJ"} or word.feat("Number") == "Plur":
                continue
            # « Une octogénaire de Trélissac a raconté … » : an age noun is a new person only when indefinite
            # (« la trentenaire » names again someone the passage named)
            if normalize(word.text) not in lexicon.role_nouns() and not (
                normalize(word.text) in AGE_NOUNS and _indefinite(sentence, word)
            ):
                continue
            if not any(c.base_deprel == "det" for c in sentence.children(word)):
                continue
            verb = sentence.head_of(word)
            if verb is not None and verb.base_deprel not in {"root", "conj", "parataxis"}:
                continue  # « relevant que le nouveau chef du gouvernement provient … » : embedded
            if verb is not None and not source and _sourced(sentence, verb):
                continue  # « Selon lui, son client a … » : the subject of what someone reports
            word_gender = linking.det_gender_of(sentence, word)
            if gender and word_gender and word_gender != gender:
                continue
            start, end = linking.description_span(sentence, word)
            # « le ministre Gérald X » : the name stands for it (not « une retraitée de Trélissac, partie
            # civile »: a place and an apposed role)
            if context.people_between(start, end) or any(
                c.base_deprel in {"appos", "flat"} and c.upos == "PROPN" for c in sentence.children(word)
            ):
                continue
            score = -0.5 * distance + 2 + (0.5 if gender and word_gender == gender else 0)
            # « Pour un diplomate européen, … « … », confie-t-il », « …, estime un diplomate. « … »,
            # a-t-il ajouté » : the unnamed speaker of the speech clause before is the most salient
            if source or (verb is not None and speech_lemma(verb) is not None):
                score += SPEAKING_BONUS
            found.append((score, sentence, word))
        if not chained:
            distance += 1
    return found


# What speaking in the clause adds to a described subject's salience.
SPEAKING_BONUS = 0.5


def _sourced(sentence: Sentence, verb: Word) -> bool:
    """The clause is what a source says: « selon X, … », « d'après X, … »."""
    return _source_of(sentence, verb) is not None


def _source_of(sentence: Sentence, verb: Word) -> Word | None:
    for child in sentence.children(verb):
        if not child.base_deprel.startswith("obl"):
            continue
        marks = [normalize(c.text) for c in sentence.children(child) if c.base_deprel == "case"]
        if any(m in lexicon.ACCORDING_TO for m in marks) or marks[-1:] == ["après"]:
            return child
    return None


def _pronoun_sourced(sentence: Sentence) -> bool:
    """« Selon lui, … », « D'après elle, … »."""
    root = next((w for w in sentence.words if w.base_deprel == "root"), None)
    source = _source_of(sentence, root) if root is not None else None
    return source is not None and normalize(source.text) in lexicon.STRESSED_PRONOUNS


def anonymous_source(sentence: Sentence, word: Word) -> bool:
    """« D'après un négociateur, qui a requis l'anonymat, … », « Pour un analyste, … », and « Un
    humanitaire, qui a requis l'anonymat, pointe … » when the tagger lost the verb: an unnamed
    person who speaks, whom a later « il » goes on with."""
    if not _indefinite(sentence, word) or word.upos != "NOUN":
        return False
    if word.base_deprel == "root":
        return True
    cases = [normalize(c.text) for c in sentence.children(word) if c.base_deprel == "case"]
    opening = sentence.tokens[0].start == min([word.start, *(c.start for c in sentence.children(word))])
    return opening and (cases[-1:] in (["selon"], ["après"], ["pour"]))


def _indefinite(sentence: Sentence, word: Word) -> bool:
    return any(c.base_deprel == "det" and normalize(c.text) in {"un", "une"} for c in sentence.children(word))


def _subject_description(
    context: Context, window_start: int, position: int, gender: str, rule: str, confidence: float
) -> Candidate | None:
    """No named antecedent: « Un homme en parka s'approche. — … ? demande-t-il. »"""
    first = context.sentence_index(window_start)
    last = context.sentence_index(position)
    for index in range(last, max(first, last - 6) - 1, -1):
        sentence = context.sentence(index)
        for word in sentence.tokens_before(min(position, sentence.end), 80):
            if word.base_deprel != "nsubj" or word.upos != "NOUN":
                continue
            if context.inside_quote(word.start, word.end):
                continue
            if normalize(word.text) not in lexicon.role_nouns():
                continue
            word_gender = linking.det_gender_of(sentence, word)
            if word_gender and word_gender != gender:
                continue
            found = linking.description(context, sentence, word, rule, confidence * 0.8)
            if found is not None:
                return reached_via(found, "pronoun")
    return None


def _cataphora(
    context: Context, position: int, gender: str, rule: str, confidence: float
) -> Candidate | None:
    """« « Je ne regrette rien », confie-t-elle. La chanteuse, qui … » : a paragraph that opens
    with the words names its speaker in the next sentence, when nobody agreeing came before in
    the paragraph."""
    text = context.document.text
    paragraph_start = text.rfind("\n", 0, position) + 1
    here = context.sentence_index(position)
    if context.sentence_index(paragraph_start) != here or here + 1 >= len(context.document.sentences):
        return None  # only in the paragraph's first sentence
    earlier = context.names_between(paragraph_start, position) + context.descriptions_between(
        paragraph_start, position
    )
    if any(not (e.gender and e.gender != gender) for _, e in earlier):
        return None
    following = context.sentence(here + 1)
    if "\n" in text[position : following.start]:
        return None
    tokens = following.tokens[:2]
    if len(tokens) < 2 or tokens[0].upos != "DET" or normalize(tokens[1].text) not in lexicon.role_nouns():
        return None
    if linking.det_gender_of(following, tokens[1]) != gender or tokens[1].base_deprel != "nsubj":
        return None
    return reached_via(linking.description(context, following, tokens[1], rule, confidence * 0.8), "pronoun")


def _plural_subject(
    context: Context, position: int, gender: str | None, rule: str, confidence: float
) -> Candidate | None:
    """ils/elles -> the one plural role noun that is a subject in this or the previous sentence
    (« 200 médecins estiment que … « … », écrivent-ils »); none when there are several."""
    here = context.sentence_index(position)
    found = []
    for index in range(max(0, here - 1), here + 1):
        sentence = context.sentence(index)
        for word in sentence.tokens_before(min(position, sentence.end), 80):
            if word.upos != "NOUN":
                continue
            if word.base_deprel != "nsubj" and not _speech_verb_follows(sentence, word):
                continue
            word = counted(sentence, word)  # « une centaine d'habitants » : the habitants
            if word.feat("Number") != "Plur":
                continue
            forms = {normalize(word.text), normalize(word.lemma or "")}
            groups = lexicon.role_nouns() | lexicon.org_words()  # « les autorités sanitaires … Elles »
            if context.inside_quote(word.start, word.end) or not forms & groups:
                continue
            if gender == "f" and word.feat("Gender") == "Masc":
                continue
            found.append((sentence, word))
    if len(found) != 1:
        return None
    sentence, word = found[0]
    return reached_via(linking.description(context, sentence, word, rule, confidence * 0.8), "pronoun")


# « une centaine de riverains », « un groupe d'habitants » : a number of people stands for them.
QUANTITY_NOUNS = frozenset(
    "dizaine douzaine vingtaine trentaine quarantaine cinquantaine soixantaine centaine millier "
    "groupe poignée collectif ensemble plupart totalité partie moitié nombre".split()
)


def counted(sentence: Sentence, word: Word) -> Word:
    """The plural noun a quantity noun counts (« une centaine d'habitants » -> habitants), else the word."""
    if normalize(word.lemma or word.text) not in QUANTITY_NOUNS:
        return word
    counted = [c for c in sentence.children(word) if c.base_deprel == "nmod" and c.feat("Number") == "Plur"]
    return counted[0] if counted else word


def _speech_verb_follows(sentence: Sentence, word: Word) -> bool:
    """« 200 médecins généralistes estiment » : a subject the parser missed, right before its verb."""
    following = [w for w in sentence.tokens_after(word.end, 3) if w.upos != "ADJ"]
    return bool(following) and following[0].upos == "VERB" and speech_lemma(following[0]) is not None


def _paragraph_window(context: Context, position: int) -> int:
    """Pronouns look back at most over the previous paragraphs (a blank line between paragraphs is
    not one)."""
    text = context.document.text
    cut = position
    for _ in range(PARAGRAPH_WINDOW + 1):
        found = text.rfind("\n", 0, cut)
        if found <= 0:
            return 0
        while found > 0 and text[found - 1].isspace():
            found -= 1
        cut = found
    return cut
