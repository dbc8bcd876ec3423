"""Bad input gets a one-line reason naming the file (and line or member), never a
traceback, and costs nothing else: the good items of the same batch are stored."""
from __future__ import annotations

import codecs
import io
import json
import stat
import zipfile

import pytest

from lib import documents
from lib.documents import Limits
from lib.ingest import IngestResult, ingest_bytes, ingest_paths
from tests.store_helpers import HARBOUR, TUNNEL, VALLEY, db_url, store  # noqa: F401

GOOD = ("good.txt", VALLEY.encode())
GOOD_LINE = "good.txt: added (1 claim)"


def zipped(members: dict[str, bytes | str], link: str = "") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name == link:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, data)
    return buffer.getvalue()


LOCAL_HEADER, DIRECTORY_ENTRY = b"PK\x03\x04", b"PK\x01\x02"


def doctored(data: bytes, local_offset: int, directory_offset: int, value: bytes) -> bytes:
    """`data` (a zip of one member) with a field of the member's two headers overwritten."""
    data = bytearray(data)
    for header, offset in ((LOCAL_HEADER, local_offset), (DIRECTORY_ENTRY, directory_offset)):
        at = data.find(header) + offset
        data[at:at + len(value)] = value
    return bytes(data)


# a member whose headers say it expands to 10 bytes (it expands to 5,000); one marked encrypted
UNDERSTATED = doctored(zipped({"big.txt": "x" * 5000}), 22, 24, (10).to_bytes(4, "little"))
ENCRYPTED = doctored(zipped({"secret.txt": HARBOUR}), 6, 8, (1).to_bytes(2, "little"))


def nested(depth: int) -> bytes:
    return ("[" * depth + "]" * depth).encode()


# name, bytes -> the lines reported for them (the good file after them is always added)
BAD = [
    ("empty_file", "a.txt", b"", ["a.txt: rejected: empty file"]),
    ("only_whitespace", "a.md", b" \n\t\n", ["a.md: rejected: empty file"]),
    ("binary_with_nul_bytes", "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
     ["photo.txt: rejected: the file is a PNG image, not plain text"]),
    ("binary_control_bytes", "blob.txt", bytes(range(1, 32)) * 20 + b"\xff\xfe\xfd",
     ["blob.txt: rejected: binary data, not text"]),
    ("broken_utf16", "a.txt", codecs.BOM_UTF16_LE + b"\x00\xd8",
     ["a.txt: rejected: not valid UTF-16 (bad bytes at position 2)"]),
    ("unsupported_type", "report.pdf", b"%PDF-1.7",
     ["report.pdf: rejected: unsupported file type '.pdf': expected .txt, .md, .html, .htm, .json, .jsonl, .csv, .zip"]),
    ("no_extension", "README", b"text", ["README: rejected: unsupported file type '(none)': expected .txt, .md, "
                                         ".html, .htm, .json, .jsonl, .csv, .zip"]),
    ("malformed_json", "a.json", b'{"text": "cut', ["a.json: rejected: invalid JSON: Unterminated string "
                                                    "starting at (column 10)"]),
    ("json_nested_too_deeply", "deep.json", nested(100_000), ["deep.json: rejected: invalid JSON: nested too deeply"]),
    ("json_item_without_text", "a.json", json.dumps([{"text": TUNNEL}, {"title": "x"}]).encode(),
     ["a.json:item 0: added (1 claim)", "a.json:item 1: rejected: missing 'text'"]),
    ("jsonl_bad_lines_cost_only_themselves", "a.jsonl",
     b'{"text": "half\n' + json.dumps({"text": TUNNEL}).encode() + b'\n["list"]\n{"text": ""}\n',
     ["a.jsonl:1: rejected: invalid JSON: Unterminated string starting at (column 10)",
      "a.jsonl:2: added (1 claim)", "a.jsonl:3: rejected: expected a JSON object, got list",
      "a.jsonl:4: rejected: empty 'text'"]),
    ("jsonl_ambiguous_date", "a.jsonl", json.dumps({"text": TUNNEL, "published": "05/06/2024"}).encode(),
     ["a.jsonl:1: rejected: ambiguous 'published' date '05/06/2024': day and month could be either way round "
      "(write it as YYYY-MM-DD)"]),
    ("csv_without_text_column", "a.csv", b"title,outlet\nx,y\n",
     ["a.csv: rejected: no 'text' column (the header is: title, outlet)"]),
    ("csv_row_with_extra_fields", "a.csv", f'text,outlet\n"{TUNNEL}",Weekly,surplus\n'.encode(),
     ["a.csv:2: rejected: more fields than the header's 2"]),
    ("csv_unclosed_quote_keeps_rows_before", "a.csv", f'text\n"{TUNNEL}"\n"never closed\n'.encode(),
     ["a.csv:2: added (1 claim)",
      "a.csv:3: rejected: malformed CSV: unexpected end of data; the rows after it are not read"]),
    ("csv_row_without_text", "a.csv", b"text,outlet\n,Weekly\n", ["a.csv:2: rejected: empty 'text'"]),
    ("html_without_article_text", "a.html",
     b"<html><head><title>Only a title</title></head><body><script>var x = 1;</script></body></html>",
     ["a.html: rejected: no article text found in the HTML"]),
    ("html_that_is_not_markup", "a.html", b"<<<< >>>> <div",
     ["a.html: rejected: malformed HTML: not one complete tag"]),
    ("not_a_zip", "a.zip", b"PK but not really a zip",
     ["a.zip: rejected: not a readable zip (File is not a zip file)"]),
    ("zip_member_climbing_out", "a.zip", zipped({"../../etc/evil.txt": HARBOUR, "ok.txt": TUNNEL}),
     ["a.zip/../../etc/evil.txt: rejected: unsafe name: it climbs out of the zip's folder",
      "a.zip/ok.txt: added (1 claim)"]),
    ("zip_member_absolute", "a.zip", zipped({"/tmp/evil.txt": HARBOUR}),
     ["a.zip//tmp/evil.txt: rejected: unsafe name: it climbs out of the zip's folder"]),
    ("zip_member_windows_climbing_out", "a.zip", zipped({"..\\evil.txt": HARBOUR}),
     ["a.zip/..\\evil.txt: rejected: unsafe name: it climbs out of the zip's folder"]),
    ("zip_member_link", "a.zip", zipped({"link.txt": "/etc/passwd"}, link="link.txt"),
     ["a.zip/link.txt: rejected: a link, not a file"]),
    ("zip_inside_zip", "a.zip", zipped({"inner.zip": zipped({"x.txt": HARBOUR})}),
     ["a.zip/inner.zip: rejected: a zip inside a zip is not read: unpack it first"]),
    ("zip_bomb_by_declared_size", "bomb.zip", zipped({"zeros.txt": b"0" * 120_000_000}),
     ["bomb.zip: rejected: zip would expand to 120.0 MB, past the limit of 100.0 MB (zip bomb?)"]),
    ("zip_member_expanding_past_its_declared_size", "a.zip", UNDERSTATED,
     ["a.zip/big.txt: rejected: damaged zip member (Bad CRC-32 for file 'big.txt')"]),
    ("zip_encrypted_member", "a.zip", ENCRYPTED,
     ["a.zip/secret.txt: rejected: encrypted: it needs a password"]),
    ("zip_unsupported_member", "a.zip", zipped({"scan.png": b"\x89PNG", "ok.txt": TUNNEL}),
     ["a.zip/scan.png: rejected: unsupported file type '.png': expected .txt, .md, .html, .htm, .json, .jsonl, "
      ".csv, .zip", "a.zip/ok.txt: added (1 claim)"]),
    ("zip_manifest_with_bad_date_and_missing_file", "a.zip",
     zipped({"manifest.csv": "file,published\nok.txt,soonish\nghost.txt,2024-01-01\n", "ok.txt": TUNNEL}),
     ["a.zip/manifest.csv:2: rejected: ok.txt: unreadable 'published' date 'soonish' (needs a day, month and year)",
      "a.zip/manifest.csv:3: rejected: file 'ghost.txt' not found"]),
]


@pytest.mark.parametrize("name, data, lines", [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_bad_input_gets_a_reason_and_the_good_items_are_stored(store, name, data, lines):
    results = ingest_bytes(store, name, data) + ingest_bytes(store, *GOOD)
    assert [r.line() for r in results] == [*lines, GOOD_LINE]
    assert len(store.articles_frame()) == sum(": added" in line for line in lines) + 1


SMALL = Limits(max_file_bytes=1000, max_zip_bytes=2500, max_zip_members=3)
OVER_LIMITS = [
    ("file_over_the_limit", "long.txt", b"x" * 1001,
     ["long.txt: rejected: larger than the limit of 1,000 bytes a file (1,001 bytes)"]),
    ("zip_member_over_the_file_limit", "a.zip", zipped({"long.txt": "y" * 1500, "ok.txt": TUNNEL}),
     ["a.zip/long.txt: rejected: larger than the limit of 1,000 bytes a file (1,500 bytes)",
      "a.zip/ok.txt: added (1 claim)"]),
    ("zip_expanding_past_its_limit", "a.zip", zipped({f"{n}.txt": "z" * 900 for n in range(3)}),
     ["a.zip: rejected: zip would expand to 2,700 bytes, past the limit of 2,500 bytes (zip bomb?)"]),
    ("zip_with_too_many_members", "a.zip", zipped({f"{n}.txt": TUNNEL for n in range(4)}),
     ["a.zip: rejected: zip holds 4 files, more than the limit of 3"]),
]


@pytest.mark.parametrize("name, data, lines", [c[1:] for c in OVER_LIMITS], ids=[c[0] for c in OVER_LIMITS])
def test_limits_are_configurable_and_reported(store, name, data, lines):
    assert [r.line() for r in ingest_bytes(store, name, data, limits=SMALL)] == lines


def test_a_file_over_the_limit_is_refused_without_being_read(store, tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    big.write_bytes(b"a" * 2000)
    monkeypatch.setattr(type(big), "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    (result,) = ingest_paths(store, [big], limits=SMALL)
    assert result.line() == f"{big}: rejected: larger than the limit of 1,000 bytes a file (2,000 bytes)"


def test_zips_are_read_in_memory_and_never_extracted(store, tmp_path, monkeypatch):
    for method in ("extract", "extractall"):
        monkeypatch.setattr(zipfile.ZipFile, method, lambda *a, **k: pytest.fail("a zip was extracted to disk"))
    monkeypatch.chdir(tmp_path)
    ingest_bytes(store, "a.zip", zipped({"../escaped.txt": HARBOUR, "ok.txt": TUNNEL}))
    assert sorted(p.name for p in tmp_path.parent.rglob("escaped.txt")) == []


def test_paths_that_are_not_there_are_reported(store, tmp_path):
    (result,) = ingest_paths(store, [tmp_path / "missing.jsonl"])
    assert result.line() == f"{tmp_path / 'missing.jsonl'}: rejected: no such file or folder"
    (tmp_path / "empty").mkdir()
    (empty,) = ingest_paths(store, [tmp_path / "empty"])
    assert empty.line() == f"{tmp_path / 'empty'}: rejected: no files in folder"


LINES = [
    ("newline_in_a_member_name", IngestResult("a.zip/x\ny.txt", "rejected", reason="bad"),
     "a.zip/x\\x0ay.txt: rejected: bad"),
    ("reason_over_several_lines", IngestResult("a.html", "rejected", reason="broken\n  markup\there"),
     "a.html: rejected: broken markup here"),
    ("escape_codes_in_a_name", IngestResult("\x1b[31mred.txt", "duplicate", "abc"),
     "\\x1b[31mred.txt: duplicate of abc"),
    ("url_changed", IngestResult("new.txt", "url_changed", "id2", 3, earlier="id1"),
     "new.txt: added (3 claims); new text for a url stored before as id1"),
]


@pytest.mark.parametrize("result, line", [c[1:] for c in LINES], ids=[c[0] for c in LINES])
def test_every_line_is_one_printable_line(result, line):
    assert result.line() == line


def test_decoding_refuses_only_what_cannot_be_text():
    assert documents.decode_text("naïve café".encode("latin-1")) == "naïve café"
    assert documents.decode_text(codecs.BOM_UTF32_LE + "ok".encode("utf-32-le")) == "ok"
    with pytest.raises(ValueError, match="NUL"):
        documents.decode_text(b"text\x00more")
