"""What is not a claim (CLAIMS.md "What is not a claim") and one claim per statement
("One claim, many mentions"): numbers that count something else must give no row, and a
figure repeated in one article must give one row."""
from __future__ import annotations

import pytest

from lib import schema as S
from tests.extract_helpers import check, claims_of, only, show, values, where


def case(case_id, *args, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(*args, id=case_id, marks=marks)


# Sentences with no casualty figure at all: the extractor must return nothing.
NO_CLAIM_CASES = [
    # a question that names no casualty asks nothing an answer's figure could count
    case("an-answer-to-another-question", "What happened at the square? 300 people gathered there on Monday."),
    case("an-answer-not-opening-with-its-figure",
         "How many people have died? Officials have not said, but 40 buildings collapsed."),
    # a place named after casualties counts no one
    case("a-hospital-named-after-martyrs", "At least 12 people were brought to the Martyrs Hospital by noon."),
    # hostages freed or still held are a stock, not a capture
    case("hostages-released", "The militants released 33 hostages on Saturday in exchange for prisoners held by the state."),
    case("hostages-still-held", "Negotiators believe 59 hostages are still being held in the tunnels."),
    # deployments
    case("deployment-sent", "North Korea has sent 11,000 soldiers to Russia's Kursk region, the NIS said."),
    case("deployment-were-deployed", "Around 3,000 troops were deployed to the flooded districts of Bihar to help with rescues."),
    case("deployment-dispatched", "Some 12,000 soldiers were dispatched to the border after the clashes in which several died."),
    case("deployment-then-wounded-word", "Seoul said 1,500 more troops had been sent to replace the wounded."),
    # equipment and calibres
    case("calibre-mm-rockets", "Strikes with 240mm rockets killed civilians in the village, officials said."),
    case("calibre-and-tanks", "The brigade said it had lost 12 tanks and several 155mm howitzers in the battle."),
    # money
    case("money-dollars-million", "The World Bank approved $300 million for the families of those killed in the earthquake."),
    case("money-euros-per-family", "The government will pay 2,000 euros to each family that lost a relative killed in the floods."),
    # years
    case("year-of-past-disaster", "Residents still remember the 2010 floods, which killed and displaced families across the province."),
    case("year-war-began", "The war that began in 2022 has killed soldiers on both sides, the analyst said."),
    # unit numbers
    case("unit-ordinal-brigade", "Soldiers of the 94th brigade were killed in the assault near Toretsk, their commander said."),
    case("unit-mechanized-brigade", "Fighters from the 47th Mechanized Brigade were wounded when a drone hit their position."),
    # percentages and fractions
    case("fraction-a-third", "A third of the soldiers in the battalion were killed, the officer said."),
    case("fraction-half-of-crew", "Half of the crew were injured when the ship was struck, the navy said."),
    case("percent-word", "About 40 percent of those injured in the blast were children, doctors said."),
    case("percent-sign", "Nearly 70% of the dead were women and children, the UN said."),
    # hypotheticals
    case("hypothetical-if-would-die", "If the dam breaks, as many as 10,000 people would die, engineers warned."),
    case("hypothetical-had-would-have", "Had the shelter collapsed, hundreds would have been killed, the mayor said."),
    case("hypothetical-scenario-quake", "In a worst-case scenario, a major quake under the capital would leave 50,000 dead, the study found."),
    # a casualty word that is part of a claimant's name counts no one
    case("casualty-word-in-claimant-name", "Around 250 people attended a vigil organised by the International Commission on Missing Persons."),
    # casualties without a number
    case("no-number-suffered-casualties", "Both sides suffered casualties in the fighting near Chasiv Yar."),
    case("no-number-heavy-losses", "Russian forces sustained heavy losses near Pokrovsk, the General Staff said."),
    case("no-number-the-two-sides", "The two sides have suffered heavy losses, the analyst said."),
    # distances, durations, times, dates
    case("distance-km", "The strike killed civilians 30 km from the front line, the governor said."),
    case("duration-hours", "Rescuers worked for 72 hours to reach those injured in the collapse."),
    case("time-of-day", "The missile hit at 4 a.m., killing residents of the apartment block."),
    case("date-day-number", "Those killed on June 3 were buried in the town cemetery on Thursday."),
]


@pytest.mark.parametrize("text", NO_CLAIM_CASES)
def test_no_claim(text):
    rows = claims_of(text)
    assert rows == [], f"expected no claims:\n{show(rows)}"


# (text, figure that must not be a claim or None, figures that must be): a real claim in the
# sentence survives, the other number does not.
NOT_THIS_NUMBER_CASES = [
    case("age-aged", "A man aged 25 and his two sons were killed in the strike on the farm, police said.", 25, []),
    case("age-year-old", "A 12-year-old boy was among the 9 people killed in the shelling of Nikopol.", 12, [9]),
    case("age-range-of-victims", "The 31 victims, aged between 18 and 60, were killed when the bus fell into a gorge.", 18, [31]),
    case("road-number", "Seven people were killed in a pile-up on Highway 9, police said.", 9, [7]),
    case("unit-number-with-real-figure", "The 93rd brigade said 14 of its soldiers were wounded in the shelling.", 93, [14]),
    case("deployment-next-to-casualties", "Of the 11,000 DPRK troops Pyongyang sent, 1,200 are now dead or wounded, the NIS said.", 11000, [1200]),
    case("deployment-verb-after-casualty-figure", "The Pentagon said 3,000 of the DPRK servicemen sent to Kursk were now dead or wounded.",
         None, [3000]),
    case("percent-next-to-count", "Children made up 40 percent of the 2,100 people killed in the war, the agency said.", 40, [2100]),
    case("money-next-to-count", "The blast, which killed 23 people, caused $2 million in damage, officials said.", 2, [23]),
    case("calibre-next-to-count", "A 152mm shell killed 5 soldiers at the checkpoint, the ministry said.", 152, [5]),
    case("year-next-to-count", "In 2023 the conflict killed 12,000 civilians, the monitor said.", 2023, [12000]),
    case("hours-next-to-count", "Over the past 24 hours, 1,080 Russian soldiers were killed or wounded, Kyiv said.", 24, [1080]),
    case("a-compound-describing-a-building",
         "The toll from the collapse of the six-storey hotel in the old town rose to 31, officials said.", 6, [31]),
    case("a-compound-describing-an-attack", "A three-day assault on the town killed 54 villagers, residents said.",
         3, [54]),
    case("a-plus-compound-is-still-a-count", "Some 100-plus people were injured in the stampede, police said.",
         None, [100]),
    case("metres-are-no-millions", "A 5m wave hit the coast and 12 people drowned, officials said.", 5, [12]),
    case("a-ratio-is-no-count", "Heat caused 1 in 4 deaths among the elderly, and 212 people died in all, "
         "the agency said.", 4, [212]),
    case("a-ratio-out-of", "One out of six people killed was a child, and 90 died in all, the agency said.", 6, [90]),
    case("a-count-in-a-year-is-no-ratio", "At least 610 people were killed in 2023, the monitor said.", None, [610]),
    case("political-prisoners-are-not-captured",
         "Rights groups said 940 political prisoners were still held, and 12 protesters were killed.", 940, [12]),
    case("a-subset-of-people-is-no-period", "More than 1,600 people were killed, including 700 children, the ministry said.",
         700, [1600]),
    case("the-injured-are-no-count", "Helicopters evacuated 40 people, including the injured, and 6 died, officials said.",
         40, [6]),
    case("a-list-of-fates-after-the", "Losses stand at 4,000, counting the killed, wounded and missing, the ministry said.",
         None, [4000]),
    case("posts-captured-are-places", "The rebels said they had captured 25 government army posts and killed 9 soldiers.",
         25, [9]),
    case("cases-of-a-disease-are-not-deaths",
         "The agency counted more than 52,000 measles cases and 310 deaths across the province this year.",
         52000, [310]),
    case("all-but-n-of-the-whole-is-the-whole",
         "All but three of the 62 passengers died when the bus plunged into the river, police said.", 62, []),
    case("all-but-n-are-the-exception",
         "All but three of the 62 passengers died when the bus plunged into the river, police said.", 3, []),
    case("all-but-n-beside-a-real-count",
         "All but 9 of 40 climbers were rescued and 9 died on the ridge, the guides said.", 40, [9]),
]


@pytest.mark.parametrize("text, not_claim, claims", NOT_THIS_NUMBER_CASES)
def test_other_numbers_are_not_claims(text, not_claim, claims):
    rows = claims_of(text)
    for column in (S.VALUE_BEST, S.VALUE_LOW, S.VALUE_HIGH):
        if not_claim is not None:
            assert not_claim not in values(rows, column), f"{not_claim} read as a casualty figure:\n{show(rows)}"
    for best in claims:
        only(rows, **{S.VALUE_BEST: best})


# ---------------------------------------------------------------- one claim, many mentions

# (text, value_best, expected fields of the single row): the article repeats one statement.
SAME_STATEMENT_CASES = [
    case("vague-headline-and-the-bodys-range-from-the-same-sources",
         "Gunmen kill hundreds in village raid, sources say\n\nGunmen killed between 200 and 350 villagers "
         "in the raid, according to two local sources and a Red Cross worker.",
         None, {S.VALUE_LOW: 200, S.VALUE_HIGH: 350, S.CLAIMANT: "two local sources"}),
    case("headline-and-body-same-figure",
         "57 killed as floods hit Nepal\n\nMonsoon floods have killed 57 people in Nepal, the home ministry said on Tuesday.",
         57, {S.CATEGORY: "killed"}),
    case("hedged-headline-and-body",
         "At least 40 dead in Omdurman market attack\n\nAt least 40 people were killed when shells hit a "
         "market in Omdurman, medics said.",
         40, {S.CATEGORY: "killed", S.QUALIFIER: "at_least"}),
    case("bare-headline-hedged-body-keeps-hedge",
         "Quake toll hits 310\n\nAt least 310 people have died in the earthquake in Herat, "
         "the Afghan disaster ministry said.",
         310, {S.CATEGORY: "killed", S.QUALIFIER: "at_least"}),
    case("duplicated-paragraph",
         "Gaza's health ministry said 29 Palestinians were killed overnight.\n\n"
         "Gaza's health ministry said 29 Palestinians were killed overnight.",
         29, {S.CLAIMANT: "Gaza Health Ministry"}),
    case("rounded-lead-precise-quote-gazetteer-claimant",
         "Over 1,000 KPA troops have died on the Kursk front, South Korea's National Intelligence Service said.\n\n"
         "\"Around 1,100 of them have died so far,\" the NIS told a parliamentary committee.",
         1100, {S.CATEGORY: "killed", S.CLAIMANT: "South Korea NIS", S.QUALIFIER: "about"}),
    case("rounded-lead-precise-quote-named-person",
         "More than 1,000 people were killed in the quake, Governor Amir Rostami said on Monday.\n\n"
         "\"Around 1,100 people have died and we are still searching,\" Rostami told reporters.",
         1100, {S.CATEGORY: "killed"}),
    case("vague-lead-from-officials-and-a-named-officials-figure",
         "Bus plunges into gorge\n\nA crowded bus fell into a gorge in the hills on Sunday, injuring "
         "dozens, district officials said.\n\n\"We have 41 injured people in our wards,\" said Meena Rautela, "
         "the chief medical officer of the district hospital.",
         41, {S.CATEGORY: "injured", S.CLAIMANT: "Meena Rautela"}),
    case("headline-names-the-body-loosely",
         "Storm kills at least 64 in the delta, UN says\n\nThe storm has killed at least 64 people, the UN "
         "refugee agency UNHCR said on Tuesday.", 64, {S.CLAIMANT: "UNHCR"}),
    case("headline-bound-of-the-bodys-range",
         "Boat sinks off the cape, up to 15 missing\n\nBetween 12 and 15 people are missing, the "
         "coastguard said.", None, {S.VALUE_LOW: 12, S.VALUE_HIGH: 15, S.QUALIFIER: "range"}),
    case("nearly-lead-precise-body",
         "Nearly 600 people have died in the floods, the Nigerian emergency agency said.\n\n"
         "The Nigerian emergency agency said 587 people had died and more were missing.",
         587, {S.CATEGORY: "killed"}),
]


@pytest.mark.parametrize("text, best, expected", SAME_STATEMENT_CASES)
def test_one_statement_one_claim(text, best, expected):
    rows = claims_of(text)
    assert len(rows) == 1, f"expected one claim, got {len(rows)}:\n{show(rows)}"
    check(rows[0], {S.VALUE_BEST: best, **expected}, rows)


def test_different_claimants_same_figure_kept_apart():
    rows = claims_of("Ukraine's General Staff said 1,200 Russian soldiers were killed or wounded on Tuesday. "
                     "The Institute for the Study of War also said 1,200 Russian soldiers were killed or wounded that day.")
    found = where(rows, **{S.VALUE_BEST: 1200})
    assert sorted(r[S.CLAIMANT] for r in found) == ["ISW", "Ukraine General Staff"], show(rows)


def test_different_categories_same_figure_kept_apart():
    rows = claims_of("The shelling killed 40 people and wounded 40 more in Kupiansk, the governor said.")
    assert sorted(r[S.CATEGORY] for r in where(rows, **{S.VALUE_BEST: 40})) == ["injured", "killed"], show(rows)


def test_vague_figure_from_other_sources_in_the_body_kept_apart():
    rows = claims_of("Floods sweep the delta\n\nThe floods killed 230 people, the disaster agency said on Monday. "
                     "Aid groups said hundreds had died in villages the agency had not reached.")
    assert sorted((r[S.QUALIFIER], r[S.CLAIMANT]) for r in where(rows, **{S.CATEGORY: "killed"})) == [
        ("exact", "disaster agency"), ("vague", "Aid groups")], show(rows)
