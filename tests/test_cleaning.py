"""Boilerplate removal: what goes, what stays, and that every kept character maps back."""
from __future__ import annotations

import pytest

from lib.cleaning import CleanText, clean

HEADLINE = "Shelling kills 14 in border town, officials say"
LEAD = "At least 40 soldiers were killed near the river, the ministry said on Monday."
BODY = "Rescue crews worked through the night to clear the collapsed school building."
QUOTE = '"We will rebuild every street," the mayor told a crowd outside the town hall.'
TAIL = "The regional governor declared three days of mourning."

# (id, original lines, kept lines). The original is the lines joined with "\n"; the
# expected cleaned text is the kept lines joined with "\n".
CASES = [
    # page furniture on its own line
    ("advertisement", [LEAD, "Advertisement", BODY], [LEAD, BODY]),
    ("copyright_line", [LEAD, BODY, "© 2025 The Harbour Post. All rights reserved."], [LEAD, BODY]),
    ("copyright_word_and_year", [LEAD, "Copyright 2019-2024 Harbour Media Group", BODY], [LEAD, BODY]),
    ("copyright_as_a_word_in_news_kept", [LEAD, "Copyright lawyers met in the capital on Monday."],
     [LEAD, "Copyright lawyers met in the capital on Monday."]),
    ("skip_to_content", ["Skip to content", HEADLINE, LEAD], [HEADLINE, LEAD]),
    ("short_url_share_edit", [HEADLINE, "Short Url", "Share", "Edit post", LEAD], [HEADLINE, LEAD]),
    ("subscribe_word", [LEAD, "Subscribe", BODY], [LEAD, BODY]),
    ("min_read", [HEADLINE, "4 min read", LEAD], [HEADLINE, LEAD]),
    ("ai_audio_note", ["This audio is created with AI assistance", LEAD], [LEAD]),
    ("remind_me_later", [LEAD, "Remind me later."], [LEAD]),
    ("source_tag", ["[Source: Example Wire]", "", LEAD], [LEAD]),
    ("photo_line", [LEAD, "Photo: Jane Roe/Example Agency", BODY], [LEAD, BODY]),
    ("photo_line_spaced_colon", ["Photo : Example Agency", LEAD], [LEAD]),
    ("agency_credit_line", [BODY, "(AFP)", LEAD], [BODY, LEAD]),
    ("section_tag", ["[UPDATE]", LEAD], [LEAD]),
    ("updated_timestamp", [HEADLINE, "Updated 23 October 2025", LEAD], [HEADLINE, LEAD]),
    ("published_timestamp", [LEAD, "Published – March 3, 2025 10:12 am IST"], [LEAD]),
    ("relative_timestamp", [LEAD, "about 5 hours ago", BODY], [LEAD, BODY]),
    ("bare_date_line", [HEADLINE, "March 3, 2025", LEAD], [HEADLINE, LEAD]),
    ("dotted_date_with_label", ["Filed 2025.03.03 (09:15)", LEAD], [LEAD]),
    ("byline_with_date", ["by Jane Roe March 3, 2025 4:10 PM 2 min read", LEAD], [LEAD]),
    ("byline_alone", [LEAD, BODY, "By Jane Roe"], [LEAD, BODY]),
    ("author_bio", [LEAD, "Jane Roe is a senior reporter at the Example Post, covering defence."], [LEAD]),
    ("rewriter_prompt", ["Summarize this content to 900 words in 4 paragraphs", LEAD], [LEAD]),
    ("follow_prompt", [LEAD, "For more news from the region, please follow"], [LEAD]),
    # captions
    ("caption_with_name_agency_credit",
     [HEADLINE, "Firefighters spray water on a burning apartment block in the city centre. (Jane Roe/Example Agency)", LEAD],
     [HEADLINE, LEAD]),
    ("caption_with_agency_credit",
     ["A soldier walks past a destroyed tank on the outskirts of the village. (AFP)", LEAD], [LEAD]),
    ("caption_with_via_credit",
     ["The commander during a visit to the front, May 2, 2024. (John Doe via Example Images)", LEAD], [LEAD]),
    ("representational_image",
     ["A representational image of a fighter jet over a desert. — AFP", LEAD], [LEAD]),
    # appeals and paywalls
    ("message_from_appeal_to_end",
     [LEAD, BODY, "A Message from The Example Post:", "Dear readers,",
      "Our newsroom faces new pressure from the authorities every week.",
      "If you can, please support us with a small monthly gift. Every contribution counts.",
      "Thank you for standing with our reporters."],
     [LEAD, BODY]),
    ("dear_readers_appeal_ends_at_news",
     [LEAD, "Dear readers,", "Your help keeps our journalists in the field.", "", TAIL],
     [LEAD, TAIL]),
    ("appeal_ends_at_casualty_figure",
     ["Dear readers,", "We rely on you.", "Two more medics were killed in the strike, we were told."],
     ["Two more medics were killed in the strike, we were told."]),
    ("free_trial_paywall",
     [LEAD, "Keep reading with a 14-day free trial", "Subscribe to The Example Ledger - World news and anal"],
     [LEAD]),
    ("subscribers_only_paywall", [HEADLINE, LEAD, "This article is for subscribers only.", "Log in"], [HEADLINE, LEAD]),
    ("donate_cue_line", [LEAD, "Please donate today to keep this site free for everyone."], [LEAD]),
    # navigation crumbs
    ("comma_crumbs", ["News Feed, Europe, Conflict, Frontline towns, River Crossing", HEADLINE, LEAD], [HEADLINE, LEAD]),
    ("arrow_crumbs", ["Home » World » Europe", LEAD], [LEAD]),
    ("pipe_crumbs", ["World | Middle East", LEAD], [LEAD]),
    ("news_feed_label", ["News Feed", "", HEADLINE], [HEADLINE]),
    # related links
    ("read_also_section",
     [LEAD, "Read also", "- Ceasefire talks stall again in the capital", "- Grain exports fall for a third month", TAIL],
     [LEAD, TAIL]),
    ("related_section_with_blank_lines",
     [LEAD, "", "Related:", "", "- Parliament votes on a new budget", "", BODY], [LEAD, BODY]),
    ("inline_read_also", [LEAD, "Read also: Ceasefire talks stall again in the capital", BODY], [LEAD, BODY]),
    # repeats
    ("repeated_paragraph", [HEADLINE, "", HEADLINE, LEAD, "", LEAD, BODY], [HEADLINE, LEAD, BODY]),
    ("repeat_compared_stripped", [LEAD + "  ", "", "  " + LEAD, BODY], [LEAD + "  ", BODY]),
    ("short_repeat_kept", ["The front", LEAD, "The front", BODY], ["The front", LEAD, "The front", BODY]),
    ("cut_teaser_of_later_paragraph",
     [HEADLINE, "Rescue crews worked through the night to clear the…", BODY], [HEADLINE, BODY]),
    # prose and headlines are kept
    ("plain_prose", [HEADLINE, LEAD, BODY, QUOTE, TAIL], [HEADLINE, LEAD, BODY, QUOTE, TAIL]),
    ("quote_with_support_us_is_news",
     ['"Our partners must support us with air defence," the president said.'],
     ['"Our partners must support us with air defence," the president said.']),
    ("us_abbreviation_is_not_reader_talk",
     ["Dear readers,", "US officials said 20 soldiers had died."], ["US officials said 20 soldiers had died."]),
    ("key_point_bullets_kept",
     [HEADLINE, "- 300 fighters were killed in a week.", "- The army says it holds the bridge."],
     [HEADLINE, "- 300 fighters were killed in a week.", "- The army says it holds the bridge."]),
    ("acronym_in_trailing_parens_kept",
     ["Troops of the Democratic People's Republic of Korea (DPRK)"],
     ["Troops of the Democratic People's Republic of Korea (DPRK)"]),
    ("caption_with_casualty_figure_kept",
     ["Mourners gather for the funeral of 12 villagers killed in the strike. (Jane Roe/Example Agency)"],
     ["Mourners gather for the funeral of 12 villagers killed in the strike. (Jane Roe/Example Agency)"]),
    ("crumb_like_line_with_figure_kept", ["Kharkiv, Sumy, 14 dead"], ["Kharkiv, Sumy, 14 dead"]),
    ("published_in_prose_kept",
     ["Published on Monday, the report was welcomed by aid groups."],
     ["Published on Monday, the report was welcomed by aid groups."]),
    ("by_in_prose_kept", ["By Monday the roads had reopened."], ["By Monday the roads had reopened."]),
    ("subheading_kept", [LEAD, "Situation at the front", BODY], [LEAD, "Situation at the front", BODY]),
    ("wire_credit_after_prose_kept", [LEAD + " - Example Wire"], [LEAD + " - Example Wire"]),
    ("contributions_in_news_kept",
     ["The allies praised the country's military contributions to the mission."],
     ["The allies praised the country's military contributions to the mission."]),
    ("empty_text", [""], []),
    ("only_boilerplate", ["Advertisement", "Share"], []),
]


@pytest.mark.parametrize("lines, kept", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_clean(lines, kept):
    original = "\n".join(lines)
    result = clean(original)
    assert result.text == "\n".join(kept)
    assert_maps_back(original, result)


def assert_maps_back(original: str, result: CleanText) -> None:
    for i, char in enumerate(result.text):
        if char != "\n":
            assert original[result.to_original(i)] == char, i


@pytest.mark.parametrize("original", [
    "\n".join([HEADLINE, "Advertisement", LEAD, "", BODY, "Share", QUOTE]),
    "\n".join(["  " + LEAD + "\r", "\t" + BODY, "(AFP)", TAIL + "  "]),
    "\n\n\n" + LEAD + "\n\n",
], ids=["dropped_lines_between", "crlf_and_indent_kept_verbatim", "leading_blank_lines"])
def test_every_kept_character_maps_back(original):
    result = clean(original)
    assert_maps_back(original, result)
    for start, source, length in result.pieces:
        assert result.text[start:start + length] == original[source:source + length]


def test_adjacent_kept_lines_form_one_piece():
    original = "\n".join([HEADLINE, LEAD, "Advertisement", BODY, TAIL])
    result = clean(original)
    assert len(result.pieces) == 2
    assert result.text == "\n".join([HEADLINE, LEAD, BODY, TAIL])


def test_span_ends_map_to_the_end_of_the_same_text():
    original = "\n".join(["Share", LEAD, "Advertisement", BODY])
    result = clean(original)
    start = result.text.index("40 soldiers")
    end = start + len("40 soldiers")
    assert original[result.to_original(start):result.to_original(end)] == "40 soldiers"
    last = result.text.index("building")
    assert original[result.to_original(last):result.to_original(len(result.text))] == "building."


def test_unchanged_text_is_one_piece_and_identity():
    result = clean(LEAD + "\n" + BODY)
    assert result.text == LEAD + "\n" + BODY
    assert result.pieces == ((0, 0, len(result.text)),)


@pytest.mark.parametrize("offset", [-1, 10_000], ids=["negative", "past_end"])
def test_offset_outside_text_raises(offset):
    with pytest.raises(IndexError):
        clean(LEAD).to_original(offset)


def test_empty_text_maps_zero():
    assert clean("").to_original(0) == 0
