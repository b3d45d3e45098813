"""Speaker gender: the decision rules and word lists on their own, then the whole engine on the real
parser with sentences written for these tests."""

from __future__ import annotations

import pytest

from service.attribution import gender
from service.attribution.engine import attribute, sentences_to_parse
from service.attribution.evaluate_gender import gender_scores, women_share
from service.attribution.gender import FEMALE, MALE, MIXED, UNKNOWN, Clue, decide
from service.attribution.lexicon import DATA_DIR
from service.attribution.results import AttributionResult

# ---------------------------------------------------------------- decisions, no parser


def clue(kind: str, value: str, start: int = 0, plural: bool = False) -> Clue:
    return Clue(kind, value, start, start + 3, plural)


def test_one_gender_wins_and_the_strongest_clue_is_the_evidence():
    found, evidence = decide([clue("first_name", FEMALE, 0), clue("pronoun", FEMALE, 40)], person=True)
    assert found == FEMALE and evidence.kind == "pronoun" and evidence.start == 40


def test_disagreeing_clues_give_unknown():
    assert decide([clue("honorific", MALE), clue("pronoun", FEMALE)], person=True) == (UNKNOWN, None)


def test_no_clue_is_unknown_never_a_guess():
    assert decide([], person=True) == (UNKNOWN, None)


def test_groups_are_unknown_unless_all_feminine():
    assert decide([clue("role", MIXED, plural=True)], person=True) == (UNKNOWN, None)
    assert decide([clue("pronoun", FEMALE, plural=True)], person=True)[0] == FEMALE
    assert (
        decide([clue("pronoun", FEMALE, plural=True), clue("role", MIXED, plural=True)], True)[0] == UNKNOWN
    )


def test_a_person_s_plural_clue_gives_way_to_singular_ones():
    # « les élus » near « le conseiller X »: the group is not the person
    assert decide([clue("role", MIXED, plural=True), clue("role", MALE)], person=True)[0] == MALE


def test_a_maybe_person_needs_a_clue_only_a_person_has():
    # « il » may stand for « le communiqué »; « Mme » may not
    assert decide([clue("pronoun", MALE)], person=False) == (UNKNOWN, None)
    assert decide([clue("pronoun", FEMALE), clue("honorific", FEMALE)], person=False)[0] == FEMALE


def test_pronoun_forms():
    assert gender.pronoun_gender("-t-elle") == FEMALE
    assert gender.pronoun_gender("dit-il") == MALE
    assert gender.pronoun_gender("lui") == MALE
    assert gender.pronoun_gender("ils") == MIXED
    assert gender.pronoun_gender("Marie") is None


def test_first_names_only_when_unambiguous():
    names = gender.first_names()
    assert names["pierre"] == MALE and names["sophie"] == FEMALE
    for epicene in ("dominique", "claude", "camille"):
        assert names[epicene] == "?"


def test_word_lists_document_their_source_and_license():
    header = (DATA_DIR / "first_names_gender.txt").read_text(encoding="utf-8").split("\n", 12)[:10]
    text = "\n".join(header)
    assert "MIT" in text and "gender-detection-from-name" in text and "Faker" in text
    assert "extract_first_names.py" in text
    assert (DATA_DIR / "gendered_nouns.txt").read_text(encoding="utf-8").startswith("#")


def test_person_nouns_by_form():
    genders = gender.person_noun_genders()
    assert genders["directrice"] == FEMALE and genders["directeur"] == MALE
    assert genders["avocate"] == FEMALE and genders["avocat"] == MALE
    assert "ministre" not in genders  # « le/la ministre »: only the determiner tells
    assert "source" in gender.fixed_gender_nouns()


# ---------------------------------------------------------------- scoring, no parser


def test_gender_scores_count_only_right_speakers():
    text = "x" * 100
    gold = [
        {
            "id": "d",
            "text": text,
            "quotes": [
                {"start": 0, "end": 10, "type": "direct", "speaker": "Léa Morin", "speaker_gender": "female"},
                {"start": 20, "end": 30, "type": "direct", "speaker": "Paul Roy", "speaker_gender": "male"},
                {"start": 40, "end": 50, "type": "direct", "speaker": "Sam Ott", "speaker_gender": "unknown"},
                {"start": 60, "end": 70, "type": "direct", "speaker": "Yves Bas", "speaker_gender": "male"},
            ],
        }
    ]

    def pred(start: int, name: str, value: str | None) -> dict:
        return {"start": start, "end": start + 10, "speaker": {"name": name, "gender": value}}

    predictions = {
        "d": [
            pred(0, "Léa Morin", "female"),
            pred(20, "Paul Roy", "unknown"),
            pred(40, "Sam Ott", "unknown"),
            pred(60, "Léa Morin", "female"),  # wrong speaker: its gender is not scored
        ]
    }
    scores = gender_scores(gold, predictions)
    assert scores["gendered_quotes"] == 2 and scores["gender_accuracy"] == 0.5
    assert scores["gender_left_unknown"] == 1 and scores["gender_wrong"] == 0
    assert scores["unknown_quotes"] == 1 and scores["unknown_kept"] == 1.0
    assert scores["women_share_gold"] == pytest.approx(1 / 3)
    assert scores["women_share_predicted"] == 1.0
    assert scores["women_share_error_points"] == pytest.approx(100 * 2 / 3)
    assert women_share([None, "unknown"]) is None


# ---------------------------------------------------------------- the engine on the real parser


def speakers_of(parser, text: str) -> dict:
    result: AttributionResult = attribute(parser.parse(text, sentences_to_parse))
    for quote in result.quotes:  # every quote repeats its speaker's gender
        if quote.speaker is not None:
            owner = next(s for s in result.speakers if s.id == quote.speaker.id)
            assert quote.speaker.gender == owner.gender
    for speaker in result.speakers:
        if speaker.gender_evidence is not None:
            evidence = speaker.gender_evidence
            assert text[evidence.start : evidence.end] == evidence.text
    return {s.name: s for s in result.speakers}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "expected", "kind", "words"),
    [
        (
            "La ministre des Sports, Hélène Varenne, a défendu le projet. "
            "« Nous tiendrons les délais », a-t-elle assuré mardi.",
            "Hélène Varenne",
            FEMALE,
            "pronoun",
            "-t-elle",
        ),
        (
            "« La digue a cédé dans la nuit », a expliqué le maire de Saint-Aubin, Gérald Fourcade.",
            "Gérald Fourcade",
            MALE,
            "role",
            "le maire",
        ),
        (
            "Interrogée par la radio locale, Claude Castel s'est dite déçue : « Je m'attendais à mieux. »",
            "Claude Castel",
            FEMALE,
            "agreement",
            None,
        ),
        (
            "« Le marché reste fragile », estime Sophie Garnier, consultante indépendante.",
            "Sophie Garnier",
            FEMALE,
            None,
            None,
        ),
        (
            "« Les chiffres sont bons », affirme Dominique Lenoir. Selon lui, la reprise sera durable.",
            "Dominique Lenoir",
            MALE,
            "pronoun",
            "lui",
        ),
        (
            "« Le chantier reprendra en mars », a indiqué M. Lefort devant le conseil municipal.",
            "Lefort",
            MALE,
            "honorific",
            "M.",
        ),
    ],
)
def test_gender_and_its_evidence(shipped_parser, text, name, expected, kind, words):
    speakers = speakers_of(shipped_parser, text)
    speaker = speakers[name]
    assert speaker.gender == expected
    if kind:
        assert speaker.gender_evidence.kind == kind
    if words:
        assert speaker.gender_evidence.text == words


@pytest.mark.model
def test_an_ambiguous_first_name_alone_stays_unknown(shipped_parser):
    speakers = speakers_of(shipped_parser, "« Rien n'est décidé », explique Camille Tardieu depuis Lyon.")
    assert speakers["Camille Tardieu"].gender == UNKNOWN
    assert speakers["Camille Tardieu"].gender_evidence is None


@pytest.mark.model
def test_organisations_have_no_gender(shipped_parser):
    speakers = speakers_of(
        shipped_parser, "« Nous ne céderons pas », a déclaré le gouvernement dans un communiqué."
    )
    (speaker,) = speakers.values()
    assert speaker.kind == "organization" and speaker.gender is None and speaker.gender_evidence is None


@pytest.mark.model
def test_a_noun_that_is_no_person_s_gives_no_role_clue(shipped_parser):
    from service.attribution.results import Span

    text = "« Les travaux reprendront lundi », précise la rédaction du journal."
    document = shipped_parser.parse(text)
    start = text.index("la rédaction")
    mention = Span("la rédaction", start, start + len("la rédaction"))
    words = gender._Text(document)
    # « la rédaction » is feminine, the journalists behind it need not be
    assert list(gender._role_clues(words, mention, person=False)) == []
    # a person noun still counts for a speaker whose kind the engine does not know
    start = text.index("Les travaux")
    assert list(gender._role_clues(words, Span("Les travaux", start, start + 11), person=False)) == []
    text = "« Les travaux reprendront lundi », précise la porte-parole du chantier."
    start = text.index("la porte-parole")
    found = list(
        gender._role_clues(
            gender._Text(shipped_parser.parse(text)), Span("la porte-parole", start, start + 15), False
        )
    )
    assert [(c.kind, c.gender) for c in found] == [("role", FEMALE)]


# ---------------------------------------------------------------- the contract, through the API


@pytest.mark.model
def test_api_gender_fields_and_utf16_offsets(real_client):
    text = (
        "🎉🎉 « Nous tiendrons », a assuré la ministre Hélène Varenne. « Le budget suivra », a-t-elle ajouté."
    )
    body = real_client.post(
        "/v1/attributions", json={"text": text, "options": {"offsets": "utf16"}}
    ).get_json()
    units = text.encode("utf-16-le")
    (speaker,) = [s for s in body["speakers"] if s["quote_ids"]]
    assert set(speaker) >= {"gender", "gender_evidence"} and speaker["gender"] == FEMALE
    evidence = speaker["gender_evidence"]
    assert evidence["kind"] in gender.KINDS
    # offsets in UTF-16 code units, like every other span of the answer
    assert units[2 * evidence["start"] : 2 * evidence["end"]].decode("utf-16-le") == evidence["text"]
    assert all(q["speaker"]["gender"] == FEMALE for q in body["quotes"] if q["speaker"])
