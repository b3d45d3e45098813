"""The Stanza adapter on the shipped model: offline loading, exact offsets, relations the engine uses."""

from __future__ import annotations

import socket

import pytest

from service.nlp.conllu import document_from_conllu, document_to_conllu
from service.nlp.stanza_parser import ModelNotFoundError, StanzaParser
from tests.conftest import MODEL_DIR
from tests.ud_gold import UD_DIR


@pytest.mark.model
def test_pipeline_loads_and_parses_with_networking_disabled(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    parser = StanzaParser(MODEL_DIR, threads=1)
    document = parser.parse("Le ministre a parlé.")
    assert [w.text for w in document.sentences[0].words][:2] == ["Le", "ministre"]


@pytest.mark.model
def test_offsets_are_exact_code_points_with_special_spaces(shipped_parser):
    text = (
        "Elle a déclaré\u00a0: «\u202fC’est l’heure du changement\u202f» 🎉 à Montréal.\n\n"
        "Le maire de Saint-Étienne\u00a0répond au président."
    )
    document = shipped_parser.parse(text)
    words = [w for s in document.sentences for w in s.words]
    assert words, "nothing parsed"
    for word in words:
        surface = text[word.start : word.end]
        assert surface.strip() == surface and surface, (word, surface)
        # a multi-word token (du = de + le, au = à + le) points at its token's characters
        assert surface == word.text or word.text.lower() in {"de", "le", "les", "à"}, (word, surface)
    assert any(text[w.start : w.end] == "du" for w in words)  # « du changement » : de + le share « du »
    assert all(s.end <= len(text) for s in document.sentences)
    # a sentence never runs across a paragraph break
    assert all("\n" not in text[s.start : s.end] for s in document.sentences)


@pytest.mark.model
def test_selective_parsing_keeps_every_sentence_tokenized(shipped_parser):
    text = "Il pleut. Le maire a déclaré que tout irait bien. Le soleil revient. Rien ne bouge."

    def keep(texts: list[str]) -> set[int]:
        return {i for i, sentence in enumerate(texts) if "déclaré" in sentence}

    document = shipped_parser.parse(text, keep=keep)
    assert "".join(w.text for s in document.sentences for w in s.tokens) == text.replace(" ", "")
    for sentence in document.sentences:
        chosen = "déclaré" in text[sentence.start : sentence.end]
        assert sentence.parsed == chosen
        assert (sentence.root() is not None) == chosen or not chosen


@pytest.mark.model
def test_relations_the_attribution_engine_relies_on(shipped_parser):
    document = shipped_parser.parse("Le ministre a déclaré que la réforme serait appliquée.")
    words = {w.text: w for w in document.sentences[0].words}
    assert words["déclaré"].upos == "VERB" and words["déclaré"].lemma == "déclarer"
    assert words["ministre"].deprel == "nsubj" and words["ministre"].head == words["déclaré"].index
    assert words["que"].deprel == "mark"
    clause_head = document.sentences[0].word(words["que"].head)
    assert clause_head is not None and clause_head.head == words["déclaré"].index


def test_missing_model_directory_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFoundError, match="lacks|not a Stanza"):
        StanzaParser(tmp_path).load()


@pytest.mark.parametrize("name", ["fr_sequoia-ud-test", "fr_gsd-ud-test"])
def test_conllu_round_trip_of_gold_parses(name):
    path = UD_DIR / f"{name}.conllu"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    first = document_from_conllu(path.read_text(encoding="utf-8"))
    again = document_from_conllu(document_to_conllu(first))
    assert again == first
    assert any(
        w.start == v.start for s in first.sentences for w, v in zip(s.words, s.words[1:], strict=False)
    )


# Organisations and works named with capitalised common words right after their type: Stanza's
# tokenizer alone ends a sentence before the name.
NAMES_AFTER_THEIR_TYPE = [
    ("Le collectif de riverains Quartier libre dénonce une décision brutale.", "collectif"),
    ("La troupe toulousaine Les Enfants du paradis jouera samedi au théâtre municipal.", "troupe"),
    (
        "L'agence régionale de santé (ARS) Grand Est assure de son côté que la fermeture est temporaire.",
        "agence",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject"), NAMES_AFTER_THEIR_TYPE)
def test_a_sentence_that_stops_on_a_word_goes_on_into_the_next(shipped_parser, text, subject):
    from stanza.models.common.doc import Document as StanzaDocument

    tokenized = shipped_parser._pipeline.process([StanzaDocument([], text=text)], processors="tokenize")[0]
    assert len(tokenized.sentences) == 2, "the tokenizer no longer splits this sentence"
    document = shipped_parser.parse(text)
    assert len(document.sentences) == 1
    sentence = document.sentences[0]
    assert [text[w.start : w.end] for w in sentence.words][-1] == "."
    assert all(0 < w.head <= len(sentence.words) for w in sentence.words if w.base_deprel != "root")
    assert [w.text for w in sentence.words if w.base_deprel == "nsubj"][0] == subject


@pytest.mark.model
def test_a_sentence_that_ends_on_its_full_stop_is_not_joined(shipped_parser):
    document = shipped_parser.parse("Le maire est parti. Le conseil a voté la motion")
    assert len(document.sentences) == 2


@pytest.mark.model
def test_letters_the_tokenizer_rarely_saw_stay_in_their_word(shipped_parser):
    text = "La Première ministre Aušra Valančiūtė a salué un résultat « historique »."
    from stanza.models.common.doc import Document as StanzaDocument

    tokenized = shipped_parser._pipeline.process([StanzaDocument([], text=text)], processors="tokenize")[0]
    assert "Valančiūt" in [t.text for t in tokenized.sentences[0].tokens], "the tokenizer no longer cuts it"
    words = [w.text for s in shipped_parser.parse(text).sentences for w in s.words]
    assert "Valančiūtė" in words and "ė" not in words
    assert [text[w.start : w.end] for s in shipped_parser.parse(text).sentences for w in s.words] == [
        w for w in words
    ]


def test_merging_a_cut_word_renumbers_the_words_after_it():
    from service.nlp.sentence_joins import _merged_words

    entries = [
        {"id": 1, "text": "Valančiūt", "start_char": 0, "end_char": 9},
        {"id": 2, "text": "ė", "start_char": 9, "end_char": 10},
        {"id": 3, "text": "parle", "start_char": 11, "end_char": 16},
        {"id": (4, 5), "text": "du", "start_char": 17, "end_char": 19},
        {"id": 4, "text": "de"},
        {"id": 5, "text": "le"},
        {"id": 6, "text": "vote", "start_char": 20, "end_char": 24},
    ]
    merged = _merged_words(entries)
    assert [(e["id"], e["text"]) for e in merged] == [
        (1, "Valančiūtė"),
        (2, "parle"),
        ((3, 4), "du"),
        (3, "de"),
        (4, "le"),
        (5, "vote"),
    ]
    assert merged[0]["end_char"] == 10
    assert _merged_words(entries[2:]) == entries[2:]  # words a space apart stay apart


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "La ligue des contribuables juge le projet « excessif ».",
        "Dans un communiqué, le syndicat des pilotes juge « prématuré » de conclure.",
        "Le médiateur juge sévèrement la gestion du port.",
    ],
)
def test_juge_after_its_subject_is_parsed_as_the_verb(shipped_parser, text):
    words = shipped_parser.parse(text).sentences[-1].words
    juge = next(w for w in words if w.text == "juge")
    assert juge.upos == "VERB" and juge.lemma == "juger"
    assert any(w.head == juge.index and w.deprel.startswith("nsubj") for w in words)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("Sur place, un médecin pointe des retards « inquiétants » dans les soins.", "pointe", "pointer"),
        ("« Rien n'est joué », analyse la politologue Anne Viret.", "analyse", "analyser"),
    ],
)
def test_a_speech_verb_that_is_also_a_noun_is_the_verb_after_its_subject(shipped_parser, text, form, lemma):
    words = shipped_parser.parse(text).sentences[-1].words
    verb = next(w for w in words if w.text == form)
    assert (verb.upos, verb.lemma) == ("VERB", lemma)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("La situation reste « critique » dans le nord.", "critique"),
        ("Les gouvernements ont pris note de la décision.", "note"),
        ("Une analyse complète de la chaîne sera menée.", "analyse"),
    ],
)
def test_the_noun_or_adjective_stays_what_it_is(shipped_parser, text, form):
    words = shipped_parser.parse(text).sentences[0].words
    assert next(w for w in words if w.text == form).upos != "VERB"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Le juge a rendu sa décision mardi.",
        "Paul Durand, juge d'instruction à Lyon, a refusé.",
        "Elle a été reçue par le juge des enfants.",
    ],
)
def test_the_judge_stays_a_noun(shipped_parser, text):
    words = shipped_parser.parse(text).sentences[0].words
    assert next(w for w in words if w.text == "juge").upos == "NOUN"


def test_retagging_needs_a_subject_before_and_no_complement_after():
    from types import SimpleNamespace as W

    from service.nlp.retag import retag_finite_verbs

    def sentence(*tagged):
        return W(words=[W(text=t, upos=u, xpos=None, lemma=t, feats=None) for t, u in tagged])

    verb = sentence(("Elle", "PRON"), ("juge", "NOUN"), ("le", "DET"), ("texte", "NOUN"))
    judge = sentence(("le", "DET"), ("juge", "NOUN"), ("a", "AUX"))
    office = sentence(("Paul", "PROPN"), (",", "PUNCT"), ("juge", "NOUN"), ("d'", "ADP"), ("appel", "NOUN"))
    assert retag_finite_verbs([verb, judge, office]) == 1
    assert (verb.words[1].upos, verb.words[1].lemma) == ("VERB", "juger")
    assert judge.words[1].upos == office.words[2].upos == "NOUN"
