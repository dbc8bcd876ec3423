"""Reading articles: every format, every error, and that good records survive bad ones."""
from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from lib.articles import Article, ReadError, read_articles

RIVER = "At least 40 soldiers were killed near the river, the ministry said."
BRIDGE = "Twelve civilians were wounded when the bridge was shelled on Tuesday."
DEPOT = "About 300 fighters died in the battle for the depot, a spokesman claimed."


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


# --- formats that load ------------------------------------------------------------------------

FULL = {"id": "a1", "url": "https://example.org/a1", "outlet": "Example Post", "title": "River battle",
        "published": "2024-12-19", "language": "en", "text": RIVER}

LOADS = [
    ("jsonl_full_record", "in.jsonl", jsonl(FULL),
     [Article("a1", RIVER, "Example Post", datetime.date(2024, 12, 19), "https://example.org/a1",
              "River battle", "en", "in.jsonl:1")]),
    ("jsonl_text_only_gets_stem_line_id", "feed.jsonl", "\n" + jsonl({"text": BRIDGE}),
     [Article("feed-2", BRIDGE, source="feed.jsonl:2")]),
    ("jsonl_blank_lines_skipped", "in.jsonl", "\n\n" + jsonl({"id": "x", "text": RIVER}) + "\n  \n",
     [Article("x", RIVER, source="in.jsonl:3")]),
    ("jsonl_crlf_and_bom", "in.jsonl", "\ufeff" + json.dumps({"id": "x", "text": RIVER}) + "\r\n",
     [Article("x", RIVER, source="in.jsonl:1")]),
    ("jsonl_iso_datetime", "in.jsonl", jsonl({"id": "x", "text": RIVER, "published": "2024-12-19T10:13:00Z"}),
     [Article("x", RIVER, published=datetime.date(2024, 12, 19), source="in.jsonl:1")]),
    ("jsonl_empty_published_is_none", "in.jsonl", jsonl({"id": "x", "text": RIVER, "published": ""}),
     [Article("x", RIVER, source="in.jsonl:1")]),
    ("jsonl_numeric_id", "in.jsonl", jsonl({"id": 7, "text": RIVER}),
     [Article("7", RIVER, source="in.jsonl:1")]),
    ("json_single_object", "one.json", json.dumps({"text": DEPOT, "outlet": "Wire"}),
     [Article("one", DEPOT, "Wire", source="one.json")]),
    ("json_list", "many.json", json.dumps([{"id": "p", "text": RIVER}, {"text": BRIDGE}]),
     [Article("p", RIVER, source="many.json:item 0"), Article("many-1", BRIDGE, source="many.json:item 1")]),
    ("txt_alone", "note.txt", DEPOT + "\n",
     [Article("note", DEPOT + "\n", source="note.txt")]),
]


@pytest.mark.parametrize("name, content, expected", [case[1:] for case in LOADS], ids=[c[0] for c in LOADS])
def test_loads(tmp_path, name, content, expected):
    result = read_articles([write(tmp_path / name, content)])
    assert result.errors == []
    assert result.articles == expected


def test_text_is_kept_byte_for_byte(tmp_path):
    text = "  Headline with trailing space \r\n\n\tIndented: 5 were hurt.  \n\n"
    result = read_articles([write(tmp_path / "raw.jsonl", jsonl({"id": "r", "text": text})),
                            write(tmp_path / "raw.txt", text)])
    assert [a.text for a in result.articles] == [text, text]


def test_accepts_a_single_path(tmp_path):
    path = write(tmp_path / "in.jsonl", jsonl({"id": "x", "text": RIVER}))
    assert [a.id for a in read_articles(path).articles] == ["x"]
    assert [a.id for a in read_articles(str(path)).articles] == ["x"]


# --- folders and manifests ----------------------------------------------------------------------

MANIFEST = ("file,outlet,published,url,title\n"
            "b.txt,Daily Ledger,2025-01-08,https://example.org/b,\"Bridge shelled, twelve hurt\"\n")


def test_folder_reads_sorted_txt_with_manifest_metadata(tmp_path):
    write(tmp_path / "docs" / "b.txt", BRIDGE)
    write(tmp_path / "docs" / "a.txt", RIVER)
    write(tmp_path / "docs" / "notes.md", "ignored")
    write(tmp_path / "docs" / "manifest.csv", MANIFEST)
    result = read_articles([tmp_path / "docs"])
    assert result.errors == []
    assert result.articles == [
        Article("a", RIVER, source="a.txt"),
        Article("b", BRIDGE, "Daily Ledger", datetime.date(2025, 1, 8), "https://example.org/b",
                "Bridge shelled, twelve hurt", "en", "b.txt"),
    ]


def test_txt_alone_takes_metadata_from_manifest_beside_it(tmp_path):
    write(tmp_path / "b.txt", BRIDGE)
    write(tmp_path / "manifest.csv", MANIFEST + "gone.txt,Other,2025-01-01,,\n")
    result = read_articles([tmp_path / "b.txt"])
    assert result.errors == []  # the row for a file nobody asked for is not checked
    assert result.articles[0].outlet == "Daily Ledger"
    assert result.articles[0].published == datetime.date(2025, 1, 8)


def test_manifest_row_for_missing_file_is_an_error(tmp_path):
    write(tmp_path / "b.txt", BRIDGE)
    manifest = write(tmp_path / "manifest.csv", MANIFEST + "gone.txt,Other,2025-01-01,,\n")
    result = read_articles([tmp_path])
    assert [a.id for a in result.articles] == ["b"]
    assert result.errors == [ReadError(str(manifest), 3, "file 'gone.txt' not found")]
    assert str(result.errors[0]) == f"{manifest}:3: file 'gone.txt' not found"


def test_manifest_bad_date_names_manifest_row(tmp_path):
    write(tmp_path / "a.txt", RIVER)
    write(tmp_path / "b.txt", BRIDGE)
    manifest = write(tmp_path / "manifest.csv", "file,outlet,published\nb.txt,Ledger,next week\n")
    result = read_articles([tmp_path])
    assert [a.id for a in result.articles] == ["a"]
    (error,) = result.errors
    assert (error.file, error.line) == (str(manifest), 2)
    assert "b.txt" in error.message and "published" in error.message


def test_folder_without_txt_files_is_an_error(tmp_path):
    write(tmp_path / "only.md", "nothing")
    result = read_articles([tmp_path])
    assert result.articles == []
    assert [e.message for e in result.errors] == ["no .txt files in folder"]


# --- errors: named by file and line, good records still load ---------------------------------

GOOD = json.dumps({"id": "good", "text": RIVER})

JSONL_ERRORS = [
    ("broken_json_line", '{"id": "bad", "text": "cut off', "invalid JSON"),
    ("not_an_object", '["a", "list"]', "expected a JSON object"),
    ("missing_text", '{"id": "bad"}', "missing 'text'"),
    ("empty_text", '{"id": "bad", "text": "  "}', "empty 'text'"),
    ("non_string_text", '{"id": "bad", "text": 40}', "'text' is not a string"),
    ("ambiguous_published", '{"id": "bad", "text": "Two died.", "published": "03/04/2024"}', "ambiguous 'published'"),
    ("published_not_string", '{"id": "bad", "text": "Two died.", "published": 2024}', "'published' is not a string"),
]


@pytest.mark.parametrize("bad_line, message", [c[1:] for c in JSONL_ERRORS], ids=[c[0] for c in JSONL_ERRORS])
def test_jsonl_bad_line_is_reported_and_others_load(tmp_path, bad_line, message):
    path = write(tmp_path / "in.jsonl", f"{GOOD}\n{bad_line}\n{GOOD.replace('good', 'also')}\n")
    result = read_articles([path])
    assert [a.id for a in result.articles] == ["good", "also"]
    (error,) = result.errors
    assert (error.file, error.line) == (str(path), 2)
    assert message in error.message
    assert str(error).startswith(f"{path}:2: ")


def test_jsonl_non_utf8_line_loses_only_that_line(tmp_path):
    bad = '{"id": "bad", "text": "caf'.encode() + b"\xe9" + b'"}'
    path = write(tmp_path / "in.jsonl", GOOD.encode() + b"\n" + bad + b"\n" + GOOD.replace("good", "also").encode())
    result = read_articles([path])
    assert [a.id for a in result.articles] == ["good", "also"]
    (error,) = result.errors
    assert (error.file, error.line) == (str(path), 2)
    assert "UTF-8" in error.message


JSON_ERRORS = [
    ("broken_json", "[{", "invalid JSON"),
    ("item_missing_text", json.dumps([{"id": "good", "text": RIVER}, {"id": "bad"}]), "item 1: missing 'text'"),
    ("item_not_object", json.dumps([{"id": "good", "text": RIVER}, 5]), "item 1: expected a JSON object"),
    ("item_bad_published", json.dumps([{"id": "good", "text": RIVER}, {"text": "x", "published": "soon"}]),
     "item 1: unreadable 'published'"),
]


@pytest.mark.parametrize("content, message", [c[1:] for c in JSON_ERRORS], ids=[c[0] for c in JSON_ERRORS])
def test_json_errors_name_file_and_item(tmp_path, content, message):
    path = write(tmp_path / "in.json", content)
    result = read_articles([path])
    (error,) = result.errors
    assert (error.file, error.line) == (str(path), None)
    assert error.message.startswith(message)
    assert str(error).startswith(f"{path}: ")
    if "item" in message:
        assert [a.id for a in result.articles] == ["good"]


FILE_ERRORS = [
    ("empty_jsonl", "e.jsonl", b"", "empty file"),
    ("blank_jsonl", "e.jsonl", b"\n \n", "empty file"),
    ("empty_json", "e.json", b"", "empty file"),
    ("empty_txt", "e.txt", b"", "empty file"),
    ("non_utf8_txt", "bad.txt", b"Six were hurt in the caf\xe9 blast.", "not valid UTF-8"),
    ("non_utf8_json", "bad.json", b'{"text": "caf\xe9"}', "not valid UTF-8"),
    ("unsupported_extension", "table.csv", b"a,b\n", "unsupported file type '.csv'"),
    ("no_extension", "README", b"text", "unsupported file type"),
]


@pytest.mark.parametrize("name, content, message", [c[1:] for c in FILE_ERRORS], ids=[c[0] for c in FILE_ERRORS])
def test_whole_file_errors_name_the_file(tmp_path, name, content, message):
    path = write(tmp_path / name, content)
    good = write(tmp_path / "ok.jsonl", jsonl({"id": "ok", "text": RIVER}))
    result = read_articles([path, good])
    assert [a.id for a in result.articles] == ["ok"]
    (error,) = result.errors
    assert (error.file, error.line) == (str(path), None)
    assert message in error.message


def test_missing_path_is_an_error(tmp_path):
    missing = tmp_path / "nowhere.jsonl"
    result = read_articles([missing])
    assert result.articles == []
    assert [str(e) for e in result.errors] == [f"{missing}: no such file or folder"]
