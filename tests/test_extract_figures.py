"""Figures and qualifiers (CLAIMS.md "Figures and qualifiers"): every row of the table, the
vague amounts with their default bounds, spelled-out and mixed forms, and digit separators.

Each sentence holds one casualty figure, so each must give exactly one claim.
"""
from __future__ import annotations

import pytest

from lib import schema as S
from tests.extract_helpers import check, claims_of, show


def fig(qualifier, low, high, best):
    return {S.QUALIFIER: qualifier, S.VALUE_LOW: low, S.VALUE_HIGH: high, S.VALUE_BEST: best}


def case(case_id, text, expected, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, expected, id=case_id, marks=marks)


QUALIFIER_CASES = [
    # exact
    case("exact-digits", "Rescue teams said 300 people were killed when the dam above Velmora burst on Tuesday.",
         fig("exact", 300, 300, 300)),
    case("exact-word-three", "Three soldiers were killed in an ambush near the border post, the army said.",
         fig("exact", 3, 3, 3)),
    case("exact-a-total-of", "A total of 58 miners died after the shaft collapsed, the provincial governor said.",
         fig("exact", 58, 58, 58)),
    # at_least
    case("at_least-at-least", "At least 100 people were killed as monsoon floods swept across northern Pakistan, the disaster agency said.",
         fig("at_least", 100, None, 100)),
    case("at_least-no-fewer-than", "No fewer than 100 villagers died in the landslide above Karvali, local officials told reporters.",
         fig("at_least", 100, None, 100)),
    # more_than
    case("more_than-more-than", "More than 1,000 people have been killed in the fighting around El Fasher, the UN said.",
         fig("more_than", 1000, None, 1000)),
    case("more_than-over", "Over 1,000 civilians have died in the siege of the port city, aid groups said.",
         fig("more_than", 1000, None, 1000)),
    case("more_than-exceeded", "The death toll from the earthquake exceeded 3,000 on Tuesday, officials in Ankara said.",
         fig("more_than", 3000, None, 3000)),
    case("more_than-surpassed", "The death toll from Cyclone Ilsa surpassed 5,000 as rescuers reached remote islands, the Red Cross said.",
         fig("more_than", 5000, None, 5000)),
    case("more_than-upwards-of-after-an-active-verb", "The cyclone killed upwards of 2,000 people along the coast, officials said.",
         fig("more_than", 2000, None, 2000)),
    # at_most
    case("at_most-up-to", "Up to 200 fighters were killed in the assault on the airport, a military source said.",
         fig("at_most", None, 200, 200)),
    case("at_most-as-many-as", "As many as 200 people were killed in the strikes on the market, residents said.",
         fig("at_most", None, 200, 200)),
    case("at_most-at-most", "At most 200 soldiers were wounded in the three-day battle, the ministry said.",
         fig("at_most", None, 200, 200)),
    # less_than
    case("less_than-fewer-than", "Fewer than 50 people were injured in the blast at the fuel depot, police said.",
         fig("less_than", None, 50, 50)),
    case("less_than-less-than", "Less than 50 passengers were hurt when the train derailed outside Tarsk, the operator said.",
         fig("less_than", None, 50, 50)),
    case("less_than-under", "Under 50 soldiers were killed in the week-long battle for the ridge, the commander said.",
         fig("less_than", None, 50, 50)),
    # about
    case("about-around", "Around 1,100 people were killed in the offensive on the northern districts, the monitor said.",
         fig("about", None, None, 1100)),
    case("about-about", "About 1,100 civilians died during the months-long blockade, the relief agency said.",
         fig("about", None, None, 1100)),
    case("about-approximately", "Approximately 1,100 residents were injured when the typhoon struck Luzon, officials said.",
         fig("about", None, None, 1100)),
    case("about-roughly", "Roughly 1,100 troops were wounded in the failed river crossing, the general staff said.",
         fig("about", None, None, 1100)),
    case("about-some", "Some 1,100 people were killed in the clashes in South Kordofan, the aid group said.",
         fig("about", None, None, 1100)),
    case("about-an-estimated", "An estimated 1,100 people died in the mudslides that buried three villages, the governor said.",
         fig("about", None, None, 1100)),
    case("about-estimated-at", "The number of dead was estimated at 1,100 by Thursday evening, the civil defence agency said.",
         fig("about", None, None, 1100)),
    # nearly
    case("nearly-nearly", "Nearly 1,000 people were killed when the volcano erupted near the coast, the government said.",
         fig("nearly", None, 1000, 1000)),
    case("nearly-almost", "Almost 1,000 soldiers have been wounded in the battle for the bridgehead, a spokesman said.",
         fig("nearly", None, 1000, 1000)),
    case("nearly-close-to", "Close to 1,000 migrants are missing after the boats sank, the coast guard said.",
         fig("nearly", None, 1000, 1000)),
    case("nearly-approaching", "The death toll was approaching 1,000 on Sunday as rescuers dug through rubble, the ministry said.",
         fig("nearly", None, 1000, 1000)),
    # range
    case("range-between-and", "Between 50 and 70 people were killed when the ferry capsized on Lake Kivu, officials said.",
         fig("range", 50, 70, None)),
    case("range-to", "Officials said 50 to 70 soldiers were killed in the counterattack near the dam.",
         fig("range", 50, 70, None)),
    case("range-hyphen", "The army claimed that 50-70 militants were killed in the raid on the camp.",
         fig("range", 50, 70, None)),
    # a number right after a month is its day, not the low end of a range
    case("no-range-from-a-day", "Officials put the toll since Sept. 9 to 4,118 killed.",
         fig("exact", 4118, 4118, 4118)),
    case("range-after-a-word-like-a-month", "During the long march 50 to 70 soldiers were killed, the army said.",
         fig("range", 50, 70, None)),
]


VAGUE_CASES = [
    case("vague-several-hundred", "Several hundred people were killed in the clashes in Darfur, witnesses said.",
         fig("vague", 200, 999, None)),
    case("vague-hundreds", "Hundreds of people were injured in the stampede at the stadium, hospital officials said.",
         fig("vague", 200, 999, None)),
    case("vague-dozens", "Dozens of civilians were killed in the shelling of the market in Kherson, the governor said.",
         fig("vague", 24, 99, None)),
    case("vague-scores", "Scores of people were hurt when the grandstand collapsed, organisers said.",
         fig("vague", 40, 99, None)),
    case("vague-thousands", "Thousands of people died in the famine that gripped the highlands, aid agencies said.",
         fig("vague", 2000, 9999, None)),
    case("vague-tens-of-thousands", "Tens of thousands of soldiers have been killed since the war began, analysts say.",
         fig("vague", 20000, 99999, None)),
    case("vague-hundreds-of-thousands", "Hundreds of thousands of people have been killed or wounded in the war, Western officials say.",
         fig("vague", 200000, 999999, None)),
]


FORM_CASES = [
    # scales and separators of other styles
    case("scale-suffix-k", "About 3k people died in the heat, the agency said.", {S.VALUE_BEST: 3000, S.QUALIFIER: "about"}),
    case("scale-suffix-mn", "Over 1.5mn people have been killed or wounded, the officials said.",
         {S.VALUE_BEST: 1_500_000, S.QUALIFIER: "more_than"}),
    case("scale-suffix-m-after-a-decimal", "Some 1.2m people have been killed in the war, researchers said.",
         {S.VALUE_BEST: 1_200_000}),
    case("indian-lakh", "Nearly 1.5 lakh people were injured in the riots, the state government said.",
         {S.VALUE_BEST: 150_000, S.QUALIFIER: "nearly"}),
    case("dotted-thousands", "At least 10.000 soldiers have been killed, the ministry said.",
         {S.VALUE_BEST: 10_000, S.QUALIFIER: "at_least"}),
    case("dotted-decimal-before-a-scale-word", "Some 1.500 million people were affected and 2.500 injured, "
         "the ministry said.", {S.VALUE_BEST: 2500}),
    case("plus-after-a-hyphen", "The fighting killed 1,100-plus fighters, the army said.",
         {S.VALUE_BEST: 1100, S.QUALIFIER: "more_than"}),
    # spelled-out and mixed forms
    case("word-twenty-seven", "Twenty-seven people were killed in the bus bombing in Quetta, police said.",
         {S.VALUE_BEST: 27, S.QUALIFIER: "exact"}),
    case("word-twelve-mid-sentence", "The coast guard said twelve fishermen were missing after the storm.",
         {S.VALUE_BEST: 12, S.QUALIFIER: "exact"}),
    case("word-two-hundred-and-fifty", "Two hundred and fifty people were injured when the stands gave way, the mayor said.",
         {S.VALUE_BEST: 250, S.QUALIFIER: "exact"}),
    case("word-one-thousand-and-five", "One thousand and five homes were destroyed and one thousand and "
         "twelve people were injured, the governor said.", {S.VALUE_BEST: 1012}),
    case("word-two-thousand-and-five-hundred", "Two thousand and five hundred people were injured in the "
         "quake, the civil defence agency said.", {S.VALUE_BEST: 2500}),
    case("word-a-million-and-twenty-thousand", "The agency said a million and twenty thousand people were "
         "missing after the cyclone.", {S.VALUE_BEST: 1_020_000}),
    case("decimal-million", "Ukraine's General Staff said 1.5 million Russian troops had been killed or wounded since the invasion.",
         {S.VALUE_BEST: 1_500_000}),
    case("mixed-27-hundred", "Officials said 27-hundred people were injured by the earthquake in Sulawesi.",
         {S.VALUE_BEST: 2700}),
    case("mixed-four-thousand-100", "Rescuers said four-thousand-100 people were missing after the flood in Libya.",
         {S.VALUE_BEST: 4100}),
    case("word-a-thousand", "A thousand people were killed in the eruption, the island's governor said.",
         {S.VALUE_BEST: 1000}),
    case("word-three-dozen", "Three dozen people were hurt when a gas cylinder exploded in the bazaar, police said.",
         {S.VALUE_BEST: 36}),
    case("word-a-dozen-is-about-12", "A dozen people were killed when gunmen opened fire on the bus, the district chief said.",
         {S.VALUE_BEST: 12, S.QUALIFIER: "about"}),
    case("word-hedged-nearly-two-thousand", "Nearly two thousand people died in the heatwave, the health ministry said.",
         {S.VALUE_BEST: 2000, S.QUALIFIER: "nearly", S.VALUE_HIGH: 2000}),
    # digit separators
    case("digits-comma", "The ministry said 12,500 people were injured during the heatwave.",
         {S.VALUE_BEST: 12500, S.QUALIFIER: "exact"}),
    case("digits-space", "The ministry said 12 500 people were injured during the heatwave.",
         {S.VALUE_BEST: 12500, S.QUALIFIER: "exact"}),
    case("digits-two-commas", "Kyiv said 1,250,000 Russian soldiers had been killed or wounded since February 2022.",
         {S.VALUE_BEST: 1_250_000}),
    case("digits-space-hedged", "About 48 000 people have been killed in the war, the monitor said.",
         {S.VALUE_BEST: 48000, S.QUALIFIER: "about"}),
    case("digits-plain-four", "Officials said 1250 people were killed when the cyclone made landfall.",
         {S.VALUE_BEST: 1250}),
    case("word-a-teen-alone", "Seventeen miners died after the shaft flooded, the mine's owners said.",
         {S.VALUE_BEST: 17}),
    case("half-a-million-hedged", "Close to half a million soldiers have been killed or wounded, the envoy said.",
         {S.VALUE_BEST: 500_000, S.QUALIFIER: "nearly", S.CATEGORY: "total"}),
    case("a-quarter-of-a-million", "A quarter of a million people were injured in the floods, the agency said.",
         {S.VALUE_BEST: 250_000, S.QUALIFIER: "exact"}),
    case("rose-by-a-change-to-a-total", "The death toll rose by 9 to 131 on Sunday, the mayor said.",
         {S.VALUE_BEST: 131, S.QUALIFIER: "exact"}),
    case("climbed-past", "The toll from the cyclone climbed past 1,000 on Monday, officials said.",
         {S.VALUE_BEST: 1000, S.QUALIFIER: "more_than"}),
]


@pytest.mark.parametrize("text, expected", QUALIFIER_CASES + VAGUE_CASES + FORM_CASES)
def test_one_figure_reads_as_the_table_says(text, expected):
    rows = claims_of(text)
    assert len(rows) == 1, f"expected one claim, got {len(rows)}:\n{show(rows)}"
    check(rows[0], expected)


# (text, {value_best: qualifier}): a hedge before the first of two casualty figures stands for
# both; a hedge on a figure that counts something else stands for none.
SHARED_HEDGE_CASES = [
    case("hedge-shared-by-a-pair", "Around 300 were killed and 2,700 wounded in the blast, officials said.",
         {300: "about", 2700: "about"}),
    case("hedge-of-a-non-casualty-figure-not-shared",
         "At least 1.2 million people have fled and 3,400 were killed since April, the UN said.",
         {3400: "exact"}),
]


@pytest.mark.parametrize("text, expected", SHARED_HEDGE_CASES)
def test_hedge_shared_only_by_casualty_figures(text, expected):
    rows = claims_of(text)
    got = {row[S.VALUE_BEST]: row[S.QUALIFIER] for row in rows}
    assert got == expected, f"expected {expected}:\n{show(rows)}"
