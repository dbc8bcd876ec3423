"""Reading news articles from .jsonl, .json, .txt files and folders of .txt files.

A bad record never stops the read: it becomes a ReadError naming its file (and line), and
the other records still load. Texts are kept exactly as decoded (UTF-8, BOM stripped), so
offsets into them stay valid; cleaning happens elsewhere (lib/cleaning.py).

The record and manifest parsers work on bytes and text as well as on files, so that
lib/documents.py (uploads, zips, the store's ingestion) validates records the same way.
"""
from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any, Callable, Iterable

MANIFEST = "manifest.csv"
BOM = "\ufeff"
METADATA_FIELDS = ("url", "outlet", "title", "language")
DEFAULT_LANGUAGE = "en"
CONTENT_ID_LENGTH = 16   # hex digits of SHA-256: 64 bits, no collision in any real corpus


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    outlet: str = ""
    published: datetime.date | None = None
    url: str = ""
    title: str = ""
    language: str = DEFAULT_LANGUAGE
    source: str = ""   # file name (and line or item) the article came from


@dataclass(frozen=True)
class ReadError:
    file: str
    line: int | None   # 1-based line for .jsonl and manifest rows; None for whole-file problems
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.message}"


@dataclass
class ReadResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)


class RecordError(ValueError):
    """One record cannot become an Article; the message says why."""


def read_articles(paths: Iterable[str | Path] | str | Path) -> ReadResult:
    """Read every article from the given files and folders, in order, collecting errors."""
    if isinstance(paths, (str, Path)):
        paths = [paths]  # a lone path, not an iterable of characters
    result = ReadResult()
    for path in map(Path, paths):
        _read_path(path, result)
    return result


def _read_path(path: Path, result: ReadResult) -> None:
    if path.is_dir():
        _read_folder(path, result)
        return
    if not path.exists():
        result.errors.append(ReadError(str(path), None, "no such file or folder"))
        return
    if not path.is_file():   # /dev/zero would be read until memory runs out, a pipe forever
        result.errors.append(ReadError(str(path), None, "not a regular file (a device, pipe or socket): not read"))
        return
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        result.errors.append(ReadError(
            str(path), None,
            f"unsupported file type {path.suffix or '(none)'!r}: expected .jsonl, .json, .txt or a folder"))
        return
    reader(path, result)


# --- .jsonl ---------------------------------------------------------------------------------

def _read_jsonl(path: Path, result: ReadResult) -> None:
    data = _read_bytes(path, result)
    if data is not None:
        _merge(result, parse_jsonl(data, str(path), path.name))


def parse_jsonl(data: bytes, file: str, label: str,
                decode: Callable[[bytes], str] | None = None) -> ReadResult:
    """The articles of JSON Lines `data`; errors name `file`, sources and ids use `label`.

    Lines are decoded one by one (strict UTF-8 unless `decode` is given; it raises
    RecordError), so one line of bad bytes costs only that line.
    """
    result = ReadResult()
    found = False
    for number, raw in enumerate(data.removeprefix(BOM.encode()).split(b"\n"), start=1):
        if not raw.strip():
            continue
        found = True
        try:
            line = (decode or _decode_utf8)(raw)
            record = parse_json_text(line)
            result.articles.append(article_from_record(
                record, f"{PurePath(label).stem}-{number}", f"{label}:{number}"))
        except RecordError as error:
            result.errors.append(ReadError(file, number, str(error)))
    if not found:
        result.errors.append(ReadError(file, None, "empty file"))
    return result


def _decode_utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RecordError(_decode_message(error)) from None


def parse_json_text(text: str) -> Any:
    """Parsed JSON, or RecordError saying where it breaks."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}" if error.lineno > 1 else f"column {error.colno}"
        raise RecordError(f"invalid JSON: {error.msg} ({where})") from None
    except RecursionError:
        raise RecordError("invalid JSON: nested too deeply") from None


# --- .json ----------------------------------------------------------------------------------

def _read_json(path: Path, result: ReadResult) -> None:
    text = _read_text(path, result)
    if text is not None:
        _merge(result, parse_json(text, str(path), path.name))


def parse_json(text: str, file: str, label: str) -> ReadResult:
    """The articles of a JSON document: one article object or a list of them."""
    result = ReadResult()
    try:
        data = parse_json_text(text)
    except RecordError as error:
        result.errors.append(ReadError(file, None, str(error)))
        return result
    stem = PurePath(label).stem
    if isinstance(data, list):
        items = [(f"{stem}-{i}", f"{label}:item {i}", f"item {i}: ", record)
                 for i, record in enumerate(data)]
    else:
        items = [(stem, label, "", data)]
    for default_id, source, where, record in items:
        try:
            result.articles.append(article_from_record(record, default_id, source))
        except RecordError as error:
            result.errors.append(ReadError(file, None, f"{where}{error}"))
    return result


# --- .txt and folders -----------------------------------------------------------------------

def _read_folder(folder: Path, result: ReadResult) -> None:
    texts = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
    manifest = _read_manifest(folder / MANIFEST, result)
    present = {p.name for p in texts}
    for name, (line, _) in manifest.items():
        if name not in present:
            result.errors.append(ReadError(str(folder / MANIFEST), line, f"file {name!r} not found"))
    if not texts:
        result.errors.append(ReadError(str(folder), None, "no .txt files in folder"))
    for path in texts:
        _add_txt(path, manifest.get(path.name), result)


def _read_txt(path: Path, result: ReadResult) -> None:
    manifest = _read_manifest(path.parent / MANIFEST, result, only=path.name)
    _add_txt(path, manifest.get(path.name), result)


def _add_txt(path: Path, row: tuple[int, dict[str, str]] | None, result: ReadResult) -> None:
    text = _read_text(path, result)
    if text is None:
        return
    line, metadata = row if row is not None else (None, {})
    record = {**metadata, "text": text, "id": path.stem}
    try:
        result.articles.append(article_from_record(record, path.stem, path.name))
    except RecordError as error:
        # only metadata can be wrong here: the text was checked by _read_text
        result.errors.append(ReadError(str(path.parent / MANIFEST), line, f"{path.name}: {error}"))


def _read_manifest(path: Path, result: ReadResult,
                   only: str | None = None) -> dict[str, tuple[int, dict[str, str]]]:
    if not path.is_file():
        return {}
    text = _read_text(path, result)
    if text is None:
        return {}
    rows, errors = parse_manifest(text, str(path), only)
    result.errors.extend(errors)
    return rows


def parse_manifest(text: str, file: str, only: str | None = None
                   ) -> tuple[dict[str, tuple[int, dict[str, str]]], list[ReadError]]:
    """file name -> (manifest line, metadata), and the problems found, named by `file`.

    With `only` (a .txt read on its own), only the rows for that file are checked,
    so a neighbour's bad row does not raise errors about a file nobody asked for.
    """
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if "file" not in (reader.fieldnames or []):
        return {}, [ReadError(file, None, "manifest has no 'file' column")]
    rows: dict[str, tuple[int, dict[str, str]]] = {}
    errors: list[ReadError] = []
    for row in reader:
        name = (row.get("file") or "").strip()
        line = reader.line_num
        if only is not None and name != only:
            continue
        if not name:
            errors.append(ReadError(file, line, "row without a file name"))
        elif name in rows:
            errors.append(ReadError(file, line, f"file {name!r} listed twice (first on line {rows[name][0]})"))
        else:
            metadata = {k: v for k, v in row.items() if k in (*METADATA_FIELDS, "published") and v is not None}
            rows[name] = (line, metadata)
    return rows, errors


# --- shared pieces --------------------------------------------------------------------------

def _read_text(path: Path, result: ReadResult) -> str | None:
    """The whole file decoded as UTF-8 without its BOM, or None after recording why not."""
    data = _read_bytes(path, result)
    if data is None:
        return None
    try:
        text = data.decode("utf-8").removeprefix(BOM)
    except UnicodeDecodeError as error:
        result.errors.append(ReadError(str(path), None, _decode_message(error)))
        return None
    if not text.strip():
        result.errors.append(ReadError(str(path), None, "empty file"))
        return None
    return text


def _merge(result: ReadResult, part: ReadResult) -> None:
    result.articles.extend(part.articles)
    result.errors.extend(part.errors)


def _read_bytes(path: Path, result: ReadResult) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as error:
        result.errors.append(ReadError(str(path), None, f"cannot read: {error.strerror}"))
        return None


def _decode_message(error: UnicodeDecodeError) -> str:
    bad = error.object[error.start:error.start + 1].hex()
    return f"not valid UTF-8 (byte 0x{bad} at position {error.start})"


def article_from_record(record: Any, default_id: str, source: str) -> Article:
    """Validate one record (a parsed JSON object or manifest metadata plus text)."""
    if not isinstance(record, dict):
        raise RecordError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise RecordError("missing 'text'" if text is None else "'text' is not a string")
    if not text.strip():
        raise RecordError("empty 'text'")
    metadata = {name: _as_str(record.get(name), name) for name in METADATA_FIELDS}
    metadata["language"] = metadata["language"] or DEFAULT_LANGUAGE
    return Article(
        id=_as_str(record.get("id"), "id") or default_id,
        text=text,
        published=parse_published(record.get("published"), metadata["language"]),
        source=source,
        **metadata,
    )


def _as_str(value: Any, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return str(value).strip()
    raise RecordError(f"{name!r} is not a string")


def content_id(text: str) -> str:
    """A stable article id: the hash of the text with Unicode and whitespace normalised,
    so the same article re-wrapped or re-saved with other line endings keeps its id."""
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:CONTENT_ID_LENGTH]


# Day and month both written as numbers: 03/04/2024, 3.4.24. Unless the day is over 12 (or
# both numbers are the same), the order cannot be known from the date alone.
_NUMERIC_DATE = re.compile(r"(?<![\d./-])(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\b")
# Tomorrow's date is allowed: a time zone ahead of ours has already reached it.
FUTURE_TOLERANCE = datetime.timedelta(days=1)


def parse_published(value: Any, language: str = DEFAULT_LANGUAGE) -> datetime.date | None:
    """A publication date from any human form; empty or None gives None.

    ISO dates and datetimes are read directly; anything else ("Dec 19, 2024", "19.12.2024",
    "Thursday, 19 December 2024 10:13 GMT", "yesterday") through dateparser, in the
    article's language and English. A datetime keeps the calendar day it was written in
    (no conversion to UTC): the day the outlet printed is the one claim dates are resolved
    against. Raises RecordError for a date that is unreadable, lacks its day, month or year,
    lies in the future, or whose order of day and month is ambiguous ("03/04/2024"): a
    wrong publication date moves every claim date of the article, so it is never guessed.
    """
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        raise RecordError(f"'published' is not a string: {value!r}")
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.datetime.fromisoformat(value).date()
    except ValueError:
        parsed = _human_date(value, language)
    if parsed > datetime.date.today() + FUTURE_TOLERANCE:
        raise RecordError(f"'published' date {value!r} is in the future ({parsed.isoformat()})")
    return parsed


def _human_date(value: str, language: str) -> datetime.date:
    numeric = _NUMERIC_DATE.search(value)
    if numeric and _ambiguous(int(numeric.group(1)), int(numeric.group(2))):
        raise RecordError(f"ambiguous 'published' date {value!r}: day and month could be either way "
                          f"round (write it as YYYY-MM-DD)")
    parsed = _dateparser_date(value, language)
    if parsed is None:
        raise RecordError(f"unreadable 'published' date {value!r} (needs a day, month and year)")
    return parsed


def _ambiguous(first: int, second: int) -> bool:
    return first != second and 1 <= first <= 12 and 1 <= second <= 12


def _dateparser_date(value: str, language: str) -> datetime.date | None:
    import dateparser  # imported on first use: most records carry ISO dates

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    languages = list(dict.fromkeys([language.lower() or DEFAULT_LANGUAGE, DEFAULT_LANGUAGE]))
    try:
        parsed = dateparser.parse(value, languages=languages, settings=settings)
    except ValueError:  # a language dateparser does not know
        parsed = dateparser.parse(value, languages=[DEFAULT_LANGUAGE], settings=settings)
    return parsed.date() if parsed else None


_READERS = {".jsonl": _read_jsonl, ".json": _read_json, ".txt": _read_txt}

