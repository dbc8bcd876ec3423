"""Article text as escaped Markdown: nothing an article writes takes effect; figures highlighted."""
import re

import pytest

from lib.passages import HIGHLIGHT, PASSAGE_REACH, escape_markdown, highlighted, passage
from tests.dashboard_helpers import cases

# Markdown that must stay text: unescape the backslashes and the original comes back, and no
# unescaped markup character is left for a renderer to act on.
HOSTILE = [
    ("html tag", "<script>alert('x')</script> and <img src=x onerror=alert(1)>"),
    ("link", "[click here](javascript:alert(1)) and ![pic](http://evil.example/p.png)"),
    ("emphasis and code", "**loud** _soft_ `code` ~~gone~~"),
    ("heading, quote and list", "# Breaking\n> quoted\n- item\n1. first"),
    ("streamlit directive and latex", ":red[alarm] :material/home: $x^2$"),
    ("table", "| a | b |\n|---|---|"),
    ("html entity", "&lt;b&gt; &amp;"),
    ("indented code block", "        four spaces of indent"),
]


@pytest.mark.parametrize("text", cases(HOSTILE))
def test_markup_in_articles_is_escaped(text):
    escaped = escape_markdown(text)
    assert re.search(r"(?<!\\)[<>\[\]()*_`~#|:$&!-]", escaped) is None
    assert re.sub(r"\\(.)", r"\1", escaped).replace("\n\n", "\n") == re.sub(r"[^\S\n]+", " ", text)


def test_lines_stay_paragraphs():
    assert escape_markdown("First line.\nSecond line.") == "First line\\.\n\nSecond line\\."


# (id, text, spans, markdown)
HIGHLIGHTS = [
    ("one figure", "Some 40 died.", [(5, 7)], "Some " + HIGHLIGHT.format("40") + " died\\."),
    ("two figures, given in any order", "40 died, 7 hurt", [(9, 10), (0, 2)],
     HIGHLIGHT.format("40") + " died\\, " + HIGHLIGHT.format("7") + " hurt"),
    ("figure text is escaped too", "about 1,100 [sic]", [(6, 11)],
     "about " + HIGHLIGHT.format("1\\,100") + " \\[sic\\]"),
    ("overlapping span skipped", "at least 100 died", [(0, 12), (9, 12)],
     HIGHLIGHT.format("at least 100") + " died"),
    ("span outside the text skipped", "12 died", [(5, 40)], "12 died"),
    ("no spans", "12 died", [], "12 died"),
]


@pytest.mark.parametrize("text, spans, markdown", cases(HIGHLIGHTS))
def test_figures_are_highlighted(text, spans, markdown):
    assert highlighted(text, spans) == markdown


def test_passage_is_the_paragraph_of_the_figure():
    text = "Headline line.\nOfficials said 40 soldiers died.\nUnrelated closing line."
    start = text.index("40")
    assert passage(text, start, start + 2) == ("Officials said 40 soldiers died.", 15, 17)


def test_long_paragraph_is_cut_around_the_figure_at_words():
    text = "word " * 300 + "killed 25 people " + "more " * 300
    start = text.index("25")
    cut, cut_start, cut_end = passage(text, start, start + 2)
    assert cut[cut_start:cut_end] == "25"
    assert len(cut) <= 2 * PASSAGE_REACH + 2
    assert cut.startswith("word") and cut.endswith("more")
