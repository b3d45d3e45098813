"""The engine's words: open lists kept as data files (one entry a line, `#` comments, loaded once)
and the closed word classes of French that the rules share, each defined here once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# -- closed word classes ----------------------------------------------------------------------------
DAYS = _words("lundi mardi mercredi jeudi vendredi samedi dimanche")
MONTHS = _words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")
DEICTIC_DAYS = _words("hier aujourd'hui demain")
# Words of time and sequence that may stand between a cue and its speaker (« a dit hier soir X »).
TIME_WORDS = (
    DAYS
    | MONTHS
    | DEICTIC_DAYS
    | _words(
        """matin soir midi soirée matinée après-midi nuit semaine mois année an week-end veille lendemain
        fois jour dernier dernière prochain prochaine encore aussi alors ensuite enfin pourtant même
        également ainsi toutefois cependant depuis"""
    )
)
# Words a parser sometimes makes a subject that never speak.
NOT_SPEAKERS = (
    DAYS
    | MONTHS
    | DEICTIC_DAYS
    | _words(
        "matin soir semaine mois année an qui que quoi dont ce cela ça ceci tout rien personne part côté tour"
    )
    | _words("nom compte")
)
# Finite forms of avoir/être before a participle, also with the inverted « -t » (« a-t-il »).
AUXILIARY_FORMS = _words(
    "a ont avait avaient aura auront aurait auraient est sont était étaient fut sera seront a-t avait-t"
)
SUBJECT_PRONOUNS = {"il": ("m", "s"), "elle": ("f", "s"), "ils": ("m", "p"), "elles": ("f", "p")}
# Periphrases of French politics: (role noun, word of its complement) -> the office and the words
# that name it (« le chef du gouvernement » is « le Premier ministre », « le locataire de Bercy » the
# minister of the Economy).
PERIPHRASES = {
    ("chef", "gouvernement"): ("ministre", frozenset({"premier"})),
    ("cheffe", "gouvernement"): ("ministre", frozenset({"première"})),
    ("locataire", "matignon"): ("ministre", frozenset({"premier"})),
    ("locataire", "bercy"): ("ministre", frozenset({"économie"})),
    ("patron", "bercy"): ("ministre", frozenset({"économie"})),
    ("patronne", "bercy"): ("ministre", frozenset({"économie"})),
    ("chef", "diplomatie"): ("ministre", frozenset({"affaires", "étrangères"})),
    ("cheffe", "diplomatie"): ("ministre", frozenset({"affaires", "étrangères"})),
    ("chef", "état"): ("président", frozenset()),
    ("cheffe", "état"): ("présidente", frozenset()),
    ("locataire", "élysée"): ("président", frozenset()),
    ("garde", "sceaux"): ("ministre", frozenset({"justice"})),
    ("locataire", "beauvau"): ("ministre", frozenset({"intérieur"})),
    ("patron", "quai"): ("ministre", frozenset({"affaires", "étrangères"})),
    ("locataire", "vendôme"): ("ministre", frozenset({"justice"})),
    ("locataire", "grenelle"): ("ministre", frozenset({"éducation"})),
    ("locataire", "ségur"): ("ministre", frozenset({"santé"})),
    ("locataire", "brienne"): ("ministre", frozenset({"armées"})),
    ("locataire", "valois"): ("ministre", frozenset({"culture"})),
    ("magistrat", "premier"): ("maire", frozenset()),  # « le premier magistrat de la commune »
    ("magistrate", "première"): ("maire", frozenset()),
    ("édile", "premier"): ("maire", frozenset()),
    ("édile", "première"): ("maire", frozenset()),
}

# Stressed pronouns after « selon » / « d'après » (gender, number), resolved like subject pronouns.
STRESSED_PRONOUNS = {"lui": ("m", "s"), "elle": ("f", "s"), "eux": ("m", "p"), "elles": ("f", "p")}
FIRST_SECOND_PERSON = _words(
    "je j' j’ me m' m’ moi nous vous mon ma mes notre nos votre vos tu te t' t’ toi ton ta tes"
)
# Object clitics that may stand between a quotation and its cue: « … », lui a répondu X.
CLITICS = _words("lui leur me m' nous vous se s' y en l' le la les")
NEGATION = _words("ne n' pas plus jamais guère point")
# Verbs that carry a speech verb: « a tenu à souligner », « n'a cessé de répéter ».
SEMI_AUXILIARIES = _words(
    "vouloir pouvoir devoir tenir cesser venir aller manquer souhaiter falloir sembler savoir"
)
QUE_FORMS = frozenset({"que", "qu'", "qu’", "qu"})
# Words that make « que » a conjunction of their own: bien que, afin que, parce que, alors que …
CONJUNCTION_HEADS = _words(
    "bien afin parce pour avant sans alors tandis dès après pendant malgré tant plutôt sorte lors"
)
# Words that open the reported clause of a speech verb: « a dit que », « a raconté comment ».
COMPLEMENTIZERS = _words("que qu' comment pourquoi combien si s'")
ACCORDING_TO = frozenset({"selon", "d'après"})
# The nouns and verb of the phrases that name a source like « selon »: « de l'aveu de X », « aux dires
# de X », « de l'avis de X », « aux yeux de X », « à en croire X » (sieves/according_to.py reads them).
SOURCE_FRAME_WORDS = frozenset({"aveu", "dires", "dire", "avis", "yeux", "croire"})
# Where a study or an article appeared, not who wrote it: « une étude de la revue X ».
MEDIA_NOUNS = _words("revue journal magazine quotidien hebdomadaire mensuel site blog")
# Speech verbs whose passive has another sense: « ont été interpellés » (arrested), « est appelé à ».
NOT_SPEECH_WHEN_PASSIVE = _words("interpeller appeler")
# Documents whose author speaks through them: « le communiqué de la préfecture ».
DOCUMENT_NOUNS = _words(
    "communiqué rapport document lettre note courrier étude message tweet publication avis"
)
# Nouns for the words someone said: « ce sont les mots / les propos de X ».
SPEECH_NOUNS = _words("propos déclaration déclarations mot mots parole paroles terme termes")
# Nouns for what a source said or published: « selon les propos / le rapport / les chiffres de X ».
SOURCE_NOUNS = (
    _words(
        """témoignage témoignages explication explications aveux version récit dires chiffre chiffres
    donnée données estimation estimations calcul calculs information informations enquête bilan
    décompte sondage prévision prévisions projection projections statistique statistiques conclusion
    conclusions résultat résultats relevé relevés comptage recensement évaluation évaluations"""
    )
    | SPEECH_NOUNS
    | DOCUMENT_NOUNS
)
MASCULINE_DETERMINERS = _words("le un ce cet du au")
# « sa fille » : a possessive agrees with its noun (« son » does not: « son amie »)
FEMININE_DETERMINERS = _words("la une cette sa")
PLURAL_DETERMINERS = _words("les des ces leurs ses nos vos mes tes quelques plusieurs")
DEFINITE_DETERMINERS = _words("le la l' les ce cette")
ARTICLES = _words("le la les l' un une des du de d' ce cet cette ces son sa ses leur leurs")
# Words that introduce a noun phrase: a short verbless quotation after them is a term, not speech.
TERM_LEADERS = _words(
    "le la les l un une des du de d au aux sa son ses leur leurs notre votre ce cet cette ces en sur pour par dans vers comme contre entre"
)
# Nouns that announce a term in quotation marks: le mot « trahison ».
TERM_WORDS = _words(
    "mot terme expression formule slogan devise hashtag mot-dièse nom surnom étiquette qualificatif rubrique"
)


def _entries(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rows.append(line.split())
    return rows


def _regular_forms(lemma: str) -> set[str]:
    """Third-person and participle forms of a regular -er / -ir verb (enough to spot a cue)."""
    if lemma.endswith("er"):
        stem = lemma[:-2]
        endings = (
            "e",
            "ent",
            "ait",
            "aient",
            "a",
            "èrent",
            "é",
            "ée",
            "és",
            "ées",
            "era",
            "eront",
            "erait",
            "eraient",
            "ant",
            "ons",
            "ez",
            "es",
        )
        forms = {stem + e for e in endings}
        if stem.endswith("g"):  # manger -> mangeait
            forms |= {stem + "e" + e for e in ("ait", "aient", "a", "ant")}
        if stem.endswith("c"):  # lancer -> lança
            forms |= {stem[:-1] + "ç" + e for e in ("ait", "aient", "a", "ant")}
        return forms
    if lemma.endswith("ir"):
        stem = lemma[:-2]
        return {stem + e for e in ("it", "issent", "issait", "i", "ie", "is", "ira", "irait")}
    return set()


@cache
def speech_verbs() -> dict[str, bool]:
    """Speech-verb lemma -> whether it introduces indirect speech with « que »."""
    verbs: dict[str, bool] = {}
    for row in _entries("speech_verbs.txt"):
        words = row[1:] if row[0] in {"se", "s'"} else row
        lemma = words[0].removeprefix("s'")
        verbs[lemma] = verbs.get(lemma, True) and "!" not in words
    return verbs


@cache
def speech_forms() -> dict[str, str]:
    """Inflected form -> speech-verb lemma, for a cue whose lemma the parser got wrong."""
    forms: dict[str, str] = {}
    for row in _entries("speech_verbs.txt"):
        words = [w for w in (row[1:] if row[0] in {"se", "s'"} else row) if w != "!"]
        lemma = words[0].removeprefix("s'")
        for form in {lemma, *_regular_forms(lemma), *words[1:]}:
            forms.setdefault(form.lower(), lemma)
    return forms


@cache
def speech_phrases() -> frozenset[str]:
    """Two-word cues, "faire savoir": a verb's lemma, a space, the infinitive that follows it."""
    return frozenset(" ".join(row[:2]) for row in _entries("speech_phrases.txt"))


@cache
def speech_idioms() -> frozenset[tuple[str, str]]:
    """Verb-and-noun speech acts, ("hausser", "ton"): a verb's lemma and the noun of the phrase."""
    return frozenset((row[0], row[1]) for row in _entries("speech_idioms.txt"))


@cache
def party_names() -> tuple[str, ...]:
    """The parties of data/organisation_kinds.txt as written (« LR », « Renaissance »), longest first."""
    names = []
    for line in (DATA_DIR / "organisation_kinds.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and "parti" in line.rsplit(":", 1)[1].split():
            names.extend(name.strip() for name in line.rsplit(":", 1)[0].split("|"))
    return tuple(sorted(names, key=len, reverse=True))


@cache
def organisation_kinds() -> dict[str, frozenset[str]]:
    """Well-known organisations (by name, lowercase, as the data writes it and without « les ») and the
    generic nouns that name them."""
    kinds: dict[str, frozenset[str]] = {}
    for line in (DATA_DIR / "organisation_kinds.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        names, nouns = line.rsplit(":", 1)
        for name in names.split("|"):
            key = name.strip().lower().replace("’", "'")
            # « les députés Les Républicains » : the article of a plural name melts into the one before
            kinds[key] = kinds[key.removeprefix("les ")] = frozenset(nouns.split())
    return kinds


def known_organisation(name: str) -> frozenset[str]:
    """The generic nouns of a well-known organisation, by its name with or without its article or
    the acronym in parentheses after it (« l'UFC-Que Choisir », « la Haute Autorité de santé (HAS) »)."""
    kinds = organisation_kinds()
    full, _, short = name.lower().replace("’", "'").partition(" (")
    for key in (full, short.rstrip(")")):
        for article in ("", "l'", "le ", "la ", "les "):
            if key.startswith(article) and key.removeprefix(article) in kinds:
                return kinds[key.removeprefix(article)]
    return frozenset()


@cache
def organisation_aliases() -> dict[str, frozenset[str]]:
    """Acronym -> the words of its full name and derived adjectives (data/organisation_aliases.txt)."""
    return {row[0].rstrip(":"): frozenset(row[1:]) for row in _entries("organisation_aliases.txt")}


def with_aliases(words: set[str] | frozenset[str]) -> frozenset[str]:
    """The words, plus an acronym's full-name words, plus the acronym of a full name they hold."""
    found = set(words)
    for acronym, full in organisation_aliases().items():
        if acronym in words:
            found |= full
        elif full & words and (full - ADJECTIVE_ALIASES) <= words | ADJECTIVE_ALIASES:
            found.add(acronym)
        elif words & full & ADJECTIVE_ALIASES:
            found.add(acronym)  # « l'émissaire onusien »
    return frozenset(found)


# Adjectives the press derives from an acronym (« onusien »): alone they stand for it.
ADJECTIVE_ALIASES = frozenset({"onusien", "onusienne"})


@cache
def org_reprises() -> frozenset[str]:
    """Generic nouns that name again an organisation introduced by its name (« l'ONG »)."""
    return frozenset(row[0].lower() for row in _entries("org_reprises.txt"))


@cache
def infinitive_cues() -> dict[str, frozenset[str]]:
    """Speech-verb lemma -> the words that may introduce its reported infinitive ("" for none)."""
    cues: dict[str, frozenset[str]] = {}
    for row in _entries("infinitive_cues.txt"):
        lemma = row[0].removeprefix("s'").removeprefix("se ")
        cues[lemma] = frozenset("" if word == "-" else word for word in row[1:])
    return cues


@cache
def infinitive_cue_forms() -> frozenset[str]:
    """Inflected forms of the infinitive cues (« s'est engagée à », « incite à »)."""
    return frozenset(form for lemma in infinitive_cues() for form in {lemma, *_regular_forms(lemma)})


@cache
def intention_nouns() -> frozenset[str]:
    """Nouns whose « de + infinitive » reports a stated intention (« sa volonté de … »)."""
    return frozenset(row[0] for row in _entries("intention_nouns.txt"))


@cache
def stating_verbs() -> frozenset[str]:
    """Verbs besides the speech verbs that state an intention noun (« afficher sa volonté de »)."""
    return frozenset(row[0] for row in _entries("stating_verbs.txt"))


@cache
def qualifying_verbs() -> dict[str, frozenset[str]]:
    """Lemma -> the words that may stand before its quoted judgement ("" for none)."""
    verbs: dict[str, frozenset[str]] = {}
    for row in _entries("qualifying_verbs.txt"):
        verbs[row[0]] = frozenset("" if word == "-" else word for word in row[1:])
    return verbs


@cache
def qualifying_forms() -> dict[str, str]:
    """Inflected form -> qualifying-verb lemma, for a verb whose lemma the parser got wrong."""
    return {form: lemma for lemma in qualifying_verbs() for form in {lemma, *_regular_forms(lemma)}}


@cache
def depending_on_nouns() -> frozenset[str]:
    """Nouns after « selon » that mean « depending on » (« selon les cas »)."""
    return frozenset(row[0].lower() for row in _entries("depending_on_nouns.txt"))


@cache
def stance_adjectives() -> frozenset[str]:
    """Forms of the adjectives of a declared stance (« se dit prêt à … »)."""
    return frozenset(word.lower() for row in _entries("stance_adjectives.txt") for word in row)


@cache
def conviction_adjectives() -> frozenset[str]:
    """Forms of the adjectives of a conviction held about a « que » clause (« reste persuadé que »)."""
    return frozenset(word.lower() for row in _entries("conviction_adjectives.txt") for word in row)


@cache
def role_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in _entries("role_nouns.txt"))


@cache
def life_nouns() -> frozenset[str]:
    """Role nouns that describe anybody (« la retraitée », « le lauréat »), data/life_nouns.txt."""
    return frozenset(row[0].lower() for row in _entries("life_nouns.txt"))


@cache
def office_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in _entries("office_nouns.txt"))


@cache
def org_words() -> frozenset[str]:
    return frozenset(row[0].lower() for row in _entries("org_words.txt"))


@cache
def title_cues() -> frozenset[str]:
    return frozenset(row[0].lower() for row in _entries("title_cues.txt"))


@cache
def honorifics() -> frozenset[str]:
    return frozenset(row[0] for row in _entries("titles.txt"))


@cache
def first_names() -> dict[str, str]:
    """First name -> "m" or "f"."""
    return {row[0]: row[1] for row in _entries("first_names.txt") if len(row) > 1}
