"""Quotation scanning cost on pathological inputs: doubling the input must about double the time.

    .venv/bin/python bench/bench_scanner.py

Prints one line per pattern and size, then the growth ratio t(2n)/t(n) (≈ 2 for linear work;
≈ 4 would betray quadratic work).
"""

from __future__ import annotations

import time

from service.attribution.quotes import scan_quotes

PATTERNS = {
    "unmatched «": lambda n: "«" * n,
    "unmatched « then ”": lambda n: "«" * (n // 2) + "”" * (n // 2),
    "many short quotes": lambda n: "« mot » " * (n // 8),
    "nested «": lambda n: "« " * (n // 4) + "» " * (n // 4),
    "straight quotes": lambda n: '"a" ' * (n // 4),
    "unclosed per paragraph": lambda n: "« début de phrase sans fin\n" * (n // 28),
}
SIZES = (50_000, 100_000, 200_000, 400_000)


def best_of(function, repeat: int = 3) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    print(f"{'pattern':26}" + "".join(f"{n:>12,}" for n in SIZES) + "   growth per doubling")
    for name, make in PATTERNS.items():
        seconds = [best_of(lambda n=n, make=make: scan_quotes(make(n))) for n in SIZES]
        growth = [later / max(earlier, 1e-9) for earlier, later in zip(seconds, seconds[1:], strict=False)]
        print(
            f"{name:26}"
            + "".join(f"{s * 1000:10.1f}ms" for s in seconds)
            + "   "
            + " ".join(f"{g:.2f}" for g in growth)
        )


if __name__ == "__main__":
    main()
