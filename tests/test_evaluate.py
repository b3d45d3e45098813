"""Unit tests of the scoring core on small handmade gold/prediction pairs (no parser needed)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.attribution.evaluate import _assign, match_quotes, names_match, score, speaker_correct, surname
from service.evaluate import load_gold, main

TEXT = "Le ministre Paul Martin a déclaré : « Nous tiendrons bon. » Puis il a ajouté : « Jamais. »"


def gold_quote(start: int, end: int, speaker: str | None = "Paul Martin", **extra) -> dict:
    quote = {
        "start": start,
        "end": end,
        "text": TEXT[start:end],
        "type": "direct",
        "speaker": speaker,
        "speaker_mentions": ["Paul Martin", "le ministre", "il"] if speaker else [],
        "cue": "a déclaré",
    }
    quote.update(extra)
    return quote


def pred(start: int, end: int, name: str | None = "Paul Martin", mention: str | None = None) -> dict:
    speaker = None
    if name is not None:
        mention_text = mention or name
        speaker = {"name": name, "mention": {"text": mention_text, "start": 0, "end": len(mention_text)}}
    return {
        "start": start,
        "end": end,
        "text": TEXT[start:end],
        "type": "direct",
        "speaker": speaker,
        "cue": None,
        "confidence": 0.9,
    }


def doc(quotes: list[dict], non_quotes: list[dict] | None = None, doc_id: str = "d1") -> dict:
    return {"id": doc_id, "text": TEXT, "quotes": quotes, "non_quotes": non_quotes or []}


Q1 = (TEXT.index("Nous"), TEXT.index("bon.") + 4)
Q2 = (TEXT.index("Jamais"), TEXT.index("Jamais") + 7)


def test_exact_match_is_perfect():
    gold = [doc([gold_quote(*Q1), gold_quote(*Q2)])]
    metrics = score(gold, {"d1": [pred(*Q1), pred(*Q2)]})
    for key in ("quotes@0.3", "quotes@0.8", "attribution"):
        assert metrics[key]["precision"] == metrics[key]["recall"] == metrics[key]["f1"] == 1.0
    assert metrics["speaker_accuracy"] == 1.0
    assert metrics["recall_by_type"]["direct"] == {"gold": 2, "recall@0.3": 1.0, "recall@0.8": 1.0}
    assert metrics["errors"][0]["missed"] == metrics["errors"][0]["false_positives"] == []


def test_partial_overlap_counts_at_30_but_not_80():
    start, end = Q1  # 19 characters; a prediction covering half of it
    half = pred(start, start + (end - start) // 2)
    metrics = score([doc([gold_quote(*Q1)])], {"d1": [half]})
    assert metrics["quotes@0.3"]["recall"] == 1.0
    assert metrics["quotes@0.8"]["recall"] == 0.0
    assert metrics["recall_by_type"]["direct"]["recall@0.8"] == 0.0


def test_below_30_percent_is_a_miss_and_a_false_positive():
    start, end = Q1
    tiny = pred(start, start + 3)
    metrics = score([doc([gold_quote(*Q1)])], {"d1": [tiny]})
    assert metrics["quotes@0.3"]["correct"] == 0
    errors = metrics["errors"][0]
    assert len(errors["missed"]) == 1 and len(errors["false_positives"]) == 1


def test_one_prediction_matches_only_one_gold_quote():
    gold = [doc([gold_quote(*Q1), gold_quote(*Q2)])]
    merged = pred(Q1[0], Q2[1])  # covers both gold quotes fully
    metrics = score(gold, {"d1": [merged]})
    assert metrics["quotes@0.3"]["correct"] == 1
    assert metrics["quotes@0.3"]["precision"] == 1.0
    assert metrics["quotes@0.3"]["recall"] == 0.5


def test_assignment_beats_greedy():
    # Greedy would give the long prediction to gold A (largest overlap) and leave B unmatched.
    gold = [{"start": 0, "end": 10}, {"start": 10, "end": 19}]
    preds = [{"start": 0, "end": 19}, {"start": 0, "end": 8}]
    assert match_quotes(gold, preds, 0.3) == [(0, 1), (1, 0)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(0, 9), min_size=3, max_size=3), min_size=1, max_size=4))
def test_assignment_is_optimal(weights):
    def total(pairs):
        return sum(weights[i][j] for i, j in pairs)

    best = max(
        sum(weights[i][j] for i, j in zip(rows, cols, strict=True))
        for k in range(min(len(weights), 3) + 1)
        for rows in itertools.combinations(range(len(weights)), k)
        for cols in itertools.permutations(range(3), k)
    )
    pairs = _assign(weights)
    assert total(pairs) == best
    assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Altman", "Sam Altman", True),
        ("sam altman", "Sam Altman", True),
        ("le PDG d’OpenAI", "le PDG d'OpenAI", True),
        ("Elon Musk", "Sam Altman", False),
        ("le", "le ministre", False),  # function words alone do not contain a name
        ("", "Sam Altman", False),
    ],
)
def test_names_match(a, b, expected):
    assert names_match(a, b) is expected


def test_speaker_rules():
    gold = gold_quote(*Q1)
    assert speaker_correct(pred(*Q1, name="Martin"), gold)  # containment
    assert speaker_correct(pred(*Q1, name="X", mention="le ministre"), gold)  # mention text equals
    assert not speaker_correct(pred(*Q1, name="Jean Dupont"), gold)
    assert not speaker_correct(pred(*Q1, name=None), gold)  # null for a named speaker is wrong
    assert not speaker_correct(pred(*Q1, name="Jean Dupont", mention="il"), gold)  # pronouns alone
    anonymous = gold_quote(*Q1, speaker=None)
    assert speaker_correct(pred(*Q1, name=None), anonymous)
    assert not speaker_correct(pred(*Q1, name="Paul Martin"), anonymous)


def test_attribution_needs_match_and_speaker():
    gold = [doc([gold_quote(*Q1), gold_quote(*Q2)])]
    metrics = score(gold, {"d1": [pred(*Q1), pred(*Q2, name="Jean Dupont"), pred(0, 10)]})
    assert metrics["quotes@0.3"]["correct"] == 2
    assert metrics["speaker_accuracy"] == 0.5
    assert metrics["attribution"]["correct"] == 1
    assert metrics["attribution"]["precision"] == pytest.approx(1 / 3)
    assert metrics["attribution"]["recall"] == 0.5
    wrong = metrics["errors"][0]["wrong_speaker"]
    assert wrong == [
        {
            "text": "Jamais.",
            "gold": "Paul Martin",
            "predicted": "Jean Dupont",
            "class": "wrong_speaker",
            "rule": None,
        }
    ]


def test_non_quotes_with_speaker_are_counted():
    non_quotes = [
        {"start": Q1[0], "end": Q1[1], "text": TEXT[Q1[0] : Q1[1]], "why": "title"},
        {"start": Q2[0], "end": Q2[1], "text": "Jamais.", "why": "scare"},
        {"start": 0, "end": 2, "text": "Le", "why": "stray"},
    ]
    preds = [pred(*Q1), pred(*Q2, name=None)]
    metrics = score([doc([], non_quotes)], {"d1": preds})
    assert metrics["non_quotes"] == {"total": 3, "predicted": 2, "with_speaker": 1}
    assert metrics["quotes@0.3"]["precision"] == 0.0


def test_missing_document_predictions_count_as_empty():
    metrics = score([doc([gold_quote(*Q1)]), doc([], doc_id="d2")], {})
    assert metrics["predicted_quotes"] == 0
    assert metrics["quotes@0.3"]["recall"] == 0.0
    assert metrics["attribution"]["f1"] == 0.0


def test_bad_offsets_are_reported():
    wrong = pred(*Q1)
    wrong["text"] = "autre chose"
    metrics = score([doc([gold_quote(*Q1)])], {"d1": [wrong]})
    assert len(metrics["errors"][0]["bad_offsets"]) == 1


def test_cli_scores_saved_predictions(tmp_path, capsys):
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(doc([gold_quote(*Q1)]), ensure_ascii=False) + "\n", encoding="utf-8")
    pred_path = tmp_path / "pred.json"
    pred_path.write_text(json.dumps({"d1": [pred(*Q1)]}), encoding="utf-8")
    assert main([str(gold_path), "--predictions", str(pred_path), "--errors"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert "quotes@0.3" in "\n".join(out[:-1])
    assert json.loads(out[-1])["attribution"]["f1"] == 1.0


def test_gold_set_scored_against_itself_is_perfect():
    """The gold format and the API shape agree: gold quotes turned into predictions score 1.0."""
    docs = load_gold(Path(__file__).parent / "data" / "dev_gold.jsonl")
    predictions = {
        d["id"]: [
            {
                **q,
                "speaker": {"name": q["speaker"], "mention": {"text": q["speaker"], "start": 0, "end": 0}}
                if q["speaker"]
                else None,
                "confidence": 1.0,
            }
            for q in d["quotes"]
        ]
        for d in docs
    }
    metrics = score(docs, predictions)
    assert metrics["attribution"]["f1"] == metrics["quotes@0.8"]["f1"] == 1.0
    assert metrics["non_quotes"]["with_speaker"] == 0


def test_named_attribution_needs_the_surname_not_a_description():
    gold = [doc([gold_quote(0, 5), gold_quote(10, 15), gold_quote(20, 25, speaker="le porte-parole")])]
    named = pred(0, 5, "Martin", mention="il")
    described = pred(10, 15, "le ministre")
    described["confidence"] = 0.85
    unnamed_speaker = pred(20, 25, "le porte-parole")
    unnamed_speaker["confidence"] = 0.5
    metrics = score(gold, {"d1": [named, described, unnamed_speaker]})
    assert metrics["attribution"]["correct"] == 3
    # the description is no answer once the text names him; the never-named one is
    assert metrics["named_attribution"]["correct"] == 2
    assert metrics["confidence"]["high"] == {"threshold": 0.8, "predicted": 2, "named_right": 0.5}
    assert [w["class"] for w in metrics["errors"][0]["wrong_speaker"]] == ["unnamed"]


def test_surname_is_the_last_capitalised_word():
    assert surname("Jean-Pierre Le Roux") == "roux"
    assert surname("Conseil d'État") == "état"
    assert surname("la ministre") is None


def test_a_reported_clause_containing_a_title_has_not_taken_the_title_for_speech():
    text = "Selon le maire, l'opération « Ville propre » a coûté cher. Il lance « Ville propre »."
    title_at = text.index("Ville propre")
    second_at = text.index("Ville propre", title_at + 1)
    gold = [
        {
            "id": "t",
            "text": text,
            "quotes": [],
            "non_quotes": [
                {"start": title_at, "end": title_at + 12, "text": "Ville propre", "why": "title"},
                {"start": second_at, "end": second_at + 12, "text": "Ville propre", "why": "title"},
            ],
        }
    ]
    clause = {"start": 16, "end": text.index(" a coûté") + 15, "speaker": {"name": "le maire"}}
    title = {"start": second_at, "end": second_at + 12, "speaker": {"name": "le maire"}}
    assert score(gold, {"t": [clause, title]})["non_quotes"] == {
        "total": 2,
        "predicted": 1,
        "with_speaker": 1,
    }


def test_a_gold_quotation_holding_a_title_has_not_taken_the_title_for_speech():
    text = "Selon la ministre, l'opération « Ma ville bouge » a payé. Elle relance « Ma ville bouge »."
    title_at = text.index("Ma ville bouge")
    second_at = text.index("Ma ville bouge", title_at + 1)
    clause_start, clause_end = text.index("l'opération"), text.index(" a payé") + 7
    gold = [
        {
            "id": "t",
            "text": text,
            "quotes": [
                {
                    "start": clause_start,
                    "end": clause_end,
                    "text": text[clause_start:clause_end],
                    "type": "indirect",
                    "speaker": "la ministre",
                }
            ],
            "non_quotes": [
                {"start": title_at, "end": title_at + 14, "text": "Ma ville bouge", "why": "title"},
                {"start": second_at, "end": second_at + 14, "text": "Ma ville bouge", "why": "title"},
            ],
        }
    ]
    clause = {"start": clause_start, "end": clause_end, "speaker": {"name": "la ministre"}}
    title = {"start": second_at, "end": second_at + 14, "speaker": {"name": "la ministre"}}
    assert score(gold, {"t": [clause, title]})["non_quotes"] == {
        "total": 2,
        "predicted": 1,
        "with_speaker": 1,
    }
