"""One document as the rules see it: words by position, quotations, named entities, and the
speakers committed so far. Finding who a word refers to lives in linking.py and coref.py."""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field

from service.attribution import lexicon
from service.attribution.candidates import Candidate, Found
from service.attribution.cues import pronoun_of, speech_lemma
from service.attribution.entities import Entity, Mention, cluster, find_name_mentions, named_holder, normalize
from service.attribution.quotes import QuoteSpan
from service.nlp.document import Document, Sentence, Word

# The first sentences of an article (headline and lede), where a description may open before the name.
OPENING_SENTENCES = 2
# How far after that description the person may be named (a quotation may split into sentences).
NEXT_SPEAKER_SENTENCES = 3


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
    titles: list[tuple[int, int]] = field(default_factory=list)  # marks around titles, names, terms
    reported: list[Found] = field(default_factory=list)  # reported speech found without marks

    @classmethod
    def build(cls, document: Document, quotes: list[QuoteSpan]) -> Context:
        context = cls(document, quotes)
        context.entities = cluster(find_name_mentions(document))
        for entity in context.entities:
            if (
                entity.kind == "person"
                and not entity.gender
                and _in_marks(quotes, max(entity.mentions, key=lambda m: len(m.tokens)))
            ):
                # « au nom du « Mali Kura » » : the full name is a slogan in marks, nobody's
                entity.kind = "unknown"
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

    def with_quotes(self, quotes: list[QuoteSpan]) -> None:
        """The quotation spans the rules work on, once dialogue incises are cut from them."""
        self.quotes = quotes

    def _is_subject(self, mention: Mention) -> bool:
        """A name that is its clause's subject, or in apposition to it (« Le PDG, Sam Altman, a dit »)."""
        sentence = self.sentence(mention.sentence)
        if _completes_a_noun(sentence, mention):
            return False  # « … que l'ADN de Dylan M. avait été retrouvé » : it completes a reported subject
        following = list(sentence.tokens_after(mention.end, 6))
        if following and following[0].text == ",":
            following = following[1:]
        if (
            len(following) > 2
            and following[0].upos == "NUM"
            and normalize(following[1].text) in {"ans", "an"}
        ):
            following = following[3:] if following[2].text == "," else []  # « Ouardia, 67 ans, serre »
        # surface: « …, Siaka Ouattara, a expliqué » — a verb right after the name
        if following and not pronoun_of(following[0]):
            first = following[0]
            if first.upos in {"AUX", "VERB"}:
                return True
            # an unparsed sentence: recognise an auxiliary or a cue by its form
            if first.upos == "X" and (
                normalize(first.text) in lexicon.AUXILIARY_FORMS or speech_lemma(first)
            ):
                return True
        for word in sentence.tokens_between(mention.start, mention.end):
            children = sentence.children(word)
            if any(c.base_deprel == "cop" for c in children) and any(
                c.base_deprel == "nsubj" and normalize(c.text) in {"c'", "ce"} for c in children
            ):
                return True  # « c'est Frédéric Lamarque qui fustige … » : the cleft's focus
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

    def sentence_at(self, offset: int) -> Sentence:
        return self.sentence(self.sentence_index(offset))

    def in_title(self, offset: int) -> bool:
        """The offset lies within the marks of a title, a name or a term (« l'opération « X » »)."""
        return any(a <= offset < b for a, b in self.titles)

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

    # -- named entities by position ------------------------------------------------------------
    def entity_at(self, start: int, end: int) -> tuple[Entity, Mention] | None:
        """The named entity whose name overlaps [start, end) (names never overlap each other)."""
        i = max(0, bisect.bisect_right(self.name_starts, start) - 1)
        for m_start, m_end, entity, mention in self.names[i : i + 3]:
            if m_start < end and start < m_end:
                return entity, mention
        return None

    def people_between(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        """Name mentions of people in [start, end), in text order."""
        return [(m, e) for m, e in self.names_between(start, end) if e.kind == "person"]

    def names_between(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        first = bisect.bisect_left(self.name_starts, start)
        last = bisect.bisect_left(self.name_starts, end)
        return [(mention, entity) for _, _, entity, mention in self.names[first:last]]

    def names_inside(self, start: int, end: int) -> bool:
        return any(start <= m.start and m.end <= end for m, _ in self.names_between(start, end))

    def descriptions_between(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        return [(m, e) for m, e in self.descriptions if start <= m.start < end]

    # -- naming descriptions once the whole document is read ----------------------------------
    def name_descriptions(self, kept: list[Found]) -> list[Found]:
        """« « … », a indiqué l'avocat du prévenu. … Me Hugo Perrin a plaidé » : a nameless person
        description that speaks is the one named person of the document holding that role."""
        speakers = {id(f.candidate.entity): f.candidate.entity for f in kept if f.candidate is not None}
        named = {
            id(d): n
            for d in speakers.values()
            if (n := named_holder(d, self.entities) or self._named_in_next_quote(d, kept)) is not None
        }
        result = []
        for found in kept:
            candidate = found.candidate
            person = named.get(id(candidate.entity)) if candidate is not None else None
            if candidate is None or person is None:
                result.append(found)
                continue
            moved = candidate.but(
                entity=person, via=(*candidate.via, "document"), confidence=candidate.confidence * 0.9
            )
            result.append(dataclasses.replace(found, candidate=moved))
        for description in speakers.values():
            person = named.get(id(description))
            if person is not None:
                person.mentions.extend(
                    m for m in description.mentions if not any(m is k for k in person.mentions)
                )
        return result

    def _named_in_next_quote(self, description: Entity, kept: list[Found]) -> Entity | None:
        """« Le maire de Beaurivage a rendu hommage à X. « … », a dit Gaston B. », « Le ministre de
        l'Intérieur a fait savoir que … Xavier D. se félicite … » : a definite role description in the
        article's opening sentences is the person named next, for the first time and with no role of
        their own, as a subject or a speaker within the next sentences."""
        if description.tokens or description.kind != "person" or not description.mentions:
            return None
        first = description.mentions[0]
        words = normalize(first.text).replace("'", "' ").split()
        if not first.role or not words or words[0] not in {"le", "la", "l'"}:
            return None
        if first.sentence > OPENING_SENTENCES:
            return None
        speaking = {
            (id(f.candidate.entity), f.candidate.mention.start) for f in kept if f.candidate is not None
        }
        last = self.sentence(min(first.sentence + NEXT_SPEAKER_SENTENCES, len(self.document.sentences) - 1))
        for mention, person in self.names_between(first.end, last.end):
            if person.kind != "person" or self.inside_quote(mention.start, mention.end):
                continue
            if mention.sentence == first.sentence or not (
                mention.subject or (id(person), mention.start) in speaking
            ):
                continue  # « … a rendu hommage à Raymond L. » : not the one the description is
            if (
                person.roles
                or any(m.start < mention.start for m in person.mentions)
                or (description.gender and person.gender and description.gender != person.gender)
            ):
                return None
            return person
        return None

    def same_sources(self, kept: list[Found]) -> list[Found]:
        """« …, selon la préfecture. … , selon la même source. » : « la même source » is the speaker of
        the report before it (kept in text order)."""
        result: list[Found] = []
        for found in kept:
            candidate = found.candidate
            previous = next((f.candidate for f in reversed(result) if f.candidate is not None), None)
            if candidate is not None and previous is not None and _same_source(candidate.mention.text):
                moved = candidate.but(
                    entity=previous.entity,
                    via=(*candidate.via, "same source"),
                    confidence=candidate.confidence * 0.9,
                )
                found = dataclasses.replace(found, candidate=moved)
            result.append(found)
        return result

    # -- committing the engine's choices ------------------------------------------------------
    def commit(self, candidate: Candidate) -> None:
        """Record the description mentions a chosen candidate found (the only state sieves may change)."""
        for attachment in candidate.attachments:
            entity = attachment.entity
            if not any(known is entity for known in self.entities):
                entity.id = f"s{len(self.entities) + 1}"
                self.entities.append(entity)
            if not any(known is attachment.mention for known in entity.mentions):
                entity.mentions.append(attachment.mention)
                self.descriptions.append((attachment.mention, entity))
            if entity.kind == "person" and attachment.gender:
                entity.gender = entity.gender or attachment.gender


def _in_marks(quotes: list[QuoteSpan], mention: Mention) -> bool:
    """The name is all that a pair of quotation marks holds."""
    return any(
        q.start <= mention.start
        and mention.end <= q.end
        and (q.end - q.start) - (mention.end - mention.start) <= 2
        for q in quotes
    )


def _same_source(text: str) -> bool:
    """« la même source », « de même source », « cette même source »."""
    words = normalize(text).split()
    return words[-2:] == ["même", "source"]


def _completes_a_noun(sentence: Sentence, mention: Mention) -> bool:
    """The name is the « de » complement of a noun in an embedded clause: « … que l'ADN de Dylan M.
    avait été retrouvé »."""
    head = mention_head(sentence, mention)
    if head is None or head.base_deprel != "nmod":
        return False
    if not any(
        c.base_deprel == "case" and normalize(c.text) in {"de", "du", "des", "d'"}
        for c in sentence.children(head)
    ):
        return False
    clause = next((a for a in sentence.ancestors(head) if a.upos in {"VERB", "AUX"}), None)
    return clause is not None and clause.base_deprel in {"ccomp", "acl:relcl", "advcl", "csubj"}


def mention_head(sentence: Sentence, mention: Mention) -> Word | None:
    """The word of a mention whose head lies outside it."""
    words = sentence.tokens_between(mention.start, mention.end)
    return next(
        (w for w in words if not mention.start <= (sentence.head_of(w) or w).start < mention.end), None
    )
