"""Command line: `python -m lib extract INPUT... --out claims.csv`,
`python -m lib evaluate GOLD.jsonl ARTICLES.jsonl [--verbose]`, and the article store's
`python -m lib ingest PATH... [--db URL]`, `python -m lib export --out FILE [--db URL]` and
`python -m lib reextract [--outdated] [--db URL]`, `python -m lib claims [--consolidated] --out FILE [--db URL]`
and `python -m lib audit --out FILE [--db URL]` (--db: a database URL or a SQLite file; default
$DATABASE_URL, else data/claims.db)."""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

from lib import schema
from lib.articles import read_articles
from lib.documents import DEFAULT_LIMITS, MB
from lib.export import contract_csv
from lib.extract import EXTRACTOR_VERSION, extract_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lib", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract casualty claims from articles to CSV")
    extract.add_argument("inputs", nargs="+", help=".jsonl, .json, .txt files or folders of .txt")
    extract.add_argument("--out", required=True, help="the CSV to write ('-' for standard output)")
    evaluate = commands.add_parser("evaluate", help="extract from ARTICLES and score against GOLD")
    evaluate.add_argument("gold")
    evaluate.add_argument("articles")
    evaluate.add_argument("--verbose", action="store_true", help="list every miss, extra and wrong attribute")
    ingest = commands.add_parser("ingest", help="store articles and their claims")
    ingest.add_argument("paths", nargs="+", metavar="PATH",
                        help=".txt .md .html .json .jsonl .csv .zip files or folders")
    ingest.add_argument("--max-mb", type=float, default=DEFAULT_LIMITS.max_file_bytes / MB,
                        help="refuse files (and zip members) larger than this (default %(default)g)")
    ingest.add_argument("--max-items", type=int, default=DEFAULT_LIMITS.max_items,
                        help="refuse a file (or zip) holding more articles than this (default %(default)s)")
    ingest.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="processes extracting claims in a large batch (default: one a CPU, %(default)s)")
    export = commands.add_parser("export", help="write the stored claims to CSV")
    export.add_argument("--out", required=True, help="the CSV to write ('-' for standard output)")
    reextract = commands.add_parser("reextract", help="run the current extractor over every stored article")
    reextract.add_argument("--outdated", action="store_true",
                           help="only the articles an earlier extractor read (after an upgrade)")
    claims = commands.add_parser("claims", help="write the reviewed claims to CSV, one row per mention "
                                                "or (--consolidated) one per claim across articles")
    claims.add_argument("--consolidated", action="store_true",
                        help="one row per claim, with its citations, grade and consistency flags")
    claims.add_argument("--out", required=True, help="the CSV to write ('-' for standard output)")
    audit = commands.add_parser("audit", help="write the review audit trail to CSV")
    audit.add_argument("--out", required=True, help="the CSV to write ('-' for standard output)")
    for command in (ingest, export, reextract, claims, audit):
        command.add_argument("--db", help="database URL or SQLite file (default: $DATABASE_URL, else data/claims.db)")
    args = parser.parse_args(argv)
    if args.command == "extract":
        return _extract(args)
    if args.command == "evaluate":
        return _evaluate(args)
    return _with_store(args)


def _with_store(args) -> int:
    """Run a command of the article store. The store (and SQLAlchemy, a third of a second to
    import) is loaded here, not at the top: `extract` and `evaluate` never touch it."""
    from sqlalchemy.exc import SQLAlchemyError

    from lib.store import StoreError

    handlers = {"ingest": _ingest, "export": _export, "reextract": _reextract, "claims": _claims,
                "audit": _audit}
    try:
        return handlers[args.command](args)
    except StoreError as error:
        print(f"error: {error}", file=sys.stderr)
    except SQLAlchemyError as error:   # the database went away in the middle of a command
        print(f"error: database error: {' '.join(str(getattr(error, 'orig', None) or error).split())}",
              file=sys.stderr)
    return 2


def _read(paths) -> tuple[list, int]:
    result = read_articles(paths)
    for error in result.errors:
        print(f"error: {error}", file=sys.stderr)
    return result.articles, len(result.errors)


def _extract(args) -> int:
    articles, errors = _read(args.inputs)
    frame = extract_corpus(articles)
    text = contract_csv(frame)   # the contract's CSV, formula cells neutralised
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"{len(frame)} claims from {len(articles)} articles written to {args.out}", file=sys.stderr)
    return 1 if errors else 0


def _evaluate(args) -> int:
    from lib import evaluate

    articles, errors = _read([args.articles])
    frame = extract_corpus(articles)
    predictions = evaluate.predictions_from_rows(frame.to_dict("records"))
    result = evaluate.score(evaluate.load_gold(args.gold), predictions,
                            verbose_out=sys.stdout if args.verbose else None)
    print(evaluate.format_summary(result))
    return 1 if errors else 0


def _ingest(args) -> int:
    from lib.ingest import REJECTED, stream_paths, summary
    from lib.store import Store

    store = Store.open(args.db)
    limits = replace(DEFAULT_LIMITS, max_file_bytes=int(args.max_mb * MB), max_items=args.max_items)
    results = []
    for result in stream_paths(store, args.paths, limits, args.workers):
        print(result.line(), flush=True)   # as each item is stored: a long batch shows progress
        results.append(result)
    print(summary(results))
    return 1 if any(r.status == REJECTED for r in results) else 0


def _export(args) -> int:
    from lib.export import csv_bytes
    from lib.store import Store

    frame = Store.open(args.db).claims_frame()
    data = csv_bytes(frame)
    if args.out == "-":
        sys.stdout.buffer.write(data)
    else:
        Path(args.out).write_bytes(data)
        print(f"{len(frame)} claims from {frame[schema.ARTICLE_ID].nunique()} articles written to {args.out}",
              file=sys.stderr)
    return 0


def _write(out: str, data: bytes, message: str) -> None:
    if out == "-":
        sys.stdout.buffer.write(data)
    else:
        Path(out).write_bytes(data)
        print(message, file=sys.stderr)


def _claims(args) -> int:
    from lib.citations import consolidate
    from lib.export import csv_bytes, table_csv_bytes
    from lib.store import Store

    store = Store.open(args.db)
    mentions = store.claims_frame()
    articles = mentions[schema.ARTICLE_ID].nunique()
    if not args.consolidated:
        _write(args.out, csv_bytes(mentions), f"{len(mentions)} claims from {articles} articles written to {args.out}")
        return 0
    table = consolidate(mentions, store.published_dates())
    kept = int(table[schema.MENTIONS].sum()) if len(table) else 0
    _write(args.out, table_csv_bytes(table),
           f"{len(table)} consolidated claims from {kept} mentions ({len(mentions) - kept} rejected) "
           f"in {articles} articles written to {args.out}")
    return 0


def _audit(args) -> int:
    from lib.export import table_csv_bytes
    from lib.store import Store

    trail = Store.open(args.db).audit_frame()
    _write(args.out, table_csv_bytes(trail), f"{len(trail)} audit rows written to {args.out}")
    return 0


def _reextract(args) -> int:
    from lib.store import Store

    done = Store.open(args.db).reextract(outdated_only=args.outdated)
    for article_id, reason in done.failed:
        print(f"error: {article_id}: {reason}; its earlier claims are kept", file=sys.stderr)
    print(f"{done.articles} article(s) re-extracted with extractor {EXTRACTOR_VERSION}: "
          f"claims {done.claims_before} before, {done.claims_after} now")
    return 1 if done.failed else 0


if __name__ == "__main__":
    sys.exit(main())
