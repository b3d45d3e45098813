"""Dictionary-first lemmas: the seq2seq lemmatizer only for the words that need it.

Stanza's lemmatizer already looks each (form, UPOS) up in the dictionary it learnt from the training
treebanks and decodes only the misses with its character seq2seq model. On news text the misses are
~12 % of the words, but decoding them, and building the lemmatizer's batch twice over the whole
document, was ~18 % of the parse time (docs/BENCHMARKS.md). Most misses are proper nouns, numbers,
symbols and foreign words, whose UD lemma is the form itself (UD French lemmatizes "Zelensky" as
"Zelensky"): those take their form here, so the seq2seq model decodes only unknown common words
(nouns, verbs, adjectives…), which are what the attribution rules read (a cue verb's lemma).

`install(processor)` replaces one pipeline's lemma processor `process` (not Stanza's class), so a
pipeline loaded without it keeps Stanza's behaviour; `tests/test_parser.py` compares both.
"""

from __future__ import annotations

from types import MethodType

import torch
from stanza.models.common import doc as stanza_doc
from stanza.models.lemma.data import DataLoader

# UPOS whose unknown forms are their own lemma (as in the UD French treebanks).
FORM_IS_LEMMA = frozenset({"PROPN", "NUM", "PUNCT", "SYM", "X", "INTJ"})
_TEXT_UPOS = [stanza_doc.TEXT, stanza_doc.UPOS]


def dictionary_first_process(self, document):
    """LemmaProcessor.process with the form as lemma for unknown proper nouns, numbers and symbols."""
    trainer = self.trainer
    pairs = document.get(_TEXT_UPOS)
    lemmas: list[str | None] = []
    for form, upos in pairs:
        lemma = trainer._lookup(form.lower() if trainer.caseless else form, upos)
        if lemma is None and upos in FORM_IS_LEMMA:
            lemma = form
        lemmas.append(lemma)
    known = [lemma is not None for lemma in lemmas]
    if not all(known):
        unknown_forms = [form for (form, _), hit in zip(pairs, known, strict=True) if not hit]
        batches = DataLoader(
            document,
            self.config["batch_size"],
            self.config,
            vocab=self.vocab,
            evaluation=True,
            skip=known,
            expand_unk_vocab=True,
        )
        predicted: list[str] = []
        edits: list[int] = []
        with torch.no_grad():
            for batch in batches:
                batch_lemmas, batch_edits = trainer.predict(batch, self.config["beam_size"], batches.vocab)
                predicted += batch_lemmas
                edits += batch_edits or []
        decoded = iter(trainer.postprocess(unknown_forms, predicted, edits=edits or None))
        lemmas = [lemma if lemma is not None else next(decoded) for lemma in lemmas]
    # Stanza writes "_" for an empty lemma; the same here
    document.set([stanza_doc.LEMMA], [lemma or "_" for lemma in lemmas])
    return document


def install(processor) -> bool:
    """Route this lemma processor through `dictionary_first_process` when its model allows it: a
    dictionary + seq2seq model (Stanza's default), without contextual lemmatizers. Returns whether
    it was installed."""
    if processor.use_identity or processor.config.get("dict_only"):
        return False
    trainer = processor.trainer
    if not processor.config.get("ensemble_dict") or trainer.has_contextual_lemmatizers():
        return False
    processor.process = MethodType(dictionary_first_process, processor)
    return True
