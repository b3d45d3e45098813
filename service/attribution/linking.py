"""From the word a rule points at to an entity: a name, a description linked to a name, or a pronoun.

Everything here proposes; nothing is recorded until the engine commits a candidate.
"""

from __future__ import annotations

import re

from service.attribution import coref, lexicon
from service.attribution.candidates import Attachment, Candidate
from service.attribution.context import Context
from service.attribution.cues import pronoun_of, speech_lemma
from service.attribution.entities import (
    OPENING_MARKS,
    Entity,
    Mention,
    _role_gender,
    is_capitalized,
    is_demonym,
    is_first_name,
    known_by_first_name,
    normalize,
    role_hyponyms,
)
from service.attribution.sieves.registry import in_speaker_slot
from service.nlp.document import Sentence, Word

# Person nouns ending in -e whose gender is their own (« l'épouse », « l'homme »).
GENDERED_NOUNS = frozenset(
    "femme fille mère sœur tante dame reine épouse veuve homme père frère oncle prince".split()
)
# Nouns of a date, never part of a description (« le ministre ce mercredi »).
DATES = (
    lexicon.DAYS
    | lexicon.MONTHS
    | lexicon.DEICTIC_DAYS
    | frozenset("matin soir midi soirée matinée après-midi nuit semaine week-end veille lendemain".split())
)
# Words that introduce a nickname after a name (« Drissa Bakayoko dit D'Riss »).
NICKNAME_WORDS = frozenset({"dit", "dite", "alias", "surnommé", "surnommée"})
# How many words past a description its apposed name may lie.
APPOSITION_REACH = 20
DESCRIPTION_DEPRELS = frozenset({"det", "amod", "nmod", "case", "flat", "fixed", "compound", "nummod"})


def speaker_from_word(
    context: Context, sentence: Sentence, word: Word, rule: str, confidence: float
) -> Candidate | None:
    """Turn the head word of a speaker phrase into an entity: name, description or pronoun."""
    pronoun = pronoun_of(word)
    if pronoun:
        return coref.resolve_pronoun(context, word.start, pronoun, rule, confidence)
    low = normalize(word.text)
    if low in DEMONSTRATIVE_SUBJECTS and any(c.deprel == "acl:relcl" for c in sentence.children(word)):
        # « Celle qui portait la motion a promis … » : the person the relative clause recalls
        return coref.resolve_pronoun(
            context, word.start, (DEMONSTRATIVE_SUBJECTS[low], "s"), rule, confidence
        )
    latter = _latter(context, sentence, word, low, rule, confidence)
    if latter is not None:
        return latter
    if low in lexicon.NOT_SPEAKERS:
        return None
    if _opens_quotation(context, word.start, word.end):
        return None  # « invité de « L'Heure du choix » » : a title in quotation marks never speaks
    if low in INDEFINITE_SPEAKERS:  # « l'un d'eux, Serge Nkoulou »
        found = _name_after_comma(context, sentence, word)
        if found is not None:
            return Candidate(found[0], found[1], rule, confidence)
        # « …, raconte l'un d'eux », « …, ajoute une autre » : one of a group the passage speaks of
        return _indefinite(context, sentence, word, rule, confidence) if in_speaker_slot(rule) else None
    author = document_author(sentence, word)
    if author is not None:  # « le communiqué de la préfecture » : the préfecture speaks
        return speaker_from_word(context, sentence, author, rule, confidence)
    found = context.entity_at(word.start, word.end)
    if found and _opens_quotation(context, found[1].start, found[1].end):
        return None  # « l'émission « Grand Oral » » : the name of a title
    if found:
        return Candidate(found[0], found[1], rule, confidence)
    if word.upos in {"NOUN", "PROPN", "X"} or normalize(word.text) in lexicon.role_nouns():
        word = _noun_after_adjective(sentence, word)
        named = _name_below(context, sentence, word)
        if named is not None:
            return Candidate(named[0], named[1], rule, confidence)
        return description(context, sentence, word, rule, confidence)
    return None


DEMONSTRATIVE_SUBJECTS = {"celle": "f", "celui": "m"}
# Pronouns for one member of a group: « l'un d'eux », « une autre », « certains ».
INDEFINITE_SPEAKERS = frozenset({"un", "une", "autre", "l'un", "l'une"})


def _indefinite(context: Context, sentence: Sentence, word: Word, rule: str, confidence: float) -> Candidate:
    start, end = description_span(sentence, word)
    text = context.document.text
    mention = Mention(text[start:end], start, end, "description", context.sentence_index(start))
    entity = _description_entity(context, mention, "person")
    return Candidate(
        entity, mention, rule, confidence * 0.7, attachments=(Attachment(entity, mention, None),)
    )


# Adjectives written before their noun that a tagger may take for the noun (« le vieil homme »).
PRENOMINAL_ADJECTIVES = frozenset({"vieil", "vieille", "vieux", "jeune", "petit", "petite"})


def _noun_after_adjective(sentence: Sentence, word: Word) -> Word:
    """« Le vieil homme dit … » parsed as the noun « vieil » with « homme » in apposition: the noun."""
    following = sentence.word(word.index + 1)
    if (
        normalize(word.text) in PRENOMINAL_ADJECTIVES
        and following is not None
        and following.upos == "NOUN"
        and sentence.head_of(following) is word
    ):
        return following
    return word


def document_author(sentence: Sentence, word: Word) -> Word | None:
    """The « de X » of a document noun (communiqué, rapport, lettre …): its author."""
    if normalize(word.lemma or word.text) not in lexicon.DOCUMENT_NOUNS:
        return None
    for child in sentence.children(word):
        cases = [normalize(c.text) for c in sentence.children(child) if c.base_deprel == "case"]
        if (
            child.base_deprel == "nmod"
            and child.index > word.index
            and cases[:1] in (["de"], ["du"], ["des"], ["d'"])
            and normalize(child.lemma or child.text) not in lexicon.MEDIA_NOUNS
        ):
            return child
    return None


# Verbs that put a document out, whose subject is its author (« la Cour des comptes a publié un rapport »).
PUBLISHING_VERBS = frozenset({"publier", "dévoiler", "présenter", "rendre", "remettre", "diffuser"})
# How many sentences back « le document » may refer to the document an article introduced.
DOCUMENT_REACH = 6
# Texts « le document » may also refer back to, whose author is not always who speaks through them.
OTHER_DOCUMENTS = frozenset(
    "directive circulaire décret arrêté guide projet plan texte ordonnance protocole ouvrage livre".split()
)


def earlier_document_author(context: Context, offset: int) -> Entity | None:
    """« Un rapport publié par le Conseil norvégien … Selon le document, … » : the author of the last
    document the article introduced before `offset`, when it names one."""
    first = max(0, context.sentence_index(offset) - DOCUMENT_REACH)
    for index in range(context.sentence_index(offset), first - 1, -1):
        sentence = context.sentence(index)
        for word in reversed(sentence.words):
            lemma = normalize(word.lemma or word.text)
            if word.start >= offset or lemma not in lexicon.DOCUMENT_NOUNS | OTHER_DOCUMENTS:
                continue
            return _author_of(context, sentence, word) if lemma in lexicon.DOCUMENT_NOUNS else None
    return None


def _author_of(context: Context, sentence: Sentence, document: Word) -> Entity | None:
    """« le rapport de la Cour », « une étude publiée par le cabinet X », « X a publié un rapport »,
    « Dans un rapport, X juge … »."""
    places: list[Word] = []
    author = document_author(sentence, document)
    if author is not None:
        places.append(author)
    for child in sentence.children(document):
        if _publication(sentence, document, child):
            places += [c for c in sentence.children(child) if c.deprel in {"obl:agent", "obl"}]
    verb = sentence.head_of(document)
    # « selon le rapport, les Alpes se réchauffent » : the document is the clause's source, its subject no author
    source = any(normalize(c.text) in lexicon.ACCORDING_TO | {"après"} for c in sentence.children(document))
    if verb is not None and document.base_deprel in {"obj", "obl"} and not source:
        if document.base_deprel == "obl" or normalize(verb.lemma or "") in PUBLISHING_VERBS:
            places += [c for c in sentence.children(verb) if c.base_deprel == "nsubj"]
    places += _published_by_on_the_surface(sentence, document)
    for place in places:
        if place.upos == "NOUN" and place.feat("Number") == "Plur":
            continue  # « par plusieurs agences des Nations unies » : no one author
        if _in_marks(context, place):
            continue  # « le rapport « Climat des Alpes » » : a word of its title
        span = sentence.subtree(place)
        found = context.entity_at(min(w.start for w in span), max(w.end for w in span))
        if found is not None:
            return found[0]
    return None


def _in_marks(context: Context, word: Word) -> bool:
    return context.inside_quote(word.start, word.end) or context.in_title(word.start)


def _published_by_on_the_surface(sentence: Sentence, document: Word) -> list[Word]:
    """« le rapport « État du climat », publié mercredi par le service Copernicus » : a publishing
    participle a few words after the document, and the first noun after its « par »."""
    after = [w for w in sentence.words if w.index > document.index][:DOCUMENT_PARTICIPLE_REACH]
    for k, word in enumerate(after):
        if normalize(word.lemma or "") not in PUBLISHING_PARTICIPLES or word.feat("VerbForm") != "Part":
            continue
        agent = next(
            (m for m in range(k + 1, min(len(after), k + 5)) if normalize(after[m].text) == "par"), None
        )
        if agent is None:
            return []
        return [w for w in after[agent + 1 : agent + 4] if w.upos in {"NOUN", "PROPN"}][:1]
    return []


# How many words after a document its publishing participle may stand (past a title in marks).
DOCUMENT_PARTICIPLE_REACH = 14


def _name_below(context: Context, sentence: Sentence, word: Word) -> tuple[Entity, Mention] | None:
    """A name the parser hung below a role noun."""
    for child in sentence.children(word):
        between = sentence.words[word.index : child.index - 1]
        if (
            child.deprel.startswith("nmod")
            and child.upos == "PROPN"
            and child.index > word.index
            and all(w.upos == "ADJ" for w in between)
        ):
            # « le président ukrainien Volodymyr Zelensky » parsed as a modifier: a person's name
            found = context.entity_at(child.start, child.end)
            if found and found[0].kind == "person":
                return found
            # « l'association Familles et Consommateurs » : the kind of organisation, then its name
            if found and found[0].kind == "organization" and normalize(word.text) in lexicon.org_reprises():
                return found
        if child.deprel.startswith(("appos", "flat")):
            # « le député LFI Éric Coquerel » : the name may hang below the apposed word
            names = [child, *(c for c in sentence.children(child) if c.deprel.startswith("flat"))]
            start, end = min(w.start for w in names), max(w.end for w in names)
            found = context.entity_at(start, end)
            # « invité de l'émission « L'Heure du choix » » : a title in quotation marks is no name
            if found and not _opens_quotation(context, start, end):
                # « un porte-parole de Norvalis Group (NG) » : a person's role names no organisation
                if found[0].kind == "organization" and normalize(word.text) in lexicon.role_nouns():
                    continue
                return found
    return _name_after_kind_complement(context, sentence, word)


def _name_after_kind_complement(
    context: Context, sentence: Sentence, word: Word
) -> tuple[Entity, Mention] | None:
    """« l'association de consommateurs CLCV », « le syndicat des enseignants SNES » : a kind of
    organisation, what it gathers, then its name."""
    if normalize(word.text) not in lexicon.org_reprises():
        return None
    for complement in sentence.children(word):
        if complement.base_deprel != "nmod" or complement.index < word.index:
            continue
        for name in sentence.children(complement):
            if name.upos == "PROPN" and name.index == complement.index + 1:
                found = context.entity_at(name.start, name.end)
                if found and found[0].kind == "organization":
                    return found
    return None


# « ce dernier », « celle-ci » : the person named last, of this gender.
LATTER_WORDS = {
    "dernier": "m",
    "dernière": "f",
    "celui-ci": "m",
    "celle-ci": "f",
    "celui-là": "m",
    "celle-là": "f",
}


def _latter(
    context: Context, sentence: Sentence, word: Word, low: str, rule: str, confidence: float
) -> Candidate | None:
    """« Paul X a reçu Jean Y. Ce dernier a déclaré … » : the last person named before, not the
    subject of that sentence."""
    gender = LATTER_WORDS.get(low)
    if gender is None:
        return None
    if low in {"dernier", "dernière"} and not any(
        normalize(c.text) in {"ce", "cette"} for c in sentence.children(word) if c.base_deprel == "det"
    ):
        return None
    first = context.sentence(max(0, context.sentence_index(word.start) - 1))
    people = [
        (m, e)
        for m, e in context.people_between(first.start, word.start)
        if not context.inside_quote(m.start, m.end) and not (e.gender and e.gender != gender)
    ]
    source = _anonymous_source_before(context, first, word, people, rule, confidence)
    if source is not None:
        return source
    if not people:
        return _latter_described(context, word, gender, rule, confidence)
    mention, entity = people[-1]
    if mention.subject:
        # « Le maire Paul R. a présenté le budget. Ce dernier estime … » : the only person named
        if len({e.id for _, e in people}) == 1:
            return Candidate(entity, mention, rule, confidence * 0.75, via=("pronoun",))
        return None
    spoke = any(e is entity for _, e in context.speakers_so_far)  # « « … », souligne X. Ce dernier … »
    if len(people) < 2 and not _subject_before(context, mention) and not spoke:
        return None  # « ce dernier » sets the last-named apart from a subject named before it
    return Candidate(entity, mention, rule, confidence * 0.75, via=("pronoun",))


def _anonymous_source_before(
    context: Context,
    first: Sentence,
    word: Word,
    people: list[tuple[Mention, Entity]],
    rule: str,
    confidence: float,
) -> Candidate | None:
    """« D'après un diplomate européen, … Celui-ci reconnaît … » : an unnamed source opening the
    sentence before, after every person named there, is the last person mentioned."""
    if first.start >= word.start:
        return None
    for noun in first.words:
        if noun.start >= word.start or not coref.anonymous_source(first, noun):
            continue
        if people and people[-1][0].start > noun.start:
            return None
        found = description(context, first, noun, rule, confidence * 0.75)
        if found is not None and found.entity.kind == "person":
            return found.but(via=(*found.via, "pronoun"))
    return None


def last_speaker_since(context: Context, since: int, position: int) -> tuple[Entity, Mention] | None:
    """The speaker of the last quotation that opened in [since, position), with their last mention
    before `position`."""
    spoken = [e for offset, e in context.speakers_so_far if since <= offset < position]
    if not spoken:
        return None
    entity = spoken[-1]
    mention = max((m for m in entity.mentions if m.start < position), key=lambda m: m.start, default=None)
    return (entity, mention) if mention is not None else None


def _latter_described(
    context: Context, word: Word, gender: str, rule: str, confidence: float
) -> Candidate | None:
    """« « … », prédit l'élu. Ce dernier dit … », « Le maire est furieux. Ce dernier … » : with no
    name just before, the person who spoke last or the person subject of the sentence before."""
    here = context.sentence_index(word.start)
    before = context.sentence(here - 1) if here > 0 else None
    if before is None:
        return None
    # a quotation of several sentences may open before the sentence that names its speaker
    since = context.sentence(max(0, here - 2)).start
    spoke = last_speaker_since(context, since, word.start)
    if spoke is not None:
        entity, mention = spoke
        if entity.kind != "person" or (entity.gender and entity.gender != gender):
            return None
        return Candidate(entity, mention, rule, confidence * 0.7, via=("pronoun",))
    root = before.root()
    subject = next((w for w in before.words if w.base_deprel == "nsubj" and before.head_of(w) is root), None)
    if subject is None or subject.upos != "NOUN":
        return None
    candidate = description(context, before, subject, rule, confidence * 0.7)
    if candidate is None or candidate.entity.kind != "person":
        return None
    return candidate.but(via=(*candidate.via, "pronoun"))


def _subject_before(context: Context, mention: Mention) -> bool:
    """« Le juge a entendu Karim S. » : the mention's clause has a subject of its own before it."""
    sentence = context.sentence(mention.sentence)
    return any(
        w.base_deprel == "nsubj" and w.end <= mention.start and w.upos in {"NOUN", "PROPN"}
        for w in sentence.words
    )


def _opens_quotation(context: Context, start: int, end: int) -> bool:
    """The words open a quotation, after an article or capitalised words at most (a title, not an
    incise)."""
    text = context.document.text
    for span in context.quotes:
        if span.start <= start and end <= span.end:
            before = text[span.start : start].replace("’", "'").replace("'", "' ").split()
            return len(before) <= 3 and all(
                normalize(w) in lexicon.ARTICLES or is_capitalized(w) for w in before
            )
    return False


def _name_after_comma(context: Context, sentence: Sentence, word: Word) -> tuple[Entity, Mention] | None:
    following = sentence.tokens_after(word.end, 6)
    for i, token in enumerate(following[:-1]):
        if token.text == ",":
            return context.entity_at(following[i + 1].start, following[i + 1].end)
    return None


def description(
    context: Context, sentence: Sentence, head: Word, rule: str, confidence: float
) -> Candidate | None:
    """« le PDG d'OpenAI », « un porte-parole de la police », « la police »."""
    low = normalize(head.lemma if head.lemma else head.text)
    text_low = normalize(head.text)
    forms = {low, text_low, text_low.removesuffix("s"), text_low.removesuffix("x")}
    forms |= {form.removeprefix("ex-") for form in forms}  # « l'ex-défenseur »
    det = next((c for c in sentence.children(head) if c.base_deprel == "det"), None)
    article = det and (det.text.lower() if det.index == 1 else det.text)  # « Le Vosgien a dit … »
    is_role = (
        bool(forms & (lexicon.role_nouns() | coref.AGE_NOUNS))
        or (head.text[:1].isupper() and is_demonym(head.text, article))
        or _given_an_age(sentence, head)
    )
    is_org = bool(forms & lexicon.org_words())
    # « l'ensemble des maires », « une soixantaine d'habitants » : the people counted speak, as a group
    people = coref.counted(sentence, head)
    group = people is not head and bool(
        {normalize(people.lemma or people.text), normalize(people.text)} & lexicon.role_nouns()
    )
    is_role = is_role or group
    if not (is_role or is_org or head.upos == "NOUN"):
        return None
    start, end = description_span(sentence, head)
    above = sentence.head_of(head)
    # « Le vieil | homme » parsed as a noun and its apposition: the adjective carries the article
    determined = above if above is not None and _noun_after_adjective(sentence, above) is head else head
    start = min(start, description_span(sentence, determined)[0])
    posted = EN_POSTE.match(context.document.text, end)
    if posted:  # « un diplomate européen en poste à Yaoundé » : where the person serves says who it is
        end = posted.end()
    party = _party_after(context.document.text, end) if low in lexicon.role_nouns() else None
    if party is not None:
        end = party  # « un sénateur LR », « les quatre députés PTB » : the party tells them apart
    seat = SOURCE_SEAT.match(context.document.text, end) if low in SOURCE_NOUNS else None
    if seat and len(seat.group().split()) <= SOURCE_SEAT_WORDS:
        end = seat.end()  # « a confié une source au ministère de l'Agriculture » : where it sits
    apposed = _apposed_name(context, end, sentence, head)
    if apposed is not None and is_org and not is_role and apposed.kind == "person":
        apposed = None  # « Selon la police, Paul G., 45 ans, a été interpellé » : not the police's name
    if not (is_role or is_org or apposed or forms & lexicon.org_reprises()) and not in_speaker_slot(rule):
        # any noun may fill the subject slot of an incise (« …, indique un communiqué »), but a
        # subject found only through the parse must be a role or an organisation to speak
        return None
    text = context.document.text
    words = _content_words(text[start:end])
    office = _office_of(text_low, words)
    if not is_role and office != text_low:
        is_role = True  # « le garde des Sceaux » : a periphrasis names an office
    mention = Mention(
        text[start:end],
        start,
        end,
        "description",
        context.sentence_index(start),
        role=office,
        role_words=words if is_role else frozenset(),
    )
    if apposed is not None:
        return _described(apposed, mention, rule, confidence)
    gender = det_gender_of(sentence, determined) or _role_gender(text_low)  # « l'autrice »
    # « les élus de l'opposition » is a group: it never refers back to one person
    plural = (
        group
        or head.feat("Number") == "Plur"
        or any(
            c.deprel == "det" and normalize(c.text) in lexicon.PLURAL_DETERMINERS
            for c in sentence.children(head)
        )
    )
    aged = _person_of_age(context, _ages_described(forms, text[start:end]), gender, start)
    if aged is not None and not plural and is_definite(sentence, determined):
        return _described(aged, mention, rule, confidence * 0.9, via=("description", "age"))
    linked = (
        _entity_with_role(context, *_office_and_words(text_low, words), gender, head.start)
        if is_role and not plural
        else None
    )
    if linked is not None and is_definite(sentence, determined):
        return _described(linked, mention, rule, confidence * 0.9, via=("description",))
    bare = words <= {text_low, low}  # « le chef libéral » is told apart by its modifier
    if (
        is_role
        and bare
        and not plural
        and is_definite(sentence, determined)
        and not context.names_inside(start, end)
    ):
        if text_low in coref.CONCERNED_NOUNS:
            concerned = coref.concerned_person(context, head.start, gender)
            if concerned is not None:
                return _described(concerned, mention, rule, confidence * 0.85, via=("description",))
        # « l'accusé », « la prévenue » : the person the article puts on trial, wherever named
        tried = coref.person_on_trial(context, gender) if text_low in coref.ON_TRIAL else None
        if tried is not None:
            return _described(tried, mention, rule, confidence * 0.85, via=("description",))
        # « la cinéaste », « l'édile » : a bare definite role refers back like a pronoun would,
        # but only to a clear antecedent; otherwise the description itself is the speaker.
        resolved = coref.resolve_pronoun(
            context, head.start, (gender, "s"), rule, confidence, require_sure=True
        )
        if (
            resolved is not None
            and known_by_first_name(resolved.entity)
            and low not in coref.GENERIC_PERSON_NOUNS
        ):
            resolved = None  # « Marie-Jo, 58 ans, … » : a witness is never « la ministre »
        if resolved is not None and coref.opposed_roles(text_low, coref.roles_of(resolved.entity)):
            resolved = None  # « Le substitut, Benoît H., … Appelé à la barre, le prévenu … »
        if (
            resolved is not None
            and not resolved.entity.tokens
            and not coref.role_fits(text_low, coref.roles_of(resolved.entity))
        ):
            resolved = None  # « Un dirigeant d'un groupe, qui …, juge … L'entrepreneur, lui, dit … »
        if resolved is not None:
            entity = (
                _holder_instead(context, resolved.entity, text_low, gender, head.start) or resolved.entity
            )
            return _described(entity, mention, rule, resolved.confidence, via=("description", *resolved.via))
    described_by_age = bool(forms & coref.AGE_NOUNS)
    if (
        (is_role or described_by_age)
        and not plural
        and is_definite(sentence, determined)
        and not context.people_between(start, end)
        and not _coordinated(sentence, head)
    ):
        # « Ludovic X a reconnu la défaite. « … », a regretté le Français » : a new description of
        # the person the passage is about
        # « l'ancien ministre » recalls a past office, like « l'ex-ministre »
        former = any(
            normalize(c.text) in {"ancien", "ancienne"} and c.index < head.index
            for c in sentence.children(head)
        )
        role = _office_of(text_low, words)
        if text_low in PARENT_NOUNS and not _tied_to_someone(sentence, head):
            role = "parent"  # « ce père de trois enfants », « la jeune mère », not « la mère d'Inès »
        # « la sénatrice du Morbihan », « le député des Alpes-Maritimes » : a seat, told as biography of
        # the person the passage is about, like a past office
        biography = text_low in SEATS and _seat_of_a_place(sentence, head)
        tied = any(c.base_deprel == "nmod" for c in sentence.children(head))
        topic = coref.topic_person(
            context, head.start, f"ex-{role}" if former or biography else role, gender, tied
        )
        if topic is not None:
            return _described(topic, mention, rule, confidence * 0.8, via=("description",))
    if (
        text_low == "direction"
        and not plural
        and is_definite(sentence, determined)
        and not context.names_inside(start, end)
    ):
        # « la direction », « la direction du groupe » : the company the article is about speaks through it
        owner = words - {"direction", "du", "de", "des", "d'"}
        company = (
            coref.topic_organization(context, head.start, "groupe") if owner <= coref.COMPANY_NOUNS else None
        )
        if company is not None:
            return _described(company, mention, rule, confidence * 0.8, via=("description",))
    if (
        low in lexicon.DOCUMENT_NOUNS
        and not plural
        and is_definite(sentence, determined)
        and not context.names_inside(start, end)
        and (author := earlier_document_author(context, head.start)) is not None
    ):
        # « Un rapport publié par le Conseil norvégien … Selon le document, … » : its author speaks
        return _described(author, mention, rule, confidence * 0.85, via=("description", "document"))
    reprise = next(iter(forms & lexicon.org_reprises()), None)
    if reprise and not plural and is_definite(sentence, determined) and not context.names_inside(start, end):
        # « Greenpeace a déposé un recours. Selon l'ONG, … » : the organisation the passage is about
        # « la fédération des embouteilleurs » : a complement with its article says which one it is
        specific = any(
            c.base_deprel == "nmod"
            and c.index > head.index
            and any(d.base_deprel == "det" for d in sentence.children(c))
            for c in sentence.children(head)
        )
        organisation = coref.topic_organization(context, head.start, reprise, introduced_only=specific)
        if organisation is not None:
            return _described(organisation, mention, rule, confidence * 0.8, via=("description",))
    kind = "person" if is_role else "organization" if is_org or forms & lexicon.org_reprises() else "unknown"
    if bare and not plural and is_definite(sentence, determined) and not context.names_inside(start, end):
        # « le parquet de Namur … selon le parquet », « La cour d'appel de Rennes a condamné … Dans son
        # arrêt, la cour estime » : the fuller description the article gave before with the same head
        # noun (an institution's: its place or name)
        fuller = (
            _fuller_institution(context, text_low, start) if is_org and not is_role else None
        ) or _fuller_description(context, text_low, start, definite_only=is_role)
        place = _place_of_head(context, text_low) if fuller is None and is_org and not is_role else None
        if place is not None:
            mention.name = f"{mention.text} {place}"
        if fuller is not None:
            entity = _description_entity(context, fuller, kind)
            return Candidate(
                entity,
                mention,
                rule,
                confidence * 0.85,
                via=("description",),
                attachments=(Attachment(entity, fuller), Attachment(entity, mention)),
            )
    entity = _description_entity(context, mention, kind)
    # « un homme », « la porte-parole » : agreement for later pronouns
    agreement = (gender or _role_gender(text_low)) if kind == "person" else None
    return Candidate(
        entity, mention, rule, confidence * 0.85, attachments=(Attachment(entity, mention, agreement),)
    )


def _coordinated(sentence: Sentence, head: Word) -> bool:
    """« la ministre et son équipe », « le porte-parole, le commodore X » : a description joined to
    another by a conjunction or to a name; « le jeune boulanger, les mains couvertes de farine » only
    says how he stands."""
    return any(
        c.base_deprel == "conj"
        and any(g.base_deprel == "cc" or g.upos == "PROPN" for g in [c, *sentence.children(c)])
        for c in sentence.children(head)
    )


PARENT_NOUNS = frozenset("mère père maman papa grand-mère grand-père".split())


# Elected seats named after the place they represent.
SEATS = frozenset("député députée sénateur sénatrice eurodéputé eurodéputée conseiller conseillère".split())


def _seat_of_a_place(sentence: Sentence, head: Word) -> bool:
    """« du Morbihan », « de la Haute-Garonne », « des Alpes-Maritimes » : a place name complement."""
    return any(
        c.base_deprel == "nmod"
        and c.upos == "PROPN"
        and any(
            normalize(d.text) in {"de", "du", "des", "d'"}
            for d in sentence.children(c)
            if d.base_deprel == "case"
        )
        for c in sentence.children(head)
    )


def _tied_to_someone(sentence: Sentence, head: Word) -> bool:
    """« la mère de la victime », « le père d'Inès » : the noun says whose parent, not who."""
    return any(
        c.base_deprel == "nmod"
        and (c.upos == "PROPN" or any(d.base_deprel == "det" for d in sentence.children(c)))
        for c in sentence.children(head)
    )


# « le chef du gouvernement », « la cheffe de la diplomatie » : periphrases for a minister.
MINISTER_PERIPHRASES = frozenset({"gouvernement", "diplomatie", "exécutif"})


def _holder_instead(
    context: Context, salient: Entity, role: str, gender: str | None, before: int
) -> Entity | None:
    """« Le maire, Bernard J., a réuni le conseil. Fabrice T., délégué CGT, était présent. « … », a
    dénoncé l'élu » : the most salient person holds another office; the one person named before
    whose office the description covers is the one described."""
    roles = coref.roles_of(salient)
    # a person the article gives no role fits any description, but an office (« l'édile ») goes to the
    # one person named as holding it
    if coref.role_fits(role, roles) and (roles or role not in lexicon.office_nouns()):
        return None
    holders = [
        e
        for e in context.entities
        if e is not salient
        and e.kind == "person"
        and e.tokens
        and coref.roles_of(e)
        and coref.role_fits(role, coref.roles_of(e))
        and not (gender and e.gender and gender != e.gender)
        and any(m.start < before for m in e.mentions)
    ]
    return holders[0] if len(holders) == 1 else None


# « la septuagénaire » : the ages an age noun covers.
AGE_RANGES = {
    "vingtenaire": range(20, 30),
    "trentenaire": range(30, 40),
    "quadragénaire": range(40, 50),
    "quinquagénaire": range(50, 60),
    "sexagénaire": range(60, 70),
    "septuagénaire": range(70, 80),
    "octogénaire": range(80, 90),
    "nonagénaire": range(90, 100),
    "centenaire": range(100, 130),
}
_AGE_OF = re.compile(r"\bde\s(\d{1,3})\sans\b")


def _ages_described(forms: set[str], description: str) -> range | None:
    """The ages a description gives its person: « la septuagénaire », « la réalisatrice de 34 ans »."""
    noun = next((form for form in forms if form in AGE_RANGES), None)
    if noun is not None:
        return AGE_RANGES[noun]
    found = _AGE_OF.search(description)
    return range(int(found.group(1)), int(found.group(1)) + 1) if found else None


def _person_of_age(context: Context, ages: range | None, gender: str | None, position: int) -> Entity | None:
    """The one person named before `position` with an age in `ages` (« Josiane, 74 ans, … »), of
    agreeing gender: the age is what the description repeats of them."""
    if ages is None:
        return None
    people = [
        entity
        for entity in context.entities
        if entity.kind == "person"
        and entity.tokens
        and not (gender and entity.gender and gender != entity.gender)
        and any(m.age in ages and m.start < position for m in entity.mentions)
    ]
    return people[0] if len(people) == 1 else None


def _party_after(text: str, end: int) -> int | None:
    """The end of a party's name written right after a role (« député | Renaissance »)."""
    for name in lexicon.party_names():
        stop = end + 1 + len(name)
        if (
            text[end : end + 1] == " "
            and text[end + 1 : stop] == name
            and not text[stop : stop + 1].isalnum()
        ):
            return stop
    return None


# « une source au ministère de l'Agriculture », « des sources à Niamey » : up to the end of the phrase.
SOURCE_SEAT = re.compile(r" (?:au|aux|à la|à l'|à l’|à) [^,.;:«»()]+?(?=\s*[,.;:»)]|$)")
SOURCE_SEAT_WORDS = 7
# « en poste à Yaoundé », « en poste au Caire » : the post of a diplomat or a correspondent.
EN_POSTE = re.compile(r" en poste (?:à|au|aux|en) [A-ZÉÈÀÂÎÔ][\w'’-]*(?: [A-ZÉÈÀÂÎÔ][\w'’-]*)*")


def _given_an_age(sentence: Sentence, head: Word) -> bool:
    """« un creuseur de 27 ans », « un habitant, 64 ans, » : a noun given an age names a person."""
    following = sentence.tokens_after(head.end, 4)
    words = [normalize(w.text) for w in following]
    if len(words) >= 3 and words[0] == "de" and following[1].upos == "NUM" and words[2] == "ans":
        return True
    return len(words) >= 4 and words[0] == "," and following[1].upos == "NUM" and words[2] == "ans"


def _office_and_words(role: str, words: frozenset[str]) -> tuple[str, frozenset[str]]:
    """The office a periphrasis stands for and the words that name it (« le chef du gouvernement » ->
    ministre, premier), else the role and the description's own words."""
    for word in words:
        found = lexicon.PERIPHRASES.get((role, word))
        if found is not None:
            return found
    if role in {"chef", "cheffe"} and words & MINISTER_PERIPHRASES:
        return "ministre", words
    if role in {"représentant", "représentante"} and "état" in words:
        # « le représentant de l'État » in a department
        return ("préfet" if role == "représentant" else "préfète"), words
    return role, words


def _office_of(role: str, words: frozenset[str]) -> str:
    """The office a periphrasis stands for (« la cheffe du gouvernement » -> ministre), else the role."""
    return _office_and_words(role, words)[0]


def _described(
    entity: Entity, mention: Mention, rule: str, confidence: float, via: tuple[str, ...] = ()
) -> Candidate:
    """The named entity a description refers to, with the description to record as its mention."""
    return Candidate(entity, mention, rule, confidence, via=via, attachments=(Attachment(entity, mention),))


def _apposed_name(context: Context, end: int, sentence: Sentence, head: Word) -> Entity | None:
    """« le directeur des ressources humaines du groupe, Éric Vasseur » : the name after the comma;
    also past complements and further role phrases (« le procureur de la République à Rennes, Anne
    K. », « l'ancien conseiller et aspirant à la mairie, M. Bérubé », « le ministre délégué …,
    porte-parole du gouvernement, S. Ndour »). A name followed by its own verb starts the next clause
    (« Selon plusieurs sources, Olivier D. doit … »)."""
    text = context.document.text
    found = context.entity_at(end, end + 3)
    if found and found[1].text[:1] in OPENING_MARKS:
        return found[0]  # « le collectif « Sauvons la halle » » : the name its marks give
    # « l'historienne de l'art Bénédicte A. » : a full name right after the role's complement
    if (
        found
        and found[0].kind == "person"
        and found[1].start - end <= 1
        and len(found[1].tokens) >= 2
        and is_first_name(found[1].tokens[0])
        # « l'avocat de l'entrepreneur Paul M. » : the name of the person in the complement
        and (
            _last_word(text[:end]) == normalize(head.text)
            or _last_word(text[:end]) not in lexicon.role_nouns() | coref.GENERIC_PERSON_NOUNS
        )
    ):
        return found[0]
    rest = text[end : end + 200]
    if rest.lstrip(" \u00a0").startswith("("):  # skip a parenthesis: « Le PDG (…), Sam Altman »
        closing = rest.find(")")
        if closing < 0:
            return None
        end += closing + 1
    gap = text[end : end + 4]
    stripped = gap.lstrip(" \u00a0")
    if stripped.startswith(","):
        found = context.entity_at(end, end + 6)
        if found and found[1].start <= end + len(gap) - len(stripped) + 3:
            return found[0] if not _verb_follows(context, found[1]) else None
        found = _name_after_role(context, sentence, end)
        if found is not None:
            return found
    if head.feat("Number") == "Plur":
        return None
    return _name_past_complements(context, end, sentence, head)


# How many adjectives may qualify a second role noun before its name.
MAX_ROLE_ADJECTIVES = 4


def _last_word(text: str) -> str:
    words = re.findall(r"[\w-]+", text[-40:])
    return normalize(words[-1]) if words else ""


def _name_after_role(context: Context, sentence: Sentence, end: int) -> Entity | None:
    """« l'auteur de l'étude, l'économiste Martin G., » : a second role noun with the name after it."""
    words = sentence.tokens_after(end, 9)
    if not words or words[0].text != ",":
        return None
    rest = words[1:]
    if rest and rest[0].upos == "DET":
        rest = rest[1:]
    if not rest or normalize(rest[0].text) not in lexicon.role_nouns():
        return None
    role = normalize(rest[0].text)
    # « son vice-président, le conseiller national socialiste fribourgeois Sébastien D. »; « son rival,
    # le maire de Rouen Julien E. » : a place after the role, when the name's mention holds that role
    for word in rest[1 : MAX_ROLE_ADJECTIVES + 2]:
        found = context.entity_at(word.start, word.end)
        if found is not None:
            if found[0].kind != "person" or found[1].start != word.start or _verb_follows(context, found[1]):
                return None
            return found[0]
        if word.upos == "ADJ":
            continue
        if not (normalize(word.text) in PLACE_LINKS or word.upos == "PROPN") or not _holder_ahead(
            context, rest, role
        ):
            return None
    return None


# The words that join a role to its place or portfolio (« le maire de Rouen »).
PLACE_LINKS = frozenset({"de", "du", "des", "d'", "d’"})


def _holder_ahead(context: Context, words: tuple[Word, ...], role: str) -> bool:
    """A person's name among the words, whose mention was given this role."""
    for word in words:
        found = context.entity_at(word.start, word.end)
        if found is not None:
            return found[0].kind == "person" and found[1].role == role
    return False


# Prepositions of a role's own complement (« l'ambassadrice du Kenya auprès des Nations unies », « la
# directrice du PAM pour le Soudan »), whatever the parse hung it on.
ROLE_COMPLEMENT_PREPOSITIONS = frozenset({"auprès", "pour"})


def _name_past_complements(context: Context, end: int, sentence: Sentence, head: Word) -> Entity | None:
    following = sentence.tokens_after(end, APPOSITION_REACH)
    role_complement = bool(following) and normalize(following[0].text) in ROLE_COMPLEMENT_PREPOSITIONS
    for i, word in enumerate(following):
        low = normalize(word.text)
        if word.text in {".", ";", ":", "!", "?", "«", "»", '"', "(", ")", "—", "–"}:
            return None
        if word.upos in {"VERB", "AUX"} and not _participle_in_role(word):
            return None
        if low in {"qui", "que", "qu'", "dont", "où", "lequel", "laquelle"}:
            return None
        if word.text != ",":
            named = context.entity_at(word.start, word.end)
            if named and named[0].kind == "person" and not _in_de_complement(sentence, word, head):
                return None  # a person before the comma: not this description's apposition
            if (
                not any(link is head for link in sentence.ancestors(word))
                and not _place_complement(sentence, word)
                and not role_complement
            ):
                return None  # « …, sous couvert d'anonymat, » : the verb's complement, not the role's
            if low in lexicon.role_nouns() and any(c.base_deprel == "case" for c in sentence.children(word)):
                return None  # « à propos de l'ancien vice-président, Gérard M. » : another person's role
            continue
        if i + 1 >= len(following):
            return None
        found = context.entity_at(following[i + 1].start, following[i + 1].end)
        if found is None:
            continue  # « , porte-parole du gouvernement, » : another role phrase
        entity, mention = found
        if (
            entity.kind != "person"
            or mention.start != following[i + 1].start
            or _verb_follows(context, mention)
        ):
            return None
        return entity
    return None


def _in_de_complement(sentence: Sentence, word: Word, head: Word) -> bool:
    """« le conseil de l'opérateur Paul-Henri N., Me Serge O. » : a person inside a « de » complement
    of the description (the parse must hang it below the description)."""
    chain = [word, *sentence.ancestors(word)]
    if not any(link is head for link in chain):
        return False
    for link in chain:
        if link is head:
            return False
        if link.base_deprel == "nmod" and _introduced_by_de(sentence, link) and link.upos == "NOUN":
            return True
    return False


def _place_complement(sentence: Sentence, word: Word) -> bool:
    """« à Rennes », « en Gironde » : a place the parser may hang on the verb, still part of a role."""
    place = word if word.upos == "PROPN" else sentence.head_of(word)
    if (
        place is None
        or place.upos != "PROPN"
        or word.base_deprel not in {"case", "det", "flat", "obl", "nmod"}
    ):
        return False
    return any(
        c.base_deprel == "case" and normalize(c.text) in {"à", "au", "en", "dans"}
        for c in sentence.children(place)
    )


def _participle_in_role(word: Word) -> bool:
    """« chargé de la Communication », « délégué aux Sports » : a participle that is part of a role."""
    return word.upos == "VERB" and word.feat("VerbForm") == "Part" and word.feat("Tense") == "Past"


def _verb_follows(context: Context, mention: Mention) -> bool:
    """The name is the subject of what follows: « Olivier D. doit remettre … »."""
    sentence = context.sentence_at(mention.start)
    after = sentence.tokens_after(mention.end, 2)
    if len(after) == 2 and normalize(after[0].text) in NICKNAME_WORDS and is_capitalized(after[1].text):
        return False  # « Drissa Bakayoko dit D'Riss » : a nickname, not a verb
    return bool(after) and after[0].upos in {"VERB", "AUX"}


def _entity_with_role(
    context: Context, role: str, words: frozenset[str], gender: str | None, before: int
) -> Entity | None:
    """The person last introduced with this role: « le ministre » after « le ministre des
    Transports, Yacouba Koné », but not « le Premier ministre » after « la ministre du Budget »."""
    best: tuple[int, Entity] | None = None
    for entity in context.entities:
        if gender and entity.gender and gender != entity.gender:
            continue
        if entity.kind == "organization":
            continue
        for mention in entity.mentions:
            # « le garde des Sceaux, X » holds the office « le ministre de la Justice » names
            office, office_words = _office_and_words(mention.role or "", mention.role_words)
            held = (
                (mention.role == role and words <= mention.role_words | {role})
                or (office == role and office != mention.role and words <= office_words | {role})
                or (mention.outer_role == role and words <= mention.outer_role_words | {role})
            )
            if held and mention.start < before and (best is None or mention.start > best[0]):
                best = (mention.start, entity)
    return best[1] if best else _holder_of_synonym(context, role, words, gender, before)


def _without_age(words: frozenset[str]) -> set[str]:
    """The words of a description but those of an age it gives (« de 38 ans »)."""
    return {w for w in words - {"de", "ans"} if not (w.isdigit() and 0 < int(w) < 130)}


def _holder_of_synonym(
    context: Context, role: str, words: frozenset[str], gender: str | None, before: int
) -> Entity | None:
    """« la réalisatrice Margaux D. … la cinéaste de 38 ans » : the one person introduced before
    with a synonym of this role (each word stands for the other in data/role_hypernyms.txt)."""
    hyponyms = role_hyponyms()
    synonyms = {word for word in hyponyms.get(role, ()) if role in hyponyms.get(word, ())}
    if not synonyms or _without_age(words - {role}):
        return None
    holders = {
        entity.id: entity
        for entity in context.entities
        if entity.kind == "person"
        and not (gender and entity.gender and gender != entity.gender)
        and any(m.role in synonyms and m.start < before for m in entity.mentions)
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


_PLACE_LINK = r"(?:de la |de l'|de l’|du |des |de |d'|d’)"
_PLACE = (
    r"(?!République\b|Roi\b)[A-ZÉÈÀÂÎÔ][\w'’-]*(?:(?: |-)(?:sur-|sous-|en-|de-|lès-)?[A-ZÉÈÀÂÎÔ][\w'’-]*)*"
)
# The office an institution's head holds, before the place they share (« le préfet du Gard » heads
# « la préfecture du Gard »; « la procureure de la République de Nancy », the « parquet de Nancy »).
INSTITUTION_HEADS = {
    "préfecture": r"préf[eè]te?",
    "sous-préfecture": r"sous-préf[eè]te?",
    "parquet": r"procureure? (?:de la République |du Roi )?",
    "rectorat": r"(?:recteur|rectrice) (?:de l'académie |de l’académie )?",
}


def _fuller_institution(context: Context, noun: str, before: int) -> Mention | None:
    """The institution the article named with this head noun and a place or a name (« le parquet de
    Namur », « la préfecture du Gard »), as written there: the last such mention before `before`,
    else the first after it."""
    text = context.document.text
    pattern = re.compile(rf"\b(?:[Ll]e |[Ll]a |[Ll]'|[Ll]’){re.escape(noun)} {_PLACE_LINK}{_PLACE}")
    found = [m for m in pattern.finditer(text) if not context.inside_quote(m.start(), m.end())]
    if not found:
        return None
    earlier = [m for m in found if m.start() < before]
    match = earlier[-1] if earlier else found[0]
    return Mention(
        match.group(),
        match.start(),
        match.end(),
        "description",
        context.sentence_index(match.start()),
        role=noun,
    )


def _place_of_head(context: Context, noun: str) -> str | None:
    """The one place whose institution's head the article names (« le préfet de La Réunion » gives
    « de La Réunion » to « la préfecture »); None when there is no such head or several places."""
    head = INSTITUTION_HEADS.get(noun)
    if head is None:
        return None
    pattern = re.compile(rf"(?<![\w-]){head} ?({_PLACE_LINK}{_PLACE})")
    text = context.document.text
    places = {m.group(1) for m in pattern.finditer(text) if not context.inside_quote(m.start(), m.end())}
    return places.pop() if len(places) == 1 else None


def _fuller_description(context: Context, noun: str, before: int, definite_only: bool) -> Mention | None:
    """The last description before `before` whose head is this noun and that says more than the
    noun (« la cour d'appel de Rennes », « une fédération professionnelle des embouteilleurs »), with
    no person's name in it."""
    text = context.document.text
    found = None
    for sentence in context.document.sentences:
        if sentence.start >= before:
            break
        for word in sentence.words:
            if word.start >= before or word.upos != "NOUN" or normalize(word.text) != noun:
                continue
            if context.inside_quote(word.start, word.end):
                continue
            article = next((c for c in sentence.children(word) if c.base_deprel == "det"), None)
            if article is None or (definite_only and not is_definite(sentence, word)):
                continue
            start, end = description_span(sentence, word)
            if len(_content_words(text[start:end]) - {noun}) == 0 or context.people_between(start, end):
                continue
            found = Mention(
                text[start:end],
                start,
                end,
                "description",
                context.sentence_index(start),
                role=noun,
                role_words=_content_words(text[start:end]) if definite_only else frozenset(),
            )
    return found


def _description_entity(context: Context, mention: Mention, kind: str) -> Entity:
    """The entity an earlier identical description stands for, or a new one."""
    key = normalize(mention.text)
    for _, entity in context.descriptions:
        if entity.tokens == () and normalize(entity.mentions[0].text) == key:
            return entity
    return Entity(id="", kind=kind)  # numbered when committed


def _content_words(text: str) -> frozenset[str]:
    words = [normalize(w) for w in text.replace("’", "'").replace("'", "' ").split()]
    return frozenset(w for w in words if w not in lexicon.ARTICLES and any(c.isalnum() for c in w))


FEMININE_DEMONYM_ENDINGS = ("oise", "aise", "aine", "ienne", "éenne", "ine", "ande")
MASCULINE_DEMONYM_ENDINGS = ("ois", "ais", "ain", "ien", "éen", "in", "and")


def det_gender_of(sentence: Sentence, head: Word) -> str | None:
    """The gender a noun's determiner shows (« la ministre »), else the noun's own."""
    for child in sentence.children(head):
        if child.deprel == "det":
            low = normalize(child.text)
            if low in lexicon.MASCULINE_DETERMINERS:
                return "m"
            if low in lexicon.FEMININE_DETERMINERS:
                return "f"
    # « l'ancienne ministre » : an elided article says nothing, an adjective before the noun does
    for child in sentence.children(head):
        if child.deprel == "amod" and child.index < head.index and child.feat("Gender") in {"Masc", "Fem"}:
            return {"Masc": "m", "Fem": "f"}[child.feat("Gender") or ""]
    noun = normalize(head.text)
    if noun in lexicon.role_nouns() and noun.endswith("eur"):
        return "m"  # « l'enquêteur » : the feminine is « enquêtrice », whatever the tagger guesses
    if head.text[:1].isupper() and is_demonym(head.text, "l'"):
        # « l'Anversois », « l'Anversoise » : a demonym's ending tells its gender
        if noun.endswith(FEMININE_DEMONYM_ENDINGS):
            return "f"
        if noun.endswith(MASCULINE_DEMONYM_ENDINGS):
            return "m"
    if (
        (noun in lexicon.role_nouns() or noun in coref.AGE_NOUNS)
        and noun.endswith("e")
        and not _role_gender(noun)
        and noun not in GENDERED_NOUNS
    ):
        # « l'édile », « l'élu » : the tagger guesses the gender of a role noun it cannot see
        if any(c.deprel == "det" and normalize(c.text) in {"l'", "l"} for c in sentence.children(head)):
            return None
    return head.feat("Gender") and {"Masc": "m", "Fem": "f"}.get(head.feat("Gender") or "")


def is_definite(sentence: Sentence, head: Word) -> bool:
    return any(
        normalize(c.text) in lexicon.DEFINITE_DETERMINERS
        for c in sentence.children(head)
        if c.deprel == "det"
    ) or any(normalize(c.text) == "le" for c in sentence.children(head))


def _cue_before_colon(sentence: Sentence, word: Word) -> bool:
    following = sentence.word(word.index + 1)
    return following is not None and following.text == ":" and speech_lemma(word, relaxed=True) is not None


def _bare_noun(sentence: Sentence, word: Word) -> bool:
    """A common noun with neither preposition nor determiner."""
    return word.upos == "NOUN" and not any(c.base_deprel in {"case", "det"} for c in sentence.children(word))


def _introduced_by_de(sentence: Sentence, word: Word) -> bool:
    cases = [normalize(c.text) for c in sentence.children(word) if c.base_deprel == "case"]
    return not cases or cases[0] in {"de", "d'", "du", "des"}


# « d'une voix blanche », « d'un ton ferme » : the manner of speaking after a speaker's description.
MANNER_NOUNS = frozenset({"voix", "ton"})


def _second_complement(sentence: Sentence, current: Word, head: Word, child: Word) -> bool:
    """A « de » complement coordinated with the description's own (« d'incendie et de secours »,
    however the parser hung it), not a second person coordinated with the head (« la ministre et son
    équipe »)."""
    return (
        child.base_deprel == "conj"
        and (current is head or current.base_deprel == "nmod")
        and child.upos in {"NOUN", "PROPN"}
        and any(c.base_deprel == "case" for c in sentence.children(child))
        and _introduced_by_de(sentence, child)
    )


# Participles that say where or by whom a document came out.
PUBLISHING_PARTICIPLES = frozenset({"publier", "paraître", "réaliser", "mener", "commander", "diffuser"})


def _publication(sentence: Sentence, head: Word, child: Word) -> bool:
    return (
        child.deprel == "acl"
        and child.index > head.index
        and child.feat("VerbForm") == "Part"
        and normalize(head.lemma or head.text) in lexicon.DOCUMENT_NOUNS
        and normalize(child.lemma or "") in PUBLISHING_PARTICIPLES
    )


def _company_named(sentence: Sentence, current: Word, head: Word, child: Word) -> bool:
    """A name apposed without a comma to the organisation noun of a description's complement."""
    return (
        current is not head
        and child.base_deprel == "appos"
        and child.upos == "PROPN"
        and child.index == current.index + 1
        and normalize(current.lemma or current.text) in lexicon.org_reprises()
    )


# Nouns of anonymous sources, told apart by where they sit (« une source au ministère »).
SOURCE_NOUNS = frozenset({"source", "sources"})


def _where_a_source_sits(sentence: Sentence, head: Word, child: Word) -> bool:
    """A place or body an anonymous source belongs to (« à Niamey », « au ministère », « au sein de … »)."""
    if normalize(head.text) not in SOURCE_NOUNS or child.base_deprel != "nmod" or child.index < head.index:
        return False
    cases = [normalize(c.text) for c in sentence.children(child) if c.base_deprel == "case"]
    return bool(cases) and cases[0] in {"à", "au", "aux"}


OPENING_NAME_MARKS = frozenset(OPENING_MARKS)
CLOSING_NAME_MARKS = frozenset(OPENING_MARKS.values())
NAME_MARKS = OPENING_NAME_MARKS | CLOSING_NAME_MARKS


def description_span(sentence: Sentence, head: Word) -> tuple[int, int]:
    members = [head]
    frontier = [head]
    while frontier:
        current = frontier.pop()
        for child in sentence.children(current):
            if current is head and _publication(sentence, head, child):
                # « une étude publiée mercredi dans la revue Science » : where it appeared names it
                members.extend(w for w in sentence.subtree(child) if w.upos != "PUNCT")
                continue
            if current is head and _where_a_source_sits(sentence, head, child):
                # « une source au ministère de l'Agriculture », « des sources sécuritaires à Niamey »
                members.extend(w for w in sentence.subtree(child) if w.upos != "PUNCT")
                continue
            if _second_complement(sentence, current, head, child):
                # « le service d'incendie et de secours du Gard » : both complements name it
                members.extend(c for c in sentence.children(child) if c.base_deprel == "cc")
                members.append(child)
                frontier.append(child)
                continue
            if _company_named(sentence, current, head, child):
                # « le directeur de la société Ardent Solaire » : the company's name is part of it
                members.extend(sentence.subtree(child))
                continue
            if current is not head and child.text in NAME_MARKS:
                members.append(child)  # « le camp des « faucons » » : the marks of a word it is named by
                continue
            if child.deprel.split(":")[0] not in DESCRIPTION_DEPRELS or child.upos in {
                "PUNCT",
                "VERB",
                "AUX",
            }:
                continue
            if normalize(child.text) in DATES:
                continue  # « le ministre ce mercredi » : a date is not part of the description
            if child.feat("PronType") == "Rel":
                continue  # « X, dont les avocats … » : the relative pronoun belongs to the clause
            if child.base_deprel == "nmod" and not _introduced_by_de(sentence, child):
                continue  # « le jeune ailier au micro de la RTBF » : only « de » complements describe
            if child.base_deprel == "nmod" and _bare_noun(sentence, child):
                continue  # « Le président du club juge la saison … » : a verb the tagger took for a noun
            if child.base_deprel == "nmod" and normalize(child.lemma or child.text) in MANNER_NOUNS:
                continue  # « a lu l'accusé d'une voix blanche » : how it was said, not who
            if child.base_deprel == "amod" and _cue_before_colon(sentence, child):
                continue  # « Le ministre plaisante : « … » » : the cue the tagger took for an adjective
            members.append(child)
            frontier.append(child)
    members.sort(key=lambda w: w.index)
    # « Selon la préfecture » : the preposition belongs to the cue, not to the speaker's name
    while len(members) > 1 and members[0] is not head and members[0].base_deprel in {"case", "fixed"}:
        dropped = members.pop(0)
        # « au ministère » : the article shares its token with the preposition
        if members[0] is not head and members[0].start == dropped.start:
            members.pop(0)
    # keep the contiguous run that contains the head
    position = members.index(head)
    left = position
    while left > 0 and members[left - 1].index == members[left].index - 1:
        left -= 1
    right = position
    while right + 1 < len(members) and members[right + 1].index == members[right].index + 1:
        right += 1
    end = members[right].end
    after = sentence.word(members[right].index + 1)
    if after is not None and after.text in CLOSING_NAME_MARKS and members[right].index > head.index:
        opened = sum(w.text in OPENING_NAME_MARKS for w in members[left : right + 1])
        closed = sum(w.text in CLOSING_NAME_MARKS for w in members[left : right + 1])
        if opened > closed:
            end = after.end  # the closing mark the parse hung elsewhere
    return members[left].start, end
