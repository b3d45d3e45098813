"""Where « selon X » stands says what it reports: the content of an according-to frame (at the head
of its sentence, at its end, inside a clause, closing one, in a relative clause after a document)."""

from __future__ import annotations

from service.attribution import lexicon
from service.attribution.candidates import Candidate
from service.attribution.context import Context
from service.attribution.entities import normalize
from service.nlp.document import Sentence, Word

# Sentence openers that leave « selon X, » at the head of its sentence: « Ainsi, selon X, … ».
CONNECTIVES = frozenset(
    {
        "ainsi",
        "mais",
        "or",
        "et",
        "donc",
        "en effet",
        "d'ailleurs",
        "par ailleurs",
        "toutefois",
        "toujours",
        "enfin",
        "pourtant",
        "cependant",
        "néanmoins",
        "en outre",
        "de plus",
    }
)


def content_of_source(context: Context, sentence: Sentence, candidate: Candidate) -> tuple[int, int] | None:
    """Where « selon X » stands says what it reports: what follows it at the head of the sentence,
    what precedes it at the end, the clause it modifies elsewhere."""
    text = context.document.text
    cue_start = candidate.cue[0] if candidate.cue else sentence.start
    body = text[sentence.start : sentence.end]
    offset = cue_start - sentence.start
    # « selon l'Observatoire des risques sismiques, volcaniques et côtiers (ORSVC), … » : a comma
    # inside the source's name is not the one that ends the phrase
    source_end = candidate.mention.end - sentence.start if candidate.mention.start >= cue_start else offset
    comma_after = body.find(",", max(offset, source_end))
    comma_before = body.rfind(",", 0, offset)
    before = body[:offset].strip(" ,\u00a0")
    # (Ainsi,) selon X, content. — also after a colon or semicolon, which opens a clause of its own
    if offset == 0 or normalize(before) in CONNECTIVES or before.endswith((":", ";")):
        if comma_after < 0:
            return None
        start = _past_apposition(context, sentence, sentence.start + comma_after + 1, candidate)
        return start, _before_quoted_colon(context, sentence, start)
    cue_word = candidate.cue[2] if candidate.cue else "selon"
    after_cue = sentence.tokens_after(cue_start, 2)
    relative = normalize(after_cue[1].text) if len(after_cue) == 2 else ""
    if relative in RELATIVE_SOURCES or (relative == "qui" and text[cue_start - 2 : cue_start].strip() == ","):
        # « un communiqué selon lequel … », « …, le géologue X, pour qui … » : the relative clause,
        # up to its end
        start = after_cue[1].end
        return start, first_comma(context, sentence, start, sentence.end)
    if cue_word == "pour":
        return None  # « pour X » names a source only at the head of its sentence
    phrase_end = sentence.start + comma_after if comma_after > 0 else sentence.end
    # « …, comme l'a rappelé | le préfet. » : the source stands after the verb
    source_start = candidate.mention.start if cue_word == "comme" else cue_start
    if comma_before >= 0 and _adjoins(body[comma_before + 1 : offset]):
        if _closes_sentence(context, sentence, source_start, phrase_end):  # content, selon X(, who X is).
            return sentence.start, sentence.start + comma_before
        if comma_after > 0:  # …, selon X, … : the clause the phrase sits in
            return _clause_around(context, sentence, candidate, (cue_start, phrase_end))
        return None
    # « il s'agit des disparus selon le parquet, … » : the phrase closes the clause before it
    if (
        cue_word == "comme"
        or candidate.entity.kind == "unknown"
        or not _only_source(sentence, cue_start, phrase_end)
        or not _closes_clause(context, sentence, phrase_end)
    ):
        return None
    clause = _modified_clause(sentence, cue_start)
    if clause is None or not any(finite(w) for w in sentence.tokens if clause[0] <= w.start < cue_start):
        return None
    return clause[0], cue_start


# « selon lequel / laquelle / lesquels / lesquelles » (« selon qui » stays with the clause around it)
RELATIVE_SOURCES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})


def _adjoins(between: str) -> bool:
    """« …, selon X » or « …, toujours selon X » : the comma sets the phrase off (not « …, au point
    que selon X »)."""
    words = between.split()
    return len(words) <= 1 and not any(normalize(w) in lexicon.QUE_FORMS for w in words)


def _closes_sentence(context: Context, sentence: Sentence, cue_start: int, phrase_end: int) -> bool:
    """Nothing but the source, and who the source is, follows the cue, up to a real sentence end
    (the tokenizer may cut a sentence before its end)."""
    # « …, selon une source proche du dossier, qui évoque … » : a relative clause on the source says
    # who the source is and what else it said, not more of the content
    after = _outside_relatives(sentence, sentence.tokens_after(cue_start, 60))[: WINDOW_AFTER_SOURCE + 1]
    if len(after) > WINDOW_AFTER_SOURCE or any(finite(w) for w in after):
        return False
    if not _only_source(sentence, cue_start, phrase_end):
        return False
    description = [w for w in after if w.start > phrase_end and w.upos != "PUNCT"]
    return (not description or _describes_someone(description)) and _closes_clause(
        context, sentence, sentence.end
    )


def _only_source(sentence: Sentence, cue_start: int, phrase_end: int) -> bool:
    """« selon une étude publiée mercredi » alone, not « selon X et 2,8 millions d'après Y »."""
    phrase = [w for w in sentence.tokens_after(cue_start, 20) if w.start < phrase_end][1:]
    if phrase and normalize(phrase[0].text) == "après":
        phrase = phrase[1:]  # the cue's own second word: « d' | après »
    phrase = _outside_relatives(sentence, phrase)
    return not any(
        finite(w)
        or normalize(w.text) in {"selon", "après"}
        or (w.upos == "CCONJ" and not _joins_complements(phrase, k))
        for k, w in enumerate(phrase)
    )


def _joins_complements(phrase: list[Word], k: int) -> bool:
    """« l'Institut national de la santé et de la recherche médicale » : « et » between two « de »
    complements of one name joins them, « publié par le service Copernicus et l'Organisation
    météorologique mondiale » two authors; it starts no second source (« selon X et 2,8 millions
    d'après Y » does)."""
    if k + 1 >= len(phrase):
        return False
    following = phrase[k + 1]
    if normalize(following.text) in {"de", "du", "des", "d'"}:
        return True
    name = phrase[k + 2] if following.upos == "DET" and k + 2 < len(phrase) else following
    return name.text[:1].isupper() and name.upos in {"PROPN", "NOUN"}


def _outside_relatives(sentence: Sentence, words: list[Word]) -> list[Word]:
    """The words not in a relative clause on the source: « selon un négociateur qui a requis
    l'anonymat » says who the source is, not more content."""
    relative = {r.index for w in words if w.deprel == "acl:relcl" for r in sentence.subtree(w)}
    return [w for w in words if w.index not in relative]


PUBLISHED_PARTICIPLES = frozenset(
    {"publier", "paraître", "réaliser", "mener", "diffuser", "rendre", "commander"}
)


def _describes_someone(words: list[Word]) -> bool:
    """« …, de Corcelles, membre du bureau », « …, le porte-parole du parti », « …, Paul Roy » : an
    apposition that says who the source is, not more of the content (« …, lucides et constructifs »)."""
    first = words[0]
    second = words[1] if len(words) > 1 else None
    if first.upos == "PROPN":
        return True
    # « …, selon le rapport « … », publié mercredi par l'OMM » : where and by whom the source came out
    if normalize(first.lemma or first.text) in PUBLISHED_PARTICIPLES and any(
        normalize(w.text) == "par" for w in words[1:8]
    ):
        return True
    if normalize(first.text) in lexicon.role_nouns():  # « membre du bureau », not « patients et discrets »
        return first.feat("Number") != "Plur" and not any(w.upos == "CCONJ" for w in words[1:3])
    if normalize(first.text) in {"de", "d'", "du"} and second is not None:
        return second.text[:1].isupper()
    return (
        first.upos == "DET"
        and second is not None
        and (normalize(second.text) in lexicon.role_nouns() or second.text[:1].isupper())
    )


def _closes_clause(context: Context, sentence: Sentence, offset: int) -> bool:
    """The offset is a comma, or the end of a sentence that ends its paragraph or with a full stop."""
    text = context.document.text
    if offset < sentence.end:
        return text[offset : offset + 1] == ","
    last = text[sentence.start : sentence.end].rstrip()
    following = text[sentence.end : sentence.end + 3].lstrip(" \u00a0")
    return last.endswith((".", "!", "?", "…")) or not following or following.startswith("\n")


# How many words may follow « selon » at the end of a sentence: the source and who the source is.
WINDOW_AFTER_SOURCE = 40


def finite(word: Word) -> bool:
    return word.upos in {"VERB", "AUX"} and (
        word.feat("Mood") in {"Ind", "Cnd", "Sub", "Imp"} or word.feat("VerbForm") == "Fin"
    )


def _clause_around(
    context: Context, sentence: Sentence, candidate: Candidate, phrase: tuple[int, int]
) -> tuple[int, int] | None:
    """« alors qu'il lui fallait, selon elle, choisir … » : the clause with the phrase inside; when
    the source's own words lie inside it (« à se montrer, selon le ministre, lucides »), the longer
    side of the phrase."""
    clause = _modified_clause(sentence, phrase[0])
    if clause is None:
        return None
    start, end = clause
    if not start < phrase[0] or not phrase[1] < end:
        return None
    mention = candidate.mention
    if start <= mention.start < end:
        before, after = (start, phrase[0]), (phrase[1] + 1, end)
        return max(before, after, key=lambda side: len(context.document.text[side[0] : side[1]].split()))
    return start, end


def _modified_clause(sentence: Sentence, cue_start: int) -> tuple[int, int] | None:
    """The clause « selon X » modifies: the subtree of the nearest finite verb above it (else the
    nearest verb), without its conjunction or subordinator."""
    cue = next((w for w in sentence.words if w.start == cue_start), None)
    if cue is None:
        return None
    verbs = [w for w in sentence.ancestors(cue) if w.upos in {"VERB", "AUX"}]
    predicate = next((w for w in verbs if finite(w)), verbs[0] if verbs else None)
    if predicate is None:
        return None
    members = sentence.subtree(predicate)
    while members and (members[0].upos == "PUNCT" or members[0].base_deprel in {"cc", "mark", "fixed"}):
        members = members[1:]
    while members and members[-1].upos == "PUNCT":
        members = members[:-1]
    return (members[0].start, members[-1].end) if members else None


# Prepositions opening a phrase set off after a source that says what it does or where it stands.
ROLE_PREPOSITIONS = frozenset({"à", "au", "aux", "en"})


def _past_apposition(context: Context, sentence: Sentence, start: int, source: Candidate) -> int:
    """« Pour X, le fondateur de Y, content », « Selon X, directeur de Y, content », « Selon le
    procureur, Paul Roy, content » : who the source is, set off after it, is not content."""
    tokens = sentence.tokens_after(start, 16)
    if len(tokens) < 2:
        return start
    first, second = normalize(tokens[0].text), normalize(tokens[1].text)
    if first == "qui":
        # « D'après un négociateur, qui a requis l'anonymat, … » : a relative clause on the source
        closing = next(
            (w for w in tokens[1:] if w.text == "," and not context.inside_quote(w.start, w.end)), None
        )
        return closing.end if closing is not None else start
    role = (tokens[0].upos == "DET" and second in lexicon.role_nouns()) or (
        first in lexicon.role_nouns() and tokens[0].feat("Number") != "Plur"
    )
    # « Selon les auteurs de l'étude, publiée dans The Lancet, … » : a participle describing the source
    role = role or (tokens[0].feat("VerbForm") == "Part" and tokens[0].feat("Tense") == "Past")
    # « Selon des documents obtenus par La Presse, dont une version du rapport, … » : what the source holds
    role = role or first == "dont"
    # « Pour la FDSEA, à l'origine de la mobilisation, … », « Selon X, à la tête du syndicat depuis
    # 2019, … » : a prepositional phrase saying what the source does
    role = role or (first in ROLE_PREPOSITIONS and tokens[1].upos in {"DET", "NOUN"})
    # the source's own name (« le procureur, Paul Roy, », « le médecin, le Dr Roy, ») : not another
    # person's (« la police, Paul Roy, 45 ans, »)
    named = [tokens[0]]
    for word, following in zip(tokens[:2], tokens[1:3], strict=False):
        if word.upos != "DET" and word.text not in lexicon.honorifics():
            break
        named.append(following)
    described = source.mention.role in lexicon.role_nouns()  # « selon le médecin, le Dr Roy, »
    name = any(_names(context, word, source.entity, described) for word in named)
    if not (role or name):
        return start
    for word in tokens[1:]:
        if word.text == "," and not context.inside_quote(word.start, word.end):
            return word.end
        if finite(word):
            return start
    return start


def _names(context: Context, word: Word, entity, any_person: bool) -> bool:
    """Whether `word` starts a mention of `entity` (recorded, or a name the passage gives), or of
    any person when the source is a person's role."""
    if any(m.start == word.start for m in entity.mentions):
        return True
    found = context.entity_at(word.start, word.end)
    if found is None or found[1].start != word.start:
        return False
    return found[0].id == entity.id or (any_person and found[0].kind == "person")


def _before_quoted_colon(context: Context, sentence: Sentence, start: int) -> int:
    """« Selon X, content : « … » » : the colon that opens a quotation ends the reported clause."""
    text = context.document.text
    for word in sentence.tokens_after(start, 200):
        if word.text == ":" and text[word.end : word.end + 3].lstrip(" \u00a0")[:1] in QUOTE_OPENERS:
            return word.start
    return sentence.end


QUOTE_OPENERS = frozenset('«“"‘')


def first_comma(context: Context, sentence: Sentence, start: int, end: int) -> int:
    """The first comma of the span outside quotation marks (the main clause follows it)."""
    for word in sentence.tokens_after(start, 200):
        if word.start >= end:
            break
        if word.text == "," and not context.inside_quote(word.start, word.end):
            return word.start
    return end
