"""Hostile uploads, through both doors: `python -m lib ingest` and the upload page.

tests/test_ingest_errors.py has the first bad inputs (its table BAD: empty and binary files,
broken JSON, CSV and HTML, `../` and absolute member names, links, a zip in a zip, a zip
bomb by declared size, JSON nested 100,000 deep...), read through lib/ingest.py. This module
adds what BAD lacks (HOSTILE: bombs of many members, of many small ones and of one member
compressed a thousand to one, a million rows, lines or list items, wrong extensions, scripts
and handlers in HTML, control characters; CLEANED: what is kept of a text once cleaned),
then drives BAD, HOSTILE and CLEANED through the command line (one run for all of them) and
through the upload page (one upload of all of them). Each file is refused or
cleaned with its one line; the stored articles carry no control characters and no markup;
nothing is written anywhere but the database, and no zip member is extracted to disk.

Speed and memory are measured by tests/benchmarks/bench_hostile.py, not here.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib import schema as S
from lib import ingest
from lib.documents import SUPPORTED, Limits
from lib.ingest import RESULT_LINE, ingest_bytes, ingest_paths
from lib.passages import escape_markdown
from lib.store import Store
from tests.store_helpers import HARBOUR, REPO, TUNNEL, VALLEY, db_url, store  # noqa: F401
from tests.test_ingest_errors import BAD, GOOD, GOOD_LINE, nested, zipped

MB = 1_000_000
UNSUPPORTED = "expected " + ", ".join(SUPPORTED)


def bomb(members: dict[str, int | str]) -> bytes:
    """A zip of members given as text, or as a number of zero bytes written a MB at a time
    (so that a 50 MB member never sits in memory)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            if isinstance(content, str):
                archive.writestr(name, content)
                continue
            with archive.open(name, "w") as member:
                for start in range(0, content, MB):
                    member.write(bytes(min(MB, content - start)))
    return buffer.getvalue()


def ratio(data: bytes, member: str) -> str:
    """How many times a member of zip `data` expands its compressed size, as a reason says it."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    return f"{info.file_size / info.compress_size:,.0f}"


def tiny_members(count: int) -> bytes:
    """A zip of `count` one-byte files, stored: a member-count bomb of under 10 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for number in range(count):
            archive.writestr(f"{number}.txt", b"x")
    return buffer.getvalue()


def jsonl(*records: dict) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
# Every bit of code in this page carries the word HOSTILE: none of it may be stored.
EVIL_PAGE = f"""<!DOCTYPE html>
<html><head>
<title>&lt;script&gt;HOSTILE_title()&lt;/script&gt;Crane collapse at the quay</title>
<meta property="og:site_name" content="Quay Courier &lt;img src=x onerror=HOSTILE_site()&gt;">
<link rel="canonical" href="javascript:HOSTILE_canonical()">
<meta http-equiv="refresh" content="0;url=javascript:HOSTILE_refresh()">
<style>.banner {{ background: url("javascript:HOSTILE_style()") }}</style>
<script>window.HOSTILE_script = document.cookie;</script>
</head><body onload="HOSTILE_onload()">
<article>
<h1 onclick="HOSTILE_onclick()">Crane collapse at the quay</h1>
<p>{HARBOUR} <img src="crane.png" onerror="HOSTILE_onerror()"></p>
<p>{VALLEY} <a href="JaVaScRiPt:HOSTILE_href()">Read the rescue log</a>.</p>
<p>{TUNNEL}</p>
<svg onload="HOSTILE_svg()"><script>HOSTILE_svg_script()</script></svg>
<iframe srcdoc="&lt;script&gt;HOSTILE_iframe()&lt;/script&gt;"></iframe>
<noscript><p>HOSTILE_noscript</p></noscript>
<form action="javascript:HOSTILE_form()"><input value="HOSTILE_input"></form>
<p>Letters to the editor quoted &lt;script&gt;HOSTILE_escaped()&lt;/script&gt; and
&lt;b onmouseover="HOSTILE_escaped_handler()"&gt;a bold word&lt;/b&gt; from a forum post.</p>
</article></body></html>"""
CODE_LEFT = re.compile(r"HOSTILE|javascript:|<script|onerror|onclick|onload|onmouseover", re.IGNORECASE)
ROWS = 1_000_000
DENSE = bomb({"zeros.txt": 9 * MB, "ok.txt": TUNNEL})   # under every size limit, but a bomb's ratio
TOO_MANY = "the limit for one file: split it into smaller files"

# name, bytes -> the lines reported for them (what tests/test_ingest_errors.py's BAD lacks)
HOSTILE = [
    # zip bombs: BAD has one member declaring 120 MB, and a member hiding its real size
    ("zip_bomb_of_many_small_members", "many.zip", bomb({f"{n}.txt": 60_000 for n in range(2_000)}),
     ["many.zip: rejected: zip would expand to 120.0 MB, past the limit of 100.0 MB (zip bomb?)"]),
    ("zip_member_count_bomb", "count.zip", tiny_members(100_000),
     ["count.zip: rejected: zip holds 100,000 files and folders, more than the limit of 10,000 files"]),
    ("zip_member_expanding_past_the_file_limit", "one.zip", bomb({"zeros.txt": 50 * MB, "ok.txt": TUNNEL}),
     ["one.zip/zeros.txt: rejected: larger than the limit of 10.0 MB a file (50.0 MB)",
      "one.zip/ok.txt: added (1 claim)"]),
    ("zip_member_compressed_a_thousand_to_one", "dense.zip", DENSE,
     [f"dense.zip/zeros.txt: rejected: expands {ratio(DENSE, 'zeros.txt')} times its compressed size, more than "
      "the limit of 100 (zip bomb?)", "dense.zip/ok.txt: added (1 claim)"]),
    ("zip_of_csvs_past_the_item_limit", "rows.zip",
     zipped({"a.csv": "text\n" + "x\n" * 6_000, "b.csv": "text\n" + "y\n" * 6_000}),
     ["rows.zip: rejected: its files hold more than 10,000 articles and records, the limit for one zip: "
      "split it into smaller zips"]),
    # nesting and names: BAD has a zip in a zip, ../, /absolute, ..\\ and a link
    ("zip_inside_a_zip_named_txt", "a.zip", zipped({"inner.txt": zipped({"x.txt": HARBOUR})}),
     ["a.zip/inner.txt: rejected: the file is a zip archive, not plain text: rename it .zip"]),
    ("zip_member_climbing_out_of_a_subfolder", "a.zip", zipped({"notes/../../evil.txt": HARBOUR}),
     ["a.zip/notes/../../evil.txt: rejected: unsafe name: it climbs out of the zip's folder"]),
    ("zip_member_with_a_drive_letter", "a.zip", zipped({"C:/Windows/evil.txt": HARBOUR}),
     ["a.zip/C:/Windows/evil.txt: rejected: unsafe name: it climbs out of the zip's folder"]),
    ("zip_member_named_with_terminal_and_markdown_codes", "a.zip",
     zipped({"\x1b[2J![pixel](https://tracker.example/p.png).exe": b"MZ"}),
     [f"a.zip/\\x1b[2J![pixel](https://tracker.example/p.png).exe: rejected: unsupported file type '.exe': "
      f"{UNSUPPORTED}"]),
    # HTML: the visible text only, never the code
    ("html_scripts_handlers_and_javascript_urls", "evil.html", EVIL_PAGE.encode(), ["evil.html: added (3 claims)"]),
    ("html_page_named_txt", "page.txt", EVIL_PAGE.encode(),
     ["page.txt: rejected: the file is an HTML page, not plain text: rename it .html"]),
    ("html_page_as_a_records_text", "feed.jsonl", jsonl({"text": EVIL_PAGE}, {"text": TUNNEL}),
     ["feed.jsonl:1: rejected: the text is an HTML page, not plain text: save it as .html",
      "feed.jsonl:2: added (1 claim)"]),
    # a million rows, lines or items: refused after reading the first 10,001, never stored
    ("csv_of_a_million_rows", "million.csv", b"text\n" + b"x\n" * ROWS,
     [f"million.csv: rejected: more than 10,000 rows, {TOO_MANY}"]),
    ("jsonl_of_a_million_lines", "million.jsonl", b"{}\n" * ROWS,
     [f"million.jsonl: rejected: more than 10,000 lines, {TOO_MANY}"]),
    ("json_list_of_a_million_items", "million.json", b"[" + b",".join([b"{}"] * ROWS) + b"]",
     [f"million.json: rejected: more than 10,000 items in its list, {TOO_MANY}"]),
    ("jsonl_line_nested_100000_deep", "deep.jsonl", nested(100_000) + b"\n" + jsonl({"text": TUNNEL}),
     ["deep.jsonl:1: rejected: invalid JSON: nested too deeply", "deep.jsonl:2: added (1 claim)"]),
    ("json_empty_list", "empty.json", b"[]", ["empty.json: rejected: no articles: the JSON list is empty"]),
    # control characters: BAD refuses NUL bytes in a file; inside valid text they are removed
    ("nul_byte_in_utf8_text", "nul.txt", f"{HARBOUR}\x00{VALLEY}".encode(),
     ["nul.txt: rejected: binary data (NUL bytes), not text"]),
    ("nothing_but_control_characters", "ctrl.txt", b"\x01\x02\x03 \x04\x1b\x7f\r\n",
     ["ctrl.txt: rejected: no text left once its control characters are removed"]),
    # the name says one thing, the bytes another
    ("zip_named_txt", "notes.txt", zipped({"x.txt": HARBOUR}),
     ["notes.txt: rejected: the file is a zip archive, not plain text: rename it .zip"]),
    ("zip_named_html", "page.html", zipped({"x.txt": HARBOUR}),
     ["page.html: rejected: the file is a zip archive, not HTML: rename it .zip"]),
    ("pdf_named_json", "data.json", PDF, ["data.json: rejected: the file is a PDF document, not JSON"]),
    ("pdf_named_zip", "bundle.zip", PDF, ["bundle.zip: rejected: the file is a PDF document, not a zip archive"]),
    ("png_named_csv", "table.csv", PNG, ["table.csv: rejected: the file is a PNG image, not CSV"]),
    ("jpeg_named_md", "notes.md", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
     ["notes.md: rejected: the file is a JPEG image, not plain text"]),
    ("gzip_named_jsonl", "feed.jsonl", gzip.compress(jsonl({"text": TUNNEL}), mtime=0),
     ["feed.jsonl: rejected: the file is a gzip archive, not JSON Lines"]),
    ("html_page_named_json", "page.json", EVIL_PAGE.encode(),
     ["page.json: rejected: the file is an HTML page, not JSON: rename it .html"]),
]

# name, bytes -> the one article's line, and its text and title as stored
CLEANED = [
    ("terminal_codes_bell_and_delete", "ctrl.txt", f"\x1b[1m{HARBOUR}\x07\x7f\x9b".encode(),
     "ctrl.txt: added (1 claim)", f"[1m{HARBOUR}", ""),
    ("windows_and_old_mac_line_breaks", "lines.txt", f"{HARBOUR}\r\n{VALLEY}\r{TUNNEL}\x0c".encode(),
     "lines.txt: added (3 claims)", f"{HARBOUR}\n{VALLEY}\n{TUNNEL}\n", ""),
    ("nul_escapes_in_json", "nul.json",
     json.dumps({"text": f"\u0000{TUNNEL}\u0000", "title": "Flood\u0000\u001b[31m report\n"}).encode(),
     "nul.json: added (1 claim)", TUNNEL, "Flood [31m report"),
    ("lone_surrogate_in_json", "half.json", ('{"text": "\\ud83d ' + TUNNEL + '"}').encode(),
     "half.json: added (1 claim)", f"\ufffd {TUNNEL}", ""),
    ("control_characters_in_csv_cells", "sheet.csv",
     f'text,title\n"{TUNNEL}\x1b]0;owned\x07",Flood\x1b[2J\tnews\n'.encode(),
     "sheet.csv:2: added (1 claim)", f"{TUNNEL}]0;owned", "Flood [2J news"),
    ("unicode_line_and_paragraph_separators", "seps.txt", f"{HARBOUR}\u2028{VALLEY}\u2029\x85".encode(),
     "seps.txt: added (2 claims)", f"{HARBOUR}\n{VALLEY}\n\n", ""),
]


def cases(table):
    return pytest.mark.parametrize("name, data, lines", [c[1:4] for c in table], ids=[c[0] for c in table])


def assert_clean(article) -> None:
    """What any stored article may carry: text without control characters but tab and line
    feed, metadata without any, no lone surrogates; nothing of the code of an HTML page."""
    for field in ("text", "title", "outlet", "url", "language", "source"):
        value = getattr(article, field)
        allowed = "\n\t" if field == "text" else ""
        assert not [c for c in value if unicodedata.category(c) in ("Cc", "Cs") and c not in allowed], \
            f"{article.source}: {field} {value[:80]!r}"
    if article.source.split(":")[0].endswith((".html", ".htm")):
        assert not [CODE_LEFT.findall(getattr(article, f)) for f in ("text", "title", "outlet", "url")
                    if CODE_LEFT.search(getattr(article, f))]


def stored_articles(store) -> list:
    return [store.article(article_id) for article_id in store.articles_frame()[S.ARTICLE_ID]]


@cases(HOSTILE)
def test_hostile_input_gets_its_line_and_the_good_items_are_stored(store, name, data, lines):
    results = ingest_bytes(store, name, data) + ingest_bytes(store, *GOOD)
    assert [r.line() for r in results] == [*lines, GOOD_LINE]
    articles = stored_articles(store)
    assert len(articles) == sum(": added" in line for line in lines) + 1
    for article in articles:
        assert_clean(article)


@pytest.mark.parametrize("name, data, line, text, title", [c[1:] for c in CLEANED], ids=[c[0] for c in CLEANED])
def test_control_characters_are_cleaned_out_of_what_is_stored(store, name, data, line, text, title):
    (result,) = ingest_bytes(store, name, data)
    assert result.line() == line
    article = store.article(result.article_id)
    assert (article.text, article.title) == (text, title)
    assert_clean(article)


def test_a_member_name_with_control_characters_is_stored_escaped(store):
    (result,) = ingest_bytes(store, "a.zip", zipped({"line\nbreak\x1b[31m.txt": TUNNEL}))
    assert result.line() == "a.zip/line\\x0abreak\\x1b[31m.txt: added (1 claim)"
    assert store.article(result.article_id).source == "a.zip/line\\x0abreak\\x1b[31m.txt"


def test_an_html_page_keeps_its_visible_text_and_loses_its_code(store):
    (result,) = ingest_bytes(store, "evil.html", EVIL_PAGE.encode())
    article = store.article(result.article_id)
    assert (article.title, article.outlet, article.url) == ("Crane collapse at the quay", "Quay Courier", "")
    for sentence in (HARBOUR, VALLEY, TUNNEL, "Read the rescue log", "a bold word"):
        assert sentence in article.text
    assert CODE_LEFT.findall(article.text) == []


# --- the command line: every case in one run, in a sandbox ------------------------------------

# Runs `python -m lib` recording every file the process opens for writing, creates, renames or
# removes (Python's audit hooks), and making zipfile's extract and extractall fail outright.
WATCHED_CLI = r"""
import atexit, json, os, runpy, sys, zipfile
WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
written = []
def watch(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)) and (args[2] or 0) & WRITING:
        written.append(os.fsdecode(args[0]))
    elif event in ("os.mkdir", "os.rename", "os.replace", "os.remove", "os.rmdir", "os.symlink", "os.link",
                   "os.truncate", "shutil.copyfile", "shutil.move", "tempfile.mkstemp", "tempfile.mkdtemp"):
        written.append(f"{event} {args[0]}")
def extracted(*args, **kwargs):
    written.append("a zip member was extracted")
    raise RuntimeError("a zip member was extracted")
zipfile.ZipFile.extract = zipfile.ZipFile.extractall = extracted
sys.addaudithook(watch)
atexit.register(lambda: print("WRITTEN " + json.dumps(written), file=sys.stderr))
sys.argv = ["lib", *sys.argv[1:]]
runpy.run_module("lib", run_name="__main__", alter_sys=True)
"""
STORED = re.compile(r": (added \(\d+ claims?\)|duplicate of [0-9a-f]+)$")


def comparable(line: str) -> str:
    """A line with 'added (N claims)' and 'duplicate of ID' alike: one store takes every case
    of a run, so a text that two cases share is added by the first, a duplicate for the other."""
    return STORED.sub(": stored", line)


def expected_lines(table, prefix) -> list[str]:
    return [comparable(prefix(case) + line) for case, _, _, lines in table for line in lines]


def snapshot(*folders: Path) -> set[str]:
    return {str(path) for folder in folders for path in folder.rglob("*")}


def run_watched(args, cwd: Path, home: Path, tmp: Path):
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp), "PYTHONPATH": str(REPO),
           "PYTHONDONTWRITEBYTECODE": "1", "XDG_CACHE_HOME": str(home / ".cache")}
    env.pop("DATABASE_URL", None)
    return subprocess.run([sys.executable, "-c", WATCHED_CLI, *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def written_by(run) -> list[str]:
    (line,) = [line for line in run.stderr.splitlines() if line.startswith("WRITTEN ")]
    return json.loads(line.removeprefix("WRITTEN "))


@pytest.fixture
def sandbox(tmp_path):
    """Folders for a run: its inputs (also its working folder), HOME, TMPDIR and the database's."""
    folders = {name: tmp_path / name for name in ("inputs", "home", "tmp", "db")}
    for folder in folders.values():
        folder.mkdir()
    return folders


def test_the_command_line_refuses_or_cleans_every_case_and_writes_only_the_database(sandbox):
    table = [c[:4] for c in [*BAD, *HOSTILE]] + [(c[0], c[1], c[2], [c[3]]) for c in CLEANED]
    paths = []
    for case, name, data, _ in table:
        (sandbox["inputs"] / case).mkdir()
        (sandbox["inputs"] / case / name).write_bytes(data)
        paths.append(f"{case}/{name}")
    before = snapshot(sandbox["inputs"], sandbox["home"], sandbox["tmp"])
    database = sandbox["db"] / "claims.db"
    run = run_watched(["ingest", *paths, "--db", database], sandbox["inputs"], sandbox["home"], sandbox["tmp"])
    lines = run.stdout.splitlines()
    assert [comparable(line) for line in lines[:-1]] == expected_lines(table, lambda case: f"{case}/")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert written_by(run) == []
    assert snapshot(sandbox["inputs"], sandbox["home"], sandbox["tmp"]) == before
    assert {p.name for p in sandbox["db"].iterdir()} <= {"claims.db", "claims.db-wal", "claims.db-shm"}
    opened = Store.open(f"sqlite:///{database}")
    try:
        articles = stored_articles(opened)
    finally:
        opened.close()
    assert len(articles) == sum(": added (" in line for line in lines[:-1])
    for article in articles:
        assert_clean(article)


def test_the_command_lines_size_limit_refuses_a_million_rows_unread(sandbox):
    big = sandbox["inputs"] / "million.csv"
    big.write_bytes(b"text\n" + b"a longer row of text\n" * ROWS)
    run = run_watched(["ingest", big.name, "--max-mb", "1", "--db", sandbox["db"] / "claims.db"],
                      sandbox["inputs"], sandbox["home"], sandbox["tmp"])
    assert run.stdout.splitlines()[0] == "million.csv: rejected: larger than the limit of 1.0 MB a file (21.0 MB)"
    assert written_by(run) == []


def test_links_pipes_and_devices_given_to_the_command_line_are_refused_unread(sandbox, tmp_path):
    folder, outside = sandbox["inputs"] / "batch", tmp_path / "secret.txt"
    folder.mkdir()
    outside.write_text(HARBOUR)
    (folder / "ok.txt").write_text(TUNNEL)
    (folder / "secret.txt").symlink_to(outside)
    (folder / "missing.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "elsewhere.txt").symlink_to(tmp_path / "home")
    (folder / "same.txt").symlink_to(folder / "ok.txt")
    os.mkfifo(folder / "pipe.txt")   # reading it would wait forever for a writer
    inputs = ["batch", *(["/dev/zero"] if Path("/dev/zero").exists() else [])]
    run = run_watched(["ingest", *inputs, "--db", sandbox["db"] / "claims.db"],
                      sandbox["inputs"], sandbox["home"], sandbox["tmp"])
    assert run.stdout.splitlines()[:-1] == [
        "batch/elsewhere.txt: rejected: a link to a folder: not read",
        "batch/missing.txt: rejected: a link to nothing: its target is missing",
        "batch/ok.txt: added (1 claim)",
        "batch/pipe.txt: rejected: not a regular file (a device, pipe or socket): not read",
        f"batch/same.txt: duplicate of {_id_in(run.stdout)}",
        "batch/secret.txt: rejected: a link to a file outside the folder: not read",
        *(["/dev/zero: rejected: not a regular file (a device, pipe or socket): not read"] if len(inputs) > 1 else []),
    ]


def _id_in(stdout: str) -> str:
    return re.search(r"duplicate of ([0-9a-f]+)", stdout).group(1)


def test_a_folder_is_read_a_file_at_a_time(store, tmp_path, monkeypatch):
    """A folder of many files is stored in batches, never read whole into memory first."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for number in range(5):
        (folder / f"{number}.txt").write_text(f"{number + 2} fishermen were missing after the storm, "
                                              "the coast guard said.")
    batches = []
    original = ingest._store
    monkeypatch.setattr(ingest, "_store", lambda s, items, workers=1: batches.append(len(items)) or original(s, items))
    results = ingest_paths(store, [folder], limits=Limits(max_items=2))
    assert [r.line().split(": ", 1)[1] for r in results] == ["added (1 claim)"] * 5
    assert batches == [2, 2, 1]


# --- the upload page: every case in one upload ------------------------------------------------

@pytest.fixture
def page(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'claims.db'}")
    app = AppTest.from_file(str(REPO / "app.py"), default_timeout=120)
    app.run()
    app.switch_page("pages/upload.py").run()
    assert not app.exception
    return app


def test_the_upload_page_refuses_or_cleans_every_case_and_writes_only_the_database(page, tmp_path, monkeypatch):
    for method in ("extract", "extractall"):
        monkeypatch.setattr(zipfile.ZipFile, method, lambda *a, **k: pytest.fail("a zip member was extracted"))
    work, temporary = tmp_path / "work", tmp_path / "tmp"
    work.mkdir()
    temporary.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr("tempfile.tempdir", str(temporary))
    table = [c[:4] for c in [*BAD, *HOSTILE]] + [(c[0], c[1], c[2], [c[3]]) for c in CLEANED]
    uploads = [(f"{case}--{name}", data, "application/octet-stream") for case, name, data, _ in table]
    page.file_uploader(key="upload_files").set_value(uploads).run()
    assert not page.exception
    expected = expected_lines(table, lambda case: f"{case}--")
    refused = [line for line in expected if ": rejected: " in line]
    assert [w.value for w in page.warning] == [escape_markdown(line) for line in refused]
    page.button(key="upload_add").click().run()
    assert not page.exception
    assert [comparable(line) for line in page.dataframe[-1].value[RESULT_LINE]] == expected
    assert not list(work.iterdir()) and not list(temporary.iterdir())
    opened = Store.open(f"sqlite:///{tmp_path / 'claims.db'}")
    try:
        for article in stored_articles(opened):
            assert_clean(article)
    finally:
        opened.close()


def test_the_upload_pages_warnings_are_escaped_markdown(page):
    name = "![pixel](https://tracker.example/p.png) **bold** <img src=x onerror=alert(1)>.exe"
    page.file_uploader(key="upload_files").set_value([(name, b"MZ", "application/octet-stream")]).run()
    (warning,) = page.warning
    assert warning.value == escape_markdown(f"{name}: rejected: unsupported file type '.exe': {UNSUPPORTED}")
    assert not re.search(r"(?<!\\)[!\[\]()<>*]", warning.value)   # every one escaped: no image, no tag
