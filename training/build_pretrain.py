"""Convert a word2vec text file into Stanza's pretrain format (stanza.models.common.pretrain.Pretrain)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch
from stanza.models.common.pretrain import Pretrain


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vectors", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.out.exists():
        args.out.unlink()
    pt = Pretrain(str(args.out), str(args.vectors), save_to_file=True)
    pt.load()
    # verify it round-trips
    check = Pretrain(str(args.out))
    emb = check.emb
    assert emb.dtype == torch.float32, emb.dtype
    print(
        f"{args.out}: {len(check.vocab)} words, dims {tuple(emb.shape)}, "
        f"{args.out.stat().st_size / 1e6:.1f} MB",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
