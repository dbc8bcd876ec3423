"""The one ingestion path of `python -m lib ingest` and the upload page.

Files, folders, uploads and pasted text are read by lib/documents.py; each article is then
stored with its claims by lib/store.py in its own transaction. Every input item gets one
IngestResult, whose `line()` is what the command line prints:

    NAME: added (N claims)
    NAME: added (N claims); new text for a url stored before as ID
    NAME: duplicate of ID
    NAME: rejected: REASON

NAME is the file as given, NAME:LINE for a line or row, NAME:item N for an object of a JSON
list, NAME/MEMBER for a file in a zip or folder. A rejected item costs nothing else: the
good items of the same batch are stored.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping, NamedTuple, Sequence

import pandas as pd

from lib import schema as S
from lib.articles import Article, content_id
from lib.documents import (DEFAULT_LIMITS, HTML_START, Item, Limits, Rejection, iter_path,
                           read_document)
from lib.store import JOINED_FIELDS, ExtractionError, extract_records

if TYPE_CHECKING:
    from lib.store import Store, Stored

ADDED = "added"
URL_CHANGED = "url_changed"   # added; another stored article has the same url and other text
DUPLICATE = "duplicate"
REJECTED = "rejected"
PASTED = "pasted text"        # the name of text pasted on the upload page

# the result table's columns (results_frame)
RESULT_LINE = "result"
RESULT_STATUS = "status"
RESULT_CLAIMS = "claims"


@dataclass(frozen=True)
class IngestResult:
    name: str
    status: str
    article_id: str = ""
    claims: int = 0
    reason: str = ""       # why it was rejected
    earlier: str = ""      # URL_CHANGED: the article stored before under the same url

    @property
    def stored(self) -> bool:
        return self.status in (ADDED, URL_CHANGED)

    def line(self) -> str:
        """The item's one line: names and reasons come from untrusted input, so control
        characters are shown escaped and the line never breaks."""
        name = _printable(self.name)
        if self.status == REJECTED:
            return f"{name}: rejected: {_printable(' '.join(self.reason.split()))}"
        if self.status == DUPLICATE:
            return f"{name}: duplicate of {self.article_id}"
        added = f"{name}: added ({_claims(self.claims)})"
        if self.status == URL_CHANGED:
            added += f"; new text for a url stored before as {self.earlier}"
        return added


class Preview(NamedTuple):
    """What ingesting would add, without storing it."""
    articles: list[Article]            # with the ids they would be stored under
    skipped: list[IngestResult]        # items that would not be added: rejected, or already stored
    claims: pd.DataFrame               # their claims (lib.schema columns) with outlet, url, title


def ingest_paths(store: "Store", paths: Iterable[str | Path], limits: Limits = DEFAULT_LIMITS,
                 workers: int = 1) -> list[IngestResult]:
    """Ingest files and folders, named as written; `workers` processes extract claims."""
    return list(stream_paths(store, paths, limits, workers))


def stream_paths(store: "Store", paths: Iterable[str | Path], limits: Limits = DEFAULT_LIMITS,
                 workers: int = 1) -> Iterator[IngestResult]:
    """ingest_paths, yielding each result as soon as its item is stored."""
    for path in paths:
        batch: list[Item] = []   # a folder's files, a batch at a time: never all of them in memory
        for items in iter_path(Path(path), limits):
            batch.extend(items)
            if len(batch) >= limits.max_items:
                yield from _store(store, batch, workers)
                batch = []
        if batch:
            yield from _store(store, batch, workers)


def ingest_bytes(store: "Store", name: str, data: bytes, metadata: Mapping[str, object] | None = None,
                 limits: Limits = DEFAULT_LIMITS) -> list[IngestResult]:
    """Ingest one uploaded file; `metadata` (outlet, url, title, published) fills the gaps."""
    return list(_store(store, read_document(name, data, metadata, limits)))


def ingest_text(store: "Store", text: str, metadata: Mapping[str, object] | None = None) -> list[IngestResult]:
    """Ingest pasted text as one article."""
    return list(_store(store, _read_pasted(text, metadata)))


def preview(name: str, data: bytes, metadata: Mapping[str, object] | None = None,
            limits: Limits = DEFAULT_LIMITS) -> Preview:
    """What ingest_bytes would add: the articles, the rejected items and the claims."""
    return _preview(read_document(name, data, metadata, limits))


def ingest_uploads(store: "Store", uploads: Sequence[tuple[str, bytes]], pasted: str = "",
                   metadata: Mapping[str, object] | None = None) -> list[IngestResult]:
    """The upload page's batch: files as (name, bytes), and pasted text unless blank."""
    return list(_store(store, _upload_items(uploads, pasted, metadata)))


def preview_uploads(store: "Store", uploads: Sequence[tuple[str, bytes]], pasted: str = "",
                    metadata: Mapping[str, object] | None = None) -> Preview:
    """What ingest_uploads would add to `store`, and what it holds already."""
    return _preview(_upload_items(uploads, pasted, metadata), store)


def summary(results: list[IngestResult]) -> str:
    """One line: how many items were added (with how many claims), duplicates, rejected."""
    counts = Counter(REJECTED if r.status == REJECTED else DUPLICATE if r.status == DUPLICATE
                     else ADDED for r in results)
    claims = sum(r.claims for r in results if r.stored)
    return (f"{len(results)} item{'' if len(results) == 1 else 's'}: {counts[ADDED]} added "
            f"({_claims(claims)}), {counts[DUPLICATE]} duplicate, {counts[REJECTED]} rejected")


def results_frame(results: list[IngestResult]) -> pd.DataFrame:
    """The results as a table for the upload page: the command line's lines, and their status."""
    return pd.DataFrame({RESULT_LINE: [r.line() for r in results],
                         RESULT_STATUS: [r.status for r in results],
                         RESULT_CLAIMS: [r.claims for r in results]})


def _store(store: "Store", items: list[Item], workers: int = 1) -> Iterator[IngestResult]:
    stored = store.add_articles([item for item in items if isinstance(item, Article)], workers)
    for item in items:
        yield (IngestResult(item.name, REJECTED, reason=item.reason) if isinstance(item, Rejection)
               else _result(item.source, next(stored)))


def _result(name: str, stored: "Stored") -> IngestResult:
    if stored.failure:
        return IngestResult(name, REJECTED, reason=stored.failure)
    if not stored.added:
        return IngestResult(name, DUPLICATE, stored.article_id)
    return IngestResult(name, URL_CHANGED if stored.same_url else ADDED, stored.article_id,
                        stored.claims, earlier=stored.same_url)


def _read_pasted(text: str, metadata: Mapping[str, object] | None) -> list[Item]:
    """Pasted text as one article; a pasted page source is read as the HTML it is."""
    kind = ".html" if HTML_START.match(text) else ".txt"
    return read_document(PASTED, text.encode("utf-8"), metadata, kind=kind)


def _upload_items(uploads: Sequence[tuple[str, bytes]], pasted: str,
                  metadata: Mapping[str, object] | None) -> list[Item]:
    items = [item for name, data in uploads for item in read_document(name, data, metadata)]
    return items + (_read_pasted(pasted, metadata) if pasted.strip() else [])


def _preview(items: list[Item], store: "Store | None" = None) -> Preview:
    items = [replace(item, id=content_id(item.text)) if isinstance(item, Article) else item for item in items]
    known = store.stored_ids(item.id for item in items if isinstance(item, Article)) if store else set()
    preview = Preview([], [], S.claims_frame())
    rows: list[dict] = []
    for item in items:
        if isinstance(item, Rejection):
            preview.skipped.append(IngestResult(item.name, REJECTED, reason=item.reason))
        elif item.id in known:
            preview.skipped.append(IngestResult(item.source, DUPLICATE, item.id))
        else:
            try:
                records = extract_records(item)
            except ExtractionError as error:
                preview.skipped.append(IngestResult(item.source, REJECTED, reason=str(error)))
                continue
            preview.articles.append(item)
            rows.extend({**record, S.OUTLET: item.outlet, S.URL: item.url, S.TITLE: item.title}
                        for record in records)
    claims = pd.DataFrame.from_records(rows, columns=[*S.COLUMNS, *JOINED_FIELDS])
    return preview._replace(claims=S.coerce(claims).astype({name: "string" for name in JOINED_FIELDS}))


def _claims(count: int) -> str:
    return f"{count} claim{'' if count == 1 else 's'}"


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
