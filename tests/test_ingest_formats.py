"""Every format the store ingests (lib/documents.py through lib/ingest.py): the lines it
reports and the metadata it keeps. On SQLite, and PostgreSQL when DATABASE_URL names one."""
from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import zipfile

import pytest

from lib import schema as S
from lib.ingest import PASTED, ingest_bytes, ingest_paths, ingest_text, preview
from tests.store_helpers import BRIDGE, HARBOUR, NO_CLAIM, TUNNEL, VALLEY, db_url, store  # noqa: F401

AMBUSH = "Eleven soldiers were killed in the ambush near the café, the army said."
BLAZE = "“Six firefighters were hurt fighting the warehouse blaze,” the fire brigade said."
FERRY_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry capsizes off the cape | Southern Tribune</title>
<meta property="og:site_name" content="Southern Tribune">
<meta property="og:title" content="Ferry capsizes off the cape">
<meta property="article:published_time" content="2024-09-14T08:30:00+02:00">
<script>var promo = "12 issues for the price of 6";</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<div class="ad">Advertisement: half price for 3 months</div>
<article><h1>Ferry capsizes off the cape</h1>
<p>At least 27 passengers died when an overloaded ferry capsized off the cape on Friday evening, the maritime safety agency said on Saturday.</p>
<p>Rescue boats pulled survivors from the water during the night, and divers were still searching the hull at dawn, according to the agency's spokeswoman.</p>
<p>The vessel had been licensed for a much smaller load than it carried when it left the harbour, local officials told reporters.</p>
<p>Relatives gathered at the pier throughout the morning, waiting for news of those still unaccounted for.</p>
</article>
<section class="comments"><p>Reader comment: surely 900 people were killed, not what they say.</p></section>
<footer>Copyright Southern Tribune. All rights reserved.</footer>
</body></html>"""


def zipped(members: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def jsonl(*records: dict) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


# name, bytes -> the lines reported
FORMATS = [
    ("txt", "crane.txt", HARBOUR.encode(), ["crane.txt: added (1 claim)"]),
    ("markdown", "notes.md", f"# Crane collapse\n\n{HARBOUR}\n".encode(), ["notes.md: added (1 claim)"]),
    ("utf8_with_bom", "crane.txt", codecs.BOM_UTF8 + HARBOUR.encode(), ["crane.txt: added (1 claim)"]),
    ("utf16_little_endian_with_bom", "valley.txt", codecs.BOM_UTF16_LE + VALLEY.encode("utf-16-le"),
     ["valley.txt: added (1 claim)"]),
    ("utf16_big_endian_with_bom", "valley.txt", codecs.BOM_UTF16_BE + VALLEY.encode("utf-16-be"),
     ["valley.txt: added (1 claim)"]),
    ("json_one_object", "one.json", json.dumps({"text": TUNNEL, "outlet": "Mining Weekly"}).encode(),
     ["one.json: added (1 claim)"]),
    ("json_list", "two.json", json.dumps([{"text": TUNNEL}, {"text": VALLEY}]).encode(),
     ["two.json:item 0: added (1 claim)", "two.json:item 1: added (1 claim)"]),
    ("jsonl", "feed.jsonl", jsonl({"text": TUNNEL}, {"text": BRIDGE, "published": "Nov 2, 2024"}),
     ["feed.jsonl:1: added (1 claim)", "feed.jsonl:2: added (1 claim)"]),
    ("jsonl_utf16", "feed.jsonl", jsonl({"text": TUNNEL}).decode().encode("utf-16"), ["feed.jsonl:1: added (1 claim)"]),
    ("csv_one_article_a_row", "sheet.csv",
     f'Text,Outlet,Published\n"{TUNNEL}",Mining Weekly,3 Aug 2024\n"{VALLEY}",Alpine Post,\n'.encode(),
     ["sheet.csv:2: added (1 claim)", "sheet.csv:3: added (1 claim)"]),
    ("csv_text_over_several_lines", "sheet.csv", f'text,title\n"{TUNNEL}\n\n{VALLEY}",Two\n'.encode(),
     ["sheet.csv:4: added (2 claims)"]),
    ("html_main_text_only", "ferry.html", FERRY_PAGE.encode(), ["ferry.html: added (1 claim)"]),
    ("zip_of_several_formats", "bundle.zip",
     zipped({"a/crane.txt": HARBOUR, "b.jsonl": jsonl({"text": TUNNEL}), "ferry.htm": FERRY_PAGE}),
     ["bundle.zip/a/crane.txt: added (1 claim)", "bundle.zip/b.jsonl:1: added (1 claim)",
      "bundle.zip/ferry.htm: added (1 claim)"]),
    ("zip_skips_macos_forks_and_hidden_files", "mac.zip",
     zipped({"crane.txt": HARBOUR, "__MACOSX/._crane.txt": b"\x00\x05\x16\x07", ".DS_Store": b"\x00\x00"}),
     ["mac.zip/crane.txt: added (1 claim)"]),
]


@pytest.mark.parametrize("name, data, lines", [c[1:] for c in FORMATS], ids=[c[0] for c in FORMATS])
def test_formats_are_ingested(store, name, data, lines):
    assert [r.line() for r in ingest_bytes(store, name, data)] == lines
    assert len(store.articles_frame()) == len(lines)


def test_latin1_and_windows1252_text_is_decoded_not_rejected(store):
    results = ingest_bytes(store, "ambush.txt", AMBUSH.encode("latin-1")) + \
        ingest_bytes(store, "blaze.txt", BLAZE.encode("cp1252"))
    assert [r.line() for r in results] == ["ambush.txt: added (1 claim)", "blaze.txt: added (1 claim)"]
    assert [store.article(r.article_id).text for r in results] == [AMBUSH, BLAZE]


def test_html_gives_title_date_and_site_name_and_drops_page_furniture(store):
    (result,) = ingest_bytes(store, "ferry.html", FERRY_PAGE.encode())
    article = store.article(result.article_id)
    assert (article.title, article.outlet, article.published) == (
        "Ferry capsizes off the cape", "Southern Tribune", dt.date(2024, 9, 14))
    for furniture in ("Home", "Advertisement", "Reader comment", "promo", "Copyright"):
        assert furniture not in article.text
    assert "27 passengers died" in article.text


def test_csv_metadata_columns_are_kept(store):
    data = ('text,outlet,published,url,title\n'
            f'"{TUNNEL}",Mining Weekly,19.12.2024,https://mining.example/flood,Flooded tunnel\n').encode()
    (result,) = ingest_bytes(store, "sheet.csv", data)
    article = store.article(result.article_id)
    assert (article.outlet, article.published, article.url, article.title) == (
        "Mining Weekly", dt.date(2024, 12, 19), "https://mining.example/flood", "Flooded tunnel")
    assert article.source == "sheet.csv:2"


FORM = {"outlet": "Valley Courier", "published": dt.date(2024, 6, 3), "url": "https://courier.example/x",
        "title": "Rockslide"}


def test_the_forms_metadata_fills_only_what_an_item_lacks(store):
    results = ingest_bytes(store, "feed.jsonl", jsonl({"text": VALLEY},
                                                      {"text": TUNNEL, "outlet": "Mining Weekly"}), FORM)
    articles = [store.article(r.article_id) for r in results]
    assert [a.outlet for a in articles] == ["Valley Courier", "Mining Weekly"]
    assert {a.published for a in articles} == {dt.date(2024, 6, 3)}


def test_pasted_text_is_one_article_named_pasted_text(store):
    (result,) = ingest_text(store, f"  {BRIDGE}\n", FORM)
    assert result.line() == f"{PASTED}: added (1 claim)"
    assert store.article(result.article_id).title == "Rockslide"


def test_pasted_page_source_is_read_as_html_without_its_script(store):
    page = (f"<!DOCTYPE html><html><head><title>Footbridge</title><script>steal()</script></head>"
            f"<body><article><p>{BRIDGE}</p><p>{NO_CLAIM}</p></article></body></html>")
    (result,) = ingest_text(store, page, FORM)
    assert result.line() == f"{PASTED}: added (1 claim)"
    stored = store.article(result.article_id)
    assert BRIDGE in stored.text and "steal" not in stored.text and "<" not in stored.text


def test_a_manifest_gives_metadata_to_the_files_beside_it(store, tmp_path):
    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    (folder / "crane.txt").write_text(HARBOUR)
    (folder / "sub" / "valley.txt").write_text(VALLEY)
    (folder / "sub" / "manifest.csv").write_text("file,outlet,published,url,title\n"
                                                 "valley.txt,Alpine Post,2024-07-07,,Rockslide\n")
    results = ingest_paths(store, [folder])
    assert [r.line() for r in results] == [f"{folder}/crane.txt: added (1 claim)",
                                           f"{folder}/sub/valley.txt: added (1 claim)"]
    valley = store.article(results[1].article_id)
    assert (valley.outlet, valley.published, valley.title) == ("Alpine Post", dt.date(2024, 7, 7), "Rockslide")


def test_the_seed_folder_keeps_its_manifests_metadata(store):
    store.ensure_seeded()
    articles = store.articles_frame()
    assert set(articles[S.OUTLET]) == {"The Moscow Times"}
    assert articles[S.PUBLISHED].notna().all() and articles[S.TITLE].str.len().gt(0).all()


def test_preview_shows_the_claims_without_storing_them(store):
    articles, skipped, claims = preview("feed.jsonl", jsonl({"text": TUNNEL, "outlet": "Mining Weekly"},
                                                           {"no": "text"}))
    assert [a.outlet for a in articles] == ["Mining Weekly"]
    assert [r.line() for r in skipped] == ["feed.jsonl:2: rejected: missing 'text'"]
    assert list(claims[S.VALUE_BEST]) == [31] and list(claims[S.OUTLET]) == ["Mining Weekly"]
    assert claims[S.ARTICLE_ID].iloc[0] == articles[0].id
    assert store.articles_frame().empty
    (result,) = ingest_bytes(store, "feed.jsonl", jsonl({"text": TUNNEL}))
    assert result.article_id == articles[0].id      # the id the preview promised
