"""Reading news articles from .jsonl, .json, .txt files and folders of .txt files.

A bad record never stops the read: it becomes a ReadError naming its file (and line), and
the other records still load. Texts are kept exactly as decoded (UTF-8, BOM stripped), so
offsets into them stay valid; cleaning happens elsewhere (lib/cleaning.py).
"""
from __future__ import annotations

import csv
import datetime
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

MANIFEST = "manifest.csv"
BOM = "\ufeff"
METADATA_FIELDS = ("url", "outlet", "title", "language")
DEFAULT_LANGUAGE = "en"


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


class _RecordError(ValueError):
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
    if data is None:
        return
    # Decoded line by line, so one line of bad bytes costs only that line.
    found = False
    for number, raw in enumerate(data.removeprefix(BOM.encode()).split(b"\n"), start=1):
        if not raw.strip():
            continue
        found = True
        try:
            record = _parse_json_line(raw)
            result.articles.append(_article(record, f"{path.stem}-{number}", f"{path.name}:{number}"))
        except _RecordError as error:
            result.errors.append(ReadError(str(path), number, str(error)))
    if not found:
        result.errors.append(ReadError(str(path), None, "empty file"))


def _parse_json_line(raw: bytes) -> Any:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _RecordError(_decode_message(error)) from None
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise _RecordError(f"invalid JSON: {error.msg} (column {error.colno})") from None


# --- .json ----------------------------------------------------------------------------------

def _read_json(path: Path, result: ReadResult) -> None:
    text = _read_text(path, result)
    if text is None:
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        result.errors.append(ReadError(str(path), None, f"invalid JSON: {error.msg} (line {error.lineno})"))
        return
    if isinstance(data, list):
        items = [(f"{path.stem}-{i}", f"{path.name}:item {i}", f"item {i}: ", record)
                 for i, record in enumerate(data)]
    else:
        items = [(path.stem, path.name, "", data)]
    for default_id, source, where, record in items:
        try:
            result.articles.append(_article(record, default_id, source))
        except _RecordError as error:
            result.errors.append(ReadError(str(path), None, f"{where}{error}"))


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
        result.articles.append(_article(record, path.stem, path.name))
    except _RecordError as error:
        # only metadata can be wrong here: the text was checked by _read_text
        result.errors.append(ReadError(str(path.parent / MANIFEST), line, f"{path.name}: {error}"))


def _read_manifest(path: Path, result: ReadResult,
                   only: str | None = None) -> dict[str, tuple[int, dict[str, str]]]:
    """file name -> (manifest line, metadata). Problems go to result.errors.

    With `only` (a .txt read on its own), only the rows for that file are checked,
    so a neighbour's bad row does not raise errors about a file nobody asked for.
    """
    if not path.is_file():
        return {}
    text = _read_text(path, result)
    if text is None:
        return {}
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if "file" not in (reader.fieldnames or []):
        result.errors.append(ReadError(str(path), None, "manifest has no 'file' column"))
        return {}
    rows: dict[str, tuple[int, dict[str, str]]] = {}
    for row in reader:
        name = (row.get("file") or "").strip()
        line = reader.line_num
        if only is not None and name != only:
            continue
        if not name:
            result.errors.append(ReadError(str(path), line, "row without a file name"))
        elif name in rows:
            result.errors.append(ReadError(str(path), line, f"file {name!r} listed twice (first on line {rows[name][0]})"))
        else:
            metadata = {k: v for k, v in row.items() if k in (*METADATA_FIELDS, "published") and v is not None}
            rows[name] = (line, metadata)
    return rows


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


def _read_bytes(path: Path, result: ReadResult) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as error:
        result.errors.append(ReadError(str(path), None, f"cannot read: {error.strerror}"))
        return None


def _decode_message(error: UnicodeDecodeError) -> str:
    bad = error.object[error.start:error.start + 1].hex()
    return f"not valid UTF-8 (byte 0x{bad} at position {error.start})"


def _article(record: Any, default_id: str, source: str) -> Article:
    """Validate one record (a parsed JSON object or manifest metadata plus text)."""
    if not isinstance(record, dict):
        raise _RecordError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise _RecordError("missing 'text'" if text is None else "'text' is not a string")
    if not text.strip():
        raise _RecordError("empty 'text'")
    metadata = {name: _as_str(record.get(name), name) for name in METADATA_FIELDS}
    metadata["language"] = metadata["language"] or DEFAULT_LANGUAGE
    return Article(
        id=_as_str(record.get("id"), "id") or default_id,
        text=text,
        published=parse_published(record.get("published")),
        source=source,
        **metadata,
    )


def _as_str(value: Any, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return str(value).strip()
    raise _RecordError(f"{name!r} is not a string")


def parse_published(value: Any) -> datetime.date | None:
    """A publication date from "YYYY-MM-DD" or an ISO datetime; empty or None gives None.

    A datetime keeps the calendar day it was written in (no conversion to UTC): the day the
    outlet printed is the one claim dates are resolved against. Raises ValueError otherwise.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise _RecordError(f"'published' is not a string: {value!r}")
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.datetime.fromisoformat(value).date()
    except ValueError:
        raise _RecordError(f"unreadable 'published' date {value!r} (expected YYYY-MM-DD)") from None


_READERS = {".jsonl": _read_jsonl, ".json": _read_json, ".txt": _read_txt}

