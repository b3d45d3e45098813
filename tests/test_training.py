"""Cheap checks of the model-training data preparation (no training, no model needed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "training" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SENT = [
    "# newdoc id = n01",
    "# sent_id = s1",
    "# text = Il parle du chat.",
    "# text_en = He talks about the cat.",
    "1\tIl\til\tPRON\tPRP\tPerson=3\t2\tnsubj\t2:nsubj\t_",
    "2\tparle\tparler\tVERB\tVBC\t_\t0\troot\t0:root\t_",
    "3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_",
    "3\tde\tde\tADP\tIN\t_\t5\tcase\t5:case\t_",
    "4\tle\tle\tDET\tDT\t_\t5\tdet\t5:det\t_",
    "4.1\tx\tx\tX\t_\t_\t_\t_\t2:dep\t_",
    "5\tchat\tchat\tNOUN\tNN\t_\t2\tobl\t2:obl\tSpaceAfter=No|wordform=chat",
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\t_",
]


def test_normalise_sentence_blanks_xpos_deps_and_extra_comments():
    prep = _load("prepare_data")
    out = prep.normalise_sentence(SENT, "fr_pud:")
    assert out[0] == "# sent_id = fr_pud:s1"
    assert out[1] == "# text = Il parle du chat."
    assert not any(line.startswith("# text_en") or line.startswith("# newdoc") for line in out)
    words = [line.split("\t") for line in out if not line.startswith("#")]
    assert [w[0] for w in words] == ["1", "2", "3-4", "3", "4", "5", "6"]
    for w in words:
        assert len(w) == 10
        if "-" not in w[0]:
            assert w[4] == "_" and w[8] == "_"
    assert words[5][9] == "SpaceAfter=No"


def test_training_split_never_uses_test_sets_or_partut():
    prep = _load("prepare_data")
    train = " ".join(prep.SPLITS["train"]).lower()
    assert "partut" not in train
    assert "fr_gsd-ud-test" not in train and "fr_sequoia-ud-test" not in train
    assert prep.SPLITS["dev"] == ["fr_sequoia-ud-dev.conllu"]


def test_read_sentences_splits_on_blank_lines():
    prep = _load("prepare_data")
    lines = ["# a", "1\tx", "", "", "# b", "1\ty", ""]
    assert list(prep.read_sentences(lines)) == [["# a", "1\tx"], ["# b", "1\ty"]]


def test_glue_guillemets_keeps_words_and_rebuilds_text():
    prep = _load("prepare_data")
    sent = [
        "# sent_id = s2",
        "# text = Il a dit « oui » .",
        "1\tIl\til\tPRON\t_\t_\t3\tnsubj\t_\t_",
        "2\ta\tavoir\tAUX\t_\t_\t3\taux\t_\t_",
        "3\tdit\tdire\tVERB\t_\t_\t0\troot\t_\t_",
        "4\t«\t«\tPUNCT\t_\t_\t5\tpunct\t_\t_",
        "5\toui\toui\tINTJ\t_\t_\t3\tobj\t_\t_",
        "6\t»\t»\tPUNCT\t_\t_\t5\tpunct\t_\t_",
        "7\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_",
    ]
    out = prep.glue_guillemets(sent)
    assert out[1] == "# text = Il a dit «oui» ."
    assert [line.split("\t")[:8] for line in out[2:]] == [line.split("\t")[:8] for line in sent[2:]]


def test_lean_parser_stage_is_valid_bash_and_never_part_of_make_model(tmp_path):
    """`make model` (stage all) rebuilds the shipped model only; the lean parser is an experiment run
    by name, into its own directory, and a finished run is skipped."""
    import subprocess

    script = ROOT / "training" / "train.sh"
    assert subprocess.run(["bash", "-n", str(script)], check=False).returncode == 0
    text = script.read_text(encoding="utf-8")
    all_stages = next(line for line in text.splitlines() if line.strip().startswith("for t in data"))
    assert "depparse_lean" not in all_stages and "depparse_more" in all_stages
    done = tmp_path / "saved_models" / "depparse_lean_test" / "done"
    done.parent.mkdir(parents=True)
    done.touch()
    result = subprocess.run(
        [str(script), "depparse_lean"],
        env={"PATH": "/usr/bin:/bin", "WORK": str(tmp_path), "LEAN_NAME": "test", "PY": "/bin/false"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "skip" in result.stderr
