"""Word lists kept as data files (one entry a line, `#` comments), loaded once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


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
def role_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in _entries("role_nouns.txt"))


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
