"""Build the combined French treebank used to train our Stanza model.

Split (see models/fr/MODEL.md):
  train = UD_French-Sequoia train + UD_French-GSD dev + UD_French-PUD test
  dev   = UD_French-Sequoia dev (model selection only)
  test  = UD_French-Sequoia test (only scored by stanza's run scripts; never trained on)
GSD test and Sequoia test are held out and are what `make model-eval` reports.
ParTUT (CC BY-NC-SA) is never used.

Normalisation applied to every sentence:
  * XPOS is blanked ("_"): the three treebanks use different XPOS tag sets.
  * Comments other than sent_id / text are dropped (PUD's "# text_en" etc.).
  * Enhanced dependencies (DEPS) are blanked and empty nodes (n.m) removed.
  * MISC keeps only SpaceAfter=No (what the tokenizer needs).

Output layout (what stanza.utils.datasets.prepare_* expect under $UDBASE):
  <out>/UD_French-Mix/fr_mix-ud-{train,dev,test}.conllu
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

TREEBANK = "UD_French-Mix"
SHORT = "fr_mix"

SPLITS: dict[str, list[str]] = {
    "train": ["fr_sequoia-ud-train.conllu", "fr_gsd-ud-dev.conllu", "fr_pud-ud-test.conllu"],
    "dev": ["fr_sequoia-ud-dev.conllu"],
    "test": ["fr_sequoia-ud-test.conllu"],
}
# Never allowed in training data.
FORBIDDEN = ("partut", "fr_gsd-ud-test", "fr_sequoia-ud-test")


def read_sentences(lines: Iterable[str]) -> Iterator[list[str]]:
    """Yield sentences as lists of raw lines (without newline)."""
    block: list[str] = []
    for line in lines:
        line = line.rstrip("\n").rstrip("\r")
        if not line.strip():
            if block:
                yield block
            block = []
        else:
            block.append(line)
    if block:
        yield block


def normalise_sentence(block: list[str], prefix: str = "") -> list[str]:
    out: list[str] = []
    for line in block:
        if line.startswith("#"):
            key = line[1:].split("=", 1)[0].strip()
            if key == "sent_id":
                value = line.split("=", 1)[1].strip()
                out.append(f"# sent_id = {prefix}{value}")
            elif key == "text":
                out.append(line)
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ValueError(f"bad CoNLL-U line: {line!r}")
        if "." in cols[0]:  # empty node (enhanced UD only)
            continue
        if "-" not in cols[0]:
            cols[4] = "_"  # XPOS
            cols[8] = "_"  # DEPS
        misc = [m for m in cols[9].split("|") if m == "SpaceAfter=No"]
        cols[9] = "|".join(misc) if misc else "_"
        out.append("\t".join(cols))
    return out


def build_split(ud_dir: Path, files: list[str]) -> list[list[str]]:
    sentences: list[list[str]] = []
    for name in files:
        prefix = name.split("-ud-")[0] + ":"
        with open(ud_dir / name, encoding="utf-8") as fh:
            for block in read_sentences(fh):
                sentences.append(normalise_sentence(block, prefix))
    return sentences


def write_conllu(path: Path, sentences: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for sent in sentences:
            fh.write("\n".join(sent))
            fh.write("\n\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ud-dir", type=Path, required=True, help="folder with the UD French .conllu files")
    parser.add_argument("--out", type=Path, required=True, help="UDBASE folder to write UD_French-Mix into")
    args = parser.parse_args(argv)

    for name in SPLITS["train"]:
        assert not any(f in name.lower() for f in FORBIDDEN), name
    target = args.out / TREEBANK
    target.mkdir(parents=True, exist_ok=True)
    for split, files in SPLITS.items():
        sentences = build_split(args.ud_dir, files)
        write_conllu(target / f"{SHORT}-ud-{split}.conllu", sentences)
        n_words = sum(
            1 for s in sentences for line in s if not line.startswith("#") and "-" not in line.split("\t")[0]
        )
        print(f"{split}: {len(sentences)} sentences, {n_words} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
