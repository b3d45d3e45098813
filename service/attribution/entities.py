"""Mentions of people and organisations, clustered into entities with a name, kind and gender."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from service.attribution import lexicon
from service.nlp.document import Document, Sentence, Word

# Capitalised words that start sentences without being names.
INITIAL_STOPWORDS = frozenset(
    """le la les l un une des du de d au aux à a il elle ils elles on je j nous vous tu ce c cet cette
    ces ça cela mais et or donc car ni selon pour dans en sur sous par avec sans après avant depuis
    lors quand si comme alors pourtant cependant ainsi enfin puis outre mon ma mes son sa ses notre
    nos votre vos leur leurs qui que qu quoi où dont interrogé interrogée interrogés face chez entre
    vers contre parmi malgré aujourd hier demain cet oui non bien très plus moins tout toute tous
    toutes aucun aucune chaque certains certaines plusieurs même déjà encore voici voilà est""".split()
)
NAME_PARTICLES = frozenset("de du d' d’ des van von der den le la ben bin ibn el al da di dos do".split())
SUBJECT_PRONOUNS = {"il": ("m", "s"), "elle": ("f", "s"), "ils": ("m", "p"), "elles": ("f", "p")}
QUOTE_OPENERS = frozenset('«“„‹"')
MASC_DETS = frozenset(["le", "un", "ce", "cet", "du", "au"])
# « sa fille » : a possessive agrees with its noun (« son » does not: « son amie »)
FEM_DETS = frozenset(["la", "une", "cette", "sa"])
# Prepositions that make the name after them a place, a medium or an object, not a person in apposition.
PLACE_PREPOSITIONS = frozenset("sur à au aux dans en chez par depuis vers avec devant contre".split())
# Words that introduce a nickname after a name (« Drissa Bakayoko dit D'Riss »).
NICKNAME_WORDS = frozenset({"dit", "dite", "alias", "surnommé", "surnommée"})
# Words an acronym skips (« Banque africaine de développement » : BAD).
ACRONYM_SKIPPED = frozenset("de du des d' l' la le les pour et en à au aux sur".split())
# Prepositions after which a name is where something happens (« à Aïn Taoujdate », « en Haute-Marne »).
PLACE_WORDS = frozenset("à au aux en dans depuis vers".split())
# Words after which a capitalised run may open with a portfolio or a place (« des Transports »).
PORTFOLIO_LINKS = frozenset(["de", "du", "des", "d'", "l'"])
# Words before the medium a speaker talked to (« au Soir », « à Libération »).
MEDIUM_LINKS = frozenset(["au", "aux", "à"])


@dataclass
class Mention:
    text: str
    start: int
    end: int
    kind: str  # "name" | "description" | "pronoun"
    sentence: int
    tokens: tuple[str, ...] = ()  # name tokens without honorific
    # the name as written, without honorific (« Sam Altman », « d'Estaing »); for a description, the
    # fuller name the article gives it elsewhere (« la préfecture de La Réunion »)
    name: str = ""
    gender: str | None = None
    role: str | None = None
    role_words: frozenset[str] = frozenset()  # « ministre des transports » for « le ministre »
    subject: bool = False  # the mention is the subject of its clause (salience for pronouns)
    age: int | None = None  # « Josiane, 74 ans, » : the age the article gives with the name
    after_place_word: bool = False  # « à Aïn Taoujdate », « en Haute-Marne » : written where a place goes
    appointed: str | None = None  # « X a été élue première secrétaire » : the office the clause gives
    # « Le chef de la junte, le colonel X » : the office before the rank, and its phrase
    outer_role: str | None = None
    outer_role_words: frozenset[str] = frozenset()


@dataclass
class Entity:
    id: str
    kind: str = "unknown"
    gender: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    tokens: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        names = [m for m in self.mentions if m.kind == "name"]
        if names:
            best = max(names, key=lambda m: (len(m.tokens), -m.start))
            return best.name or " ".join(best.tokens)
        if not self.mentions:
            return ""
        # « la préfecture » : a description completed with the place its head was named for
        return self.mentions[0].name or self.mentions[0].text


def normalize(word: str) -> str:
    return word.lower().replace("’", "'")


def fold(word: str) -> str:
    """Without accents, lowercase: « Élimane » and « Elimane » are one name (capitals lose accents)."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).lower()


def is_capitalized(text: str) -> bool:
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def unique_tokens(sentence: Sentence) -> tuple[Word, ...]:
    """Words with their own characters: a multi-word token (du = de + le) counts once."""
    return sentence.tokens


def _is_initial(tokens: list[Word], i: int) -> bool:
    for k in range(i - 1, -1, -1):
        previous = tokens[k]
        if previous.text in QUOTE_OPENERS or previous.text in {":", "—", "–", "-", "(", "."}:
            return True
        if any(c.isalnum() for c in previous.text):
            return False
    return True


def _surname_after_first_name(tokens: list[Word], i: int) -> bool:
    """« Nathalie Voisin », « Paul Berger » : a surname that is also a role noun."""
    return (
        i > 0
        and tokens[i].upos == "PROPN"
        and tokens[i].text[1:].islower()
        and is_first_name(tokens[i - 1].text)
        and is_capitalized(tokens[i - 1].text)
    )


def _initial_after_first_name(tokens: list[Word], i: int) -> bool:
    """« Kevin M. » : right after a first name, with no capitalised name after it."""
    following = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return i > 0 and is_first_name(tokens[i - 1].text) and not is_capitalized(following)


def _name_token(tokens: list[Word], i: int, known: set[str]) -> bool:
    word = tokens[i]
    if _elided_initial(tokens, i):
        return True  # « N'Dri », « D'Riss » : one name written with an apostrophe
    text = word.text.strip("’'")
    if text == "M." and _initial_after_first_name(tokens, i):
        return True  # « Kevin M., 34 ans » : the initial of a surname, not « Monsieur »
    if not is_capitalized(text) or text in lexicon.honorifics():
        return False
    if normalize(text) in lexicon.role_nouns() and not _surname_after_first_name(tokens, i):
        return False  # « PDG », « Ministre » in a title: a role, not a name
    # « Grand Est », « l'Est » : the compass point is a place's name, not the verb « est »
    compass = (
        text == "Est" and i > 0 and (is_capitalized(tokens[i - 1].text) or tokens[i - 1].text in {"l'", "L'"})
    )
    if normalize(text) in INITIAL_STOPWORDS and (_is_initial(tokens, i) or len(text) <= 3) and not compass:
        return False
    if _is_initial(tokens, i):
        # « Paul Martin a quitté … » opening an unparsed sentence: a first name before a capital
        first_name = (
            is_first_name(text) and i + 1 < len(tokens) and is_capitalized(tokens[i + 1].text.strip("’'"))
        )
        # « Santé publique France rappelle … » : a lowercase adjective, then a name, carry the first word
        inside = i + 2 < len(tokens) and _adjective_inside_name(tokens, i + 1, known)
        return word.upos == "PROPN" or text in known or first_name or inside
    return True


def _elided_initial(tokens: list[Word], i: int) -> bool:
    text = tokens[i].text
    return (
        len(text) == 2
        and text[0].isupper()
        and text[1] in "'’"
        and i + 1 < len(tokens)
        and tokens[i + 1].start == tokens[i].end
        and is_capitalized(tokens[i + 1].text)
        and not _is_initial(tokens, i)
    )


def _with_nickname(tokens: list[Word], i: int, j: int, known: set[str]) -> int:
    """« Drissa Bakayoko dit D'Riss », « Jean Koffi alias Le Sage » : a person's name goes on through
    the nickname when the nickname ends the phrase."""
    if j - i < 2 or j + 1 >= len(tokens) or normalize(tokens[j].text) not in NICKNAME_WORDS:
        return j
    k = j + 1
    while k < len(tokens) and (_name_token(tokens, k, known) or normalize(tokens[k].text) in {"le", "la"}):
        k += 1
    if k == j + 1 or not is_capitalized(tokens[k - 1].text):
        return j
    if k < len(tokens) and tokens[k].text not in {",", ".", ";", ":", ")", "»", '"'}:
        return j
    return k


def _with_lowercase_tail(tokens: list[Word], i: int, j: int) -> int:
    while (
        j < len(tokens)
        and j - i < 4
        and tokens[j].upos == "ADJ"
        and tokens[j].text.islower()
        # « l'association UFC-Que Choisir pointe du doigt » : a cue the tagger made an adjective
        and normalize(tokens[j].text) not in lexicon.speech_forms()
    ):
        j += 1
    if (
        j + 1 < len(tokens)
        and normalize(tokens[j].text) in {"sans", "pour", "contre"}
        and tokens[j + 1].upos == "NOUN"
        and tokens[j + 1].text.islower()
    ):
        j += 2
    # « le syndicat Boissons rafraîchissantes de France » : the country or region that closes the name
    if (
        j + 1 < len(tokens)
        and j > i + 1
        and normalize(tokens[j].text) in {"de", "du"}
        and tokens[j + 1].upos == "PROPN"
        and (j + 2 == len(tokens) or not is_capitalized(tokens[j + 2].text))
    ):
        j += 2
    return j


def _adjective_inside_name(tokens: list[Word], j: int, known: set[str]) -> bool:
    """« Santé publique France » : a lowercase adjective between two parts of one name."""
    return (
        j + 1 < len(tokens)
        and tokens[j].upos == "ADJ"
        and tokens[j].text.isalpha()
        and tokens[j].text.islower()
        and is_capitalized(tokens[j + 1].text)
        and _name_token(tokens, j + 1, known)
        # « le Parti socialiste Marie Dupont » : not a person's first name and surname after it
        and not (
            is_first_name(tokens[j + 1].text) and j + 2 < len(tokens) and is_capitalized(tokens[j + 2].text)
        )
    )


def _full_name_starts(tokens: list[Word], i: int) -> bool:
    """A first name followed by a capitalised word: a person's name, not a place (« Liban » alone)."""
    return is_first_name(tokens[i].text) and i + 1 < len(tokens) and is_capitalized(tokens[i + 1].text)


def _with_coordinated_name(tokens: list[Word], j: int, known: set[str]) -> int:
    """« l'association Familles et Consommateurs » : two capitalised words joined by « et »."""
    if j + 1 < len(tokens) and normalize(tokens[j].text) == "et" and _name_token(tokens, j + 1, known):
        if not is_first_name(tokens[j + 1].text):
            return j + 2
    return j


def _with_complements(tokens: list[Word], i: int, j: int, known: set[str]) -> int:
    """« le Conseil du patronat du Québec », « la Cour des comptes », « l'Organisation mondiale de la
    santé » : an institution's name goes on through its « de » complements (a lowercase noun and
    its adjectives), and through a place that ends them."""
    if not tokens[i].text[:1].isupper():
        return j
    for _ in range(3):
        k = j
        # « la Chambre de commerce et d'industrie de … » : a coordinated complement goes on with the name
        if (
            k + 1 < len(tokens)
            and normalize(tokens[k].text) == "et"
            and normalize(tokens[k + 1].text) in {"de", "du", "des", "d'"}
            and k > i + 1
        ):
            k += 1
        if k >= len(tokens) or normalize(tokens[k].text) not in {"de", "du", "des", "d'"}:
            break
        k += 1
        if (
            k < len(tokens)
            and normalize(tokens[k].text) in {"la", "l'", "les", "le"}
            and tokens[k - 1].text.lower() == "de"
        ):
            k += 1
        if (
            k < len(tokens)
            and tokens[k].text[:1].isupper()
            and normalize(tokens[k].text) in lexicon.org_words()
        ):
            j = k + 1  # « l'Observatoire de la consommation de l'Université de Laval »
            continue
        if k < len(tokens) and _name_token(tokens, k, known) and not _is_initial(tokens, k):
            while k < len(tokens) and (
                _name_token(tokens, k, known)
                or (  # « de Côte d'Ivoire »
                    normalize(tokens[k].text) in NAME_PARTICLES
                    and k + 1 < len(tokens)
                    and is_capitalized(tokens[k + 1].text)
                    and _name_token(tokens, k + 1, known)
                )
            ):
                k += 1
            while k < len(tokens) and tokens[k].upos == "ADJ" and tokens[k].text.islower():
                k += 1  # « des Nations unies »
            return _with_places_of(tokens, k, known)  # « … du Québec » : the place closes the name
        if k >= len(tokens) or tokens[k].upos != "NOUN" or not tokens[k].text.islower():
            break
        k += 1
        while k < len(tokens) and tokens[k].upos == "ADJ" and tokens[k].text.islower():
            k += 1
        j = k
    return j


def _with_places_of(tokens: list[Word], j: int, known: set[str]) -> int:
    """« Communauté économique des États | de l'Afrique de l'Ouest » : places nested in the one that
    closes an institution's name go on with it."""
    for _ in range(3):
        k = j
        if k >= len(tokens) or normalize(tokens[k].text) not in {"de", "du", "des", "d'"}:
            break
        k += 1
        if (
            k < len(tokens)
            and normalize(tokens[k].text) in {"la", "l'"}
            and tokens[k - 1].text.lower() == "de"
        ):
            k += 1
        if k >= len(tokens) or not _name_token(tokens, k, known) or _is_initial(tokens, k):
            break
        while k < len(tokens) and _name_token(tokens, k, known):
            k += 1
        while k < len(tokens) and tokens[k].upos == "ADJ" and tokens[k].text.islower():
            k += 1  # « de l'Afrique centrale »
        j = k
    return j


# How many lowercase words and commas an institution's name may run through to its acronym
# (« Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF) »).
ACRONYM_SPELLED_WORDS = 14


def _with_acronym(tokens: list[Word], i: int, j: int, institution: bool) -> int:
    """A name goes on to the short form in parentheses that spells it (« Ardéval Group (AG) »), an
    institution's also through lowercase words (« Banque africaine de développement (BAD) »)."""
    k = j
    # « Centre de recherche en astronomie, astrophysique et géophysique (CRAAG) » : commas included;
    # « Union des villes et communes de Wallonie (UVCW) » : a place name too
    while (
        institution
        and k < len(tokens)
        and k - j < ACRONYM_SPELLED_WORDS
        and tokens[k].text != "("
        and (tokens[k].text.islower() or tokens[k].text == "," or tokens[k].upos == "PROPN")
        and tokens[k].upos not in {"VERB", "AUX"}
    ):
        k += 1
    if k + 2 >= len(tokens) or tokens[k].text != "(" or tokens[k + 2].text != ")":
        return j
    short = tokens[k + 1]
    spelled = spells(short.text, [t.text for t in tokens[i:k]], institution)
    # « l'Institut suisse des produits thérapeutiques (Swissmedic) » : an institution's usual short name
    alias = institution and short.upos == "PROPN" and len(short.text) >= 4 and not is_first_name(short.text)
    return k + 3 if spelled or alias else j


# The most lowercase words an acronym in parentheses may spell (« agence régionale de santé (ARS) »).
SPELLED_WORDS = 6


def _spelled_before(tokens: list[Word], i: int, j: int, known: set[str]) -> tuple[int, int]:
    """An acronym in parentheses after the lowercase words it spells starts its name there, and its
    name goes on to the place written after it (« (ARS) de Bretagne », « (ARS) Grand Est »)."""
    if not (
        j == i + 1 and i >= 2 and j < len(tokens) and tokens[i - 1].text == "(" and tokens[j].text == ")"
    ):
        return i, j
    acronym = tokens[i].text
    if not acronym.isupper():
        return i, j
    for start in range(i - 2, max(-1, i - 2 - SPELLED_WORDS), -1):
        word = tokens[start]
        # « Médecins sans frontières (MSF) » : only the first word may be capitalised
        capitalised = is_capitalized(word.text)
        if not (word.text.islower() or capitalised) or word.upos in {"VERB", "AUX", "PUNCT"}:
            break
        spelled = [t.text for t in tokens[start : i - 1]]
        initials = "".join(
            fold(t)[0] for t in spelled if normalize(t) not in ACRONYM_SKIPPED and t[:1].isalpha()
        )
        # « direction générale de l'alimentation (DGAL) » : two letters of the last word
        if word.upos in {"NOUN", "PROPN"} and (initials == fold(acronym) or spells(acronym, spelled)):
            return start, _with_place(tokens, j + 1, known)
        if capitalised:
            break
    return i, j


# What links a name to the place that ends it: « … (ARS) de Bretagne », « la Mission de l'ONU en RDC ».
PLACE_LINKS = frozenset({"de", "du", "d'"})
REGION_LINKS = frozenset({"en", "au", "aux", "à"})


def _with_place(
    tokens: list[Word],
    j: int,
    known: set[str],
    links: frozenset[str] = PLACE_LINKS,
    before_person: bool = False,
) -> int:
    """« … (ARS) de Bretagne », « … (ARS) Grand Est », « l'Agence régionale de santé Auvergne-Rhône-Alpes »,
    « … au Liban » : the place after a name, when there is one; with `before_person`, not a person's
    first name and surname written after it."""
    k = j + 1 if j < len(tokens) and normalize(tokens[j].text) in links else j
    end = k
    while (
        end < len(tokens)
        and _name_token(tokens, end, known)
        and not (before_person and _full_name_starts(tokens, end))
    ):
        end += 1
    return end if end > k else j


def spells(short: str, words: list[str], institution: bool = True) -> bool:
    """Whether `short` is the acronym or short form of the name `words`: its initials (« BAD »,
    « CICR » for « Comité international de la Croix-Rouge »), initials with some small words kept
    (« CPA » for « Coalition pour l'alternance »), or, for an institution, the first letters of its
    words (« Servel » for « Service électoral »)."""
    # « Parti démocratique de Côte d'Ivoire (PDCI-RDA) » : a merged party spells its first name
    head, _, rest = short.partition("-")
    if rest and short.replace("-", "").isupper() and len(head) >= 2 and spells(head, words, institution):
        return True
    # « l' », « d' » never give a letter (« Direction générale de l'alimentation (DGAL) »)
    parts = [
        fold(p)
        for w in words
        for p in re.split(r"[-'’]", w)
        if p[:1].isalpha() and normalize(w) not in ELIDED
    ]
    if not parts or not 2 <= len(short) <= 10 or not short[:1].isupper():
        return False
    wanted = re.sub(r"\d", "", fold(short))  # « (FP2E) » : a digit repeats a letter
    if wanted[0] != parts[0][0]:
        return False
    if short.isupper():
        initials = "".join(p[0] for p in parts if p not in ACRONYM_SKIPPED)
        # « DGAL » : « Direction générale de l'alimentation » gives two letters of its last word
        return wanted == initials or _in_order(wanted, "".join(parts) if institution else initials)
    return institution and len(parts) >= 2 and _in_order(wanted, "".join(parts))


ELIDED = frozenset({"l'", "d'", "qu'"})


def _in_order(letters: str, within: str) -> bool:
    """Every letter of `letters` appears in `within`, in the same order."""
    rest = iter(within)
    return all(letter in rest for letter in letters)


def _non_initial_capitals(document: Document) -> set[str]:
    known = set()
    for sentence in document.sentences:
        tokens = unique_tokens(sentence)
        for i, word in enumerate(tokens):
            if is_capitalized(word.text) and not _is_initial(tokens, i):
                known.add(word.text)
    return known - {w.capitalize() for w in INITIAL_STOPWORDS}


def find_name_mentions(document: Document) -> list[Mention]:
    """Runs of capitalised words (with particles such as « de ») and a leading honorific."""
    known = _non_initial_capitals(document)
    mentions = []
    for s_index, sentence in enumerate(document.sentences):
        tokens = unique_tokens(sentence)
        i = 0
        while i < len(tokens):
            quoted = _quoted_name(document, s_index, tokens, i)
            if quoted is not None:
                mentions.append(quoted)
                i = next(k for k in range(i + 1, len(tokens)) if tokens[k].start >= quoted.end)
                continue
            if not _name_token(tokens, i, known):
                i += 1
                continue
            j = i + 1
            while j < len(tokens):
                if _name_token(tokens, j, known) and not _is_initial(tokens, j):
                    j += 1
                elif (
                    normalize(tokens[j].text) in NAME_PARTICLES
                    and j + 1 < len(tokens)
                    and is_capitalized(tokens[j + 1].text)
                    and _name_token(tokens, j + 1, known)
                ):
                    j += 2
                elif _adjective_inside_name(tokens, j, known):
                    j += 2  # « Santé publique France »
                else:
                    break
            # « Drissa Bakayoko dit D'Riss » : a nickname goes on the name
            j = _with_nickname(tokens, i, j, known)
            # « l'agence régionale de santé (ARS) de Bretagne » : the lowercase name an acronym spells
            run_start = i
            i, j = _spelled_before(tokens, i, j, known)
            # « la Lausannoise Claire Dubuis », « le Valaisan X » : a demonym is not part of the name
            while (
                (i == run_start or not is_capitalized(tokens[i].text))
                and j - i > 1
                and (tokens[i].upos in {"NOUN", "ADJ"} or is_demonym(tokens[i].text))
                and normalize(tokens[i].text) not in lexicon.org_words()
                and not tokens[i].text.isupper()  # « la FDSEA du Finistère » : an acronym is the name
                and i > 0
                and tokens[i - 1].upos == "DET"
            ):
                i += 1
                while j - i > 1 and normalize(tokens[i].text) in NAME_PARTICLES:
                    i += 1
            # « le ministre des Transports Guillaume Ferracci », « du Gers Agnès Dumont » : a portfolio
            # or a place written right before a first name and a surname is not part of the name
            # (not after a kind of organisation: « l'ONG Action Sahel Solidarité »)
            # « a confié au Monde Julie V. », « a expliqué à Libération Paul V. » : so is the medium one
            # spoke to
            if (
                i > 0
                and normalize(tokens[i - 1].text) in PORTFOLIO_LINKS | MEDIUM_LINKS
                and normalize(tokens[i].text) not in lexicon.org_reprises()
            ):
                i = _after_portfolio(tokens, i, j)
            # « le Parti socialiste », « le Conseil constitutionnel » : an institution's name goes on
            # with its lowercase adjectives
            if normalize(tokens[i].text) in lexicon.org_words():
                while j < len(tokens) and j - i < 4 and tokens[j].upos == "ADJ" and tokens[j].text.islower():
                    j += 1
                # « l'ONG congolaise Voix des Kivus » : the kind and its adjective, then the name itself
                # (not a person's name after it: « du Parti écologiste Pierre-Alain F. »)
                if (
                    j > i + 1
                    and j < len(tokens)
                    and _name_token(tokens, j, known)
                    and not is_first_name(tokens[j].text)
                ):
                    j += 1
                    while j < len(tokens) and (
                        _name_token(tokens, j, known)
                        or (
                            normalize(tokens[j].text) in NAME_PARTICLES
                            and j + 1 < len(tokens)
                            and _name_token(tokens, j + 1, known)
                        )
                    ):
                        j += 1
                j = _with_complements(tokens, i, j, known)
                j = _with_place(tokens, j, known, REGION_LINKS, before_person=True)  # « … en RDC »
            # « le syndicat Force ouvrière », « l'ONG Médecins sans frontières » : after the kind of
            # organisation, its name goes on with lowercase adjectives or a « sans » complement
            kind_noun = normalize(tokens[i - 1].text) if i > 0 else ""
            if kind_noun in lexicon.org_reprises():
                j = _with_lowercase_tail(tokens, i, j)
                j = _with_coordinated_name(tokens, j, known)
            # « la Banque africaine de développement (BAD) » : the full name its acronym spells
            kind_word = normalize(tokens[i].text)
            institution = (
                kind_word in lexicon.org_words() or kind_word.removesuffix("s") in lexicon.org_words()
            )
            spelled = _with_acronym(tokens, i, j, institution)  # « les Forces armées en Guyane (FAG) »
            j = _with_place(tokens, spelled, known) if spelled > j else j  # « … (ARS) de Bretagne »
            # « a indiqué à l'AFP Azamat T. » : an agency's acronym after its article is no part of the name
            if (
                j - i > 2
                and i > 0
                and tokens[i].text.isupper()
                and tokens[i - 1].text in {"l'", "l’"}
                and normalize(tokens[i].text) not in lexicon.org_reprises()  # « l'ONG Voix des Kivus »
                and is_capitalized(tokens[i + 1].text)
            ):
                mentions.append(
                    Mention(
                        tokens[i].text,
                        tokens[i].start,
                        tokens[i].end,
                        "name",
                        s_index,
                        tokens=(tokens[i].text,),
                        name=tokens[i].text,
                    )
                )
                i += 1
            # « le député LFI Éric Coquerel » : a party's acronym before a first name is not the name
            while (
                j - i > 2
                and tokens[i].text.isupper()
                and tokens[i + 1].text.split("-")[0] in lexicon.first_names()
            ):
                i += 1
            if (
                j - i == 1
                and i > 0
                and tokens[i - 1].upos == "DET"
                and is_demonym(tokens[i].text, sentence_article(tokens, i - 1))
            ):
                i = j  # « a reconnu le Français » : a description of a person, not a name
                continue
            if (
                j - i == 1
                and tokens[i].upos != "PROPN"
                and i > 0
                and normalize(tokens[i - 1].text) in {"un", "une"}
            ):
                i = j  # « un Valaisan de 17 ans » : a demonym, not a name
                continue
            start_index = i
            gender = None
            if i > 0 and tokens[i - 1].text in lexicon.honorifics():
                start_index = i - 1
                gender = HONORIFIC_GENDERS.get(tokens[i - 1].text)
            names = tuple(t.text for t in tokens[i:j] if any(c.isalnum() for c in t.text))
            first, last = tokens[start_index], tokens[j - 1]
            if gender is None and len(names) > 1:
                gender = lexicon.first_names().get(names[0].split("-")[0])
            mention = Mention(
                document.text[first.start : last.end],
                first.start,
                last.end,
                "name",
                s_index,
                tokens=names,
                name=document.text[tokens[i].start : last.end],
                gender=gender,
            )
            mention.age = age_after(tokens, j)
            mention.after_place_word = i > 0 and normalize(tokens[start_index - 1].text) in PLACE_WORDS
            if (
                i > 1
                and normalize(tokens[i - 1].text) in {"de", "du", "des", "d'"}
                and normalize(tokens[i - 2].text) in lexicon.org_words() | NAMED_PLACE_NOUNS
            ):
                mention.after_place_word = True  # « l'Université du Pacifique Sud » : part of a body's name
            if i > 0 and tokens[i - 1].text in NAMED_PLACE_NOUNS:
                # « l'université Hassan II », « la rue Victor-Hugo » : a place's name, nobody's
                mention.after_place_word = True
                mention.gender = None
                mentions.append(mention)
                i = j
                continue
            if mention.age is not None and gender is None and len(names) == 1:
                # « Josiane, 74 ans, » : a first name given an age is a person's, of its usual gender
                mention.gender = lexicon.first_names().get(names[0].split("-")[0])
            mention.role, role_gender, mention.role_words = _role_near(tokens, i, j)
            if mention.role and mention.role_words & FORMER_WORDS:
                mention.role = f"ex-{mention.role}"  # « X, ancienne cadre du rail » : no longer the office
            mention.appointed = _appointed_role(tokens, j)
            if mention.role:
                mention.outer_role, mention.outer_role_words = _outer_role(tokens, i)
            mention.gender = mention.gender or role_gender
            kind = _kind_noun_before(tokens, i)
            if kind in lexicon.org_reprises() and mention.role is None and not is_first_name(tokens[i].text):
                # « le syndicat Force ouvrière », « le groupe allemand Kessler » : an organisation of that kind
                mention.role = kind
            mentions.append(mention)
            i = j
    return mentions


OPENING_MARKS = {"«": "»", "“": "”", '"': '"'}
QUOTED_NAME_WORDS = 8
# The kinds of groups whose name journalists put in quotation marks; a brand's or a journal's
# (« la marque “Les Alpages” », « la revue “Nature” ») names a product or a title, not a speaker.
QUOTED_NAME_KINDS = frozenset("collectif association groupe mouvement ong fondation syndicat parti".split())


def _quoted_name(document: Document, s_index: int, tokens: Sequence[Word], i: int) -> Mention | None:
    """« le collectif « Sauvons la halle » », « l'association “Vivre au bourg” » : an organisation
    named in quotation marks right after the noun of its kind."""
    closing = OPENING_MARKS.get(tokens[i].text)
    if closing is None or i == 0 or normalize(tokens[i - 1].text) not in QUOTED_NAME_KINDS:
        return None
    end = next(
        (k for k in range(i + 1, min(len(tokens), i + QUOTED_NAME_WORDS + 2)) if tokens[k].text == closing),
        None,
    )
    if end is None or end == i + 1 or not tokens[i + 1].text[:1].isupper():
        return None
    inner = document.text[tokens[i + 1].start : tokens[end - 1].end]
    kind = tokens[i - 1].text
    return Mention(
        document.text[tokens[i].start : tokens[end].end],
        tokens[i].start,
        tokens[end].end,
        "name",
        s_index,
        tokens=tuple(t.text for t in tokens[i + 1 : end] if any(c.isalnum() for c in t.text)),
        name=f"{normalize(kind)} {tokens[i].text} {inner} {closing}",
        role=normalize(kind),
    )


def age_after(tokens: tuple[Word, ...] | list[Word], j: int) -> int | None:
    """« X, 74 ans, », « X (74 ans) », « X, âgée de 74 ans, » : the age given right after tokens[:j]."""
    words = [normalize(t.text) for t in tokens[j : j + 5]]
    if len(words) >= 3 and words[0] in {",", "("} and words[1].isdigit() and words[2] == "ans":
        return int(words[1])
    if len(words) >= 5 and words[0] == "," and words[1] in AGED and words[2] == "de" and words[3].isdigit():
        return int(words[3]) if words[4] == "ans" else None
    return None


AGED = frozenset({"âgé", "âgée", "âgés", "âgées"})


def known_by_first_name(entity: Entity) -> bool:
    """« Josiane, 74 ans » : the article names the person by a first name alone, and gives no role."""
    return len(entity.tokens) == 1 and not entity.roles and is_first_name(entity.tokens[0])


def is_first_name(text: str) -> bool:
    first = text.split("-")[0]
    if not first[:1].isupper():
        return False  # « de », « le » : particles, whatever a list of world names holds
    return first in lexicon.first_names() or normalize(first) in _first_name_genders()


@cache
def _first_name_genders() -> dict[str, str]:
    """The lowercase first names of data/first_names_gender.txt and the gender they carry (m, f or ?)."""
    rows = (lexicon.DATA_DIR / "first_names_gender.txt").read_text(encoding="utf-8").splitlines()
    pairs = (line.split("\t", 1) for line in rows if line.strip() and not line.startswith("#"))
    return {pair[0].strip().lower(): (pair[1].strip() if len(pair) > 1 else "?") for pair in pairs}


def usual_gender(first_name: str) -> str | None:
    """The gender a first name is usually given (m or f), None when both bear it or it is unknown."""
    first = first_name.split("-")[0]
    table = _first_name_genders()
    gender = (
        lexicon.first_names().get(first) or table.get(normalize(first_name)) or table.get(normalize(first))
    )
    return gender if gender in {"m", "f"} else None


@cache
def role_hyponyms() -> dict[str, frozenset[str]]:
    """Role noun -> the narrower role nouns it may stand for (data/role_hypernyms.txt)."""
    table: dict[str, frozenset[str]] = {}
    for row in lexicon._entries("role_hypernyms.txt"):
        broad = row[0].rstrip(":").lower()
        table[broad] = table.get(broad, frozenset()) | frozenset(w.lower() for w in row[1:])
    return table


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(row[0].lower() for row in lexicon._entries("demonyms.txt"))


# The gender an honorific tells; « Dr », « Pr », « Me » are worn by women and men alike.
HONORIFIC_GENDERS = {
    "M.": "m",
    "MM.": "m",
    "Mr": "m",
    "Monsieur": "m",
    "Mgr": "m",
    "Mme": "f",
    "Mmes": "f",
    "Mlle": "f",
    "Madame": "f",
    "Mademoiselle": "f",
}


# Endings of the demonyms of towns and regions (« ce Brestois », « la Niçoise », « un Lyonnais »,
# « le Parisien », « une Européenne »), too many to list; only trusted after a lowercase article,
# since a surname may end the same way (Dubois) and a newspaper's article is capitalised (Le Parisien).
DEMONYM_ENDING = re.compile(r"(?:ois|oise|ais|aise|ien|ienne|éen|éenne|ain|aine)$")
DEMONYM_ARTICLES = frozenset("le la l' ce cet cette un une".split())
# Nouns with those endings that name no one (« le Palais a fait savoir », « le quotidien écrit »)
NOT_DEMONYMS = frozenset(
    "palais marais relais quotidien entretien soutien maintien lendemain terrain".split()
)


def is_demonym(word: str, after_article: str | None = None) -> bool:
    """« Français », « Lausannoise », « Sénégalais » : a person named by where they come from; with the
    article before it, also a town's demonym recognised by its ending (« ce Brestois »)."""
    low = normalize(word)
    if low in _demonyms() or (low.endswith("e") and low[:-1] in _demonyms()):
        return True
    return (
        after_article is not None
        and normalize(after_article) in DEMONYM_ARTICLES
        and (after_article[:1].islower() or normalize(after_article) in {"ce", "cet", "cette"})
        and len(low) >= 6
        and low not in NOT_DEMONYMS
        and "-" not in low
        and bool(DEMONYM_ENDING.search(low))
    )


def sentence_article(tokens: Sequence[Word], i: int) -> str:
    """The article at tokens[i] as written mid-sentence: « Le Vosgien a reconnu … » is « le Vosgien »."""
    return tokens[i].text.lower() if i == 0 else tokens[i].text


def _after_portfolio(tokens: list[Word], i: int, j: int) -> int:
    """Where the person's name starts in a run that opens with a portfolio or place: at the first
    first name that has a surname after it, when the words before it are no first names."""
    for k in range(i + 1, j - 1):
        if is_first_name(tokens[k].text):
            return k if not any(is_first_name(t.text) for t in tokens[i:k]) else i
    return i


# How far before a name its role noun may stand: « la ministre brésilienne des Mines et de
# l'Énergie, Helena X » (a portfolio's name is long).
ROLE_REACH = 14


def _role_near(tokens: list[Word], i: int, j: int) -> tuple[str | None, str | None, frozenset[str]]:
    """A role noun right before (« la journaliste Kara Swisher ») or after (« X, le PDG de Y »).

    Returns the role noun, the gender its determiner shows, and the words of the role phrase.
    """
    if i > 0 and normalize(tokens[i - 1].text) in {"de", "des", "du", "d'", "la", "l'"}:
        return None, None, frozenset()  # « le ministre des Transports » : a portfolio, not a person
    k = i - 1
    steps = 0
    while k >= 0 and steps < ROLE_REACH:
        if tokens[k].text == ")":  # « Le PDG d'OpenAI (dont la fortune …), Sam Altman »
            opening = next((m for m in range(k - 1, max(-1, k - 30), -1) if tokens[m].text == "("), None)
            if opening is None:
                break
            k = opening - 1
            continue
        low = normalize(tokens[k].text)
        if tokens[k].text == "," and any(
            normalize(t.text) in lexicon.org_reprises() for t in tokens[k + 1 : i]
        ):
            break  # « X, ancienne cadre du rail, la compagnie Nocturna » : the role is X's, not the company's
        if (
            low in lexicon.org_reprises()
            and tokens[k].upos == "NOUN"
            and not any(t.text == "," for t in tokens[k + 1 : i])
            and (k < i - 1 or not is_first_name(tokens[i].text))
        ):
            # « porte-parole de la compagnie publique Zesco », « le directeur de la société Ardent
            # Solaire » : the name is the company's
            break
        if (
            tokens[k].upos == "PROPN"
            and is_first_name(tokens[k].text)
            and normalize(tokens[k - 1].text) not in PORTFOLIO_LINKS
        ):
            break  # « la juge Nathalie R., Pascal V. » : the role is the other person's (not « la mère d'Inès »)
        if k == i - 1 and tokens[k].text in lexicon.honorifics():
            k -= 1  # « l'avocat de la victime, Me Paul G. » : the title is no clause break
            continue
        if (
            low in lexicon.role_nouns()
            and not _parent_company(tokens, k)
            and not _inside_institution_name(tokens, k)
            and not (tokens[k].upos == "ADJ" and k > 0 and tokens[k - 1].upos == "NOUN")
            and not _complement_of_role(tokens, k)
        ):  # « la bataille parlementaire, Nadège X » : an adjective, not a role
            # « le Premier ministre X », « l'ancienne ministre X » : the words before the noun belong
            # to the role too
            first = k
            while first > 0 and k - first < 2 and tokens[first - 1].upos in {"ADJ", "NOUN", "PROPN", "X"}:
                if not (
                    tokens[first - 1].upos == "ADJ"
                    or normalize(tokens[first - 1].text) in lexicon.role_nouns()
                ):
                    break
                first -= 1
            if first > 0 and normalize(tokens[first - 1].text) in POSSESSIVES | DEMONSTRATIVES:
                first -= 1  # « sa présidente, Sylvie M. » : the role of the organisation just named
            return low, _det_gender(tokens, k) or _role_gender(low), _phrase_words(tokens[first:i])
        portfolio_and = (  # « des Mines et de l'Énergie » : one portfolio of two names
            low == "et" and k + 1 < i and normalize(tokens[k + 1].text) in {"de", "du", "des", "d'"}
        )
        if (tokens[k].upos in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"} and not portfolio_and) or tokens[
            k
        ].text in {
            ".",
            ";",
            ":",
            "«",
            "»",
            "(",
        }:
            break  # « le ministre, que Didier X a désigné » : the role is another person's
        if tokens[k].upos == "ADP" and low not in {"de", "d'", "du", "des"}:
            break  # « brasseur à Ansuelle » : a place, not the brewer's name
        k -= 1
        steps += 1
    # « Interrogé sur BFMTV, le ministre … », « mercredi à Dakar, le ministre … » : a medium or a
    # place is not the person the next description names
    after_preposition = i > 0 and normalize(tokens[i - 1].text) in PLACE_PREPOSITIONS
    names = tuple(t.text for t in tokens[i:j])
    if (
        j + 2 < len(tokens)
        and tokens[j].text == ","
        and not after_preposition
        and not is_organization_name(names)
    ):
        for k in range(j + 1, min(len(tokens), j + 4)):
            low = normalize(tokens[k].text)
            if low in lexicon.role_nouns() and not _parent_company(tokens, k):
                if (
                    tokens[k].upos == "ADJ"
                    and k + 1 < len(tokens)
                    and normalize(tokens[k + 1].text) in lexicon.role_nouns()
                ):
                    low = normalize(tokens[k + 1].text)  # « X, Première ministre, » : the noun is ministre
                end = next(
                    (m for m in range(k, min(len(tokens), k + 8)) if tokens[m].text in {",", "."}), k + 1
                )
                begin = k - 1 if normalize(tokens[k - 1].text) in POSSESSIVES | DEMONSTRATIVES else k
                return low, _det_gender(tokens, k) or _role_gender(low), _phrase_words(tokens[begin:end])
    return None, None, frozenset()


# « a été élue », « vient d'être nommé », « devient » : the predicate that gives someone an office.
APPOINTING_WORDS = frozenset(
    """élu élue réélu réélue nommé nommée renommé renommée désigné désignée reconduit reconduite investi
    investie devient""".split()
)


def _appointed_role(tokens: list[Word], j: int) -> str | None:
    """« Hélène K., députée du Finistère, a été élue première secrétaire » : the office the name's own
    clause appoints it to, past an apposition between commas."""
    k = j
    if k < len(tokens) and tokens[k].text == ",":
        closing = next((m for m in range(k + 1, min(len(tokens), k + 14)) if tokens[m].text == ","), None)
        if closing is None:
            return None
        k = closing + 1
    for m in range(k, min(len(tokens), k + 4)):
        if normalize(tokens[m].text) in APPOINTING_WORDS:
            following = [normalize(t.text) for t in tokens[m + 1 : m + 6]]
            if "tête" in following and following.index("tête") <= 3:
                return "dirigeant"  # « a été élue samedi à la tête du parti »
            for n in range(m + 1, min(len(tokens), m + 4)):
                low = normalize(tokens[n].text)
                if low in lexicon.role_nouns() and tokens[n].upos != "ADJ":
                    return low  # « première secrétaire » : the noun, not « première »
                if tokens[n].upos not in {"ADJ", "DET", "NUM"} and low not in {"comme", "au", "à"}:
                    return None
            return None
        if tokens[m].upos not in {"AUX", "ADV"} and normalize(tokens[m].text) not in {"vient", "d'", "être"}:
            return None
    return None


# How many adjectives may stand between an organisation's kind and its name (« le groupe allemand X »).
KIND_ADJECTIVES = 2


def _kind_noun_before(tokens: list[Word], i: int) -> str:
    """The noun right before a name, past lowercase adjectives (« le groupe pharmaceutique suisse X »)."""
    k = i - 1
    while k > 0 and i - k <= KIND_ADJECTIVES and tokens[k].upos == "ADJ" and tokens[k].text.islower():
        k -= 1
    return normalize(tokens[k].text) if k >= 0 else ""


def _parent_company(tokens: list[Word], k: int) -> bool:
    """« la maison mère de Normaflex » : a company, not a mother."""
    return k > 0 and normalize(tokens[k].text) == "mère" and normalize(tokens[k - 1].text) == "maison"


def _complement_of_role(tokens: list[Word], k: int) -> bool:
    """« l'avocat de l'accusé, Me X » : a role noun in the de-complement of another role noun is
    whose the role is, not the named person's role."""
    j = k - 1
    if j >= 0 and tokens[j].upos == "DET":
        j -= 1
    if j < 0 or normalize(tokens[j].text) not in {"de", "du", "des", "d'"}:
        return False
    return any(normalize(t.text) in lexicon.role_nouns() for t in tokens[max(0, j - 3) : j])


def _inside_institution_name(tokens: list[Word], k: int) -> bool:
    """« le président du Rassemblement citoyen » : a lowercase role word that goes on a capitalised
    name is part of an institution's name, not the person's role."""
    if k == 0 or not tokens[k].text.islower():
        return False
    previous = tokens[k - 1].text
    return (
        is_capitalized(previous)
        and not _is_initial(tokens, k - 1)
        and normalize(previous) not in lexicon.role_nouns()
        and previous not in lexicon.honorifics()
    )


# The most words between an office and the comma before « le colonel X » (« de la junte guinéenne »).
OUTER_ROLE_REACH = 8


def _outer_role(tokens: list[Word], i: int) -> tuple[str | None, frozenset[str]]:
    """« Le chef de la junte guinéenne, le colonel Moussa K. », « Le porte-parole de l'armée, le
    général X » : the office a role phrase set off by a comma gives the name after the rank."""
    k = i - 1
    while k > 0 and tokens[k].text != "," and i - k <= 4:
        if tokens[k].upos not in {"DET", "ADJ", "NOUN", "X"} and tokens[k].text not in lexicon.honorifics():
            return None, frozenset()
        k -= 1
    if k <= 0 or tokens[k].text != ",":
        return None, frozenset()
    comma = k
    q = comma - 1
    skipped = False
    while q >= 0 and comma - q <= OUTER_ROLE_REACH:
        word = tokens[q]
        if word.text == "," and not skipped and normalize(tokens[q + 1].text) in lexicon.role_nouns():
            # « le ministre délégué …, porte-parole du gouvernement, Seydina N. » : a second role
            # phrase with no article stands between the office and the name
            comma, skipped = q, True
            q -= 1
            continue
        participle = (
            word.upos == "VERB" and word.feat("VerbForm") == "Part"
        )  # « le ministre délégué, chargé … »
        if word.upos in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ", "PUNCT"} and not participle:
            return None, frozenset()
        low = normalize(word.text)
        if low in lexicon.role_nouns() and q > 0 and tokens[q - 1].upos == "DET":
            return low, _phrase_words(tokens[q:comma])
        q -= 1
    return None, frozenset()


def _phrase_words(tokens: list[Word]) -> frozenset[str]:
    return frozenset(normalize(t.text) for t in tokens if any(c.isalnum() for c in t.text))


def _det_gender(tokens: list[Word], k: int) -> str | None:
    for back in range(k - 1, max(-1, k - 3), -1):
        low = normalize(tokens[back].text)
        if low in MASC_DETS:
            return "m"
        if low in FEM_DETS:
            return "f"
    return None


def _role_gender(role: str) -> str | None:
    """Feminine endings of role nouns (« la présidente », « une habitante », « sa voisine »); a
    capitaine or a sous-marinier is not one."""
    if role.endswith(("trice", "euse", "ière", "ée", "ente", "ante", "esse")):
        return "f"
    if role.endswith("ine") and not role.endswith("aine"):
        return "f"
    # « l'élue », « la prévenue », « une détenue » (not « un critique », « un collègue »)
    if role.endswith("ue") and not role.endswith(("que", "gue")):
        return "f"
    return None


def is_organization_name(tokens: tuple[str, ...]) -> bool:
    if any(normalize(t) in lexicon.org_words() or t in lexicon.org_words() for t in tokens):
        return True
    if lexicon.known_organisation(" ".join(tokens)):
        return True  # « UFC-Que Choisir », « Bouygues Telecom » : known, whatever they look like
    if len(tokens) >= 3 and tokens[-1].isupper() and len(tokens[-1]) >= 2:
        return True  # « Ardéval Group (AG) » : a name with its acronym
    # « l'US Kindia », « le FC Nantes », « l'OGC Nice » : a club's acronym before its town
    if (
        len(tokens) == 2
        and tokens[0].isupper()
        and 2 <= len(tokens[0]) <= 4
        and tokens[1] not in lexicon.first_names()
    ):
        return True
    # « N-VA », « CD&V » : an acronym the tokenizer split at its hyphen
    joined = "".join(tokens)
    if len(tokens) > 1 and any(t.endswith("-") for t in tokens) and joined.isupper() and len(joined) <= 8:
        return True
    return len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) >= 2


def cluster(mentions: list[Mention]) -> list[Entity]:
    """Group name mentions: a name whose words are all in an earlier, longer name joins it."""
    entities: list[Entity] = []
    created = 0
    for mention in mentions:
        target = _matching_entity(entities, mention.tokens)
        if target is not None and _person_and_organisation(target, mention):
            target = None  # « la fromagerie Vallet » and its director « Bernard Vallet » are two
        if target is None:
            created += 1
            target = Entity(id=f"s{created}")
            entities.append(target)
        target.mentions.append(mention)
        for short in _acronyms_spelled_by(entities, target, mention):
            entities.remove(short)
            target.mentions = sorted(short.mentions + target.mentions, key=lambda m: m.start)
            target.roles |= short.roles
        if len(mention.tokens) > len(target.tokens):
            target.tokens = mention.tokens
        target.gender = target.gender or mention.gender
        if mention.role:
            target.roles.add(mention.role)
        if mention.appointed:
            # « à la tête du parti » : a leader, of the gender the article gives
            feminine = mention.appointed == "dirigeant" and (mention.gender or target.gender) == "f"
            target.roles.add("dirigeante" if feminine else mention.appointed)
    for entity in entities:
        entity.kind = _kind(entity)
    return entities


def _acronyms_spelled_by(entities: list[Entity], target: Entity, mention: Mention) -> list[Entity]:
    """Entities known so far only by an acronym this mention spells out (a headline's « MSF » before
    « Médecins sans frontières (MSF) » in the body)."""
    words = {fold(t) for t in mention.tokens}
    return [
        e
        for e in entities
        if e is not target
        and all(t.isupper() and len(t) >= 2 for t in e.tokens)
        and e.tokens
        and {fold(t) for t in e.tokens} <= words
    ]


def _person_and_organisation(entity: Entity, mention: Mention) -> bool:
    """One of the two is introduced as an organisation (« la fromagerie Vallet »), the other as a person
    (a first name or an honorific)."""

    def organisation(m: Mention) -> bool:
        return m.role in lexicon.org_reprises()

    def person(m: Mention) -> bool:
        return m.text[:1] != m.name[:1] or (len(m.tokens) >= 2 and is_first_name(m.tokens[0]))

    return (organisation(mention) and any(person(m) for m in entity.mentions)) or (
        person(mention) and any(organisation(m) for m in entity.mentions)
    )


def _matching_entity(entities: list[Entity], tokens: tuple[str, ...]) -> Entity | None:
    words = {fold(t) for t in tokens}
    for entity in reversed(entities):
        known = {fold(t) for t in entity.tokens}
        if words <= known or (known <= words and len(known) >= 1 and known & words):
            return entity
    return None


# The last word of a region's name: « Soudan du Sud », « Pacifique Sud », « Europe centrale ».
COMPASS_POINTS = frozenset(
    "Sud Nord Est Ouest Occidental Occidentale Oriental Orientale Central Centrale Septentrional Méridional".split()
)


def _kind(entity: Entity) -> str:
    if is_organization_name(entity.tokens) or any(m.role in lexicon.org_reprises() for m in entity.mentions):
        return "organization"
    if not entity.gender and not entity.roles and all(m.after_place_word for m in entity.mentions):
        return "unknown"  # « céréaliculteur à Aïn Taoujdate » … « À Aïn Taoujdate, … » : a place
    if not entity.gender and len(entity.tokens) >= 2 and entity.tokens[-1] in COMPASS_POINTS:
        return "unknown"  # « le Soudan du Sud », « le Pacifique Sud » : a region, nobody's name
    if not entity.gender and not entity.roles and _connected_name(entity.tokens):
        return "unknown"  # « le Tour de France », « la Planche des Belles Filles » : an event, a place
    if entity.gender or entity.roles or len(entity.tokens) >= 2:
        return "person"
    if any(m.age is not None for m in entity.mentions):
        return "person"
    return "unknown"


# Lowercase words that join the capitalised words of a place's or an event's name.
NAME_CONNECTORS = frozenset({"de", "des", "du", "d'", "d’"})


def _connected_name(tokens: tuple[str, ...]) -> bool:
    """« Tour de France », « Planche des Belles Filles » : capitalised words joined by « de », with no
    first name before them (not « Dominique de Villepin »)."""
    return (
        len(tokens) >= 3 and any(t in NAME_CONNECTORS for t in tokens[1:-1]) and not is_first_name(tokens[0])
    )


def entity_at(entities: list[Entity], start: int, end: int) -> tuple[Entity, Mention] | None:
    """The entity with a name mention overlapping [start, end)."""
    for entity in entities:
        for mention in entity.mentions:
            if mention.start < end and start < mention.end and mention.kind == "name":
                return entity, mention
    return None


FORMER_WORDS = frozenset({"ancien", "ancienne", "ex"})
# Lowercase nouns whose name follows them: a place or a building, never a person.
NAMED_PLACE_NOUNS = frozenset(
    """rue avenue boulevard place quai pont stade gare aéroport parc square allée route impasse université
    hôpital lycée collège école clinique musée théâtre""".split()
)
POSSESSIVES = frozenset("son sa ses leur leurs".split())
DEMONSTRATIVES = frozenset("ce cet cette".split())
# Honorifics that tell a role: « Me Hugo Perrin » is a lawyer.
HONORIFIC_ROLES = {"Me": {"avocat", "avocate"}, "Maître": {"avocat", "avocate"}, "Dr": {"médecin", "docteur"}}
# Determiners of a description that points at one known person (« l'avocat », « sa présidente »).
POINTING_DETERMINERS = frozenset("le la l' ce cet cette son sa".split())
_COMPLEMENT_FILLERS = lexicon.ARTICLES | frozenset("à au aux et en pour".split())


def named_holder(description: Entity, entities: list[Entity]) -> Entity | None:
    """The one named person of the document who holds the role of a nameless person description
    (same role noun, agreeing gender, no conflicting complement: « l'avocat du prévenu » and « Me
    Hugo Perrin », « la présidente de la Coordination rurale » and « sa présidente, Sylvie M. »)."""
    if description.tokens or description.kind != "person" or not description.mentions:
        return None
    mention = description.mentions[0]
    words = normalize(mention.text).replace("'", "' ").split()
    if not mention.role or not words or words[0] not in POINTING_DETERMINERS | {"un", "une"}:
        return None
    indefinite = words[0] in {"un", "une"}
    role = mention.role
    complement = mention.role_words - {role} - _COMPLEMENT_FILLERS
    written = mention.text.replace("’", "'").replace("'", "' ").split()[1:]
    places = {normalize(w) for w in written if is_capitalized(w)} - {role}
    person_words = {fold(t) for e in entities if e.kind != "organization" for t in e.tokens}
    found = []
    for entity in entities:
        if entity.kind != "person" or not entity.tokens or entity is description:
            continue
        if description.gender and entity.gender and description.gender != entity.gender:
            continue
        held = [m for m in entity.mentions if m.role == role]
        outer = [m for m in entity.mentions if m.outer_role == role]
        honorific = any(role in HONORIFIC_ROLES.get(m.text.split()[0], ()) for m in entity.mentions if m.text)
        # « l'élu » for the one person named « le maire », « le responsable » for a secretary general
        narrower = role_hyponyms().get(role, frozenset())
        if not held and not outer:
            held = [m for m in entity.mentions if m.role in narrower]
        if not held and not outer and role not in entity.roles and not honorific:
            continue
        phrase = set().union(*(m.role_words for m in held), *(m.outer_role_words for m in outer))
        theirs = phrase - {role} - _COMPLEMENT_FILLERS
        # « de la Coordination rurale » / « du Modef » : two institutions, two people; « de la jeune
        # fille » / « d'Inès » : a person named one way and described the other
        if (
            complement
            and theirs
            and not lexicon.with_aliases(complement) & lexicon.with_aliases(theirs)
            and not {fold(w) for w in theirs} <= person_words
        ):
            continue
        # « le maire de Sainte-Odile » is not « le maire Alain D. » of another town: a named place or
        # institution must be the person's own, or the one a possessive pointed at (« sa présidente »)
        if places and not (
            lexicon.with_aliases(places) & lexicon.with_aliases(theirs)
            or phrase & (POSSESSIVES | DEMONSTRATIVES)
        ):
            continue
        # « un porte-parole de X » is named only by « ce porte-parole, Julien M. »
        if indefinite and not phrase & DEMONSTRATIVES:
            continue
        found.append(entity)
    return found[0] if len(found) == 1 else None
