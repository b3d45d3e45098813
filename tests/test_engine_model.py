"""The engine through the real parser and the shipped model: the seed article end to end."""

from __future__ import annotations

import dataclasses
import json

import pytest

from service.attribution.engine import attribute, sentences_to_parse
from service.attribution.evaluate import match_quotes, score, speaker_correct
from tests.conftest import ROOT

pytestmark = pytest.mark.model

GOLD = ROOT / "tests" / "data" / "dev_gold.jsonl"


def gold_documents() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def predictions(parser, documents, selective=True) -> dict[str, list[dict]]:
    keep = sentences_to_parse if selective else None
    parsed = parser.parse_many([d["text"] for d in documents], keep)
    return {
        d["id"]: [dataclasses.asdict(q) for q in attribute(doc).quotes]
        for d, doc in zip(documents, parsed, strict=True)
    }


def quotes_of(parser, text: str):
    """The quotations the engine finds in `text`, parsed selectively as the service does."""
    return attribute(parser.parse(text, sentences_to_parse)).quotes


def speaker_names(quotes) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotes]


def texts_and_speakers(quotes) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes]


@pytest.fixture(scope="module")
def seed_gold():
    return next(d for d in gold_documents() if d["id"].startswith("seed"))


@pytest.fixture(scope="module")
def seed_predicted(shipped_parser, seed_gold):
    return predictions(shipped_parser, [seed_gold])[seed_gold["id"]]


def test_seed_every_quotation_is_found_with_its_speaker(seed_gold, seed_predicted):
    gold = [q for q in seed_gold["quotes"] if q["type"] != "indirect"]
    pairs = dict(match_quotes(gold, seed_predicted, 0.3))
    missed = [q["text"] for i, q in enumerate(gold) if i not in pairs]
    assert not missed, missed
    wrong = [
        (gold[i]["text"], seed_predicted[j]["speaker"])
        for i, j in pairs.items()
        if not speaker_correct(seed_predicted[j], gold[i])
    ]
    assert not wrong, wrong
    names = {p["speaker"]["name"] for p in seed_predicted if p["speaker"]}
    assert names <= {"Sam Altman", "Elon Musk"}, names


def test_seed_stray_paragraph_is_not_attributed(seed_gold, seed_predicted):
    strays = [n for n in seed_gold["non_quotes"] if n["why"] == "stray" and len(n["text"]) > 20]
    assert strays, "the seed annotation lists the narration paragraph opened by a stray «"
    for stray in strays:
        overlapping = [
            p for p in seed_predicted if min(p["end"], stray["end"]) - max(p["start"], stray["start"]) > 0
        ]
        assert not [p for p in overlapping if p["speaker"]], overlapping


def test_seed_unclosed_last_quote_runs_to_the_paragraph_end(seed_gold, seed_predicted):
    text = seed_gold["text"]
    unclosed = next(p for p in seed_predicted if p["text"].startswith("De retour demain"))
    assert text[unclosed["end"] - 1] == "." and text[unclosed["end"]] == "\n"
    assert unclosed["speaker"]["name"] == "Sam Altman"


def test_offsets_match_the_text_and_cues_are_reported(seed_gold, seed_predicted):
    text = seed_gold["text"]
    assert len(seed_predicted) >= 10
    for quote in seed_predicted:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        if quote["cue"]:
            cue = quote["cue"]
            assert text[cue["start"] : cue["end"]] == cue["text"]
        if quote["speaker"]:
            mention = quote["speaker"]["mention"]
            assert text[mention["start"] : mention["end"]] == mention["text"]


def test_selective_parsing_gives_the_same_scores_as_a_full_parse(shipped_parser):
    documents = gold_documents()[:20]
    selective = score(documents, predictions(shipped_parser, documents, selective=True))
    full = score(documents, predictions(shipped_parser, documents, selective=False))
    selective.pop("errors"), full.pop("errors")
    assert selective == full


def test_dialogue_pronouns_reach_past_blank_lines_and_respect_gender(shipped_parser):
    # « Sa fille Julie » is feminine (the possessive agrees); the pronoun « il » looks back three
    # paragraphs even when blank lines separate them, and the next dash line is not the same speaker.
    text = (
        "Dans la ferme de Saint-Rémi, Paul Girard répare le tracteur depuis l'aube. "
        "Sa fille Julie arrive avec le café.\n\n"
        "— Tu as fini, papa ? demande-t-elle.\n\n"
        "— Pas encore. Avec ce froid, le moteur ne veut rien savoir, répond-il sans lever la tête."
    )
    quotes = quotes_of(shipped_parser, text)
    assert [(q.text[:12], q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Tu as fini, ", "Julie"),
        ("Pas encore. ", "Paul Girard"),
    ]


def test_plural_pronoun_finds_the_one_plural_role_subject(shipped_parser):
    text = "Les habitants du quartier dénoncent la fermeture de l'école. « C'est une décision injuste », disent-ils."
    quotes = quotes_of(shipped_parser, text)
    assert texts_and_speakers(quotes) == [("C'est une décision injuste", "Les habitants du quartier")]
    assert quotes[0].rule == "postposed_cue" and quotes[0].via == ("pronoun",)


def test_colon_after_a_persons_clause_and_plural_groups_stay_groups(shipped_parser):
    text = (
        "« On n'a jamais vu ça », confie Marc, un habitant. Sa voisine, Julie Moreau, est plus "
        "prudente : « Attendons de voir. » Les élus de l'opposition ont quant à eux fait valoir que "
        "le budget ne suffirait pas."
    )
    quotes = quotes_of(shipped_parser, text)
    assert texts_and_speakers(quotes) == [
        ("On n'a jamais vu ça", "Marc"),
        ("Attendons de voir.", "Julie Moreau"),  # not the previous quote's speaker
        ("le budget ne suffirait pas", "Les élus de l'opposition"),  # a group, never « Marc »
    ]
    assert quotes[1].rule == "colon_subject"
    assert quotes[2].cue is not None and quotes[2].cue.lemma == "faire valoir"


def test_selon_lui_and_a_party_acronym_before_the_name(shipped_parser):
    text = (
        "Le ministre de l'Économie, Bruno Lemaire, a rejeté mardi toute hausse d'impôts. Selon lui, "
        "« la croissance suffira à combler le déficit ».\n\n"
        "« C'est du bricolage », a tranché le député LFI Éric Coquerel sur France Inter."
    )
    quotes = quotes_of(shipped_parser, text)
    assert texts_and_speakers(quotes) == [
        ("la croissance suffira à combler le déficit", "Bruno Lemaire"),
        ("C'est du bricolage", "Éric Coquerel"),
    ]


def test_coordinated_partial_quotes_share_the_governing_verb(shipped_parser):
    text = (
        "La maire de Paris, Anne Hidalgo, a présenté lundi son plan. "
        "Elle a promis des transports « fluides » et une ville « apaisée »."
    )
    quotes = quotes_of(shipped_parser, text)
    assert [(q.type, q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("partial", "fluides", "Anne Hidalgo"),
        ("partial", "apaisée", "Anne Hidalgo"),
    ]


def test_a_paragraph_of_testimony_after_the_person_who_tells_it(shipped_parser):
    text = (
        "Rescapé de l'incendie qui a détruit son immeuble de la rue Voltaire, Karim Benali, 54 ans, "
        "raconte la nuit du drame.\n\n"
        "« Ma voisine a frappé à la porte. J'ai pris mes enfants et on est sortis par l'escalier. »"
    )
    quotes = quotes_of(shipped_parser, text)
    assert [(q.text[:18], q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Ma voisine a frapp", "Karim Benali")
    ]


def test_a_description_with_its_own_modifier_is_a_new_person(shipped_parser):
    text = (
        "« C'est une victoire pour tout le Québec », a lancé le premier ministre François Legault. "
        "Le chef libéral n'a pas tardé à réagir sur X : « Parlons plutôt d'un rattrapage. »"
    )
    quotes = quotes_of(shipped_parser, text)
    assert speaker_names(quotes) == ["François Legault", "Le chef libéral"]


def test_a_quote_opening_a_paragraph_is_named_in_the_next_sentence(shipped_parser):
    # the captain is not feminine (« capitaine » is no « -ine » feminine); « elle » looks ahead
    text = (
        "Son capitaine, Marquinhos, a reconnu que l'équipe « n'avait pas d'âme » ce soir.\n\n"
        "« Je ne regrette rien », confie-t-elle au Monde. La chanteuse, qui sort un nouvel album "
        "vendredi, explique avoir « tout donné » pour ce disque."
    )
    quotes = quotes_of(shipped_parser, text)
    assert speaker_names(quotes) == [
        "Marquinhos",
        "La chanteuse",
        "La chanteuse",
    ]


def test_a_name_the_parser_made_a_modifier_of_its_title_is_the_speaker(shipped_parser):
    text = (
        "Dans un message publié sur X, le président ukrainien Volodymyr Zelensky a remercié ses alliés : "
        "« Merci pour votre soutien indéfectible. »"
    )
    quotes = quotes_of(shipped_parser, text)
    assert speaker_names(quotes) == ["Volodymyr Zelensky"]


def test_no_look_ahead_when_the_paragraph_named_someone_before(shipped_parser):
    text = (
        "Le ministre est arrivé en retard. « Nous ferons mieux », a-t-il dit. Le député a répondu sèchement."
    )
    assert speaker_names(quotes_of(shipped_parser, text)) == ["Le ministre"]


def test_institution_names_keep_their_lowercase_adjectives(shipped_parser):
    text = (
        "Le Rassemblement national a dénoncé « un mépris du Parlement ». "
        "Selon le Parti socialiste, la réforme « ne passera pas »."
    )
    assert speaker_names(quotes_of(shipped_parser, text)) == [
        "Rassemblement national",
        "Parti socialiste",
    ]
