"""`citations stats RESULTS.jsonl [--json]`: who gets quoted across a batch of results.

Reads the output of `citations batch` (a JSONL file) or of the Spark job with `--format jsonl` (a
directory of part files): one API-shaped result a line, {"id", "quotes", "speakers", ...}; a line
{"id", "result": "<that JSON as a string>"} (the Spark job's row, exported) is read too. Counts documents, quotes and speakers; the share of quotes and of
distinct speakers by gender (the article's grammatical evidence, see the README) and by kind; and the
most quoted speakers. A person reads the table; a dashboard reads --json.

A speaker is "distinct" by kind and name across documents (« Sam Altman » in ten articles is one);
their gender across documents is the one every article that gives one agrees on, else "unknown".
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from service.attribution.entities import normalize

GENDERS = ("female", "male", "unknown")
KINDS = ("person", "organization", "unknown")


@dataclass
class _Distinct:
    name: str
    kind: str
    quotes: int = 0
    documents: set[str] = field(default_factory=set)
    genders: set[str] = field(default_factory=set)  # female / male / unknown as each article gives it

    @property
    def gender(self) -> str | None:
        if self.kind == "organization" or not self.genders - {None}:
            return None
        told = self.genders & {"female", "male"}
        return told.pop() if len(told) == 1 else "unknown"


@dataclass
class Tally:
    lines: int = 0
    skipped: list[tuple[str, int, str]] = field(default_factory=list)  # (file, line number, why)
    documents: int = 0
    quotes: int = 0
    unattributed: int = 0
    quotes_by_gender: Counter = field(default_factory=Counter)
    quotes_by_kind: Counter = field(default_factory=Counter)
    distinct: dict[tuple[str, str], _Distinct] = field(default_factory=dict)

    def add(self, doc_id: str, result: dict) -> None:
        speakers = {s["id"]: s for s in result.get("speakers") or []}
        self.documents += 1
        for quote in result.get("quotes") or []:
            self.quotes += 1
            ref = quote.get("speaker")
            speaker = speakers.get(ref["id"]) if ref else None
            if speaker is None:
                self.unattributed += 1
                continue
            kind = speaker.get("kind") or "unknown"
            gender = speaker.get("gender")
            self.quotes_by_kind[kind] += 1
            self.quotes_by_gender[_gender_key(kind, gender)] += 1
            key = (kind, " ".join(normalize(speaker["name"]).split()))
            entry = self.distinct.setdefault(key, _Distinct(speaker["name"], kind))
            entry.quotes += 1
            entry.documents.add(doc_id)
            entry.genders.add(gender)


def _gender_key(kind: str, gender: str | None) -> str:
    """female / male / unknown for a possible person, "not a person" for an organisation."""
    if kind == "organization" or (gender is None and kind != "person"):
        return "not a person"
    return gender or "unknown"


def result_files(path: Path) -> list[Path]:
    """The file itself, or a directory's data files (Spark's part files; not _SUCCESS nor .crc)."""
    if path.is_file():
        return [path]
    return sorted(
        p for p in path.rglob("*") if p.is_file() and not p.name.startswith(("_", ".")) and p.suffix != ".crc"
    )


def _as_result(record: object) -> dict | None:
    if isinstance(record, dict) and isinstance(record.get("result"), str) and "quotes" not in record:
        try:
            record = json.loads(record["result"])
        except ValueError:
            return None
    if isinstance(record, dict) and isinstance(record.get("quotes"), list):
        return record
    return None


def read_results(path: Path) -> Tally:
    """Tally every result line; a line that is not a result is skipped and reported, never fatal."""
    tally = Tally()
    for source in result_files(path):
        with source.open("rb") as handle:
            for number, raw in enumerate(handle, 1):
                if not raw.strip():
                    continue
                tally.lines += 1
                try:
                    record = _as_result(json.loads(raw))
                except ValueError as error:
                    tally.skipped.append((source.name, number, f"malformed JSON: {error}"))
                    continue
                if record is None:
                    tally.skipped.append((source.name, number, 'not a result (no "quotes" list)'))
                    continue
                try:
                    tally.add(str(record.get("id", f"{source.name}:{number}")), record)
                except (KeyError, TypeError, AttributeError) as error:
                    why = f"unexpected shape: {type(error).__name__}: {error}"
                    tally.skipped.append((source.name, number, why))
    return tally


def _shares(counts: Counter, keys: Iterable[str]) -> dict[str, dict[str, float | int]]:
    total = sum(counts.values())
    return {
        key: {"count": counts.get(key, 0), "share": counts.get(key, 0) / total if total else 0.0}
        for key in keys
    }


def summarize(tally: Tally, top: int = 10) -> dict[str, Any]:
    """The figures as one JSON-ready object."""
    distinct = list(tally.distinct.values())
    speakers_by_gender = Counter(_gender_key(d.kind, d.gender) for d in distinct)
    speakers_by_kind = Counter(d.kind for d in distinct)
    female = tally.quotes_by_gender.get("female", 0)
    male = tally.quotes_by_gender.get("male", 0)
    women_speakers = speakers_by_gender.get("female", 0)
    men_speakers = speakers_by_gender.get("male", 0)
    gender_keys = (*GENDERS, "not a person")
    ranked = sorted(distinct, key=lambda d: (-d.quotes, -len(d.documents), d.name))[:top]
    return {
        "documents": tally.documents,
        "quotes": tally.quotes,
        "quotes_with_speaker": tally.quotes - tally.unattributed,
        "quotes_without_speaker": tally.unattributed,
        "speakers": len(distinct),
        "quotes_by_gender": _shares(tally.quotes_by_gender, gender_keys),
        "speakers_by_gender": _shares(speakers_by_gender, gender_keys),
        "quotes_by_kind": _shares(tally.quotes_by_kind, KINDS),
        "speakers_by_kind": _shares(speakers_by_kind, KINDS),
        "women_share_of_gendered_quotes": female / (female + male) if female + male else None,
        "women_share_of_gendered_speakers": (
            women_speakers / (women_speakers + men_speakers) if women_speakers + men_speakers else None
        ),
        "most_quoted": [
            {
                "name": d.name,
                "kind": d.kind,
                "gender": d.gender,
                "quotes": d.quotes,
                "documents": len(d.documents),
            }
            for d in ranked
        ],
        "skipped_lines": [{"file": name, "line": line, "error": why} for name, line, why in tally.skipped],
    }


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


def format_table(summary: dict[str, Any]) -> str:
    """The summary as plain text for a person."""
    lines = [
        f"documents {summary['documents']}   quotes {summary['quotes']} "
        f"({summary['quotes_without_speaker']} without a speaker)   distinct speakers {summary['speakers']}",
        "",
        "(shares of the quotes that have a speaker, and of distinct speakers)",
        f"{'':16}{'quotes':>8}{'share':>9}{'speakers':>10}{'share':>9}",
    ]
    for title, quotes, speakers in (
        ("by gender", summary["quotes_by_gender"], summary["speakers_by_gender"]),
        ("by kind", summary["quotes_by_kind"], summary["speakers_by_kind"]),
    ):
        lines.append(title)
        for key in quotes:
            q, s = quotes[key], speakers[key]
            lines.append(
                f"  {key:14}{q['count']:8d}{_percent(q['share']):>9}{s['count']:10d}{_percent(s['share']):>9}"
            )
    lines.append("")
    lines.append(
        f"women among quotes with a known gender: {_percent(summary['women_share_of_gendered_quotes'])}; "
        f"among speakers: {_percent(summary['women_share_of_gendered_speakers'])}"
    )
    if summary["most_quoted"]:
        lines.append("")
        lines.append(f"most quoted{'':19}{'quotes':>7}{'docs':>6}  kind          gender")
        for row in summary["most_quoted"]:
            name = row["name"] if len(row["name"]) <= 28 else row["name"][:27] + "…"
            lines.append(
                f"  {name:28}{row['quotes']:7d}{row['documents']:6d}  {row['kind']:13} {row['gender'] or '—'}"
            )
    if summary["skipped_lines"]:
        lines.append("")
        lines.append(f"skipped lines: {len(summary['skipped_lines'])}")
        for item in summary["skipped_lines"][:10]:
            lines.append(f"  {item['file']} line {item['line']}: {item['error']}")
    lines.append("")
    lines.append("Gender is the article's grammatical evidence about each speaker, not an identity claim.")
    return "\n".join(lines) + "\n"
