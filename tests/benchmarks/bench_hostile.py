"""Memory and time of hostile inputs (a script, not a test).

Run from the repository root:

    .venv/bin/python tests/benchmarks/bench_hostile.py [--only NAME ...] [--quick]

Writes each hostile input into a temporary folder (big ones a megabyte at a time), then
ingests it into a new SQLite store in a fresh process, through both doors' code:

- `path`: lib.ingest.ingest_paths, what `python -m lib ingest FILE` runs;
- `upload`: the file's bytes in memory, then lib.ingest.ingest_bytes, what the upload page runs.

Each is run twice, in two processes: once timed (seconds; the process's peak resident
memory, VmHWM, and how far it rose above its size once its modules were imported), once
under tracemalloc (the peak of Python's own allocations, the input's bytes included). Prints one
row per input and door, with the first line ingest reported. What the tests check
(tests/test_hostile_uploads.py) is the line; this script shows what refusing costs. The
last inputs are the worst a hostile user can get accepted within the limits: ten distinct
9.9 MB members of a zip (99 MB of text stored, compressed about 15 to 1 into a 7 MB zip), and
10,000 rows of a CSV (10,000 articles).
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MB = 1_000_000
ROWS = 1_000_000
ARTICLE = ("At least {n} dock workers were killed when a crane collapsed in the harbour, "
           "the port authority said on Tuesday.")


def zip_of(path: Path, members: dict[str, int | bytes | tuple[int, bytes]], method=zipfile.ZIP_DEFLATED) -> None:
    """A zip of members given as bytes, or as a number of bytes (zeros, or copies of the
    bytes paired with it) written a MB at a time."""
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, content in members.items():
            if isinstance(content, bytes):
                archive.writestr(name, content)
                continue
            content, fill = content if isinstance(content, tuple) else (content, b"0")
            if len(fill) >= content:
                archive.writestr(name, fill[:content])
                continue
            chunk = (fill * (MB // len(fill) + 1))[:MB]
            with archive.open(name, "w", force_zip64=content > 2 ** 31 - 1) as member:
                for start in range(0, content, MB):
                    member.write(chunk[:min(MB, content - start)])


def random_words(seed: int, size: int) -> bytes:
    """`size` bytes of words drawn at random from four: text that compresses about 15 to 1,
    so ten 9.9 MB members fit in a zip under the 10 MB limit and under the 100-to-1 ratio."""
    rng = random.Random(seed)
    words = [w.encode() + b" " for w in "harbour crane valley tunnel".split()]
    out = bytearray()
    while len(out) < size:
        out += b"".join(rng.choices(words, k=10_000))
    return bytes(out[:size])


def tiny_members(path: Path, count: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for number in range(count):
            archive.writestr(f"{number}.txt", b"x")


def write_lines(path: Path, head: bytes, line: bytes, count: int) -> None:
    with path.open("wb") as out:
        out.write(head)
        for start in range(0, count, 100_000):
            out.write(line * min(100_000, count - start))


# name -> (file name, how to write it, options for the child: max_mb)
def inputs() -> dict[str, tuple[str, object, dict]]:
    return {
        "csv_1M_rows_2MB": ("million.csv", lambda p: write_lines(p, b"text\n", b"x\n", ROWS), {}),
        "csv_1M_rows_41MB_max_mb_100": (
            "million.csv", lambda p: write_lines(p, b"text\n", b"a row of forty characters of plain text\n", ROWS),
            {"max_mb": 100}),
        "csv_1M_rows_41MB_over_size": (
            "million.csv", lambda p: write_lines(p, b"text\n", b"a row of forty characters of plain text\n", ROWS), {}),
        "jsonl_1M_lines_3MB": ("million.jsonl", lambda p: write_lines(p, b"", b"{}\n", ROWS), {}),
        "json_list_3M_items_9MB": ("million.json", lambda p: write_json_list(p, b"{}", 3 * ROWS), {}),
        "json_nested_100k_deep": ("deep.json", lambda p: p.write_bytes(b"[" * 100_000 + b"]" * 100_000), {}),
        "zip_bomb_1_member_1GB": ("bomb.zip", lambda p: zip_of(p, {"zeros.txt": 1000 * MB}), {}),
        "zip_bomb_2000_members_120MB": ("many.zip", lambda p: zip_of(p, {f"{n}.txt": 60_000 for n in range(2000)}), {}),
        "zip_100k_members": ("count.zip", lambda p: tiny_members(p, 100_000), {}),
        "zip_member_50MB_over_file_limit": ("one.zip", lambda p: zip_of(p, {"zeros.txt": 50 * MB}), {}),
        "zip_of_csvs_past_item_limit": (
            "rows.zip", lambda p: zip_of(p, {f"{n}.csv": b"text\n" + b"x\n" * 6000 for n in range(5)}), {}),
        "text_10MB_control_chars": ("ctrl.txt", lambda p: p.write_bytes(b"\x1b[0m\x07a" * (9 * MB // 7)), {}),
        "html_9MB_nested_divs": ("deep.html", lambda p: p.write_bytes(
            b"<html><body>" + b"<div onclick='x()'>" * 450_000 + b"<p>9 died.</p></body></html>"), {}),
        "zip_10_members_9.9MB_1000_to_1": (
            "big.zip", lambda p: zip_of(p, {f"{n}.txt": (9_900_000, f"word{n} ".encode()) for n in range(10)}), {}),
        "accepted_zip_10_members_9.9MB": ("big.zip", lambda p: zip_of(p, {
            f"{n}.txt": (9_900_000, random_words(n, 9_900_000)) for n in range(10)}), {}),
        "accepted_csv_10k_rows": ("rows.csv", lambda p: p.write_bytes(
            b"text\n" + b"".join(b'"' + ARTICLE.format(n=n).encode() + b'"\n' for n in range(10_000))), {}),
    }


def peak_rss_kb() -> int:
    """This process's peak resident memory: VmHWM (Linux), which a new program starts afresh,
    unlike ru_maxrss, which keeps the high-water mark of the process that forked it."""
    try:
        status = Path("/proc/self/status").read_text()
        return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def write_json_list(path: Path, item: bytes, count: int) -> None:
    with path.open("wb") as out:
        out.write(b"[" + item)
        for start in range(1, count, 100_000):
            out.write((b"," + item) * min(100_000, count - start))
        out.write(b"]")


def child(path: Path, door: str, max_mb: float | None, db: str, trace: bool) -> dict:
    """In a fresh process: ingest `path` and measure."""
    from dataclasses import replace

    from lib.documents import DEFAULT_LIMITS
    from lib.ingest import ingest_bytes, ingest_paths, summary
    from lib.store import Store

    import trafilatura  # noqa: F401  (imported before measuring, as the extractor is)

    limits = replace(DEFAULT_LIMITS, max_file_bytes=int(max_mb * MB)) if max_mb else DEFAULT_LIMITS
    store = Store.open(db)
    base = peak_rss_kb()
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    if door == "path":
        results = ingest_paths(store, [path], limits, workers=1)
    else:
        results = ingest_bytes(store, path.name, path.read_bytes(), limits=limits)
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    rss = peak_rss_kb()
    return {"seconds": seconds, "rss_kb": rss, "rise_kb": rss - base, "traced": peak,
            "line": results[0].line() if results else "", "summary": summary(results)}


def run_child(path: Path, door: str, options: dict, db: str, trace: bool) -> dict:
    args = [sys.executable, __file__, "--child", str(path), door, db, "--max-mb", str(options.get("max_mb", 0))]
    done = subprocess.run(args + (["--trace"] if trace else []), cwd=REPO, capture_output=True, text=True,
                          timeout=3600)
    if done.returncode:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", help="these inputs only")
    parser.add_argument("--quick", action="store_true", help="leave out the two accepted worst cases")
    parser.add_argument("--child", nargs=3, metavar=("PATH", "DOOR", "DB"), help=argparse.SUPPRESS)
    parser.add_argument("--max-mb", type=float, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(REPO))
        path, door, db = args.child
        print(json.dumps(child(Path(path), door, args.max_mb or None, db, args.trace)))
        return
    chosen = {name: spec for name, spec in inputs().items()
              if (not args.only or name in args.only) and not (args.quick and name.startswith("accepted"))}
    print(f"{'input':<32}{'door':<8}{'MB in':>8}{'seconds':>9}{'RSS MB':>8}{'rise MB':>9}{'traced MB':>10}  "
          "first line (summary)")
    with tempfile.TemporaryDirectory() as tmp:
        for number, (name, (file_name, write, options)) in enumerate(chosen.items()):
            folder = Path(tmp, f"{number:02d}")
            folder.mkdir()
            path = folder / file_name
            write(path)
            size = path.stat().st_size / MB
            for door in ("path", "upload"):
                timed = run_child(path, door, options, f"sqlite:///{folder / (door + '.db')}", trace=False)
                traced = run_child(path, door, options, f"sqlite:///{folder / (door + '-traced.db')}", trace=True)
                if "error" in timed or "error" in traced:
                    print(f"{name:<32}{door:<8}{size:>8.1f}  failed: {timed.get('error') or traced.get('error')}")
                    continue
                line = timed["line"].split(": ", 1)[-1]
                print(f"{name:<32}{door:<8}{size:>8.1f}{timed['seconds']:>9.2f}{timed['rss_kb'] / 1024:>8.0f}"
                      f"{timed['rise_kb'] / 1024:>9.0f}{traced['traced'] / MB:>10.1f}  {line[:90]} "
                      f"({timed['summary']})", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
