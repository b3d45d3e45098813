"""Score predicted quotes against the gold set: span matching, speakers and end-to-end attribution.

Pure Python on purpose: the scoring core is tested without any parser or model.
Gold documents follow tests/data/dev_gold.jsonl; predictions follow the API quote shape
({"start", "end", "text", "type", "speaker": {"name", "mention": {...}} | None, ...}).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

THRESHOLDS = (0.3, 0.8)
# Lower bounds of the confidence bands reported with the share of right named speakers in each.
CONFIDENCE_BANDS = (0.9, 0.8, 0.6, 0.0)
MAIN_THRESHOLD = 0.3
QUOTE_TYPES = ("direct", "partial", "indirect")

# A prediction naming a speaker only through one of these says nothing about who it is.
_PRONOUNS = frozenset(
    {"il", "elle", "ils", "elles", "lui", "leur", "eux", "on", "je", "nous", "vous", "qui"}
    | {"celui-ci", "celle-ci", "ce dernier", "cette dernière"}
)
# Words that cannot on their own make one name "contain" another ("le" in "le ministre").
_FUNCTION_WORDS = frozenset(
    {"le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "à", "au", "aux", "et", "en", "sur", "par"}
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " "})

Quote = dict[str, Any]


# ---------------------------------------------------------------- spans and matching


def overlap(a: Quote, b: Quote) -> int:
    """Number of characters two [start, end) spans share."""
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _assign(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Maximum-total-weight one-to-one assignment (Hungarian, O(n^3)); zero-weight pairs are dropped."""
    n_rows = len(weights)
    n_cols = len(weights[0]) if n_rows else 0
    n = max(n_rows, n_cols)
    if n == 0:
        return []
    # Square, minimisation form: padding cells cost 0 so they never beat a real pair.
    cost = [[-weights[i][j] if i < n_rows and j < n_cols else 0 for j in range(n)] for i in range(n)]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)  # p[j]: row assigned to column j (1-based, 0 = none)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, n + 1):
                if used[j]:
                    continue
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j] = cur
                    way[j] = j0
                if minv[j] < delta:
                    delta = minv[j]
                    j1 = j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    pairs = []
    for j in range(1, n + 1):
        i = p[j] - 1
        if 0 <= i < n_rows and j - 1 < n_cols and weights[i][j - 1] > 0:
            pairs.append((i, j - 1))
    return sorted(pairs)


def match_quotes(gold: Sequence[Quote], preds: Sequence[Quote], threshold: float) -> list[tuple[int, int]]:
    """Pairs (gold index, prediction index), one-to-one, maximising total overlap.

    A pair is eligible when the prediction covers at least `threshold` of the gold quote's characters.
    """
    weights = []
    for g in gold:
        length = max(1, g["end"] - g["start"])
        row = []
        for p in preds:
            shared = overlap(g, p)
            row.append(shared if shared > 0 and shared >= threshold * length else 0)
        weights.append(row)
    return _assign(weights)


# ---------------------------------------------------------------- speakers


def _norm(text: str) -> str:
    return " ".join(text.translate(_APOSTROPHES).casefold().split())


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", _norm(text)))


def names_match(a: str, b: str) -> bool:
    """Equal ignoring case, or one name's words contain all of the other's ("Altman" / "Sam Altman")."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    wa, wb = _words(a), _words(b)
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    # The contained name must carry a content word, or "le" would match "le ministre".
    return bool(small - _FUNCTION_WORDS) and small <= large


def _is_pronoun(text: str) -> bool:
    return _norm(text) in _PRONOUNS


def predicted_names(speaker: dict | None) -> list[str]:
    """Surface strings a predicted speaker offers for comparison: its name and its mention text."""
    if not speaker:
        return []
    names = [speaker.get("name") or ""]
    mention = speaker.get("mention") or {}
    names.append(mention.get("text") or "")
    return [n for n in names if n.strip() and not _is_pronoun(n)]


def gold_names(quote: Quote) -> list[str]:
    """The gold speaker and its mentions, pronouns left out (they would match any speaker)."""
    if quote.get("speaker") is None:
        return []
    names = [quote["speaker"], *quote.get("speaker_mentions", [])]
    return [n for n in names if n and not _is_pronoun(n)]


def speaker_correct(pred: Quote, gold: Quote) -> bool:
    """Whether a prediction's speaker is the gold quote's speaker (null for null counts as correct)."""
    speaker = pred.get("speaker")
    if gold.get("speaker") is None:
        return not speaker
    if not speaker:
        return False
    return any(names_match(p, g) for p in predicted_names(speaker) for g in gold_names(gold))


def surname(canonical: str) -> str | None:
    """The last capitalised word of a canonical name (« Marie Dupont » -> dupont); None for a description."""
    words = re.findall(r"[\w-]+", canonical.translate(_APOSTROPHES).replace("'", " "))
    capitalised = [w for w in words if w[:1].isupper()]
    return _norm(capitalised[-1]) if capitalised else None


def named_correct(pred: Quote, gold: Quote) -> bool:
    """Whether the predicted speaker's name carries the gold speaker's surname (or, for a speaker the
    passage never names, matches the description): a pronoun or a role is not an answer."""
    speaker = pred.get("speaker")
    if gold.get("speaker") is None:
        return not speaker
    if not speaker or not speaker.get("name"):
        return False
    name = speaker["name"]
    wanted = surname(gold["speaker"])
    if wanted is None:
        return names_match(name, gold["speaker"])
    return wanted in {_norm(w) for w in re.findall(r"[\w-]+", name.translate(_APOSTROPHES).replace("'", " "))}


def speaker_label(speaker: dict | None) -> str | None:
    """A short printable form of a predicted speaker."""
    if not speaker:
        return None
    mention = (speaker.get("mention") or {}).get("text")
    name = speaker.get("name")
    return name if not mention or mention == name else f"{name} ({mention})"


# ---------------------------------------------------------------- metrics


def prf(correct: int, predicted: int, gold: int) -> dict[str, float | int]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "correct": correct}


def _doc_errors(doc: dict, preds: list[Quote], pairs: list[tuple[int, int]]) -> dict[str, Any]:
    gold = doc.get("quotes", [])
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    text = doc.get("text", "")
    return {
        "id": doc["id"],
        "missed": [_brief(gold[i]) for i in range(len(gold)) if i not in matched_gold],
        "false_positives": [_brief_pred(preds[j]) for j in range(len(preds)) if j not in matched_pred],
        "wrong_speaker": [
            {
                "text": gold[g]["text"],
                "gold": gold[g].get("speaker"),
                "predicted": speaker_label(preds[p].get("speaker")),
                "class": _speaker_error_class(preds[p], gold[g]),
                "rule": preds[p].get("rule"),
            }
            for g, p in pairs
            if not named_correct(preds[p], gold[g])
        ],
        "bad_offsets": [
            _brief_pred(p) for p in preds if "text" in p and text[p["start"] : p["end"]] != p["text"]
        ],
    }


def _speaker_error_class(pred: Quote, gold: Quote) -> str:
    """no speaker / a right speaker under a description or pronoun / a speaker for a speakerless quote /
    the wrong speaker."""
    if not pred.get("speaker"):
        return "no_speaker"
    if gold.get("speaker") is None:
        return "spurious_speaker"
    return "unnamed" if speaker_correct(pred, gold) else "wrong_speaker"


def _brief(quote: Quote) -> dict[str, Any]:
    return {k: quote.get(k) for k in ("start", "end", "type", "text", "speaker")}


def _brief_pred(pred: Quote) -> dict[str, Any]:
    brief = {k: pred.get(k) for k in ("start", "end", "type", "text")}
    brief["speaker"] = speaker_label(pred.get("speaker"))
    return brief


def _non_quote_hits(doc: dict, preds: list[Quote]) -> tuple[int, int]:
    """(non-quotes taken for a quote, non-quotes taken for a quote with a speaker).

    A prediction takes a non-quote for a quote when it covers at least 30 % of it and the non-quote
    is at least 30 % of the prediction: a reported clause that merely contains a title (« selon X,
    l'opération « Y » a coûté … ») has not taken the title for speech; nor has a prediction that
    matches a gold quotation holding the non-quote.
    """
    covered = attributed = 0
    for nq in doc.get("non_quotes", []):
        length = max(1, nq["end"] - nq["start"])
        hits = [
            p
            for p in preds
            if overlap(nq, p) >= max(1, MAIN_THRESHOLD * length)
            and overlap(nq, p) >= MAIN_THRESHOLD * max(1, p["end"] - p["start"])
            and not _is_quote_around(doc, nq, p)
        ]
        covered += bool(hits)
        attributed += any(p.get("speaker") for p in hits)
    return covered, attributed


def _is_quote_around(doc: dict, non_quote: dict, pred: Quote) -> bool:
    """The prediction is a gold quotation (matched at 30 %) that holds the non-quote in it."""
    return any(
        g["start"] <= non_quote["start"]
        and non_quote["end"] <= g["end"]
        and overlap(g, pred) >= MAIN_THRESHOLD * max(1, g["end"] - g["start"])
        for g in doc.get("quotes", [])
    )


def score(gold_docs: list[dict], predictions: dict[str, list[dict]]) -> dict[str, Any]:
    """All metrics for predictions (doc id -> API-shaped quotes) against gold documents.

    Documents missing from `predictions` count as predicted empty. The "errors" entry lists,
    per document, missed gold quotes, false positives and wrong speakers (at the 30% threshold).
    """
    n_gold = sum(len(d.get("quotes", [])) for d in gold_docs)
    n_pred = sum(len(predictions.get(d["id"], [])) for d in gold_docs)
    matched = dict.fromkeys(THRESHOLDS, 0)
    speaker_ok = attributed_ok = named_ok = 0
    bands = {band: [0, 0] for band in CONFIDENCE_BANDS}  # band -> [predictions, right named speaker]
    by_type: dict[str, dict[str, int]] = {}
    nq_total = nq_covered = nq_attributed = 0
    errors = []
    for doc in gold_docs:
        gold = doc.get("quotes", [])
        preds = list(predictions.get(doc["id"], []))
        for threshold in THRESHOLDS:
            pairs = match_quotes(gold, preds, threshold)
            matched[threshold] += len(pairs)
            if threshold == MAIN_THRESHOLD:
                main_pairs = pairs
            for g, _ in pairs:
                counts = by_type.setdefault(gold[g]["type"], {"gold": 0})
                counts[f"matched@{threshold:g}"] = counts.get(f"matched@{threshold:g}", 0) + 1
        for quote in gold:
            by_type.setdefault(quote["type"], {"gold": 0})["gold"] += 1
        good = sum(speaker_correct(preds[p], gold[g]) for g, p in main_pairs)
        speaker_ok += good
        attributed_ok += good
        named = {p for g, p in main_pairs if named_correct(preds[p], gold[g])}
        named_ok += len(named)
        for j, pred in enumerate(preds):
            band = _band(pred.get("confidence"))
            bands[band][0] += 1
            bands[band][1] += j in named and bool(pred.get("speaker"))
        covered, attributed = _non_quote_hits(doc, preds)
        nq_total += len(doc.get("non_quotes", []))
        nq_covered += covered
        nq_attributed += attributed
        errors.append(_doc_errors(doc, preds, main_pairs))
    return {
        "documents": len(gold_docs),
        "gold_quotes": n_gold,
        "predicted_quotes": n_pred,
        "quotes@0.3": prf(matched[0.3], n_pred, n_gold),
        "quotes@0.8": prf(matched[0.8], n_pred, n_gold),
        "speaker_accuracy": speaker_ok / matched[MAIN_THRESHOLD] if matched[MAIN_THRESHOLD] else 0.0,
        "attribution": prf(attributed_ok, n_pred, n_gold),
        "named_attribution": prf(named_ok, n_pred, n_gold),
        "confidence": _confidence_table(bands),
        "recall_by_type": _recall_by_type(by_type),
        "non_quotes": {"total": nq_total, "predicted": nq_covered, "with_speaker": nq_attributed},
        "errors": errors,
    }


def _band(confidence: float | None) -> float:
    value = confidence if confidence is not None else 0.0
    return next(band for band in CONFIDENCE_BANDS if value >= band)


def _confidence_table(bands: dict[float, list[int]]) -> dict[str, Any]:
    """Per band, and for confidence >= 0.8 together: predictions and the share with the right named speaker."""
    table: dict[str, Any] = {}
    for band, (count, right) in bands.items():
        table[f">={band:g}"] = {"predicted": count, "named_right": right / count if count else 0.0}
    high = [bands[b] for b in CONFIDENCE_BANDS if b >= 0.8]
    count, right = sum(c for c, _ in high), sum(r for _, r in high)
    table["high"] = {"threshold": 0.8, "predicted": count, "named_right": right / count if count else 0.0}
    return table


def _recall_by_type(by_type: dict[str, dict[str, int]]) -> dict[str, dict[str, float | int]]:
    out = {}
    kinds = [k for k in QUOTE_TYPES if k in by_type] + sorted(set(by_type) - set(QUOTE_TYPES))
    for kind in kinds:
        counts = by_type[kind]
        row: dict[str, float | int] = {"gold": counts["gold"]}
        for threshold in THRESHOLDS:
            hits = counts.get(f"matched@{threshold:g}", 0)
            row[f"recall@{threshold:g}"] = hits / counts["gold"] if counts["gold"] else 0.0
        out[kind] = row
    return out
