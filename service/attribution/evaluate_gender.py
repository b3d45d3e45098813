"""Score speaker genders against a gold set whose quotes carry speaker_gender.

Pure Python, like the rest of the scoring: predictions are API-shaped quotes whose speaker carries
"gender" (female / male / unknown / null). Three figures:
- gender accuracy: on quotes matched at 30 % whose gold speaker is female or male and whose predicted
  speaker is the right one (its name carries the gold speaker's surname), the share given that gender;
- unknown kept: on such quotes whose gold speaker is "unknown", the share given no gender;
- share of quotes by women: female / (female + male) over every gold quote, and over every predicted
  quote (matched or not: what a newsroom's count would see), and the difference in points.
"""

from __future__ import annotations

from typing import Any

from service.attribution.evaluate import MAIN_THRESHOLD, match_quotes, named_correct

GENDERED = ("female", "male")


def predicted_gender(pred: dict) -> str | None:
    speaker = pred.get("speaker") or {}
    return speaker.get("gender")


def women_share(genders: list[str | None]) -> float | None:
    """Share of quotes by women among quotes whose speaker's gender is female or male."""
    female = sum(1 for g in genders if g == "female")
    male = sum(1 for g in genders if g == "male")
    return female / (female + male) if female + male else None


def gender_scores(gold_docs: list[dict], predictions: dict[str, list[dict]]) -> dict[str, Any]:
    """Gender metrics for predictions (doc id -> API-shaped quotes) against gold documents."""
    gendered = right = flipped = 0
    unknown = kept = 0
    not_person = not_gendered = 0
    gold_genders: list[str | None] = []
    predicted_genders: list[str | None] = []
    for doc in gold_docs:
        gold = doc.get("quotes", [])
        preds = list(predictions.get(doc["id"], []))
        gold_genders.extend(q.get("speaker_gender") for q in gold if q.get("speaker"))
        predicted_genders.extend(predicted_gender(p) for p in preds if p.get("speaker"))
        for g, p in match_quotes(gold, preds, MAIN_THRESHOLD):
            expected = gold[g].get("speaker_gender")
            if not gold[g].get("speaker") or not named_correct(preds[p], gold[g]):
                continue  # a wrong speaker's gender says nothing about this one's
            found = predicted_gender(preds[p])
            if expected in GENDERED:
                gendered += 1
                right += found == expected
                flipped += found in GENDERED and found != expected
            elif expected == "unknown":
                unknown += 1
                kept += found not in GENDERED
            elif expected == "n/a":
                not_person += 1
                not_gendered += found not in GENDERED
    gold_share = women_share(gold_genders)
    predicted_share = women_share(predicted_genders)
    return {
        "gendered_quotes": gendered,
        "gender_accuracy": right / gendered if gendered else None,
        "gender_wrong": flipped,
        "gender_left_unknown": gendered - right - flipped,
        "unknown_quotes": unknown,
        "unknown_kept": kept / unknown if unknown else None,
        "not_person_quotes": not_person,
        "not_person_ungendered": not_gendered / not_person if not_person else None,
        "women_share_gold": gold_share,
        "women_share_predicted": predicted_share,
        "women_share_error_points": (
            abs(predicted_share - gold_share) * 100
            if gold_share is not None and predicted_share is not None
            else None
        ),
    }


def format_gender(metrics: dict[str, Any]) -> str:
    """The gender figures as readable lines."""

    def percent(value: float | None) -> str:
        return "n/a" if value is None else f"{value * 100:.1f} %"

    error = metrics["women_share_error_points"]
    return "\n".join(
        [
            f"gender accuracy         {percent(metrics['gender_accuracy'])}  on {metrics['gendered_quotes']} "
            f"matched quotes with a female/male gold speaker and the right speaker "
            f"({metrics['gender_wrong']} wrong gender, {metrics['gender_left_unknown']} left unknown)",
            f"unknown kept unknown    {percent(metrics['unknown_kept'])}  on {metrics['unknown_quotes']} "
            f"such quotes whose gold speaker's gender is unknown",
            f"organisations ungendered {percent(metrics['not_person_ungendered'])}  on "
            f"{metrics['not_person_quotes']} such quotes whose gold speaker is not a person",
            f"share of quotes by women  predicted {percent(metrics['women_share_predicted'])}, gold "
            f"{percent(metrics['women_share_gold'])}, error "
            + ("n/a" if error is None else f"{error:.1f} points")
            + "  (female / (female + male), all quotes)",
        ]
    )
