"""Dictionary-first multi-word tokens: the seq2seq expander only when a token needs it.

French multi-word tokens are a closed class (du → de le, au → à le, des → de les, auquel …). Stanza's
MWT processor, configured with `ensemble_dict` (our model's setting), decodes every flagged token
with its seq2seq model and then replaces the prediction by the dictionary's expansion wherever the
dictionary has one, so on news text the decoding is thrown away, and with it ~6 % of a document's
parse time (building the expander's batch and decoding, docs/BENCHMARKS.md). Here, when the
dictionary knows every flagged token of a document, its expansions are used directly: the result
is the same as Stanza's by construction. A document with any unknown flagged token goes through
Stanza's own process unchanged.

`install(processor)` replaces one pipeline's MWT processor `process` (not Stanza's class), so a
pipeline loaded without it keeps Stanza's behaviour; `tests/test_parser.py` compares both.
"""

from __future__ import annotations

from types import MethodType


def dictionary_first_process(self, document, stanza_process):
    """MWTProcessor.process without the seq2seq pass when the dictionary expands every token."""
    expansions = document.get_mwt_expansions(evaluation=True)
    if not expansions:
        return stanza_process(document)
    known = [self.trainer.dict_expansion(token) for token in expansions]
    if any(expansion is None for expansion in known):
        return stanza_process(document)
    document.set_mwt_expansions(known, process_manual_expanded=False)
    return document


def install(processor) -> bool:
    """Route this MWT processor through `dictionary_first_process` when its output is the
    dictionary's wherever the dictionary knows a token (`ensemble_dict`). Returns whether it was
    installed."""
    if processor.config.get("dict_only") or not processor.config.get("ensemble_dict"):
        return False
    stanza_process = processor.process
    processor.process = MethodType(
        lambda self, document: dictionary_first_process(self, document, stanza_process), processor
    )
    return True
