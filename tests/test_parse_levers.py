"""The parse levers on the shipped model: dictionary-first lemmas and multi-word tokens, and frame
parsing (long quotations tagged and parsed as one placeholder). Both must keep tokens and offsets exact and leave what the
attribution rules read (cues, incises, names, partial quotes) analysed as in a full parse."""

from __future__ import annotations

import pytest

from service.engine_runtime import MIN_HIDDEN_QUOTE_WORDS, quotation_interiors
from service.nlp.frame_parse import MIN_RUN, PLACEHOLDER
from tests.conftest import MODEL_DIR

INCISE = (
    "« Je pense, a-t-il dit, que la situation est grave. Nous devons tous agir maintenant et sans "
    "attendre la fin de la crise », a déclaré le ministre Jean Dupont."
)
PARTIAL = "Il a affirmé que « la situation est devenue vraiment très grave pour nous tous et partout »."


def _hidden(text: str) -> list[str]:
    return [text[start:end] for start, end in quotation_interiors(text)]


def test_interiors_skip_incises_cues_names_and_punctuation():
    assert _hidden(INCISE) == ["devons tous agir maintenant et sans attendre la fin de la crise"]
    # the words next to an incise stay, and so does the speaker's description after it
    text = (
        "\"L'eau est montée d'un mètre en dix minutes, a dit Samira Bouaziz, commerçante du quartier "
        "de Sidi El Houari. Je n'avais jamais vu ça.\" Selon la Protection civile, il y a trois morts."
    )
    assert _hidden(text) == ["n'avais jamais vu ça"]


def test_interiors_leave_partial_and_short_quotations_alone():
    assert _hidden(PARTIAL) == []
    short = "« Nous ne céderons pas », a déclaré le ministre."
    assert len(short.split("»")[0].split()) - 1 < MIN_HIDDEN_QUOTE_WORDS
    assert _hidden(short) == []


def test_interiors_after_a_colon_and_in_dialogue():
    colon = "Le maire a prévenu : « les travaux dureront encore au moins trois longues années »."
    assert _hidden(colon) == ["les travaux dureront encore au moins trois longues années"]
    dialogue = "— il faudra attendre encore longtemps avant de voir la moindre amélioration. Rien ne bouge, répond Josée."
    assert _hidden(dialogue) == ["il faudra attendre encore longtemps avant de voir la moindre amélioration"]


@pytest.fixture(scope="module")
def lever_parser():
    """A second pipeline on the shipped model with dictionary-first lemmas and multi-word tokens."""
    from service.nlp.stanza_parser import StanzaParser

    parser = StanzaParser(MODEL_DIR, threads=1, dictionary_lemmas=True, dictionary_mwt=True)
    parser.load()
    return parser


def _words(document):
    return [w for s in document.sentences for w in s.words]


def _is_tree(sentence) -> bool:
    words = sentence.words
    roots = [w for w in words if w.head == 0]
    if len(roots) != 1 or any(not 0 <= w.head <= len(words) for w in words):
        return False
    for word in words:  # every word reaches the root without a cycle
        seen, current = set(), word
        while current.head != 0:
            if current.index in seen:
                return False
            seen.add(current.index)
            current = words[current.head - 1]
    return True


@pytest.mark.model
def test_frame_parse_keeps_tokens_offsets_and_the_frame(lever_parser, shipped_parser):
    text = INCISE + "\n" + PARTIAL
    full = shipped_parser.parse(text)
    framed = lever_parser.parse(text, hide=quotation_interiors)
    assert [(w.text, w.start, w.end) for w in _words(framed)] == [
        (w.text, w.start, w.end) for w in _words(full)
    ]
    assert all(_is_tree(s) for s in framed.sentences)
    long_runs = [(a, b) for a, b in quotation_interiors(text) if len(text[a:b].split()) >= MIN_RUN]
    hidden = [w for w in _words(framed) if any(a <= w.start and w.end <= b for a, b in long_runs)]
    assert hidden and all(w.upos == "X" and w.lemma == w.text for w in hidden)
    assert PLACEHOLDER not in {w.text for w in _words(framed)}
    # the cues, and the words that depend on them, are analysed as in a full parse
    checked = 0
    for framed_sentence, full_sentence in zip(framed.sentences, full.sentences, strict=True):
        for framed_word, full_word in zip(framed_sentence.words, full_sentence.words, strict=True):
            if framed_word.text in {"dit", "déclaré", "-il", "ministre"}:
                assert (framed_word.upos, framed_word.lemma) == (full_word.upos, full_word.lemma)
            if framed_word.text in {"-il", "ministre"}:
                head = framed_sentence.words[framed_word.head - 1].text
                assert head == full_sentence.words[full_word.head - 1].text, (framed_word, full_word)
                assert framed_word.deprel == full_word.deprel
                checked += 1
    assert checked == 2
    # the partial quotation is not touched: the same analysis as the full parse
    partial_full = [(w.upos, w.head, w.deprel) for w in full.sentences[-1].words]
    assert [(w.upos, w.head, w.deprel) for w in framed.sentences[-1].words] == partial_full


@pytest.mark.model
def test_dictionary_lemmas_equal_stanza_on_known_words(lever_parser, shipped_parser):
    text = "Les ministres ont déclaré que les élections auraient lieu. Zelenskyy a répondu à Kyiv en 2024."
    full = _words(shipped_parser.parse(text))
    fast = _words(lever_parser.parse(text))
    assert [(w.text, w.upos) for w in fast] == [(w.text, w.upos) for w in full]
    lemmas = {w.text: w.lemma for w in fast}
    assert lemmas["déclaré"] == "déclarer" and lemmas["ministres"] == "ministre" and lemmas["ont"] == "avoir"
    for word in fast:  # an unknown proper noun or number is its own lemma
        if word.upos in {"PROPN", "NUM"}:
            assert word.lemma == word.text, word
    # words the dictionary knows get the same lemma as Stanza's own lemmatizer
    assert [w.lemma for w in fast if w.upos not in {"PROPN", "NUM"}] == [
        w.lemma for w in full if w.upos not in {"PROPN", "NUM"}
    ]


MWT_TEXT = (
    "Du côté des syndicats, on attend le retour au calme. Le maire s'est adressé aux habitants "
    "du quartier, auxquels il a promis des réponses, et au préfet, duquel dépend la décision."
)


def _tokens(document):
    return [(w.text, w.start, w.end, w.upos, w.head, w.deprel) for w in _words(document)]


@pytest.mark.model
def test_dictionary_mwt_expands_contractions_as_stanza_does(lever_parser, shipped_parser):
    fast = lever_parser.parse(MWT_TEXT)
    assert _tokens(fast) == _tokens(shipped_parser.parse(MWT_TEXT))
    texts = [w.text for w in _words(fast)]
    assert texts[:2] == ["De", "le"] and "auxquels" not in texts and "lesquels" in texts


@pytest.mark.model
def test_dictionary_mwt_falls_back_to_the_expander_for_a_form_it_does_not_know(
    lever_parser, shipped_parser, monkeypatch
):
    trainer = lever_parser._pipeline.processors["mwt"].trainer
    monkeypatch.setattr(
        trainer, "expansion_dict", {k: v for k, v in trainer.expansion_dict.items() if k != "duquel"}
    )
    assert _tokens(lever_parser.parse(MWT_TEXT)) == _tokens(shipped_parser.parse(MWT_TEXT))
