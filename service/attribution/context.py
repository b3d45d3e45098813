"""What every rule needs to know about one document: its words by position, entities, quotes."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from service.attribution import lexicon
from service.attribution.entities import (
    SUBJECT_PRONOUNS,
    Entity,
    Mention,
    _role_gender,
    cluster,
    find_name_mentions,
    normalize,
)
from service.attribution.quotes import QuoteSpan
from service.nlp.document import Document, Sentence, Word

NOMINAL_UPOS = frozenset({"NOUN", "PROPN", "PRON"})
AUXILIARIES = frozenset("a ont avait avaient est sont était étaient sera seront aurait auraient".split())
# Rules that read the speaker in a surface slot where nothing but a speaker can stand.
SLOT_RULES = (
    "postposed_cue",
    "incise_inside",
    "dialogue_incise",
    "according_to",
    "sentence_incise",
    "indirect_postposed",
    "colon_bare",
)
# Words a parser sometimes makes a subject that never speak.
NOT_SPEAKERS = frozenset(
    """lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain matin soir
    semaine mois année an janvier février mars avril mai juin juillet août septembre octobre
    novembre décembre qui que quoi dont ce cela ça ceci tout rien personne part côté tour
    nom compte""".split()
)
NON_VERB_UPOS = frozenset({"NOUN", "PROPN", "DET", "ADP", "PRON", "PUNCT", "CCONJ", "SCONJ", "NUM", "ADV"})
DESCRIPTION_DEPRELS = frozenset({"det", "amod", "nmod", "case", "flat", "fixed", "compound", "nummod"})


@dataclass
class Candidate:
    """A speaker chosen by a rule: the entity and the mention that names it near the quote."""

    entity: Entity
    mention: Mention
    rule: str
    confidence: float
    cue: tuple[int, int, str] | None = None  # start, end, lemma
    depth: int = 0  # tree distance from the governing speech verb to the quotation


@dataclass
class Context:
    document: Document
    quotes: list[QuoteSpan]
    entities: list[Entity] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    speakers_so_far: list[tuple[int, Entity]] = field(default_factory=list)  # (offset, entity)
    quote_starts: list[int] = field(default_factory=list)
    names: list[tuple[int, int, Entity, Mention]] = field(default_factory=list)  # by start
    name_starts: list[int] = field(default_factory=list)
    descriptions: list[tuple[Mention, Entity]] = field(default_factory=list)

    @classmethod
    def build(cls, document: Document, quotes: list[QuoteSpan]) -> Context:
        context = cls(document, quotes)
        context.entities = cluster(find_name_mentions(document))
        context.sentence_starts = [s.start for s in document.sentences]
        context.quote_starts = [q.start for q in quotes]
        context.names = sorted(
            ((m.start, m.end, e, m) for e in context.entities for m in e.mentions if m.kind == "name"),
            key=lambda item: item[0],
        )
        context.name_starts = [item[0] for item in context.names]
        for entity in context.entities:
            for mention in entity.mentions:
                mention.subject = context._is_subject(mention)
        return context

    def _is_subject(self, mention: Mention) -> bool:
        """A name that is its clause's subject, or in apposition to it (« Le PDG, Sam Altman, a dit »)."""
        sentence = self.sentence(mention.sentence)
        following = list(sentence.tokens_after(mention.end, 3))
        if following and following[0].text == ",":
            following = following[1:]
        # surface: « …, Siaka Ouattara, a expliqué » — a verb right after the name
        if following and not pronoun_of(following[0]):
            first = following[0]
            if first.upos in {"AUX", "VERB"}:
                return True
            # an unparsed sentence: recognise an auxiliary or a cue by its form
            if first.upos == "X" and (normalize(first.text) in AUXILIARIES or speech_lemma(first)):
                return True
        for word in sentence.tokens_between(mention.start, mention.end):
            for link in [word, *sentence.ancestors(word)[:4]]:
                if link.base_deprel == "nsubj":
                    return True
                if link.base_deprel not in {"flat", "appos", "compound", "nmod"}:
                    break
        return False

    # -- positions ---------------------------------------------------------------------------
    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def sentence(self, index: int) -> Sentence:
        return self.document.sentences[index]

    def inside_quote(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, start) - 1
        return i >= 0 and self.quotes[i].start <= start and end <= self.quotes[i].end

    def words_between(self, start: int, end: int) -> list[tuple[Sentence, Word]]:
        """Words (one per token) lying entirely within [start, end)."""
        result: list[tuple[Sentence, Word]] = []
        if not self.document.sentences:
            return result
        first = self.sentence_index(start)
        for sentence in self.document.sentences[first:]:
            if sentence.start >= end:
                break
            result.extend((sentence, word) for word in sentence.tokens_between(start, end))
        return result

    # -- speakers ----------------------------------------------------------------------------
    def speaker_from_word(
        self, sentence: Sentence, word: Word, rule: str, confidence: float
    ) -> Candidate | None:
        """Turn the head word of a speaker phrase into an entity: name, description or pronoun."""
        pronoun = pronoun_of(word)
        if pronoun:
            return self.resolve_pronoun(word.start, pronoun, rule, confidence)
        low = normalize(word.text)
        if low in NOT_SPEAKERS:
            return None
        if low in {"un", "une"}:  # « l'un d'eux, Serge Nkoulou »
            found = self._name_after_comma(sentence, word)
            return Candidate(found[0], found[1], rule, confidence) if found else None
        found = self.entity_at(word.start, word.end)
        if found:
            return Candidate(found[0], found[1], rule, confidence)
        if word.upos in {"NOUN", "PROPN", "X"} or normalize(word.text) in lexicon.role_nouns():
            for child in sentence.children(word):
                between = sentence.words[word.index : child.index - 1]
                if (
                    child.deprel.startswith("nmod")
                    and child.upos == "PROPN"
                    and child.index > word.index
                    and all(w.upos == "ADJ" for w in between)
                ):
                    # « le président ukrainien Volodymyr Zelensky » parsed as a modifier: a person's name
                    found = self.entity_at(child.start, child.end)
                    if found and found[0].kind == "person":
                        return Candidate(found[0], found[1], rule, confidence)
                if child.deprel.startswith(("appos", "flat")):
                    # « le député LFI Éric Coquerel » : the name may hang below the apposed word
                    names = [child, *(c for c in sentence.children(child) if c.deprel.startswith("flat"))]
                    found = self.entity_at(min(w.start for w in names), max(w.end for w in names))
                    if found:
                        return Candidate(found[0], found[1], rule, confidence)
            return self.description(sentence, word, rule, confidence)
        return None

    def _name_after_comma(self, sentence: Sentence, word: Word) -> tuple[Entity, Mention] | None:
        following = sentence.tokens_after(word.end, 6)
        for i, token in enumerate(following[:-1]):
            if token.text == ",":
                return self.entity_at(following[i + 1].start, following[i + 1].end)
        return None

    def entity_at(self, start: int, end: int) -> tuple[Entity, Mention] | None:
        """The named entity whose name overlaps [start, end) (names never overlap each other)."""
        i = max(0, bisect.bisect_right(self.name_starts, start) - 1)
        for m_start, m_end, entity, mention in self.names[i : i + 3]:
            if m_start < end and start < m_end:
                return entity, mention
        return None

    def people_between(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        """Name mentions of people in [start, end), in text order."""
        return [(m, e) for m, e in self._names_between(start, end) if e.kind == "person"]

    def _names_between(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        first = bisect.bisect_left(self.name_starts, start)
        last = bisect.bisect_left(self.name_starts, end)
        return [(mention, entity) for _, _, entity, mention in self.names[first:last]]

    def attach(self, entity: Entity, mention: Mention) -> None:
        """Record a description mention of an entity (names are indexed once, at build time)."""
        entity.mentions.append(mention)
        self.descriptions.append((mention, entity))

    def description(self, sentence: Sentence, head: Word, rule: str, confidence: float) -> Candidate | None:
        """« le PDG d'OpenAI », « un porte-parole de la police », « la police »."""
        low = normalize(head.lemma if head.lemma else head.text)
        text_low = normalize(head.text)
        forms = {low, text_low, text_low.removesuffix("s"), text_low.removesuffix("x")}
        is_role = bool(forms & lexicon.role_nouns())
        is_org = bool(forms & lexicon.org_words())
        if not (is_role or is_org or head.upos == "NOUN"):
            return None
        start, end = _description_span(sentence, head)
        apposed = self._apposed_name(end)
        if not (is_role or is_org or apposed) and not rule.startswith(SLOT_RULES):
            # any noun may fill the subject slot of an incise (« …, indique un communiqué »), but a
            # subject found only through the parse must be a role or an organisation to speak
            return None
        mention = Mention(
            self.document.text[start:end],
            start,
            end,
            "description",
            self.sentence_index(start),
            role=text_low,
        )
        linked = apposed
        if linked is not None:
            self.attach(linked, mention)
            return Candidate(linked, mention, rule, confidence)
        words = _content_words(self.document.text[start:end])
        gender = _det_gender_of(sentence, head)
        # « les élus de l'opposition » is a group: it never refers back to one person
        plural = head.feat("Number") == "Plur" or any(
            c.deprel == "det" and normalize(c.text) in PLURAL_DETS for c in sentence.children(head)
        )
        linked = (
            self._entity_with_role(text_low, words, gender, head.start) if is_role and not plural else None
        )
        if linked is not None and _is_definite(sentence, head):
            self.attach(linked, mention)
            return Candidate(linked, mention, rule + "+description", confidence * 0.9)
        bare = words <= {text_low, low}  # « le chef libéral » is told apart by its modifier
        if (
            is_role
            and bare
            and not plural
            and _is_definite(sentence, head)
            and not self._names_inside(start, end)
        ):
            # « la cinéaste », « l'édile » : a bare definite role refers back like a pronoun would,
            # but only to a clear antecedent; otherwise the description itself is the speaker.
            resolved = self.resolve_pronoun(
                head.start, (gender, "s"), rule + "+description", confidence, require_sure=True
            )
            if resolved is not None:
                self.attach(resolved.entity, mention)
                return Candidate(resolved.entity, mention, resolved.rule, resolved.confidence)
        kind = "person" if is_role else "organization" if is_org else "unknown"
        entity = self._description_entity(mention, kind)
        if kind == "person":  # « un homme », « la porte-parole » : agreement for later pronouns
            entity.gender = entity.gender or gender or _role_gender(text_low)
        return Candidate(entity, mention, rule, confidence * 0.85)

    def _names_inside(self, start: int, end: int) -> bool:
        return any(start <= m.start and m.end <= end for m, _ in self._names_between(start, end))

    def _apposed_name(self, end: int) -> Entity | None:
        """« le directeur des ressources humaines du groupe, Éric Vasseur » : the name after the comma."""
        text = self.document.text
        rest = text[end : end + 200]
        if rest.lstrip(" \u00a0").startswith("("):  # skip a parenthesis: « Le PDG (…), Sam Altman »
            closing = rest.find(")")
            if closing < 0:
                return None
            end += closing + 1
        gap = text[end : end + 4]
        stripped = gap.lstrip(" \u00a0")
        if not stripped.startswith(","):
            return None
        found = self.entity_at(end, end + 6)
        if found and found[1].start <= end + len(gap) - len(stripped) + 3:
            return found[0]
        return None

    def _entity_with_role(
        self, role: str, words: frozenset[str], gender: str | None, before: int
    ) -> Entity | None:
        """The person last introduced with this role: « le ministre » after « le ministre des
        Transports, Yacouba Koné », but not « le Premier ministre » after « la ministre du Budget »."""
        best: tuple[int, Entity] | None = None
        for entity in self.entities:
            if gender and entity.gender and gender != entity.gender:
                continue
            for mention in entity.mentions:
                if (
                    mention.role == role
                    and words <= mention.role_words | {role}
                    and mention.start < before
                    and (best is None or mention.start > best[0])
                ):
                    best = (mention.start, entity)
        return best[1] if best else None

    def _description_entity(self, mention: Mention, kind: str) -> Entity:
        key = normalize(mention.text)
        for _, entity in self.descriptions:
            if entity.tokens == () and normalize(entity.mentions[0].text) == key:
                self.attach(entity, mention)
                return entity
        entity = Entity(id=f"s{len(self.entities) + 1}", kind=kind)
        self.entities.append(entity)
        self.attach(entity, mention)
        return entity

    def resolve_pronoun(
        self,
        position: int,
        pronoun: tuple[str | None, str],
        rule: str,
        confidence: float,
        require_sure: bool = False,
    ) -> Candidate | None:
        """il/elle -> the most salient agreeing person mentioned before (never the pronoun itself)."""
        gender, number = pronoun
        if number != "s":
            return self._plural_subject(position, gender, rule, confidence)
        if not require_sure and gender is not None:
            ahead = self._cataphora(position, gender, rule, confidence)
            if ahead is not None:
                return ahead
        window_start = self._paragraph_window(position)
        here = self.sentence_index(position)
        candidates = self._names_between(window_start, position) + [
            (m, e) for m, e in self.descriptions if window_start <= m.start < position
        ]
        recent = [(m, e) for m, e in candidates if not self.inside_quote(m.start, m.end)]
        recent.sort(key=lambda pair: pair[0].start, reverse=True)
        last_offset, last_speaker = self.speakers_so_far[-1] if self.speakers_so_far else (0, None)
        if here - self.sentence_index(last_offset) > 2:
            last_speaker = None  # an old speaker is no longer what « il » points at
        options: list[tuple[float, Entity, Mention]] = []
        seen: set[str] = set()
        for mention, entity in recent:
            if entity.id in seen or entity.kind == "organization":
                continue
            seen.add(entity.id)
            if gender and entity.gender and entity.gender != gender:
                continue
            if require_sure and gender and not entity.gender:
                continue  # « la chanteuse » is not linked to a person whose gender nothing tells
            if entity.kind == "unknown" and entity is not last_speaker:
                continue
            # salience: recency in sentences, being a subject, having just spoken, agreeing gender
            was_subject = any(m.subject for m, e in recent if e is entity and here - 1 <= m.sentence <= here)
            score = (
                -0.5 * (here - mention.sentence)
                + (2 if was_subject else 0)
                + (1.5 if entity is last_speaker else 0)
                + (0.5 if gender and entity.gender == gender else 0)
            )
            options.append((score, entity, mention))
            if len(options) >= 3:
                break
        if not options:
            if require_sure or gender is None:
                return None
            return self._subject_description(window_start, position, gender, rule, confidence)
        options.sort(key=lambda o: o[0], reverse=True)
        _, entity, mention = options[0]
        sure = len(options) == 1 or options[0][0] - options[1][0] >= 1
        if require_sure and not sure:
            return None
        return Candidate(entity, mention, rule + "+pronoun", confidence * (0.85 if sure else 0.65))

    def _subject_description(
        self, window_start: int, position: int, gender: str, rule: str, confidence: float
    ) -> Candidate | None:
        """No named antecedent: « Un homme en parka s'approche. — … ? demande-t-il. »"""
        first = self.sentence_index(window_start)
        last = self.sentence_index(position)
        for index in range(last, max(first, last - 6) - 1, -1):
            sentence = self.sentence(index)
            for word in sentence.tokens_before(min(position, sentence.end), 80):
                if word.base_deprel != "nsubj" or word.upos != "NOUN":
                    continue
                if self.inside_quote(word.start, word.end):
                    continue
                if normalize(word.text) not in lexicon.role_nouns():
                    continue
                word_gender = _det_gender_of(sentence, word)
                if word_gender and word_gender != gender:
                    continue
                found = self.description(sentence, word, rule + "+pronoun", confidence * 0.8)
                if found is not None:
                    return found
        return None

    def _cataphora(self, position: int, gender: str, rule: str, confidence: float) -> Candidate | None:
        """« « Je ne regrette rien », confie-t-elle. La chanteuse, qui … » : a paragraph that opens
        with the words names its speaker in the next sentence, when nobody agreeing came before in
        the paragraph."""
        text = self.document.text
        paragraph_start = text.rfind("\n", 0, position) + 1
        here = self.sentence_index(position)
        if self.sentence_index(paragraph_start) != here or here + 1 >= len(self.document.sentences):
            return None  # only in the paragraph's first sentence
        earlier = self._names_between(paragraph_start, position) + [
            (m, e) for m, e in self.descriptions if paragraph_start <= m.start < position
        ]
        if any(not (e.gender and e.gender != gender) for _, e in earlier):
            return None
        following = self.sentence(here + 1)
        if "\n" in text[position : following.start]:
            return None
        tokens = following.tokens[:2]
        if (
            len(tokens) < 2
            or tokens[0].upos != "DET"
            or normalize(tokens[1].text) not in lexicon.role_nouns()
        ):
            return None
        if _det_gender_of(following, tokens[1]) != gender or tokens[1].base_deprel != "nsubj":
            return None
        return self.description(following, tokens[1], rule + "+pronoun", confidence * 0.8)

    def _plural_subject(
        self, position: int, gender: str | None, rule: str, confidence: float
    ) -> Candidate | None:
        """ils/elles -> the one plural role noun that is a subject in this or the previous sentence
        (« 200 médecins estiment que … « … », écrivent-ils »); none when there are several."""
        here = self.sentence_index(position)
        found = []
        for index in range(max(0, here - 1), here + 1):
            sentence = self.sentence(index)
            for word in sentence.tokens_before(min(position, sentence.end), 80):
                if word.upos != "NOUN" or word.feat("Number") != "Plur":
                    continue
                if word.base_deprel != "nsubj" and not _speech_verb_follows(sentence, word):
                    continue
                forms = {normalize(word.text), normalize(word.lemma or "")}
                if self.inside_quote(word.start, word.end) or not forms & lexicon.role_nouns():
                    continue
                if gender == "f" and word.feat("Gender") == "Masc":
                    continue
                found.append((sentence, word))
        if len(found) != 1:
            return None
        sentence, word = found[0]
        return self.description(sentence, word, rule + "+pronoun", confidence * 0.8)

    def _paragraph_window(self, position: int) -> int:
        """Pronouns look back at most over the three previous paragraphs (a blank line between
        paragraphs is not one)."""
        text = self.document.text
        cut = position
        for _ in range(4):
            found = text.rfind("\n", 0, cut)
            if found <= 0:
                return 0
            while found > 0 and text[found - 1].isspace():
                found -= 1
            cut = found
        return cut


def _speech_verb_follows(sentence: Sentence, word: Word) -> bool:
    """« 200 médecins généralistes estiment » : a subject the parser missed, right before its verb."""
    following = [w for w in sentence.tokens_after(word.end, 3) if w.upos != "ADJ"]
    return bool(following) and following[0].upos == "VERB" and speech_lemma(following[0]) is not None


def pronoun_of(word: Word) -> tuple[str, str] | None:
    """Gender and number of a subject pronoun, also when glued to a verb (-t-il, -elle)."""
    low = normalize(word.text).lstrip("-").removeprefix("t-")
    if low in SUBJECT_PRONOUNS and (word.upos in {"PRON", "X"} or word.text.startswith("-")):
        return SUBJECT_PRONOUNS[low]
    return None


PLURAL_DETS = frozenset("les des ces leurs ses nos vos mes tes quelques plusieurs".split())
ARTICLES = frozenset("le la les l' un une des du de d' ce cet cette ces son sa ses leur leurs".split())


def _content_words(text: str) -> frozenset[str]:
    words = [normalize(w) for w in text.replace("’", "'").replace("'", "' ").split()]
    return frozenset(w for w in words if w not in ARTICLES and any(c.isalnum() for c in w))


def _det_gender_of(sentence: Sentence, head: Word) -> str | None:
    for child in sentence.children(head):
        if child.deprel == "det":
            low = normalize(child.text)
            if low in {"le", "un", "ce", "cet", "du", "au"}:
                return "m"
            if low in {"la", "une", "cette"}:
                return "f"
    return head.feat("Gender") and {"Masc": "m", "Fem": "f"}.get(head.feat("Gender") or "")


def _is_definite(sentence: Sentence, head: Word) -> bool:
    return any(
        normalize(c.text) in {"le", "la", "l'", "les", "ce", "cette"}
        for c in sentence.children(head)
        if c.deprel == "det"
    ) or any(normalize(c.text) == "le" for c in sentence.children(head))


def _introduced_by_de(sentence: Sentence, word: Word) -> bool:
    cases = [normalize(c.text) for c in sentence.children(word) if c.base_deprel == "case"]
    return not cases or cases[0] in {"de", "d'", "du", "des"}


def _description_span(sentence: Sentence, head: Word) -> tuple[int, int]:
    members = [head]
    frontier = [head]
    while frontier:
        current = frontier.pop()
        for child in sentence.children(current):
            if child.deprel.split(":")[0] not in DESCRIPTION_DEPRELS or child.upos in {
                "PUNCT",
                "VERB",
                "AUX",
            }:
                continue
            if child.base_deprel == "nmod" and not _introduced_by_de(sentence, child):
                continue  # « le jeune ailier au micro de la RTBF » : only « de » complements describe
            members.append(child)
            frontier.append(child)
    members.sort(key=lambda w: w.index)
    # « Selon la préfecture » : the preposition belongs to the cue, not to the speaker's name
    while len(members) > 1 and members[0] is not head and members[0].base_deprel == "case":
        members.pop(0)
    # keep the contiguous run that contains the head
    position = members.index(head)
    left = position
    while left > 0 and members[left - 1].index == members[left].index - 1:
        left -= 1
    right = position
    while right + 1 < len(members) and members[right + 1].index == members[right].index + 1:
        right += 1
    return members[left].start, members[right].end


GLUED_PRONOUN = re.compile(r"-(t-)?(il|elle|ils|elles|on)$")


def speech_lemma(word: Word, relaxed: bool = False) -> str | None:
    """The speech-verb lemma of a word, from its lemma or (parser errors) its form."""
    if word.upos in NON_VERB_UPOS and not (relaxed and word.upos in {"NOUN", "ADJ", "PROPN"}):
        return None
    lemma = normalize(word.lemma or "")
    if lemma in lexicon.speech_verbs() and (word.upos in {"VERB", "AUX", "X"} or relaxed):
        return lemma
    form = GLUED_PRONOUN.sub("", normalize(word.text))  # « dit-elle » kept as one token
    return lexicon.speech_forms().get(form)
