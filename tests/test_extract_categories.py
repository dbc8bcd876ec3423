"""Categories (CLAIMS.md "Categories"): each casualty word, the compound words that mean a
total, compound statements that split into several claims, and death-toll constructions."""
from __future__ import annotations

import pytest

from lib import schema as S
from tests.extract_helpers import check, claims_of, only, show


def case(case_id, *args, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(*args, id=case_id, marks=marks)


# (text, value_best, category): each sentence has one casualty figure.
WORD_CASES = [
    # killed
    case("killed-were-killed", "Forty-two people were killed when the bridge over the Jamuna collapsed, police said.", 42, "killed"),
    case("killed-active-verb", "The shelling killed 17 people in the centre of Kharkiv on Saturday, the regional governor said.", 17, "killed"),
    case("killed-dead", "The floods left 62 dead in Rio Grande do Sul, the civil defence agency said.", 62, "killed"),
    case("killed-died", "At least 18 people died when the apartment block collapsed in Lagos, emergency services said.", 18, "killed"),
    case("killed-deaths", "The heatwave has caused 340 deaths across Rajasthan this month, state officials said.", 340, "killed"),
    case("killed-fatalities", "The weather service reported 27 fatalities after the tornado tore through the county.", 27, "killed"),
    case("killed-lost-their-lives", "Nine firefighters lost their lives battling the forest blaze, the mayor said.", 9, "killed"),
    case("killed-have-lost-their-lives", "In total, 64 people have lost their lives in the storm, the premier said.", 64, "killed"),
    case("killed-had-lost-their-lives", "By Sunday, 23 climbers had lost their lives on the mountain.", 23, "killed"),
    case("killed-homicides", "The state recorded 1,420 homicides in the first half of the year, prosecutors said.", 1420, "killed"),
    case("killed-murders", "Police counted 86 murders in the port city last month.", 86, "killed"),
    case("killed-martyrs", "The ministry said the strikes had left 97 martyrs in the camp overnight.", 97, "killed"),
    case("killed-drowned", "Six tourists drowned when the glass-bottomed boat overturned, the harbour master said.", 6, "killed"),
    case("killed-drownings", "Lifeguards recorded 19 drownings on the coast over the holiday, the council said.", 19, "killed"),
    case("killed-killed-in-action", "The brigade said 14 of its soldiers were killed in action near the village of Robotyne.", 14, "killed"),
    # injured
    case("injured-wounded", "The governor said 35 people were wounded in the drone attack on Odesa.", 35, "injured"),
    case("injured-injured", "More than 80 pilgrims were injured in the crush at the shrine, the police chief said.", 80, "injured"),
    case("injured-hurt", "Eleven workers were hurt when a crane fell on the site in Doha, the company said.", 11, "injured"),
    case("injured-treated-people-for-injuries", "Medics treated 17 people for injuries after the gas blast, the mayor said.", 17, "injured"),
    case("injured-rushed-to-nearby-hospitals", "Fourteen workers were rushed to nearby hospitals, the mine owner said.", 14, "injured"),
    case("injured-taken-to-the-hospital", "Forty fans were taken to the hospital with burns, the fire service said.", 40, "injured"),
    case("killed-succumbed-to-their-injuries", "Three more patients succumbed to their injuries overnight, the clinic said.", 3, "killed"),
    case("killed-died-of-wounds", "Six soldiers later died of wounds in the field hospital, the army said.", 6, "killed"),
    case("injured-people-who-arrived", "Doctors said 45 injured people had arrived at the clinic by noon.", 45, "injured"),
    case("injured-hospitalised", "Some 45 spectators were hospitalised after the stand gave way, organisers said.", 45, "injured"),
    case("injured-treated-in-hospital", "Another 28 passengers were being treated in hospital, the rail operator said.", 28, "injured"),
    # total
    case("total-casualties", "The army has suffered 1,100 casualties since the offensive began, the spy agency said.", 1100, "total"),
    case("total-killed-or-wounded", "Ukraine's General Staff said 1,340 Russian soldiers were killed or wounded in the past day.", 1340, "total"),
    case("total-killed-and-injured", "Some 230 people were killed and injured in the twin bombings, the interior ministry said.", 230, "total"),
    case("total-dead-and-wounded", "The rebels said they had left 400 dead and wounded among government troops near Lashio.", 400, "total"),
    case("total-losses", "Russian losses in the battle for the town reached 9,000, Ukraine's General Staff said.", 9000, "total"),
    # missing
    case("missing-missing", "Thirty-one fishermen remain missing after the typhoon, the coast guard said.", 31, "missing"),
    case("missing-missing-in-action", "The defence ministry said 260 servicemen were missing in action after the retreat.", 260, "missing"),
    # captured
    case("captured-captured", "The army said it had captured 48 enemy soldiers during the raid on the ridge.", 48, "captured"),
    case("captured-taken-prisoner", "The ministry said 19 marines were taken prisoner when the outpost fell.", 19, "captured"),
    case("captured-prisoners-of-war", "Kyiv said it now holds 1,200 prisoners of war from the Russian army.", 1200, "captured"),
    case("captured-abducted", "Gunmen abducted 64 pupils from a boarding school in the north, police said.", 64, "captured"),
    case("captured-were-kidnapped", "At least 23 travellers were kidnapped on the highway last month, the mayor said.", 23, "captured"),
    case("captured-taken-hostage", "Some 40 workers were taken hostage at the gas plant, the ministry said.", 40, "captured"),
    case("captured-took-hostage", "Rebels took 14 engineers hostage at the dam site, the company said.", 14, "captured"),
    case("captured-kidnappings", "The rights office recorded 910 kidnappings in the capital last year.", 910, "captured"),
]


@pytest.mark.parametrize("text, best, category", WORD_CASES)
def test_casualty_word_gives_its_category(text, best, category):
    rows = claims_of(text)
    assert len(rows) == 1, f"expected one claim, got {len(rows)}:\n{show(rows)}"
    check(rows[0], {S.VALUE_BEST: best, S.CATEGORY: category})


# (text, {value_best: category, ...}): each figure becomes its own claim, and nothing else.
COMPOUND_CASES = [
    case("total-killed-injured-three-claims",
         "The invading army has suffered more than 4,000 casualties, with over 400 killed and "
         "approximately 3,600 wounded, the intelligence agency said.",
         {4000: "total", 400: "killed", 3600: "injured"}),
    case("casualties-dead-injured-three-claims",
         "Officials in Valdoria counted 650 casualties from the quake: 150 dead and 500 injured.",
         {650: "total", 150: "killed", 500: "injured"}),
    case("were-killed-and-injured-two-claims",
         "Twelve people were killed and 35 injured when the bus hit a truck on the highway, police said.",
         {12: "killed", 35: "injured"}),
    case("active-killed-and-wounded-two-claims",
         "The missile strike killed 40 and wounded 60 in the city centre, the civil defence service said.",
         {40: "killed", 60: "injured"}),
    case("killed-people-and-injured-others",
         "The explosion killed 8 people and injured 23 others at the fertiliser plant, the governor said.",
         {8: "killed", 23: "injured"}),
    case("dead-and-wounded-separate-figures",
         "The fighting in Kassala left 18 dead and 40 wounded, hospital staff said.",
         {18: "killed", 40: "injured"}),
    case("killed-and-left-missing",
         "Storm Boris killed 23 people and left 11 missing across central Europe, officials said.",
         {23: "killed", 11: "missing"}),
    case("killed-wounded-captured-list",
         "The brigade said it had killed 70 enemy soldiers, wounded 120 and captured 15 during the week.",
         {70: "killed", 120: "injured", 15: "captured"}),
    case("deaths-and-injuries",
         "The ministry recorded 54 deaths and 310 injuries from the blast, a spokeswoman said.",
         {54: "killed", 310: "injured"}),
    case("two-groups-share-one-verb",
         "Fifteen armed men and 10 civilians were killed in the ambush, the army said.",
         {15: "killed", 10: "killed"}),
    case("a-new-figure-bringing-the-total-to",
         "Another 16 bodies were recovered on Monday, bringing the total to 402, the coroner said.",
         {16: "killed", 402: "killed"}),
    case("a-new-figure-taking-the-toll-to",
         "Eleven more patients died overnight, taking the tally to 95, the hospital said.",
         {11: "killed", 95: "killed"}),
    case("a-new-figure-bringing-a-modified-total-to",
         "Nine more patients have died, bringing the national total to 264, the ministry said.",
         {9: "killed", 264: "killed"}),
    case("a-figure-that-remained-trapped-is-not-dead",
         "Rescuers said 18 miners remained trapped and 6 were confirmed dead after the blast.",
         {6: "killed"}),
    case("a-figure-that-fled-is-not-killed",
         "About 900 villagers fled and 45 were killed when the militia attacked, the mayor said.",
         {45: "killed"}),
    case("a-figure-that-survived-did-not-die",
         "Nine passengers survived and 31 died when the ferry capsized, the coast guard said.",
         {31: "killed"}),
    case("an-answer-counts-what-the-question-asked",
         "How many people have died? At least 300, according to the health ministry. How many were hurt? "
         "Around 2,000, hospitals say.", {300: "killed", 2000: "injured"}),
    case("lost-beside-a-count-of-wounded-is-killed",
         "We lost six of our fighters and we have eleven wounded, the rebel commander said.",
         {6: "killed", 11: "injured"}),
    case("the-latest-days-count-inside-a-running-total",
         "The enemy has lost 412,300 troops since the invasion on 3 March 2023, including 980 over the past day, "
         "the army said.", {412300: "total", 980: "total"}),
    case("the-figure-before-is-the-main-one",
         "Officials said 36 people were killed and 121 wounded. On Sunday evening the figure was 33.",
         {36: "killed", 121: "injured", 33: "killed"}),
    case("a-second-body-puts-the-figure-at",
         "The army said 212 people had died in the landslide, while aid groups put the figure at over 300.",
         {212: "killed", 300: "killed"}),
    case("the-estimate-after-wounded-counts-wounded",
         "Police said 40 fans were hurt in the crush; the stadium's doctors put the estimate at nearly 70.",
         {40: "injured", 70: "injured"}),
]


@pytest.mark.parametrize("text, expected", COMPOUND_CASES)
def test_compound_statement_splits(text, expected):
    rows = claims_of(text)
    got = {row[S.VALUE_BEST]: row[S.CATEGORY] for row in rows}
    assert got == expected and len(rows) == len(expected), f"expected {expected}:\n{show(rows)}"


# (text, value_best, qualifier): the toll is a killed figure, hedged as the text says.
TOLL_CASES = [
    case("toll-rose-to", "The death toll rose to 212 on Thursday, the ministry said.", 212, "exact"),
    case("toll-climbed-to", "The toll from the landslide in Enga province climbed to 670, the UN migration agency said.", 670, "exact"),
    case("toll-raised-to", "Authorities raised the death toll from the fire to 85 on Monday.", 85, "exact"),
    case("toll-now-stands-at", "The death toll in the flooded valley now stands at 143, according to the governor.", 143, "exact"),
    case("toll-reached-at-least", "The death toll reached at least 96 after rescuers found more bodies, officials said.", 96, "at_least"),
    case("toll-has-risen-to-more-than", "The death toll has risen to more than 2,900, Morocco's interior ministry said.", 2900, "more_than"),
    case("toll-is-hedged-before-noun", "The quake's death toll of nearly 600 is expected to rise, officials said.", 600, "nearly"),
    case("toll-after-a-long-description", "The death toll from a government air strike on a crowded wedding party in a small "
         "village of the central region has risen to 74, including about 20 children, according to the "
         "Assistance Association for Political Prisoners.", 74, "exact"),
]


@pytest.mark.parametrize("text, best, qualifier", TOLL_CASES)
def test_death_toll_construction(text, best, qualifier):
    rows = claims_of(text)
    row = only(rows, **{S.VALUE_BEST: best})
    check(row, {S.CATEGORY: "killed", S.QUALIFIER: qualifier}, rows)
    assert len(rows) == 1, f"expected one claim:\n{show(rows)}"
