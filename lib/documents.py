"""From files and uploaded bytes to articles: every format the store takes, within limits.

The reader behind lib/ingest.py, so the command line and the upload page read alike:

- `.txt` and `.md`: one article, the whole text;
- `.html` / `.htm`: the main text, title, publication date and site name, by trafilatura
  (which drops navigation, ads and comments);
- `.json` (one article object or a list) and `.jsonl` (one a line): article records as in
  lib/articles.py (`text`, and `id`, `url`, `outlet`, `title`, `published`, `language`);
- `.csv`: a `text` column and any of those metadata columns, one article a row;
- `.zip` holding any of these, and folders; a `manifest.csv` (`file`, `outlet`, `published`,
  `url`, `title`) gives metadata to the files beside it.

Nothing here raises on bad input: each problem becomes a Rejection with a one-line reason,
named NAME, NAME:LINE or NAME/MEMBER, and the other items still come through.

The bytes are untrusted. Text is decoded from UTF-8, from UTF-16 or UTF-32 with a byte-order
mark, or else as Windows-1252/Latin-1; bytes with NULs or many control characters are
binary and refused. Files larger than Limits.max_file_bytes are refused unread. A zip is
read in memory and never extracted to disk: the expanded size its directory declares is
checked first, and what each member really expands to is counted as it is read, against
the same per-file limit and a limit for the whole zip. Members whose names climb out of the
archive (`../`, absolute paths), links and zips inside zips are refused.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
import stat
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Callable, Mapping, Union

from lib.articles import (MANIFEST, Article, RecordError, article_from_record, parse_json,
                          parse_jsonl, parse_manifest, parse_published)

MB = 1_000_000
TEXT_KINDS = (".txt", ".md")
HTML_KINDS = (".html", ".htm")
SUPPORTED = (*TEXT_KINDS, *HTML_KINDS, ".json", ".jsonl", ".csv", ".zip")
DEFAULT_FIELDS = ("outlet", "url", "title", "published")   # what a metadata form can fill in
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
# Control bytes that text does not contain (tab, line feed, form feed and carriage return
# are text); more than this share of them in bytes that are not UTF-8 means binary.
CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 32), 127])
MAX_CONTROL_SHARE = 0.01
IGNORED_MEMBERS = re.compile(r"(^|/)(__MACOSX/|\.)")   # macOS resource forks, hidden files
TRAILING_NUMBER = re.compile(r":(?:item )?(\d+)$")
JSON_ITEM_ERROR = re.compile(r"item (\d+): (.*)", re.DOTALL)
HTML_TAG = re.compile(r"<[A-Za-z!][^<>]*>")
UNSAFE_NAME = re.compile(r"(^|[/\\])\.\.([/\\]|$)|^[/\\]|^[A-Za-z]:")


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 10 * MB        # one file, upload or zip member
    max_zip_bytes: int = 100 * MB        # all the members of one zip, expanded
    max_zip_members: int = 10_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Rejection:
    name: str      # NAME, NAME:LINE or NAME/MEMBER
    reason: str


Item = Union[Article, Rejection]


def read_document(name: str, data: bytes, metadata: Mapping[str, object] | None = None,
                  limits: Limits = DEFAULT_LIMITS, kind: str | None = None) -> list[Item]:
    """The articles in one file's bytes, by the file's type (its suffix, or `kind`).

    `metadata` (outlet, url, title, published) fills in what an article does not carry
    itself: the upload page's form, or a manifest row.
    """
    kind = kind or PurePosixPath(name).suffix.lower()
    refused = _refused(kind, len(data), limits)
    if refused:
        return [Rejection(name, refused)]
    try:
        defaults = _checked_defaults(metadata or {})
    except RecordError as error:
        return [Rejection(name, f"metadata: {error}")]
    if kind == ".zip":
        return _read_zip(name, data, defaults, limits)
    try:
        items = _read_text_kind(name, data, kind)
    except RecordError as error:
        return [Rejection(name, str(error))]
    return [_with_defaults(item, defaults) if isinstance(item, Article) else item for item in items]


def read_path(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Item]:
    """The articles of a file or of every file under a folder; named as the path is written."""
    name = str(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*")
                       if p.is_file() and not IGNORED_MEMBERS.search(p.relative_to(path).as_posix()))
        if not files:
            return [Rejection(name, "no files in folder")]
        return _read_collection(name, [(p.relative_to(path).as_posix(), _file_loader(p, limits))
                                       for p in files], {}, limits, zips_allowed=True)
    if not path.exists():
        return [Rejection(name, "no such file or folder")]
    try:
        data = _file_loader(path, limits)()
    except RecordError as error:
        return [Rejection(name, str(error))]
    return read_document(name, data, None, limits)


def decode_text(data: bytes) -> str:
    """Text from bytes (see the module's docstring), or RecordError saying why not."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as error:
                raise RecordError(f"not valid {codec.upper().removesuffix('-SIG')} "
                                  f"(bad bytes at position {error.start})") from None
    if b"\x00" in data:
        raise RecordError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if len(data) - len(data.translate(None, CONTROL_BYTES)) > MAX_CONTROL_SHARE * len(data):
        raise RecordError("binary data, not text")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined
        return data.decode("latin-1")


# --- one file of text ------------------------------------------------------------------------

def _read_text_kind(name: str, data: bytes, kind: str) -> list[Item]:
    if kind == ".jsonl":
        return _read_jsonl(name, data)
    text = decode_text(data)
    if not text.strip():
        raise RecordError("empty file")
    if kind in TEXT_KINDS:
        return [article_from_record({"text": text}, PurePosixPath(name).stem, name)]
    if kind in HTML_KINDS:
        return [_read_html(name, text)]
    if kind == ".json":
        return _from_read_result(parse_json(text, name, name))
    return _read_csv(name, text)


def _read_jsonl(name: str, data: bytes) -> list[Item]:
    if data.startswith(tuple(bom for bom, codec in BOMS if codec != "utf-8-sig")):
        data = decode_text(data).encode("utf-8")   # UTF-16/32: whole file, then line by line
    elif b"\x00" in data:
        raise RecordError("binary data (NUL bytes), not text")
    # each line decoded on its own: a line in another encoding costs nothing
    return _from_read_result(parse_jsonl(data, name, name, decode=decode_text))


def _read_html(name: str, html: str) -> Item:
    import trafilatura  # imported on first use: slow to import, and most inputs are not HTML

    if not HTML_TAG.search(html):
        return Rejection(name, "malformed HTML: not one complete tag")
    try:
        document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as error:  # lxml and trafilatura raise many kinds on broken markup
        return Rejection(name, f"malformed HTML ({type(error).__name__})")
    if document is None or not (document.text or "").strip():
        return Rejection(name, "no article text found in the HTML")
    record = {"text": document.text, "title": document.title, "outlet": document.sitename,
              "url": document.url, "published": document.date}
    try:
        return article_from_record(record, PurePosixPath(name).stem, name)
    except RecordError as error:
        return Rejection(name, str(error))


def _read_csv(name: str, text: str) -> list[Item]:
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))  # one long article is fine
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        return [Rejection(f"{name}:1", f"malformed CSV: {error}")]
    columns = {(column or "").strip().lower(): column for column in header}
    if "text" not in columns:
        return [Rejection(name, f"no 'text' column (the header is: {', '.join(header)})")]
    items: list[Item] = []
    stem = PurePosixPath(name).stem
    while True:
        starts = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return items
        except csv.Error as error:  # the reader cannot resume after a broken quote
            items.append(Rejection(f"{name}:{starts}", f"malformed CSV: {error}; "
                                   "the rows after it are not read"))
            return items
        label = f"{name}:{reader.line_num}"
        if None in row:
            items.append(Rejection(label, f"more fields than the header's {len(header)}"))
            continue
        record = {key: row[column] for key, column in columns.items()}
        try:
            items.append(article_from_record(record, f"{stem}-{reader.line_num}", label))
        except RecordError as error:
            items.append(Rejection(label, str(error)))


# --- zips and folders ------------------------------------------------------------------------

def _read_zip(name: str, data: bytes, defaults: dict, limits: Limits) -> list[Item]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
        return [Rejection(name, f"not a readable zip ({error})")]
    if len(members) > limits.max_zip_members:
        return [Rejection(name, f"zip holds {len(members):,} files, more than the limit of "
                                f"{limits.max_zip_members:,}")]
    declared = sum(info.file_size for info in members)
    if declared > limits.max_zip_bytes:
        return [Rejection(name, f"zip would expand to {_mb(declared)}, past the limit of "
                                f"{_mb(limits.max_zip_bytes)} (zip bomb?)")]
    budget = [limits.max_zip_bytes]   # expanded bytes still allowed, counted as members are read
    entries: list[tuple[str, Callable[[], bytes]]] = []
    for info in members:
        problem = _unsafe_member(info)
        if problem:
            entries.append((info.filename, _refusal(problem)))
        elif not IGNORED_MEMBERS.search(info.filename):
            entries.append((info.filename, _member_loader(archive, info, limits, budget)))
    return _read_collection(name, entries, defaults, limits, zips_allowed=False)


def _read_collection(name: str, entries: list[tuple[str, Callable[[], bytes]]], defaults: dict,
                     limits: Limits, zips_allowed: bool) -> list[Item]:
    """The files of a folder or zip: (path inside it, loader of its bytes).

    A manifest.csv gives metadata to the files of its own folder; its rows for files that
    are not there are reported on the manifest's line.
    """
    items: list[Item] = []
    manifests: dict[str, tuple[str, dict]] = {}   # folder -> (manifest's name, its rows)
    for member, load in entries:
        if PurePosixPath(member).name == MANIFEST:
            label = f"{name}/{member}"
            try:
                rows, errors = parse_manifest(decode_text(load()), label)
            except RecordError as error:
                items.append(Rejection(label, str(error)))
                continue
            items.extend(Rejection(_where(e.file, e.line), e.message) for e in errors)
            manifests[str(PurePosixPath(member).parent)] = (label, rows)
    for member, load in entries:
        path = PurePosixPath(member)
        if path.name == MANIFEST:
            continue
        label = f"{name}/{member}"
        kind = path.suffix.lower()
        manifest, rows = manifests.get(str(path.parent), ("", {}))
        line, row = rows.pop(path.name, (None, {}))
        refused = "a zip inside a zip is not read: unpack it first" if kind == ".zip" and not zips_allowed \
            else _refused(kind, 0, limits)
        if refused:
            items.append(Rejection(label, refused))
            continue
        try:
            metadata = {**defaults, **_checked_defaults({k: v for k, v in row.items() if v})}
        except RecordError as error:
            items.append(Rejection(_where(manifest, line), f"{path.name}: {error}"))
            continue
        try:
            data = load()
        except RecordError as error:
            items.append(Rejection(label, str(error)))
            continue
        items.extend(read_document(label, data, metadata, limits))
    for manifest, rows in manifests.values():
        items.extend(Rejection(_where(manifest, line), f"file {file!r} not found")
                     for file, (line, _) in rows.items())
    return items


def _unsafe_member(info: zipfile.ZipInfo) -> str:
    if UNSAFE_NAME.search(info.filename):
        return "unsafe name: it climbs out of the zip's folder"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "a link, not a file"
    return ""


def _member_loader(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits,
                   budget: list[int]) -> Callable[[], bytes]:
    def load() -> bytes:
        if info.file_size > limits.max_file_bytes:
            raise RecordError(_too_large(info.file_size, limits))
        allowed = min(limits.max_file_bytes, budget[0])
        try:
            with archive.open(info) as stream:
                data = stream.read(allowed + 1)   # never more than the limit, whatever it claims
        except RuntimeError:   # zipfile's word for an encrypted member
            raise RecordError("encrypted: it needs a password") from None
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError) as error:
            raise RecordError(f"damaged zip member ({error})") from None
        if len(data) > allowed:
            raise RecordError("expands past the limit of " + (
                _mb(limits.max_file_bytes) if allowed == limits.max_file_bytes
                else f"{_mb(limits.max_zip_bytes)} for the whole zip (zip bomb?)"))
        budget[0] -= len(data)
        return data
    return load


def _file_loader(path: Path, limits: Limits) -> Callable[[], bytes]:
    def load() -> bytes:
        try:
            size = path.stat().st_size
            if size > limits.max_file_bytes:
                raise RecordError(_too_large(size, limits))
            return path.read_bytes()
        except OSError as error:
            raise RecordError(f"cannot read: {error.strerror}") from None
    return load


def _refusal(reason: str) -> Callable[[], bytes]:
    def load() -> bytes:
        raise RecordError(reason)
    return load


# --- shared pieces ---------------------------------------------------------------------------

def _refused(kind: str, size: int, limits: Limits) -> str:
    if kind not in SUPPORTED:
        return f"unsupported file type {kind or '(none)'!r}: expected {', '.join(SUPPORTED)}"
    if size > limits.max_file_bytes:
        return _too_large(size, limits)
    return ""


def _too_large(size: int, limits: Limits) -> str:
    return f"larger than the limit of {_mb(limits.max_file_bytes)} a file ({_mb(size)})"


def _mb(size: int) -> str:
    return f"{size / MB:,.1f} MB" if size >= MB else f"{size:,} bytes"


def _where(file: str, line: int | None) -> str:
    return file if line is None else f"{file}:{line}"


def _checked_defaults(metadata: Mapping[str, object]) -> dict:
    """The metadata fields a document may lack, with the publication date parsed."""
    defaults = {key: metadata.get(key) for key in DEFAULT_FIELDS if metadata.get(key)}
    if "published" in defaults:
        defaults["published"] = parse_published(defaults["published"])
    return {key: value.strip() if isinstance(value, str) else value for key, value in defaults.items()}


def _with_defaults(article: Article, defaults: dict) -> Article:
    missing = {key: value for key, value in defaults.items() if not getattr(article, key)}
    return replace(article, **missing) if missing else article


def _from_read_result(result) -> list[Item]:
    """lib.articles' articles and errors as items, in the order of their lines or items; an
    error about one item of a JSON list is named like that item's article (NAME:item N)."""
    items: list[Item] = list(result.articles)
    for error in result.errors:
        item = JSON_ITEM_ERROR.match(error.message) if error.line is None else None
        items.append(Rejection(f"{error.file}:item {item.group(1)}", item.group(2)) if item
                     else Rejection(_where(error.file, error.line), error.message))
    return sorted(items, key=lambda item: _position(item.source if isinstance(item, Article) else item.name))


def _position(label: str) -> int:
    """The line or item number a label ends with; -1 for a whole file."""
    number = TRAILING_NUMBER.search(label)
    return int(number.group(1)) if number else -1
