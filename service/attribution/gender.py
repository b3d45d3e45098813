"""Each speaker's grammatical gender, from the article's own words.

The label says what the article's grammar shows about a speaker — a pronoun that refers to them
(« a-t-elle dit », « selon lui »), an agreement (« interrogée », « s'est dit déçu »), a determiner
with a role noun (« la ministre », « le maire ») or a role noun's own form (« directrice »), an
honorific (« Mme », « M. »), or a first name that only one gender bears in French-speaking usage.
It is never guessed: a speaker the text says nothing about is "unknown", so is one whose clues
disagree, and so is a group (« les syndicats », « ils ») unless every form is feminine (« elles »,
« les infirmières »): a masculine plural may name a mixed group. Organisations get None.

It reads only what `assign_genders` receives: the parsed Document and the AttributionResult.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from service.attribution import lexicon
from service.attribution.entities import normalize
from service.attribution.results import AttributionResult, GenderEvidence, Quote, Span, Speaker
from service.nlp.document import Document, Sentence, Word

FEMALE, MALE, UNKNOWN = "female", "male", "unknown"
# A masculine plural (« ils », « les avocats ») can name men only or a mixed group.
MIXED = "mixed"
# Strongest first: a pronoun the article uses for the speaker outranks what a name suggests.
KINDS = ("pronoun", "agreement", "role", "honorific", "first_name")
# Clues that show the speaker is a person; alone, a pronoun may stand for a company or a document.
PERSON_KINDS = frozenset({"role", "honorific", "first_name"})

PRONOUNS = {
    "il": MALE,
    "elle": FEMALE,
    "lui": MALE,
    "ils": MIXED,
    "eux": MIXED,
    "elles": FEMALE,
    "celles-ci": FEMALE,
    "ceux-ci": MIXED,
    "celui-ci": MALE,
    "celle-ci": FEMALE,
    "ce dernier": MALE,
    "cette dernière": FEMALE,
}
_GLUED = re.compile(r"-(?:t-)?(il|elle|ils|elles)$", re.IGNORECASE)
PLURAL_PRONOUNS = frozenset({"ils", "eux", "elles", "celles-ci", "ceux-ci"})
HONORIFICS = {
    "m.": MALE,
    "mm.": MALE,
    "monsieur": MALE,
    "messieurs": MALE,
    "mme": FEMALE,
    "mmes": FEMALE,
    "mlle": FEMALE,
    "mlles": FEMALE,
    "madame": FEMALE,
    "mesdames": FEMALE,
    "mademoiselle": FEMALE,
}
PLURAL_HONORIFICS = frozenset({"mm.", "messieurs", "mmes", "mlles", "mesdames"})
DETERMINER_GENDER = {
    "le": MALE,
    "un": MALE,
    "ce": MALE,
    "cet": MALE,
    "du": MALE,
    "au": MALE,
    "la": FEMALE,
    "une": FEMALE,
    "cette": FEMALE,
    "sa": FEMALE,  # « sa » stands only before a feminine noun (« son amie » takes « son »)
}
DETERMINERS = frozenset(
    "le la les l' un une des du de d' au aux ce cet cette ces son sa ses leur leurs mon ma mes notre nos".split()
)
PLURAL_DETERMINERS = frozenset("les des ces ses leurs nos aux plusieurs quelques certains certaines".split())
# Verbs that take an adjective about their subject: « s'est dite déçue », « se montre prudent ».
ATTRIBUTIVE_VERBS = frozenset(
    "dire montrer déclarer sembler paraître avouer affirmer estimer rester demeurer devenir".split()
)


@dataclass(frozen=True)
class Clue:
    kind: str
    gender: str  # FEMALE, MALE or MIXED
    start: int
    end: int
    plural: bool = False  # the words name a group (« elles », « les infirmières »)


# ---------------------------------------------------------------- word lists


def _gender_table(file_name: str) -> dict[str, str]:
    """A data file of "word<TAB>m|f|?" lines (# comments) -> word -> FEMALE, MALE or "?"."""
    table: dict[str, str] = {}
    for line in (lexicon.DATA_DIR / file_name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            word, _, gender = line.partition("\t")
            table[word.strip().lower()] = {"m": MALE, "f": FEMALE}.get(gender.strip(), "?")
    return table


@cache
def first_names() -> dict[str, str]:
    """Lowercase first name -> FEMALE, MALE, or "?" when both genders bear it (never evidence)."""
    return _gender_table("first_names_gender.txt")


# Masculine -> feminine endings of person nouns (directeur/directrice, avocat/avocate, policier/policière).
_FEMININE_ENDINGS = (
    ("teur", "trice"),
    ("eur", "euse"),
    ("eur", "eure"),
    ("eur", "rice"),
    ("ier", "ière"),
    ("er", "ère"),
    ("ien", "ienne"),
    ("en", "enne"),
    ("on", "onne"),
    ("el", "elle"),
    ("if", "ive"),
    ("et", "ète"),
    ("e", "esse"),
    ("", "e"),
)


@cache
def person_noun_genders() -> dict[str, str]:
    """A person noun -> the gender its form alone shows (only nouns whose two genders differ in form)."""
    genders: dict[str, str] = {}
    roles = set(lexicon.role_nouns())
    for noun, gender in _gender_table("gendered_nouns.txt").items():
        if gender in (MALE, FEMALE):
            genders[noun] = gender
            roles.add(noun)
    for noun in roles:
        for masculine, feminine in _FEMININE_ENDINGS:
            if noun.endswith(masculine) and noun != masculine:
                form = noun[: len(noun) - len(masculine)] + feminine
                if form in roles and form != noun:
                    genders.setdefault(noun, MALE)
                    genders.setdefault(form, FEMALE)
    return genders


@cache
def fixed_gender_nouns() -> frozenset[str]:
    """Nouns whose grammatical gender is the same whoever they name (« une source », « un témoin »)."""
    return frozenset(noun for noun, gender in _gender_table("gendered_nouns.txt").items() if gender == "?")


def is_person_noun(form: str) -> bool:
    return form in lexicon.role_nouns() or form in person_noun_genders()


def _noun_forms(word: Word) -> list[str]:
    low = normalize(word.text)
    forms = [low]
    if low.endswith(("s", "x")) and len(low) > 3:
        forms.append(low[:-1])
    return forms


def noun_form_gender(word: Word) -> tuple[str | None, bool]:
    """(gender its form shows, plural) for a person noun; (None, plural) when the form is epicene."""
    forms = _noun_forms(word)
    plural = word.feat("Number") == "Plur" or (len(forms) > 1 and forms[1] in person_noun_genders())
    for form in forms:
        gender = person_noun_genders().get(form)
        if gender:
            return gender, plural
    return None, plural


# ---------------------------------------------------------------- the document, by offset


class _Text:
    """Tokens of the document found by character offset."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.starts = [s.start for s in document.sentences]

    def sentence(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return None
        sentence = self.document.sentences[i]
        return sentence if offset < sentence.end else None

    def tokens(self, start: int, end: int) -> tuple[Sentence | None, tuple[Word, ...]]:
        sentence = self.sentence(start)
        if sentence is None:
            return None, ()
        inside = sentence.tokens_between(start, end)
        if not inside:  # a mention that cuts a token (« -t-elle » inside « a-t-elle »)
            inside = tuple(w for w in sentence.tokens if w.start < end and start < w.end)
        return sentence, inside


# ---------------------------------------------------------------- clues


def _pronoun(text: str) -> str | None:
    """The pronoun a mention is, or ends with when glued to its verb (« dit-elle », « a-t-il »)."""
    low = " ".join(normalize(text).split()).lstrip("-").removeprefix("t-")
    if low in PRONOUNS:
        return low
    glued = _GLUED.search(low)
    return glued.group(1) if glued else None


def pronoun_gender(text: str) -> str | None:
    pronoun = _pronoun(text)
    return PRONOUNS[pronoun] if pronoun else None


def _pronoun_clue(span: Span) -> Clue | None:
    pronoun = _pronoun(span.text)
    if pronoun is None:
        return None
    gender, plural = PRONOUNS[pronoun], pronoun in PLURAL_PRONOUNS
    glued = _GLUED.search(span.text)
    if glued and len(glued.group(0)) < len(span.text):  # « dit-elle » kept as one token: the pronoun
        return Clue("pronoun", gender, span.start + glued.start(), span.end, plural)
    return Clue("pronoun", gender, span.start, span.end, plural)


def _honorific_clues(text: _Text, span: Span) -> Iterator[Clue]:
    """« Mme Varenne », « M. Lefort »: written in the mention or right before it."""
    sentence, tokens = text.tokens(span.start, span.end)
    if sentence is None or not tokens:
        return
    first = tokens[0]
    before = sentence.tokens_before(span.start, 1)
    if first.text.lower() in HONORIFICS:
        word = first
    elif before and before[-1].text.lower() in HONORIFICS and before[-1].text[:1].isupper():
        word = before[-1]
    else:
        return
    low = word.text.lower()
    yield Clue("honorific", HONORIFICS[low], word.start, word.end, low in PLURAL_HONORIFICS)


def _first_name_clue(text: _Text, span: Span) -> Clue | None:
    """The first of two or more capitalised words, when the list gives it one gender only."""
    _, tokens = text.tokens(span.start, span.end)
    words = [w for w in tokens if w.text.lower() not in HONORIFICS and w.text not in lexicon.honorifics()]
    if len(words) < 2 or not all(w.text[:1].isupper() for w in words[:2]):
        return None
    first = words[0]
    if normalize(first.text) in DETERMINERS or is_person_noun(normalize(first.text)):
        return None
    name = normalize(first.text)
    gender = first_names().get(name)
    if gender is None and "-" in name:  # « Jean-Baptiste » unlisted: its first part decides
        gender = first_names().get(name.split("-")[0])
    if gender in (MALE, FEMALE):
        return Clue("first_name", gender, first.start, first.end)
    return None


def _adjective_gender(word: Word) -> str | None:
    """A prenominal adjective whose form shows the gender (« l'ancienne », « la Première »)."""
    if word.upos != "ADJ":
        return None
    form, lemma = normalize(word.text), normalize(word.lemma)
    if form != lemma and form.rstrip("s").endswith("e") and not lemma.endswith("e"):
        return FEMALE
    if form == lemma and not form.endswith("e"):
        return MALE
    return None


def _noun_phrase_clue(sentence: Sentence, tokens: tuple[Word, ...], head_at: int) -> Clue | None:
    """The gender a person noun's determiner, prenominal adjectives or own form shows.

    `tokens` is the sentence's tokens and `head_at` the person noun's position among them."""
    head = tokens[head_at]
    if any(form in fixed_gender_nouns() for form in _noun_forms(head)):
        return None  # « une source », « un témoin »: the noun's gender, not the person's
    form_gender, plural = noun_form_gender(head)
    first = head_at
    determiner_gender = adjective_gender = None
    position = head_at - 1
    while position >= 0 and head_at - position <= 3:
        word = tokens[position]
        low = normalize(word.text)
        if low in DETERMINERS:
            first = position
            plural = plural or low in PLURAL_DETERMINERS
            determiner_gender = DETERMINER_GENDER.get(low)
            break
        gender = _adjective_gender(word)
        if word.upos != "ADJ" and not (low.isalpha() and word.upos == "X"):
            break
        adjective_gender = adjective_gender or gender
        first = position
        position -= 1
    genders = {g for g in (form_gender, determiner_gender, adjective_gender) if g}
    if len(genders) != 1:
        return None  # nothing to tell, or a contradiction (a parse error): no clue
    (gender,) = genders
    if plural and gender == MALE:
        gender = MIXED
    return Clue("role", gender, tokens[first].start, head.end, plural)


def _person_noun_at(tokens: tuple[Word, ...], start: int, stop: int) -> int | None:
    """The first person noun in tokens[start:stop] (French noun phrases put their head first)."""
    for i in range(start, min(stop, len(tokens))):
        low = normalize(tokens[i].text)
        if is_person_noun(low) or any(is_person_noun(f) for f in _noun_forms(tokens[i])):
            # « le porte-parole du ministre » : the person is the porte-parole, not the minister
            if i > 0 and normalize(tokens[i - 1].text) in {"de", "du", "des", "d'"}:
                continue
            return i
    return None


def _role_clues(text: _Text, span: Span, person: bool) -> Iterator[Clue]:
    """« la ministre » as the mention itself, before a name (« le maire Alain X ») or after it
    (« X, directrice des services, »).

    A description whose noun is not a known person noun counts only for a speaker the engine knows
    to be a person: « un communiqué », « la rédaction » have a grammatical gender, not a person's."""
    sentence, inside = text.tokens(span.start, span.end)
    if sentence is None or not inside:
        return
    tokens = sentence.tokens
    at = tokens.index(inside[0])
    end_at = at + len(inside)
    if normalize(inside[0].text) in DETERMINERS or not inside[0].text[:1].isupper():
        head = _person_noun_at(tokens, at, end_at)
        if head is None and person:
            head = next(
                (i for i in range(at, end_at) if tokens[i].upos == "NOUN"),
                None,
            )
        if head is not None:
            clue = _noun_phrase_clue(sentence, tokens, head)
            if clue is not None:
                yield clue
        return
    # a name: the role phrase right before it, within the clause (« le maire Alain X »), or a whole
    # phrase that opens the sentence with the name in apposition (« Le ministre de …, Gérald X, »)
    stop = at
    if at > 0 and tokens[at - 1].text == ",":
        stop = at - 1
    start = stop
    while start > 0 and stop - start < 8:
        previous = tokens[start - 1]
        if previous.upos in {"VERB", "AUX"} or previous.text in {".", ";", ":", "«", "»", "(", ")", ","}:
            break
        start -= 1
    # … or one that follows its speech verb: « a expliqué le maire de Saint-Aubin, Gérald X »
    opens_sentence = (
        start == 0
        or tokens[start - 1].text in {".", ";", ":", "«", "»"}
        or _is_speech_verb(tokens[start - 1])
    )
    head = _person_noun_at(tokens, start, stop) if stop == at or opens_sentence else None
    if head is not None:
        clue = _noun_phrase_clue(sentence, tokens, head)
        if clue is not None:
            yield clue
    # an apposition after it: « Marie X, la ministre de …, » / « X, directrice de … »
    if end_at + 1 < len(tokens) and tokens[end_at].text == ",":
        head = _person_noun_at(tokens, end_at + 1, end_at + 4)
        if head is not None and all(
            normalize(w.text) in DETERMINERS or w.upos == "ADJ" for w in tokens[end_at + 1 : head]
        ):
            clue = _noun_phrase_clue(sentence, tokens, head)
            if clue is not None:
                yield clue


def _is_speech_verb(word: Word) -> bool:
    if word.upos not in {"VERB", "X"}:
        return False
    return normalize(word.lemma) in lexicon.speech_verbs() or normalize(word.text) in lexicon.speech_forms()


SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
STRESSED_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})
# « selon lui », « d'après elle », « pour eux »
STRESSED_CUES = frozenset({"selon", "d'après", "pour", "après"})
# What may stand between a subject pronoun and its verb: « elle ne l'a pas dit », « il s'est dit »
CLITICS_AND_AUXILIARIES = frozenset(
    """ne n' l' la le les lui leur y en se s' me m' a ont avait avaient aurait auraient avait
    est sont était étaient sera seront va vont""".split()
)


def _cue_pronoun_clue(text: _Text, quote: Quote) -> Clue | None:
    """The pronoun the engine went through to reach the speaker: the subject of the cue
    (« a-t-elle assuré », « dit-il », « elle a ajouté que ») or « selon lui »."""
    cue = quote.cue
    through = f"{quote.rule or ''} {' '.join(getattr(quote, 'via', ()) or ())}"
    if cue is None or "pronoun" not in through:
        return None
    if _GLUED.search(cue.text):
        return _pronoun_clue(Span(cue.text, cue.start, cue.end))
    sentence = text.sentence(cue.start)
    if sentence is None:
        return None
    tokens = sentence.tokens
    inside = [i for i, w in enumerate(tokens) if cue.start <= w.start and w.end <= cue.end]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if following is not None:
        pronoun = _pronoun(following.text)
        glued = following.text.startswith("-") and pronoun in SUBJECT_PRONOUNS
        stressed = normalize(cue.text) in STRESSED_CUES and pronoun in STRESSED_PRONOUNS
        if glued or stressed:
            return _pronoun_clue(Span(following.text, following.start, following.end))
    for k in range(first - 1, max(-1, first - 5), -1):
        word = tokens[k]
        if _pronoun(word.text) in SUBJECT_PRONOUNS:
            return _pronoun_clue(Span(word.text, word.start, word.end))
        if normalize(word.text) not in CLITICS_AND_AUXILIARIES:
            break
    return None


def _participle_gender(word: Word) -> str | None:
    """The gender a past participle or an adjective shows by its form (« déçue », « interrogé »)."""
    form = normalize(word.text)
    plural = word.feat("Number") == "Plur" or (form.endswith("s") and not word.feat("Number"))
    if word.upos == "VERB":
        if word.feat("VerbForm") != "Part" or word.feat("Tense") == "Pres" or form.endswith("ant"):
            return None
        stem = form[:-1] if plural and form.endswith("s") else form
        gender = FEMALE if stem.endswith("e") else MALE
    elif word.upos == "ADJ":
        gender = _adjective_gender(word)
        if gender is None:
            return None
    else:
        return None
    return MIXED if plural and gender == MALE else gender


def _has_etre(sentence: Sentence, predicate: Word) -> bool:
    return any(
        c.base_deprel in {"aux", "cop"} and normalize(c.lemma) == "être" for c in sentence.children(predicate)
    )


def _agreement_clues(text: _Text, span: Span) -> Iterator[Clue]:
    """Words that agree with the mention as their subject: « elle est partie », « s'est dite déçue »,
    « Interrogée par …, la directrice a dit », « la directrice, interrogée par …, »."""
    sentence, inside = text.tokens(span.start, span.end)
    if sentence is None or not inside or not sentence.parsed:
        return
    members = {w.index for w in sentence.words if span.start <= w.start and w.end <= span.end} or {
        w.index for w in inside
    }
    heads = [w for w in sentence.words if w.index in members and w.head not in members]
    if not heads:
        return
    head = heads[0]
    found: list[Word] = []
    if head.base_deprel == "nsubj":
        predicate = sentence.head_of(head)
        if predicate is not None:
            children = sentence.children(predicate)
            if predicate.upos in {"VERB", "ADJ"} and _has_etre(sentence, predicate):
                found.append(predicate)
            has_object = any(c.base_deprel in {"obj", "ccomp"} for c in children)
            if _has_etre(sentence, predicate) or normalize(predicate.lemma) in ATTRIBUTIVE_VERBS:
                found.extend(
                    c for c in children if c.base_deprel == "xcomp" and c.upos == "ADJ" and not has_object
                )
            # a detached participle before the subject: « Interrogée par la radio, la directrice … »
            found.extend(
                c
                for c in children
                if c.base_deprel == "advcl"
                and c.upos == "VERB"
                and c.index < head.index
                and not any(g.base_deprel in {"nsubj", "aux", "mark"} for g in sentence.children(c))
            )
    # « la directrice, interrogée par la radio, a dit »
    for child in sentence.children(head):
        if child.base_deprel in {"acl", "amod"} and child.index > head.index:
            before = sentence.word(child.index - 1)
            if before is not None and before.text == "," and child.upos in {"VERB", "ADJ"}:
                found.append(child)
    for word in found:
        gender = _participle_gender(word)
        if gender is not None:
            yield Clue("agreement", gender, word.start, word.end, word.feat("Number") == "Plur")


# ---------------------------------------------------------------- deciding


def decide(clues: Iterable[Clue], person: bool) -> tuple[str, Clue | None]:
    """(gender, the decisive clue): one gender from every clue, or "unknown".

    `person` says the engine already knows the speaker is a person; otherwise only a clue that only
    a person can have (a role noun, an honorific, a first name) lets the others count."""
    clues = list(clues)
    if not person and not any(c.kind in PERSON_KINDS for c in clues):
        return UNKNOWN, None
    # One person: a plural clue near one of their mentions is about a group they belong to or lead.
    singular = [c for c in clues if not c.plural]
    if singular:
        clues = singular
    genders = {c.gender for c in clues}
    if len(genders) != 1 or genders == {MIXED}:
        return UNKNOWN, None  # no clue, disagreeing clues, or a group that may be mixed
    (gender,) = genders
    strongest = min(clues, key=lambda c: (KINDS.index(c.kind), c.start))
    return gender, strongest


_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _surname_mentions(text: _Text, speaker: Speaker, known: Iterable[tuple[int, int]]) -> list[Span]:
    """Other places where the article writes a named speaker's surname, with the first name or
    honorific before it (« M. Lefort » where the speaker’s mentions hold only « Lefort »)."""
    words = _WORDS.findall(speaker.name)
    if not words or not words[0][:1].isupper() or normalize(words[0]) in DETERMINERS:
        return []  # a description (« la ministre »), not a name
    surname = words[-1]
    if len(surname) < 3 or not surname[:1].isupper() or is_person_noun(normalize(surname)):
        return []
    known = list(known)
    document_text = text.document.text
    spans = []
    for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", document_text):
        if any(a <= match.start() < b for a, b in known):
            continue
        sentence, inside = text.tokens(match.start(), match.end())
        if sentence is None or not inside:
            continue
        tokens = sentence.tokens
        first = last = tokens.index(inside[0])
        while (
            first > 0
            and last - first < 3
            and tokens[first - 1].text[:1].isupper()
            and normalize(tokens[first - 1].text) not in DETERMINERS
        ):
            first -= 1
        start = tokens[first].start
        spans.append(Span(document_text[start : match.end()], start, match.end()))
    return spans


def speaker_clues(text: _Text, speaker: Speaker, quotes: Iterable[Quote]) -> list[Clue]:
    clues: list[Clue] = []
    mentions: dict[tuple[int, int], Span] = {(m.start, m.end): m for m in speaker.mentions}
    for quote in quotes:
        if quote.speaker is None:
            continue
        clue = _cue_pronoun_clue(text, quote)
        if clue is not None:
            clues.append(clue)
        mention = quote.speaker.mention
        clue = _pronoun_clue(mention)
        if clue is not None:
            clues.append(clue)
            mentions.pop((mention.start, mention.end), None)
        else:
            mentions.setdefault((mention.start, mention.end), mention)
    for mention in _surname_mentions(text, speaker, list(mentions)):
        mentions.setdefault((mention.start, mention.end), mention)
    for mention in mentions.values():
        if pronoun_gender(mention.text):
            clues.append(_pronoun_clue(mention))
            continue
        clues.extend(_honorific_clues(text, mention))
        clues.extend(_role_clues(text, mention, speaker.kind == "person"))
        clues.extend(_agreement_clues(text, mention))
        first_name = _first_name_clue(text, mention)
        if first_name is not None:
            clues.append(first_name)
    return clues


def assign_genders(document: Document, result: AttributionResult) -> AttributionResult:
    """The result with each speaker's gender and the words that decide it."""
    text = _Text(document)
    quotes_of: dict[str, list[Quote]] = {}
    for quote in result.quotes:
        if quote.speaker is not None:
            quotes_of.setdefault(quote.speaker.id, []).append(quote)
    speakers: list[Speaker] = []
    genders: dict[str, str | None] = {}
    for speaker in result.speakers:
        if speaker.kind == "organization":
            speakers.append(dataclasses.replace(speaker, gender=None, gender_evidence=None))
            genders[speaker.id] = None
            continue
        clues = speaker_clues(text, speaker, quotes_of.get(speaker.id, ()))
        gender, clue = decide(clues, speaker.kind == "person")
        evidence = None
        if clue is not None:
            evidence = GenderEvidence(clue.kind, document.text[clue.start : clue.end], clue.start, clue.end)
        speakers.append(dataclasses.replace(speaker, gender=gender, gender_evidence=evidence))
        genders[speaker.id] = gender
    quotes = tuple(
        dataclasses.replace(q, speaker=dataclasses.replace(q.speaker, gender=genders.get(q.speaker.id)))
        if q.speaker is not None
        else q
        for q in result.quotes
    )
    return AttributionResult(quotes, tuple(speakers))
