"""Command line: `python -m lib extract INPUT... --out claims.csv` and
`python -m lib evaluate GOLD.jsonl ARTICLES.jsonl [--verbose]`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lib import schema
from lib.articles import read_articles
from lib.extract import extract_corpus


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
    args = parser.parse_args(argv)
    return {"extract": _extract, "evaluate": _evaluate}[args.command](args)


def _read(paths) -> tuple[list, int]:
    result = read_articles(paths)
    for error in result.errors:
        print(f"error: {error}", file=sys.stderr)
    return result.articles, len(result.errors)


def _extract(args) -> int:
    articles, errors = _read(args.inputs)
    frame = extract_corpus(articles)
    text = schema.to_contract_csv(frame)
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


if __name__ == "__main__":
    sys.exit(main())
