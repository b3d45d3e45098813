"""Engine cost on pathological documents (no parser: tokens only, as for sentences it never parses).

    .venv/bin/python bench/bench_engine_pathological.py

Each case is run at two sizes; the growth ratio for a doubling should stay near 2.
"""

from __future__ import annotations

import re
import time

from service.attribution.engine import attribute
from service.nlp.document import Document, Sentence, Word

TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


def unparsed(text: str) -> Document:
    """One unparsed sentence per line, tokens from a regular expression."""
    sentences = []
    for line in re.finditer(r"[^\n]+", text):
        words = tuple(
            Word(i, m.group(), m.group(), "X", "", 0, "dep", line.start() + m.start(), line.start() + m.end())
            for i, m in enumerate(TOKEN.finditer(line.group()), start=1)
        )
        if words:
            sentences.append(Sentence(words, words[0].start, words[-1].end, parsed=False))
    return Document(text, tuple(sentences))


CASES = {
    "one sentence of N words": lambda n: " ".join(["mot"] * n),
    "N/10 quotes in one sentence": lambda n: " ".join(["« le ministre a dit » , a-t-il ajouté"] * (n // 10)),
    "N/5 names in one sentence": lambda n: " ".join(["Jean Dupont et"] * (n // 3)),
    "N/2 unmatched «": lambda n: " ".join(["« mot"] * (n // 2)),
}


def main() -> None:
    for name, make in CASES.items():
        timings = []
        for n in (10_000, 20_000, 40_000):
            document = unparsed(make(n))
            started = time.perf_counter()
            attribute(document)
            timings.append(time.perf_counter() - started)
        ratios = " ".join(f"{b / max(a, 1e-9):.2f}" for a, b in zip(timings, timings[1:], strict=False))
        print(f"{name:32} " + " ".join(f"{t:7.2f}s" for t in timings) + f"   growth per doubling {ratios}")


if __name__ == "__main__":
    main()
