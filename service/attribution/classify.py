"""Which quotation marks hold speech, and whether a quotation is direct or partial."""

from __future__ import annotations

import re

from service.attribution import lexicon
from service.attribution.candidates import Found
from service.attribution.context import Context
from service.attribution.cues import speech_lemma
from service.attribution.entities import normalize
from service.attribution.quotes import INNER_SPACES, QuoteSpan

DIRECT_OPENERS = frozenset(":.!?…—–")
WORD = re.compile(r"[\w’'-]+")
# A quote shorter than this, with no speaker, is a term or a title more often than speech.
MIN_UNATTRIBUTED_WORDS = 4
MIN_PARTIAL_WORDS = 2
# Rules whose cue attributes the whole sentence or clause (« …, a-t-il dit », « selon X », « X juge
# que … »): a short fragment quoted inside it is the speaker's word, not the journalist's term.
SENTENCE_CUE_RULES = frozenset(
    {
        "postposed_cue",
        "sentence_incise",
        "according_to",
        "according_to_after",
        "headline_for",
        "incise_inside",
        "que_before",
    }
)
# Rules whose verb takes the quotation into its clause (« a dénoncé une « gabegie » ») or is the
# quotation itself (« Hoarau « souhaite » que … »).
GOVERNING_RULES = frozenset({"governing_verb", "qualifying_verb", "quoted_verb"})
# How far below its verb a governed fragment may hang and still be speech, not a term.
GOVERNED_DEPTH = 2
# Participles that give a name, lowercase or not (« la réforme dite « des retraites » »); « dit »
# alone also reports speech (« a dit « non » », « se dit « confiant » »).
NAMING_PARTICIPLES = frozenset(
    f"{stem}{ending}"
    for stem in ("surnommé", "baptisé", "intitulé", "dénommé")
    for ending in ("", "e", "s", "es")
) | {"dite", "dites", "dits"}
# Words between a title cue and its title in guillemets: « le livre de … », « sous le nom de … ».
TITLE_GAP_WORDS = frozenset({"de", "du", "des", "le", "la", "les", "l", "d", "nom", "sous", "un", "une"})


def is_not_speech(context: Context, span: QuoteSpan) -> bool:
    text = context.document.text
    content = text[span.start : span.end]
    if not WORD.search(content):
        return True
    if _title_before(text, span.open_at, content) or in_navigation_line(text, span.open_at):
        return True
    if _titled_inside(content) or _named_by_verb(text, span.open_at):
        return True
    if _signature_line(context, span):
        return True
    if _subject_of_next_verb(context, span):
        return True
    # A stray « opening a paragraph of narration: never closed, and nobody speaks in it; but a quotation
    # that runs on into the next paragraph reopens it there with « and closes it only at its end.
    return (
        span.paragraph_initial
        and not span.closed
        and not _has_first_or_second_person(content)
        and span.mark != "—"
        and not _runs_on(context, span)
    )


def _runs_on(context: Context, span: QuoteSpan) -> bool:
    """The next paragraph opens with a mark that continues this quotation, and this one names no one
    (narration after a stray mark names the people and institutions it reports on)."""
    return not context.names_inside(span.start, span.end) and any(
        other.continues and other.paragraph == span.paragraph + 1 for other in context.quotes
    )


# Finite forms of the verbs that give a name (« que ses coéquipiers surnomment « le Chat » »).
NAMING_VERBS = frozenset(
    f"{stem}{ending}"
    for stem in ("surnomm", "baptis", "appel", "appell", "nomm", "dénomm")
    for ending in ("e", "ent", "ait", "aient", "ons", "ez")
)
NAMING_ARTICLES = frozenset({"le", "la", "les", "l", "un", "une", "d", "de"})
# The object a naming verb needs before it: « que … surnomment », « les commis la surnomment ».
NAMED_OBJECTS = frozenset({"que", "qu", "le", "la", "les", "l"})


def _named_by_verb(text: str, open_at: int) -> bool:
    """« le club, que ses supporters surnomment « les Canaris » », « ce que Manille appelle la « … » »,
    « le mécanisme, baptisé « … » » : the quotation is the name a verb gives, not speech."""
    before = re.split(r"[.!?;:»”]", text[max(0, open_at - 80) : open_at])[-1]
    words = [
        normalize(w).split("'")[-1] if not w.endswith("'") else normalize(w)[:-1]
        for w in WORD.findall(before)
    ]
    while words and words[-1] in NAMING_ARTICLES:
        words.pop()
    if not words:
        return False
    if words[-1] in NAMING_PARTICIPLES and words[-1] not in {"dite", "dites", "dits"}:
        return True
    return words[-1] in NAMING_VERBS and bool(set(words[-7:-1]) & NAMED_OBJECTS)


def _titled_inside(content: str) -> bool:
    """« loi Territoires 2030 », « opération Sentinelle » : marks around a title word and the name it
    gives."""
    words = content.split()
    return len(words) >= 2 and _is_title_cue(normalize(words[0])) and words[1][:1].isupper()


# Most words a quoted name that is the subject of the verb after it may have (« « Ventoux sonore »
# bat son record »); a longer quotation before a verb is speech with a missing comma.
NAME_SUBJECT_WORDS = 4


def _subject_of_next_verb(context: Context, span: QuoteSpan) -> bool:
    """« Bédoin : « Ventoux sonore » bat son record » : a short capitalised quotation that the next
    word, a finite verb (no incise, no comma), takes as its subject is a name, not speech."""
    text = context.document.text
    content = text[span.start : span.end]
    if not span.closed or not content[:1].isupper() or len(WORD.findall(content)) > NAME_SUBJECT_WORDS:
        return False
    if content.rstrip()[-1:] in ".!?…":
        return False
    sentence = context.sentence_at(span.outer_end - 1)
    following = sentence.tokens_after(span.outer_end, 3)
    if not following or not following[0].text[:1].islower():
        return False
    verb = following[0]
    if verb.upos == "AUX" and len(following) > 1 and following[1].upos == "VERB":
        verb = following[1]
    if verb.upos not in {"VERB", "AUX"} or verb.feat("VerbForm") not in {"Fin", "Part"}:
        return False
    # « « … » a-t-il dit » : an incise typed without its comma
    return speech_lemma(verb) is None and not any(w.text.startswith("-") for w in following[:3])


def _signature_line(context: Context, span: QuoteSpan) -> bool:
    """« … »⏎— Claire Dumas, porte-parole : a dash line that names who signed the quotation above."""
    if span.mark != "—":
        return False
    text = context.document.text
    before = text[: span.open_at].rstrip()
    named = context.entity_at(span.start, span.start + 1)
    return before.endswith(("»", "”", '"')) and named is not None and named[1].start == span.start


def in_navigation_line(text: str, offset: int) -> bool:
    """« Accueil | Politique | « Je reste », dit le maire | Sport » : site navigation pasted with the
    article, whose quotations are other articles' headlines."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)].count(" | ") >= 2


def _has_first_or_second_person(content: str) -> bool:
    words = {normalize(w) for w in WORD.findall(content)}
    words |= {w.split("'")[0] + "'" for w in words if "'" in w}
    return bool(words & lexicon.FIRST_SECOND_PERSON)


def _title_before(text: str, open_at: int, content: str) -> bool:
    """« le livre « Les Misérables » », « l'opération de promotion « Ma ville » », « le mot « trahison » »,
    « le fondateur de « Bio pour tous » ».

    Titles and names are capitalised; only words that introduce a term (« le mot », « la rubrique »)
    also take lowercase content: « un plan « improvisé » » is a judgement someone made, not a title.
    """
    if not content[:1].isupper() and not _term_word_before(text, open_at) and not _named_as(text, open_at):
        return False
    before = re.split(r"[.!?;:»”]", text[max(0, open_at - 80) : open_at])[-1]  # this sentence only
    words = [normalize(w).split("'")[-1] for w in WORD.findall(before)][-5:]
    if len(words) >= 2 and words[-1] in {"de", "du", "d"} and words[-2] in lexicon.role_nouns():
        return True  # a role's organisation: « le fondateur de « … » », « la présidente de « … » »
    if len(words) >= 3 and words[-2] in {"de", "d"} and _is_title_cue(words[-3]):
        return True  # « l'opération de promotion « … » » : the title word and one complement
    if content[:1].isupper() and words and words[-1] in PUBLISHING_FORMS:
        return True  # « Elle publie « La nuit nous répare » » : what one publishes is a work's title
    for word in reversed(words[-3:]):
        if _is_title_cue(word):
            return True
        if word not in TITLE_GAP_WORDS:
            return False
    return False


# Forms of the verbs whose object is a work (« publie « … » », « a sorti « … » », « réédite « … » »).
PUBLISHING_FORMS = frozenset(
    f"{stem}{ending}"
    for stem in ("publi", "réédit", "édit", "sort")
    for ending in ("e", "ent", "é", "ée", "és", "ées", "era", "ait", "ira", "i", "ie")
) - {"sorte"}


def _is_title_cue(word: str) -> bool:
    """A title word, also in the plural (« les opérations « … » »), or the kind of an organisation,
    whose name follows (« la coopérative « … » », « le collectif « … » »)."""
    cues = lexicon.title_cues() | lexicon.org_reprises()
    return word in cues or (word[-1:] in {"s", "x"} and word[:-1] in cues)


REFLEXIVE_STANCE = re.compile(
    r"\b(?:s['’]|se\s)(?:est|était|sont|étaient|sera|serait)?\s*dite?s?\s*$", re.IGNORECASE
)


def _named_as(text: str, open_at: int) -> bool:
    """« la réforme dite « des retraites » », « l'affaire dite des « sous-marins » » : a naming
    participle gives a name, whatever its case (« dit » alone is left out: « a dit « non » »)."""
    before = text[max(0, open_at - 30) : open_at]
    # « s'est dite « très préoccupée » » : a stance the speaker declares, no name given
    if REFLEXIVE_STANCE.search(before):
        return False
    words = [normalize(w).split("'")[-1] for w in WORD.findall(before)][-2:]
    return bool(words) and (
        words[-1] in NAMING_PARTICIPLES
        or (len(words) == 2 and words[-1] in {"de", "des", "du", "d"} and words[-2] in NAMING_PARTICIPLES)
    )


def _term_word_before(text: str, open_at: int) -> bool:
    words = [normalize(w).split("'")[-1] for w in WORD.findall(text[max(0, open_at - 40) : open_at])][-3:]
    return any(w in lexicon.TERM_WORDS for w in words)


def quote_kind(context: Context, span: QuoteSpan, earlier: list[Found]) -> str:
    """direct when the quotation stands as its own utterance, partial when woven into a sentence."""
    if span.mark == "—":
        return "direct"
    text = context.document.text
    position = span.open_at - 1
    while position >= 0 and text[position] in INNER_SPACES:
        position -= 1
    if position < 0 or text[position] in "\n\r" or text[position] in DIRECT_OPENERS:
        return "direct"
    before = WORD.findall(text[max(0, position - 12) : position + 1])
    if before and normalize(before[-1]) in {"et", "ou", "puis"} and earlier:
        previous = earlier[-1]
        if 0 <= span.open_at - previous.span.outer_end <= 12:
            return previous.kind
    if text[position] in "»”" and earlier:
        return earlier[-1].kind
    return "partial"


def worth_returning(context: Context, found: Found) -> bool:
    """A quotation is returned when it has a speaker, or is long enough to be speech on its own;
    a partial one only with a speaker and when it is not a name or a term."""
    words = len(WORD.findall(context.document.text[found.span.start : found.span.end]))
    if found.kind == "partial":
        if found.candidate is None:
            return False
        # a short verbless fragment is a term, unless a speech verb takes it as its very object:
        # « a dénoncé une campagne de « désinformation » »
        if _looks_like_name(context, found.span, words):
            return False
        governed = found.candidate.rule in GOVERNING_RULES and (
            found.candidate.depth <= GOVERNED_DEPTH
            # « a défendu devant le Conseil un projet « équilibré » » : a judgement of the cue's object,
            # however deep the parse hung that object
            or (found.candidate.depth <= JUDGED_OBJECT_DEPTH and _bare_judgement(context, found.span))
        )
        woven = found.candidate.rule == "clause_subject" and (
            words >= MIN_PARTIAL_WORDS or _bare_judgement(context, found.span)
        )
        # « Une « dérive budgétaire sans précédent » » as an intertitle: words the article quotes
        # elsewhere are a quotation, whatever the determiner before them
        repeated = found.candidate.rule == "repeated_quote"
        return (
            governed
            or woven
            or repeated
            or (found.candidate.rule in SENTENCE_CUE_RULES and _has_content_word(context, found.span))
            or (words >= MIN_PARTIAL_WORDS and not _looks_like_term(context, found.span, words))
        )
    return found.candidate is not None or words >= MIN_UNATTRIBUTED_WORDS


# How far below its cue a one-word judgement of the cue's object may hang.
JUDGED_OBJECT_DEPTH = 3


def _bare_judgement(context: Context, span: QuoteSpan) -> bool:
    """One adjective, participle or adverb with no determiner before it (« l'enquête a été menée
    « bâclée » »): a judgement, not a term (« le nouveau « skatepark » », « un « tajine » »)."""
    inside = [w for _, w in context.words_between(span.open_at, span.outer_end) if span.start < w.end]
    if not any(w.upos in {"ADJ", "VERB", "ADV"} for w in inside) or any(
        w.upos in {"NOUN", "PROPN"} for w in inside
    ):
        return False
    before = WORD.findall(context.document.text[max(0, span.open_at - 30) : span.open_at])
    last = normalize(before[-1]).split("'")[-1] if before else ""
    return _has_content_word(context, span) and last not in lexicon.TERM_LEADERS


def _has_content_word(context: Context, span: QuoteSpan) -> bool:
    """« n'avait attiré « que » 390 000 personnes » : a lone function word in marks is emphasis."""
    return any(len(word) >= 4 for word in WORD.findall(context.document.text[span.start : span.end]))


def names_a_thing(context: Context, span: QuoteSpan) -> bool:
    """A quotation that only names something (a ship, a newspaper, a report), never returned as a
    partial quote: the reported clause around it goes on through it."""
    words = len(WORD.findall(context.document.text[span.start : span.end]))
    return _looks_like_name(context, span, words)


def _looks_like_name(context: Context, span: QuoteSpan, words: int) -> bool:
    """A short capitalised verbless fragment inside a sentence: au « Dauphiné libéré », « Ecology Letters »."""
    content = context.document.text[span.start : span.end]
    if words > 5 or not content[:1].isupper():
        return False
    # a participle may stand in a name (« Le Dauphiné libéré »), a conjugated verb may not
    return not any(
        w.upos == "AUX" or (w.upos == "VERB" and w.feat("VerbForm") != "Part")
        for _, w in context.words_between(span.start, span.end)
    )


def _looks_like_term(context: Context, span: QuoteSpan, words: int) -> bool:
    """A short verbless noun phrase after a determiner: les « traits de vie », une « trahison »."""
    if words > 4:
        return False
    inside = [w for _, w in context.words_between(span.start, span.end)]
    if any(w.upos in {"VERB", "AUX"} for w in inside):
        return False
    before = WORD.findall(context.document.text[max(0, span.open_at - 30) : span.open_at])
    if not before:
        return False
    last = normalize(before[-1]).split("'")[-1]
    return last in lexicon.TERM_LEADERS
