"""Tokenizer time on one long run of letters against ordinary French of the same length.

    PYTHONPATH=. .venv/bin/python bench/tokenizer_runs.py [--lengths 25000 50000 100000]

Prints CPU seconds (this process) for tokenize+mwt only (no sentence is kept for pos/depparse), so a
shared machine skews the figures less than wall time would. Without the run guard in
service/nlp/stanza_parser.py the letters grew with the square of the length (8,000: 1.3 s; 32,000: 17 s).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from service.nlp.stanza_parser import StanzaParser

SEED = Path(__file__).resolve().parents[1] / "seeds" / "altman-trump-fr.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lengths", type=int, nargs="+", default=[25_000, 50_000, 100_000])
    args = parser.parse_args()
    stanza = StanzaParser(threads=1)
    stanza.load()
    french = SEED.read_text(encoding="utf-8").replace("\n", " ")
    for length in args.lengths:
        for name, text in [
            ("letters", "a" * length),
            ("french", (french * (length // len(french) + 1))[:length]),
        ]:
            started = time.process_time()
            stanza.parse_many([text], lambda sentences: set())
            print(f"{name:8} {length:7} chars {time.process_time() - started:6.2f} s", flush=True)


if __name__ == "__main__":
    main()
