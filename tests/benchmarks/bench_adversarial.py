"""Extraction speed on hostile texts (a script, not a test).

Run from the repository root:

    .venv/bin/python tests/benchmarks/bench_adversarial.py [--sizes 0.25 1] [--repeat 1]
                                                          [--cases NAME ...] [--profile NAME]

Each case of tests/adversarial_texts.py (runs of digits and separators, hedge chains, a line
of prose with no full stop, empty lines, nested quotes and parentheses, mixed scripts and
invisible marks, runs of casualty words, names and dates, coordinated figures, ...) is built
at each size (in MB) and extracted in this process the way `python -m lib extract` does it:
lib.extract.extract_corpus on one article, cleaning included. For every case it prints the
seconds per MB at each size, the time ratio of the largest size to the smallest (about
4 for 0.25 and 1 MB when the work is linear) and the claims found; then the slowest case.
On a busy machine, `--repeat 3` keeps the best of three timings of each.
`--profile NAME` runs one case at the largest size under cProfile and prints where the time
goes. tests/test_adversarial.py guards the same cases, smaller, against super-linear time.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.adversarial_texts import CASES, CLAIM, extract  # noqa: E402

MB = 1_000_000


def time_case(build, size: int, repeat: int = 1) -> tuple[float, int, int]:
    """(seconds, characters, claims) of one extraction, the best of `repeat` timings."""
    text = build(size)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        frame = extract(text)
        best = min(best, time.perf_counter() - start)
    return best, len(text), len(frame)


def profile(case, size: int) -> None:
    text = case.build(size)
    profiler = cProfile.Profile()
    profiler.enable()
    extract(text)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(25)
    stats.sort_stats("tottime").print_stats(15)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.25, 1.0], help="sizes in MB")
    parser.add_argument("--repeat", type=int, default=1, help="time each extraction this often, keep the best")
    parser.add_argument("--cases", nargs="+", help="only these cases (default: all)")
    parser.add_argument("--profile", metavar="NAME", help="profile one case at the largest size")
    args = parser.parse_args()
    sizes = sorted(int(mb * MB) for mb in args.sizes)
    extract(CLAIM)  # load the vocabularies and compile the patterns outside the timings
    by_name = {case.name: case for case in CASES}
    if args.profile:
        profile(by_name[args.profile], sizes[-1])
        return
    cases = [by_name[name] for name in args.cases] if args.cases else CASES
    small, large = sizes[0], sizes[-1]
    header = f"{'case':<18}" + "".join(f"{f's/MB @{size / MB:g}MB':>15}" for size in sizes)
    if small != large:
        header += f"{f'ratio {large / MB:g}/{small / MB:g}':>14}"
    print(header + f"{'claims':>8}")
    slowest = (0.0, "", 0)
    for case in cases:
        seconds = {}
        row = f"{case.name:<18}"
        for size in sizes:
            elapsed, chars, claims = time_case(case.build, size, args.repeat)
            seconds[size] = elapsed
            per_mb = elapsed / (chars / MB)
            slowest = max(slowest, (per_mb, case.name, size))
            row += f"{per_mb:>15.2f}"
        if small != large:
            row += f"{seconds[large] / max(seconds[small], 1e-9):>14.2f}"
        print(row + f"{claims:>8}", flush=True)
    per_mb, name, size = slowest
    print(f"slowest: {name} at {size / MB:g} MB, {per_mb:.2f} s/MB")


if __name__ == "__main__":
    main()
