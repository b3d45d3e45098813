"""« selon X », « d'après X », « pour X, »: the source named in the quotation's sentence."""

from __future__ import annotations

import re

from service.attribution import coref, lexicon, linking
from service.attribution.candidates import Candidate, with_cue
from service.attribution.context import Context
from service.attribution.cues import read_incise
from service.attribution.entities import normalize
from service.attribution.quotes import QuoteSpan
from service.attribution.sieves.common import WINDOW, following_speaker, speaker_of_incise
from service.attribution.sieves.registry import QUOTE, confidence, sieve
from service.nlp.document import Sentence, Word


@sieve(
    "according_to",
    QUOTE,
    0.85,
    "Selon le maire, la route sera « rouverte lundi ». / Pour la CGT, « … »",
    speaker_slot=True,
)
def according_to(context: Context, quote: QuoteSpan) -> Candidate | None:
    pairs = context.words_between(quote.start, quote.end)
    sentence = pairs[0][0] if pairs else context.sentence_at(quote.open_at)
    # the words around the quotation (a bounded window), not the whole of a run-on sentence
    near = sentence.tokens_before(quote.open_at, WINDOW) + sentence.tokens_after(quote.outer_end, WINDOW)
    return according_to_in(context, sentence, "according_to", exclude=(quote.start, quote.end), words=near)


def according_to_in(
    context: Context,
    sentence: Sentence,
    rule: str,
    exclude: tuple[int, int],
    words: tuple[Word, ...] | None = None,
) -> Candidate | None:
    """The first « selon X » / « d'après X » / « Pour X, » in `words` (the sentence by default)."""
    words = sentence.tokens if words is None else words
    rule_confidence = confidence("according_to")
    for i, word in enumerate(words):
        if exclude[0] <= word.start < exclude[1]:
            continue
        low = normalize(word.text)
        rest = words[i + 1 :]
        if low == "d'" and rest and normalize(rest[0].text) == "après":
            low, rest = "d'après", rest[1:]
        framed = _source_frame(context, words, i)
        if framed is not None:  # « de l'aveu de X », « aux dires de X », « à en croire X »
            low, rest = "selon", framed
        eyes = _through_their_eyes(context, words, i, rule, rule_confidence)
        if eyes is not None:  # « À ses yeux, … »
            return with_cue(eyes, word.start, word.end, "selon")
        if low == "comme" and (i == 0 or words[i - 1].text in OPENING_PUNCTUATION):
            said = _as_said_by(context, sentence, rest, rule, rule_confidence)
            if said is not None:  # « Comme l'a rappelé le préfet, … »
                return with_cue(said, word.start, word.end, "comme")
            continue
        is_pour = (
            low == "pour"
            and (i == 0 or words[i - 1].text in {",", "«", ":", ";"})
            and (_comma_follows(words, i) or _relative_follows(words, i))
        )
        if low not in lexicon.ACCORDING_TO and not is_pour:
            continue
        if rest and normalize(rest[0].text) in NEWSROOM_POSSESSIVES:
            continue  # « selon nos informations » : the newspaper's own reporting, not a source's words
        if _depending_on(rest):
            continue  # « selon les cas », « selon la météo » : « depending on », no source
        stressed = lexicon.STRESSED_PRONOUNS.get(normalize(rest[0].text)) if rest else None
        if stressed is not None:  # « selon lui », « d'après elle »
            candidate = coref.resolve_pronoun(context, rest[0].start, stressed, rule, rule_confidence)
        elif rest and normalize(rest[0].text) in RELATIVES:
            candidate = _antecedent_before(context, sentence, words[:i], rule, rule_confidence)
        else:
            # « selon le rapport de la Cour des comptes » : the Cour (a person or an organisation; « une
            # étude de la revue X » stays the study), else the document itself
            source, by_agent = _past_source_noun(rest)
            author = following_speaker(context, sentence, source, rule, rule_confidence)
            if author is not None and (
                # « selon les bilans fournis par les deux capitales » : whoever gave the figures speaks
                (
                    author.entity.kind == "unknown"
                    and author.mention.kind != "name"
                    and (not by_agent or author.entity.tokens)
                )
                or (author.mention.role or "") in lexicon.MEDIA_NOUNS
            ):
                author = None
            candidate = author or following_speaker(context, sentence, rest[:8], rule, rule_confidence)
            if candidate is not None:
                candidate = _author_of_document(context, sentence, rest, rule, rule_confidence) or candidate
        if candidate is None:
            continue
        # « selon une étude » is a source too; « pour » only introduces people and organisations
        if not is_pour or candidate.entity.kind != "unknown" or candidate.mention.kind == "name":
            return with_cue(candidate, word.start, word.end, "pour" if is_pour else "selon")
    return None


# Phrases that name a source like « selon » does, at the head of a sentence or after a comma: « de l'aveu
# (même) de X », « aux dires de X », « au dire de X », « de l'avis de X », « aux yeux de X », « à en
# croire X ».
SOURCE_FRAMES = re.compile(
    r"(?:(?:de\s+l['’]aveu(?:\s+même)?|aux\s+dires|au\s+dire|de\s+l['’]avis|aux\s+yeux)\s+(?:de\s|d['’]|du\s|des\s)"
    r"|à\s+en\s+croire\s)",
    re.IGNORECASE,
)
OPENING_PUNCTUATION = frozenset({",", "«", ":", ";", "("})


def _source_frame(context: Context, words: tuple[Word, ...], i: int) -> tuple[Word, ...] | None:
    """The words after a source phrase that starts at words[i] (« de l'aveu de | Paul Roy »)."""
    if i > 0 and words[i - 1].text not in OPENING_PUNCTUATION:
        return None
    word = words[i]
    found = SOURCE_FRAMES.match(context.document.text, word.start, word.start + 40)
    if found is None:
        return None
    return tuple(w for w in words[i + 1 :] if w.start >= found.end())


# « À ses yeux, … », « À leurs yeux, … » : the possessor's view (its number).
THEIR_EYES = re.compile(r"à\s+(ses|leurs)\s+yeux\s*,", re.IGNORECASE)


def _through_their_eyes(
    context: Context, words: tuple[Word, ...], i: int, rule: str, rule_confidence: float
) -> Candidate | None:
    """« À ses yeux, la réforme est nécessaire » : the person « ses » stands for, like « selon lui »."""
    if i > 0 and words[i - 1].text not in OPENING_PUNCTUATION:
        return None
    found = THEIR_EYES.match(context.document.text, words[i].start, words[i].start + 20)
    if found is None:
        return None
    number = "s" if found.group(1).lower() == "ses" else "p"
    candidate = coref.resolve_pronoun(context, words[i].start, (None, number), rule, rule_confidence)
    return candidate if candidate is not None and candidate.entity.kind != "unknown" else None


def _as_said_by(
    context: Context, sentence: Sentence, rest: tuple[Word, ...], rule: str, rule_confidence: float
) -> Candidate | None:
    """« Comme l'a rappelé le préfet, … », « comme le souligne la Cour des comptes » : the inverted
    subject of the speech verb after « comme » is the source, when it is a person or an organisation."""
    incise = read_incise(rest[:AS_SAID_REACH], relaxed=False)
    if incise is None or incise.impersonal:
        return None
    candidate = speaker_of_incise(context, sentence, incise, rule, rule_confidence)
    if candidate is None or (candidate.entity.kind == "unknown" and candidate.mention.kind != "name"):
        return None
    return candidate


# « comme l'a | déjà | souligné » : how far the speech verb may stand after « comme ».
AS_SAID_REACH = 6


NEWSROOM_POSSESSIVES = frozenset({"nos", "notre"})


def _depending_on(rest: tuple[Word, ...]) -> bool:
    """« selon les cas », « selon toute vraisemblance », « selon leur âge » (a determiner, then the noun)."""
    for word in rest[:3]:
        if normalize(word.text) in lexicon.depending_on_nouns():
            return True
        if word.upos not in {"DET", "ADJ"}:
            return False
    return False


# « selon qui », « d'après lesquels » : the source is the noun the relative clause hangs on.
RELATIVES = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})


def _antecedent_before(
    context: Context, sentence: Sentence, before: tuple[Word, ...], rule: str, rule_confidence: float
) -> Candidate | None:
    """« La ministre Claire Dumas, selon qui … » : the name or noun right before the comma."""
    words = [w for w in before if w.text not in {",", "("}]
    named = context.entity_at(words[-1].start, words[-1].end) if words else None
    if named is not None and named[1].kind == "name" and named[0].kind != "unknown":
        return Candidate(named[0], named[1], rule, rule_confidence)  # whatever the tagger made of it
    if not words or words[-1].upos not in {"PROPN", "NOUN"}:
        return None
    head = words[-1]
    # « une source proche du dossier, selon laquelle » : up from « dossier » to the phrase's head
    while (
        head.base_deprel in {"flat", "amod", "nmod", "obl"}
        and (above := sentence.head_of(head)) is not None
        and above.index < head.index
        and above.upos in {"NOUN", "PROPN", "ADJ"}
    ):
        head = above
    # « Le ministère a publié un communiqué selon lequel … » : the document speaks for its author
    if normalize(head.lemma or head.text) in lexicon.SOURCE_NOUNS:
        author = _introducing_author(context, sentence, head, rule, rule_confidence)
        if author is not None:
            return author
    return linking.speaker_from_word(context, sentence, head, rule, rule_confidence)


# How far back a document named again (« selon le rapport ») may have been introduced with its author.
DOCUMENT_REACH = 4


def _author_of_document(
    context: Context, sentence: Sentence, rest: tuple[Word, ...], rule: str, rule_confidence: float
) -> Candidate | None:
    """« Dans un rapport publié mardi, la BAD a estimé … Selon le rapport, … » : a document named
    again with a definite article speaks for the author it was introduced with (the subject of the
    clause it first appeared in, or its « de X »)."""
    if len(rest) < 2 or normalize(rest[0].text) not in lexicon.DEFINITE_DETERMINERS:
        return None
    noun = rest[1]
    lemma = normalize(noun.lemma or noun.text)
    if lemma not in lexicon.DOCUMENT_NOUNS or (
        len(rest) > 2 and normalize(rest[2].text) in {"de", "du", "des", "d'"}
    ):
        return None
    here = context.sentence_index(sentence.start)
    for index in range(here - 1, max(-1, here - 1 - DOCUMENT_REACH), -1):
        earlier = context.sentence(index)
        for word in earlier.words:
            if word.upos == "NOUN" and normalize(word.lemma or word.text) == lemma:
                author = _introducing_author(context, earlier, word, rule, rule_confidence)
                if author is not None:
                    return author
    return None


def _introducing_author(
    context: Context, sentence: Sentence, document: Word, rule: str, rule_confidence: float
) -> Candidate | None:
    """The author a document noun is introduced with: « un rapport de la Cour », « Dans un rapport,
    la BAD a estimé », « la police a diffusé un bilan »."""
    for child in sentence.children(document):
        cases = [normalize(c.text) for c in sentence.children(child) if c.base_deprel == "case"]
        if child.base_deprel == "nmod" and cases[:1] in (["de"], ["du"], ["des"], ["d'"]):
            return _known_speaker(linking.speaker_from_word(context, sentence, child, rule, rule_confidence))
    head = sentence.head_of(document)
    if head is None or head.upos not in {"VERB", "AUX"}:
        return None
    published = document.base_deprel == "obj" and normalize(head.lemma or "") in PUBLISHING_VERBS
    if document.base_deprel != "obl" and not published:
        return None
    for child in sentence.children(head):
        if child.base_deprel == "nsubj":
            return _known_speaker(linking.speaker_from_word(context, sentence, child, rule, rule_confidence))
    return None


# « a publié / diffusé / rendu public un rapport » : the subject is the document's author (not « a reçu »).
PUBLISHING_VERBS = frozenset(
    {"publier", "diffuser", "dévoiler", "rendre", "présenter", "rédiger", "signer", "émettre", "adresser"}
)


def _known_speaker(candidate: Candidate | None) -> Candidate | None:
    """A person or an organisation, not another thing."""
    return candidate if candidate is not None and candidate.entity.kind != "unknown" else None


# What a source said or published: its words, figures or documents.
SOURCED_NOUNS = lexicon.SOURCE_NOUNS | lexicon.DOCUMENT_NOUNS


def _past_source_noun(rest: tuple[Word, ...]) -> tuple[tuple[Word, ...], bool]:
    """« selon le témoignage de X », « selon les chiffres du ministère », « selon un rapport de la
    Cour des comptes » : the source is whoever the words, figures or document are from; and whether
    a participle and « par » named it (« les résultats publiés par X »)."""
    for k, word in enumerate(rest[:3]):
        if normalize(word.lemma or word.text) in SOURCED_NOUNS or normalize(word.text) in SOURCED_NOUNS:
            # « selon le bilan annuel du réseau », « des résultats quasi définitifs publiés par » : the
            # noun's adjectives stand between it and its author
            while k + 1 < len(rest) and _modifier(rest[k + 1]) and not _participle(rest[k + 1]):
                k += 1
            following = rest[k + 1 : k + 3]
            if following and normalize(following[0].text) in {"de", "du", "des", "d'"}:
                return rest[k + 2 : k + 10], False
            by = _published_by(rest[k + 1 : k + 8])
            return (rest[k + 1 + by : k + 9 + by], True) if by else (rest[:8], False)
        # « selon un dernier bilan … », « selon des chiffres … » (the article shares a token with « de »)
        if word.upos not in {"DET", "ADJ"} and not (k == 0 and normalize(word.text) in {"de", "des"}):
            break
    return rest[:8], False


def _published_by(words: tuple[Word, ...]) -> int:
    """« (un bilan) communiqué lundi soir par | le ministère », « (un rapport) publié par | l'ONG » :
    how many words to skip to the document's author; 0 when no participle and « par » follow."""
    if not words or not _participle(words[0]):
        return 0
    for k, word in enumerate(words[1:], start=1):
        if normalize(word.text) == "par":
            return k + 1
        if word.upos in {"PUNCT", "VERB", "AUX", "SCONJ", "CCONJ"}:
            return 0
    return 0


def _modifier(word: Word) -> bool:
    # « des résultats quasi définitifs » : the tagger may take « quasi » for a preposition
    return (
        word.upos in {"ADJ", "ADV"}
        or word.base_deprel in {"amod", "advmod"}
        or normalize(word.text) == "quasi"
    )


def _participle(word: Word) -> bool:
    return word.upos in {"VERB", "ADJ"} and normalize(word.text).endswith(("é", "ée", "és", "ées", "u", "ue"))


def _relative_follows(words: tuple[Word, ...], i: int) -> bool:
    """« …, le géologue Marc P., pour qui la crue durera » : the view of the person just named."""
    return i > 0 and words[i - 1].text == "," and i + 1 < len(words) and normalize(words[i + 1].text) == "qui"


def _comma_follows(words: tuple[Word, ...], i: int) -> bool:
    """« Pour l'Association suisse des locataires (ASLOCA), … » : a short phrase, then a comma; « Pour
    un analyste qui a requis l'anonymat, … » : its relative clause may hold a verb."""
    depth = 0
    relative = False
    for word in words[i + 1 : i + 16]:
        depth += {"(": 1, ")": -1}.get(word.text, 0)
        if word.text == "," and depth == 0:
            return True
        relative = relative or normalize(word.text) in {"qui", "dont"}
        if word.upos == "VERB" and depth == 0 and not relative:
            return False
    return False


# How many words the source after a quotation may span (« selon Me Aminata Sow, avocate du parti »).
SOURCE_AFTER_WORDS = 12


@sieve(
    "according_to_after",
    QUOTE,
    0.85,
    "Le Conseil rejette le recours, « un déni de justice » selon Me Sow (« selon X » right after the "
    "closing mark names the source, whatever verb governs the sentence)",
    speaker_slot=True,
)
def according_to_after(context: Context, quote: QuoteSpan) -> Candidate | None:
    if not quote.closed:
        return None
    sentence = context.sentence_at(quote.open_at)
    after = sentence.tokens_after(quote.outer_end, SOURCE_AFTER_WORDS)
    if after and after[0].text == ",":
        after = after[1:]
    if not after:
        return None
    first = normalize(after[0].text)
    if first not in lexicon.ACCORDING_TO and not (
        first == "d'" and len(after) > 1 and normalize(after[1].text) == "après"
    ):
        return None
    return according_to_in(
        context, sentence, "according_to_after", exclude=(quote.start, quote.end), words=after
    )
