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

Optional (--tokenizer-augment, OFF for the shipped model, which was trained without it; a retrain
with it was started but could not finish in the time budget) tokenizer-oriented augmentation of
the *train* split only (seeded, deterministic; it changes
only comments and SpaceAfter, never words or trees, so tagger/parser training is unaffected):
  * "# newdoc" is kept and a "# newpar" is added before ~15% of sentences, so the tokenizer
    sees paragraph/document starts (otherwise a text-initial "«" gets split off as a sentence).
  * in ~30% of sentences with French guillemets, the spaces inside « ... » are removed
    ("«Bonjour»"), a common spelling in web text that the treebanks barely contain.

Output layout (what stanza.utils.datasets.prepare_* expect under $UDBASE):
  <out>/UD_French-Mix/fr_mix-ud-{train,dev,test}.conllu
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from service.nlp.conllu import read_blocks

TREEBANK = "UD_French-Mix"
SHORT = "fr_mix"

SPLITS: dict[str, list[str]] = {
    "train": ["fr_sequoia-ud-train.conllu", "fr_gsd-ud-dev.conllu", "fr_pud-ud-test.conllu"],
    "dev": ["fr_sequoia-ud-dev.conllu"],
    "test": ["fr_sequoia-ud-test.conllu"],
}
# Never allowed in training data.
FORBIDDEN = ("partut", "fr_gsd-ud-test", "fr_sequoia-ud-test")


# Sentences as lists of raw lines: the same reader the service uses for gold CoNLL-U.
read_sentences = read_blocks


def normalise_sentence(block: list[str], prefix: str = "", keep_newdoc: bool = False) -> list[str]:
    out: list[str] = []
    for line in block:
        if line.startswith("#"):
            key = line[1:].split("=", 1)[0].strip()
            if keep_newdoc and key.startswith("newdoc"):
                out.append("# newdoc")
            elif key == "sent_id":
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


def sentence_text(lines: list[str]) -> str:
    """Rebuild the surface text of a normalised sentence from its tokens and SpaceAfter=No."""
    parts: list[str] = []
    skip_until = 0
    for line in lines:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0]:
            skip_until = int(cols[0].split("-")[1])
        elif int(cols[0]) <= skip_until:
            continue
        parts.append(cols[1] + ("" if "SpaceAfter=No" in cols[9] else " "))
    return "".join(parts).strip()


def glue_guillemets(lines: list[str]) -> list[str]:
    """«␣word ... word␣» -> «word ... word» (SpaceAfter=No on « and on the token before »)."""
    idx = [i for i, line in enumerate(lines) if not line.startswith("#")]
    toks = [i for i in idx if not _inside_mwt(lines, i)]
    out = list(lines)
    for pos, i in enumerate(toks):
        form = out[i].split("\t")[1]
        target = None
        if form == "«":
            target = i
        elif form == "»" and pos > 0:
            target = toks[pos - 1]
        if target is not None:
            cols = out[target].split("\t")
            cols[9] = "SpaceAfter=No"
            out[target] = "\t".join(cols)
    text = sentence_text(out)
    return [f"# text = {text}" if line.startswith("# text =") else line for line in out]


def _inside_mwt(lines: list[str], i: int) -> bool:
    """True for a word line that belongs to a multi-word token range given above it."""
    tid = lines[i].split("\t")[0]
    if "-" in tid:
        return False
    n = int(tid)
    for line in lines[:i]:
        first = line.split("\t")[0]
        if "-" in first and not line.startswith("#"):
            a, b = (int(x) for x in first.split("-"))
            if a <= n <= b:
                return True
    return False


def augment_for_tokenizer(sentences: list[list[str]], seed: int = 1234) -> list[list[str]]:
    rng = random.Random(seed)
    out: list[list[str]] = []
    for sent in sentences:
        if rng.random() < 0.15 and not any(line.startswith("# newdoc") for line in sent):
            sent = ["# newpar", *sent]
        forms = [line.split("\t")[1] for line in sent if not line.startswith("#")]
        if "«" in forms and "»" in forms and rng.random() < 0.3:
            sent = glue_guillemets(sent)
        out.append(sent)
    return out


def build_split(ud_dir: Path, files: list[str], keep_newdoc: bool = False) -> list[list[str]]:
    sentences: list[list[str]] = []
    for name in files:
        prefix = name.split("-ud-")[0] + ":"
        with open(ud_dir / name, encoding="utf-8") as fh:
            for block in read_sentences(fh):
                sentences.append(normalise_sentence(block, prefix, keep_newdoc))
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
    parser.add_argument(
        "--tokenizer-augment",
        action="store_true",
        help="add paragraph breaks and glued guillemets to the train split (see above)",
    )
    args = parser.parse_args(argv)

    for name in SPLITS["train"]:
        assert not any(f in name.lower() for f in FORBIDDEN), name
    target = args.out / TREEBANK
    target.mkdir(parents=True, exist_ok=True)
    for split, files in SPLITS.items():
        augment = args.tokenizer_augment and split == "train"
        sentences = build_split(args.ud_dir, files, keep_newdoc=augment)
        if augment:
            sentences = augment_for_tokenizer(sentences)
        write_conllu(target / f"{SHORT}-ud-{split}.conllu", sentences)
        n_words = sum(
            1 for s in sentences for line in s if not line.startswith("#") and "-" not in line.split("\t")[0]
        )
        print(f"{split}: {len(sentences)} sentences, {n_words} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
