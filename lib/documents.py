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
read in memory and never extracted to disk: the number of entries its central directory
lists is counted before it is parsed, the expanded size it declares is checked next, and
what each member really expands to is counted as it is read, against the same per-file
limit and a limit for the whole zip; a member over 1 MB that expands more than 100 times
its compressed size is refused too (text compresses 3 to 20 times, a bomb a thousand).
Members whose names climb out of the archive (`../`, absolute paths), links and zips inside
zips are refused; so are links in a folder that lead out of it.

A file holds at most Limits.max_items articles (rows of a CSV, lines of JSON Lines, items
of a JSON list), and the files of one zip as many in all: a CSV of a million rows is refused
after reading 10,001 of them, never turned into a million articles. Folders are read one
file at a time (iter_path), so a large folder never sits in memory whole.

Content that contradicts the file's name is refused with what it really is: a zip, PDF or
image named .txt, .csv or .json; an HTML page named .txt or .json ("rename it .html"). HTML
gives only its visible text: scripts, styles, event handlers and links are dropped by
trafilatura, and any markup left in that text (written as &lt;script&gt; in the page) is
removed, as from the title and site name. Every article's text loses its control characters
but tab and line feed (other line breaks become line feeds), its metadata all of them, and
lone surrogates become U+FFFD: nothing stored carries a NUL or an escape sequence.
"""
from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import re
import stat
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator, Mapping, Union

from lib.articles import (MANIFEST, Article, RecordError, article_from_record, parse_json_text,
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
RATIO_CHECKED_FROM = MB              # a smaller member may compress as well as it likes
DIRECTORY_ENTRY = b"PK\x01\x02"   # the signature of each entry of a zip's central directory
NONBLANK_LINE = re.compile(rb"[^\s][^\n]*")
CSV_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")

# What a file really is, by its first bytes: (signature, the suffix that would read it or
# None when nothing here reads it, words for the reason).
SIGNATURES = (
    (b"PK\x03\x04", ".zip", "a zip archive"), (b"PK\x05\x06", ".zip", "a zip archive"),
    (b"PK\x07\x08", ".zip", "a zip archive"),
    (b"%PDF-", None, "a PDF document"), (b"\x89PNG\r\n\x1a\n", None, "a PNG image"),
    (b"\xff\xd8\xff", None, "a JPEG image"), (b"GIF87a", None, "a GIF image"), (b"GIF89a", None, "a GIF image"),
    (b"\x1f\x8b", None, "a gzip archive"), (b"7z\xbc\xaf\x27\x1c", None, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", None, "a RAR archive"), (b"\xfd7zXZ\x00", None, "an xz archive"),
    (b"\x28\xb5\x2f\xfd", None, "a Zstandard archive"), (b"\x7fELF", None, "a program (ELF)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", None, "a Microsoft Office document"),
    (b"SQLite format 3\x00", None, "an SQLite database"), (b"{\\rtf", None, "an RTF document"),
)
# an HTML page, whatever its name says: it starts with its doctype or <html> (after blanks)
HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
KIND_WORDS = {".txt": "plain text", ".md": "plain text", ".html": "HTML", ".htm": "HTML",
              ".json": "JSON", ".jsonl": "JSON Lines", ".csv": "CSV", ".zip": "a zip archive"}
# markup left in the text of an HTML page (written there as &lt;script&gt;...): removed
MARKUP = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|$)|<!--.*?(?:-->|$)|</?[A-Za-z][^<>]*>",
                    re.IGNORECASE | re.DOTALL)
WEB_ADDRESS = re.compile(r"https?://\S+$", re.IGNORECASE)
# Text keeps tab and line feed; other line breaks become line feeds; every other control
# character (C0, DEL, C1) goes, and a lone surrogate (from a JSON "\ud800") becomes U+FFFD.
BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
TEXT_TABLE = {**{code: None for code in [*range(0, 32), *range(127, 160)] if code not in (9, 10)},
              **{ord(c): "\n" for c in BREAKS}}
FIELD_TABLE = {**{code: " " for code in [*range(0, 32), *range(127, 160)]},
               **{ord(c): " " for c in BREAKS}}
SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 10 * MB        # one file, upload or zip member
    max_zip_bytes: int = 100 * MB        # all the members of one zip, expanded
    max_zip_members: int = 10_000
    max_items: int = 10_000              # articles (rows, lines, items) in one file, or a zip's files
    max_zip_ratio: int = 100             # expanded size / compressed size of a member over 1 MB


DEFAULT_LIMITS = Limits()


class TooManyItems(Exception):
    """A file, or the files of a zip together, hold more than Limits.max_items items."""


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
    try:
        return _read_document(name, data, metadata, limits, kind, limits.max_items)
    except TooManyItems as error:
        return [Rejection(name, str(error))]


def read_path(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Item]:
    """The articles of a file or of every file under a folder; named as the path is written."""
    return [item for items in iter_path(path, limits) for item in items]


def iter_path(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[list[Item]]:
    """read_path one file at a time: the items of each file of a folder as it is read."""
    name = str(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*")   # links, pipes and devices too: refused by name
                       if (p.is_symlink() or not p.is_dir())
                       and not IGNORED_MEMBERS.search(p.relative_to(path).as_posix()))
        if not files:
            yield [Rejection(name, "no files in folder")]
            return
        yield from _collection(name, [(p.relative_to(path).as_posix(), _file_loader(p, limits, path))
                                      for p in files], {}, limits, in_zip=False)
        return
    if not path.exists():
        yield [Rejection(name, "no such file or folder")]
        return
    try:
        data = _file_loader(path, limits)()
    except RecordError as error:
        yield [Rejection(name, str(error))]
        return
    yield read_document(name, data, None, limits)


def _read_document(name: str, data: bytes, metadata: Mapping[str, object] | None, limits: Limits,
                   kind: str | None, allowed: int) -> list[Item]:
    """read_document, giving at most `allowed` items (TooManyItems beyond)."""
    kind = kind or PurePosixPath(name).suffix.lower()
    refused = _refused(kind, len(data), limits)
    if refused:
        return [Rejection(name, refused)]
    try:
        defaults = _checked_defaults(metadata or {})
    except RecordError as error:
        return [Rejection(name, f"metadata: {error}")]
    mismatch = _mismatch(kind, data)
    if mismatch:
        return [Rejection(name, mismatch)]
    if kind == ".zip":
        return _read_zip(name, data, defaults, limits)
    try:
        items = _read_text_kind(name, data, kind, allowed)
    except RecordError as error:
        return [Rejection(name, str(error))]
    return [_finished(item, defaults) for item in items]


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

def _read_text_kind(name: str, data: bytes, kind: str, allowed: int) -> list[Item]:
    if kind == ".jsonl":
        return _read_jsonl(name, data, allowed)
    text = decode_text(data)
    if not text or text.isspace():   # not text.strip(): a copy of 10 MB of text to throw away
        raise RecordError("empty file")
    if kind in TEXT_KINDS:
        return [article_from_record({"text": text}, PurePosixPath(name).stem, name)]
    if kind in HTML_KINDS:
        return [_read_html(name, text)]
    if kind == ".json":
        return _read_json(name, text, allowed)
    return _read_csv(name, text, allowed)


def _read_jsonl(name: str, data: bytes, allowed: int) -> list[Item]:
    if data.startswith(tuple(bom for bom, codec in BOMS if codec != "utf-8-sig")):
        data = decode_text(data).encode("utf-8")   # UTF-16/32: whole file, then line by line
    elif b"\x00" in data:
        raise RecordError("binary data (NUL bytes), not text")
    if data.count(b"\n") >= allowed:   # maybe too many: count the lines with something on them
        if sum(1 for _ in itertools.islice(NONBLANK_LINE.finditer(data), allowed + 1)) > allowed:
            raise TooManyItems(_too_many(allowed, "lines"))
    # each line decoded on its own: a line in another encoding costs nothing
    return _from_read_result(parse_jsonl(data, name, name, decode=decode_text))


def _read_json(name: str, text: str, allowed: int) -> list[Item]:
    """One article object or a list of them; each item of a list is named NAME:item N."""
    data = _json_list(text, allowed)
    if data is None:
        data = parse_json_text(text)   # not a list, or broken: the whole parse says where
    if not isinstance(data, list):
        return [article_from_record(data, PurePosixPath(name).stem, name)]
    stem, items = PurePosixPath(name).stem, []
    for number, record in enumerate(data):
        try:
            items.append(article_from_record(record, f"{stem}-{number}", f"{name}:item {number}"))
        except RecordError as error:
            items.append(Rejection(f"{name}:item {number}", str(error)))
    return items


def _json_list(text: str, allowed: int) -> list | None:
    """The items of a JSON list, parsed one at a time so that a list of millions stops at
    `allowed` + 1 (TooManyItems) without all of them in memory; None when `text` is not a
    well-formed JSON list."""
    decoder, space = json.JSONDecoder(), json.decoder.WHITESPACE
    at = space.match(text, 0).end()
    if not text.startswith("[", at):
        return None
    items: list = []
    at = space.match(text, at + 1).end()
    if text.startswith("]", at):
        if not _blank_after(text, at + 1):
            return None
        raise RecordError("no articles: the JSON list is empty")
    while True:
        try:
            item, at = decoder.raw_decode(text, at)
        except (ValueError, RecursionError):
            return None
        if len(items) == allowed:
            raise TooManyItems(_too_many(allowed, "items in its list"))
        items.append(item)
        at = space.match(text, at).end()
        if text.startswith(",", at):
            at = space.match(text, at + 1).end()
        elif text.startswith("]", at):
            return items if _blank_after(text, at + 1) else None
        else:
            return None


def _blank_after(text: str, at: int) -> bool:
    return json.decoder.WHITESPACE.match(text, at).end() == len(text)


def _read_html(name: str, html: str) -> Item:
    import trafilatura  # imported on first use: slow to import, and most inputs are not HTML

    if not HTML_TAG.search(html):
        return Rejection(name, "malformed HTML: not one complete tag")
    try:
        document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as error:  # lxml and trafilatura raise many kinds on broken markup
        return Rejection(name, f"malformed HTML ({type(error).__name__})")
    text = _without_markup(document.text or "") if document is not None else ""
    if not text.strip():
        return Rejection(name, "no article text found in the HTML")
    url = (document.url or "").strip()
    record = {"text": text, "title": _without_markup(document.title or ""),
              "outlet": _without_markup(document.sitename or ""),
              "url": url if WEB_ADDRESS.match(url) else None,   # never javascript: or data:
              "published": document.date}
    try:
        return article_from_record(record, PurePosixPath(name).stem, name)
    except RecordError as error:
        return Rejection(name, str(error))


def _read_csv(name: str, text: str, allowed: int) -> list[Item]:
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))  # one long article is fine
    # lines one at a time, as io.StringIO(text, newline="") gives them, without its copy of
    # the text at four bytes a character
    lines = (line.group() for line in CSV_LINE.finditer(text))
    reader = csv.DictReader(lines, strict=True)
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
        if len(items) == allowed:   # a row more than a file may hold: stop reading
            raise TooManyItems(_too_many(allowed, "rows"))
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
    # a member-count bomb (100,000 tiny files) is refused before zipfile parses its directory
    entries = data.count(DIRECTORY_ENTRY)
    if entries > 2 * limits.max_zip_members:   # folders are entries too: count files exactly below
        return [Rejection(name, f"zip holds {entries:,} files and folders, more than the limit of "
                                f"{limits.max_zip_members:,} files")]
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
    loaders: list[tuple[str, Callable[[], bytes]]] = []
    for info in members:
        problem = _unsafe_member(info)
        if problem:
            loaders.append((info.filename, _refusal(problem)))
        elif not IGNORED_MEMBERS.search(info.filename):
            loaders.append((info.filename, _member_loader(archive, info, limits, budget)))
    try:
        return [item for items in _collection(name, loaders, defaults, limits, in_zip=True) for item in items]
    except TooManyItems:
        return [Rejection(name, f"its files hold more than {limits.max_items:,} articles and records, "
                                "the limit for one zip: split it into smaller zips")]


def _collection(name: str, entries: list[tuple[str, Callable[[], bytes]]], defaults: dict,
                limits: Limits, in_zip: bool) -> Iterator[list[Item]]:
    """The items of the files of a folder or zip, one file at a time: (path inside it, loader
    of its bytes). In a zip, the files together give at most Limits.max_items items
    (TooManyItems beyond); in a folder, each file on its own.

    A manifest.csv gives metadata to the files of its own folder; its rows for files that
    are not there are reported on the manifest's line.
    """
    items: list[Item] = []
    given = 0   # items given by the zip's files so far
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
    if items:
        yield items
    for member, load in entries:
        path = PurePosixPath(member)
        if path.name == MANIFEST:
            continue
        label = f"{name}/{member}"
        kind = path.suffix.lower()
        manifest, rows = manifests.get(str(path.parent), ("", {}))
        line, row = rows.pop(path.name, (None, {}))
        refused = "a zip inside a zip is not read: unpack it first" if kind == ".zip" and in_zip \
            else _refused(kind, 0, limits)
        if refused:
            yield [Rejection(label, refused)]
            continue
        try:
            metadata = {**defaults, **_checked_defaults({k: v for k, v in row.items() if v})}
        except RecordError as error:
            yield [Rejection(_where(manifest, line), f"{path.name}: {error}")]
            continue
        try:
            data = load()
        except RecordError as error:
            yield [Rejection(label, str(error))]
            continue
        if not in_zip:
            yield read_document(label, data, metadata, limits)
            continue
        read = _read_document(label, data, metadata, limits, None, limits.max_items - given)
        given += len(read)
        if given > limits.max_items:
            raise TooManyItems()
        yield read
    missing = [Rejection(_where(manifest, line), f"file {file!r} not found")
               for manifest, rows in manifests.values() for file, (line, _) in rows.items()]
    if missing:
        yield missing


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
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECKED_FROM and ratio > limits.max_zip_ratio:
            raise RecordError(f"expands {ratio:,.0f} times its compressed size, more than the limit of "
                              f"{limits.max_zip_ratio:,} (zip bomb?)")
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


def _file_loader(path: Path, limits: Limits, folder: Path | None = None) -> Callable[[], bytes]:
    """The bytes of a regular file, never more than the limit (a device such as /dev/zero or
    a named pipe is refused unopened); in `folder`, unless it is a link leading out of it."""
    def load() -> bytes:
        try:
            if folder is not None and path.is_symlink():
                target = path.resolve()
                if not target.exists():
                    raise RecordError("a link to nothing: its target is missing")
                if target.is_dir():
                    raise RecordError("a link to a folder: not read")
                if not target.is_relative_to(folder.resolve()):
                    raise RecordError("a link to a file outside the folder: not read")
            status = path.stat()
            if not stat.S_ISREG(status.st_mode):
                raise RecordError("not a regular file (a device, pipe or socket): not read")
            if status.st_size > limits.max_file_bytes:
                raise RecordError(_too_large(status.st_size, limits))
            with path.open("rb") as handle:   # a file growing as it is read stops at the limit
                data = handle.read(status.st_size + 1)
                if len(data) > status.st_size:   # it grew, or says 0 bytes as /proc's files do
                    data += handle.read(limits.max_file_bytes + 1 - len(data))
        except OSError as error:
            raise RecordError(f"cannot read: {error.strerror}") from None
        if len(data) > limits.max_file_bytes:
            raise RecordError(f"larger than the limit of {_mb(limits.max_file_bytes)} a file")
        return data
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


def _mismatch(kind: str, data: bytes) -> str:
    """Why the content is not what the name says (a zip named .txt, a PDF named .json, an
    HTML page named .txt...), or "" when it may well be."""
    for signature, reads, what in SIGNATURES:
        if data.startswith(signature):
            if reads == kind:
                return ""
            return f"the file is {what}, not {KIND_WORDS[kind]}" + (f": rename it {reads}" if reads else "")
    if kind not in HTML_KINDS and kind != ".zip" and HTML_START.match(_head(data)):
        return f"the file is an HTML page, not {KIND_WORDS[kind]}: rename it .html"
    return ""


def _head(data: bytes) -> str:
    """The first characters of `data`, enough to see how it starts (any encoding)."""
    head = data[:1024]
    for bom, codec in BOMS:
        if head.startswith(bom):
            return head.decode(codec, errors="ignore")
    return head.decode("latin-1")


def _too_many(allowed: int, what: str) -> str:
    return f"more than {allowed:,} {what}, the limit for one file: split it into smaller files"


def _without_markup(text: str) -> str:
    """Text from an HTML page without any markup left in it (scripts and styles whole)."""
    return MARKUP.sub("", text)


def clean_text(text: str) -> str:
    """An article's text without control characters: line breaks become line feeds."""
    return SURROGATE.sub("\ufffd", text.replace("\r\n", "\n").translate(TEXT_TABLE))


def clean_field(value: str) -> str:
    """A metadata field (title, outlet, url...) on one line, without control characters."""
    return " ".join(SURROGATE.sub("\ufffd", value.translate(FIELD_TABLE)).split())


def _finished(item: Item, defaults: dict) -> Item:
    """An article with the defaults it lacks, cleaned of control characters; or why not."""
    if isinstance(item, Rejection):
        return item
    article = _with_defaults(item, defaults)
    text = clean_text(article.text)
    if not text or text.isspace():
        return Rejection(article.source, "no text left once its control characters are removed")
    if HTML_START.match(text):
        return Rejection(article.source, "the text is an HTML page, not plain text: save it as .html")
    fields = {key: clean_field(getattr(article, key)) for key in ("outlet", "url", "title", "language")}
    return replace(article, text=text, source=_printable(article.source), **fields)


def _printable(name: str) -> str:
    """A name (a zip member's, say) with its control characters written as \\xNN escapes."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in name)


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
