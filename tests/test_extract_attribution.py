"""Who asserts a figure and whose casualties it counts (CLAIMS.md "Who and when", `claimant`,
`claimant_via`, `subject`): reporting constructions, relays, pronoun follow-ups,
unattributed figures, gazetteer aliases and claimants the gazetteer does not know."""
from __future__ import annotations

import pytest

from lib import schema as S
from tests.extract_helpers import OUTLET, check, claims_of, only


def case(case_id, *args, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(*args, id=case_id, marks=marks)


# (text, value_best of the claim, expected claimant, expected claimant_via)
CLAIMANT_CASES = [
    # reporting constructions
    case("x-said", "The Pentagon said 3,000 DPRK servicemen were dead or wounded after a month of fighting.",
         3000, "US Department of Defense", ""),
    case("said-x-inverted", "About 420 people were killed in the floods, said the World Health Organization.",
         420, "World Health Organization", ""),
    case("according-to-x", "According to the Syrian Observatory for Human Rights, 95 fighters were killed in the clashes near Manbij.",
         95, "Syrian Observatory for Human Rights", ""),
    case("according-to-x-trailing", "At least 61 people were killed in the strikes on Sunday, according to Lebanon's Health Ministry.",
         61, "Lebanon Health Ministry", ""),
    case("x-told-reporters", "John Kirby told reporters that about 1,200 Russian troops had been killed in a single week.",
         1200, "White House", ""),
    case("x-told-reporters-that-not-gazetteer", "Governor Oleh Syniehubov told reporters that 14 people had been wounded in the overnight attack.",
         14, "Oleh Syniehubov", ""),
    case("x-reported", "OCHA reported that 230 people had been killed in the camp since Tuesday.",
         230, "UN OCHA", ""),
    case("x-estimated", "The Institute for the Study of War estimated that 1,500 Russian soldiers were killed near Vuhledar.",
         1500, "ISW", ""),
    case("claimed-by-military", "The Israeli military said it had killed 30 Hezbollah fighters in southern Lebanon.",
         30, "Israel Defense Forces", ""),
    # citing and relays
    case("citing-x-media-relays-agency", "Yonhap reported, citing the National Intelligence Service, that 100 KPA infantrymen had died near Sudzha.",
         100, "South Korea NIS", None),
    case("lawmaker-relays-agency-after-briefing",
         "Emerging from a closed-door briefing by the National Intelligence Service, Lee Seong-kweun said "
         "some 1,100 of Pyongyang's troops in Russia were dead or wounded.",
         1100, "South Korea NIS", "Lee Seong-kweun"),
    case("lawmaker-relays-agency-citing",
         "Kim Byung-kee, a member of the intelligence committee, said, citing the NIS, that 300 North Korean troops had died.",
         300, "South Korea NIS", "Kim Byung-kee"),
    case("lawmaker-not-in-gazetteer-relays-spy-agency",
         "Opposition lawmaker Park Sun-won said, citing the spy agency, that 2,700 DPRK troops had been wounded on the Kursk front.",
         2700, "South Korea NIS", "Park Sun-won"),
    # pronoun follow-ups
    case("pronoun-he-said-after-speaker-who-said",
         "Pentagon spokesman Pat Ryder said the fighting was intense. About 1,000 North Korean troops "
         "have been killed or wounded, he said.",
         1000, "US Department of Defense", ""),
    case("pronoun-quote-after-speaker-who-said",
         "Zelensky said on Wednesday the army was holding. \"We have lost 31,000 soldiers in this war,\" he said.",
         31000, "Volodymyr Zelensky", ""),
    case("pronoun-she-said-after-speaker-with-said-the-noun",
         "Amina Diallo, the regional health director, said the hospital was full. "
         "Twenty-two people were injured in the attack on the market, she said.",
         22, "Amina Diallo", ""),
    case("pronoun-he-said-after-named-speaker-no-cue",
         "Pentagon spokesman Pat Ryder spoke to journalists on Thursday. About 1,000 North Korean troops "
         "have been killed or wounded in the fighting, he said.",
         1000, "US Department of Defense", ""),
    case("pronoun-she-said-not-gazetteer",
         "Amina Diallo, the regional health director, visited the hospital in Mopti. "
         "Twenty-two people were injured in the attack on the market, she said.",
         22, "Amina Diallo", ""),
    case("pronoun-quote-continues-no-cue",
         "Zelensky addressed parliament on Wednesday. \"We have lost 31,000 soldiers in this war,\" he said.",
         31000, "Volodymyr Zelensky", ""),
    case("a-chancellor-speaks", "Austria's chancellor said eight people had died in the landslides.",
         8, "Austria's chancellor", ""),
    case("a-country-owning-the-speaker-gives-the-person",
         "The blast killed 6 workers at the depot, Ukraine's energy minister Daria Marchak said.",
         6, "Daria Marchak", ""),
    case("a-country-owning-the-speaker-gives-the-role",
         "Nineteen soldiers died when the barracks were hit, Russia's air force said.",
         19, "Russia's air force", ""),
    case("according-to-a-ministry-of-any-portfolio",
         "In 2024, 39 people died in mining accidents, according to the energy ministry.",
         39, "energy ministry", ""),
    case("according-to-a-two-word-modified-head",
         "Some 120 pilgrims were hurt in the crush, according to the local transport authority.",
         120, "local transport authority", ""),
    case("said-in-a-video-statement-is-no-speaker",
         "Its commander, Rhea Vosk, said in a video statement that 45 of their fighters had died.",
         45, "Rhea Vosk", ""),
    case("a-head-of-a-place-in-lower-case",
         "Thirty-one people drowned when the boat sank, the governor of the province said.",
         31, "governor of the province", ""),
    case("a-head-of-a-named-place-ending-in-lower-case",
         "Thirty-one people drowned when the boat sank, the governor of Tana River county said.",
         31, "governor of Tana River county", ""),
    case("a-group-in-a-place-before-an-aside",
         "Police in the coastal district, which took the worst of the storm, put the death toll at 26.",
         26, "Police", ""),
    case("according-to-a-statement-from-a-body",
         "The toll from the blast reached 61, according to a statement from the presidency.",
         61, "presidency", ""),
    case("according-to-figures-from-a-ministry",
         "Some 2,400 homes flooded and 15 people died, according to figures from the interior ministry.",
         15, "interior ministry", ""),
    case("a-body-tweeted",
         "Fatalities from the storm rose to 34, the civil protection agency tweeted.",
         34, "civil protection agency", ""),
    case("a-prefecture-speaks",
         "Kochi prefecture said more than 40 people were injured in the landslide.",
         40, "Kochi prefecture", ""),
    case("a-media-wing-speaks",
         "The army's media wing said 27 soldiers were wounded in the ambush.",
         27, "army's media wing", ""),
    case("a-listed-body-after-a-based-modifier",
         "At least 23 people were killed in the shelling, the Britain-based Syrian Observatory for "
         "Human Rights said.", 23, "Syrian Observatory for Human Rights", ""),
    case("the-monitor-points-back-to-the-monitor-named",
         "The Syrian Observatory for Human Rights said the fighting went on. On Friday, the monitor "
         "had put the toll at about 250.", 250, "Syrian Observatory for Human Rights", ""),
    case("a-movement-speaks",
         "The Iran-backed Houthi movement said 12 of its fighters died in the raids.",
         12, "Iran-backed Houthi movement", ""),
    case("citing-between-the-speaker-and-its-verb",
         "Local radio, citing police, reported that 18 people had died in the fire.",
         18, "police", "Local radio"),
    case("citing-right-after-the-verb",
         "The opposition party said, citing hospital sources, that 62 protesters had been killed.",
         62, "hospital sources", "opposition party"),
    case("citing-a-body-through-a-listed-speaker",
         "A UN official, citing figures from the health ministry, said 400 children had been killed.",
         400, "health ministry", "United Nations"),
    case("citing-a-small-number-of-sources",
         "The agency, citing three medical sources, said 25 soldiers were killed in the ambush.",
         25, "three medical sources", "agency"),
    case("the-first-of-two-speakers-joined-by-and",
         "At least 90 miners died, according to two union officials and a United Nations adviser.",
         90, "two union officials", ""),
    case("and-inside-a-name-is-no-second-speaker",
         "Some 410 people were killed last year, according to the Institute for Peace and Conflict Studies.",
         410, "Institute for Peace and Conflict Studies", ""),
    case("a-medical-examiner-speaks",
         "Heat deaths in the county rose to 212 this summer, the county medical examiner said.",
         212, "county medical examiner", ""),
    case("a-premier-speaks", "Four hikers were killed by the avalanche, the regional premier told reporters.",
         4, "regional premier", ""),
    case("which-after-a-country-is-that-country",
         "Valdoria said 30 of its soldiers died in clashes with Ostrava, which reported 45 of its own troops dead.",
         45, "Ostrava", ""),
    case("which-after-a-body-is-that-body",
         "The rebels said 30 fighters died in a battle with the Valdorian army, which reported 45 soldiers dead.",
         45, "Valdorian army", ""),
    case("who-after-a-named-doctor-is-that-doctor",
         "Patients were taken to a clinic run by Dr Amal Saleh, who said 16 of them had died.",
         16, "Amal Saleh", ""),
    case("a-charity-speaks", "Eight patients died when the clinic was shelled, the medical charity said.",
         8, "medical charity", ""),
    case("a-militia-speaks", "The militia said 14 of its fighters were killed in the air strike.",
         14, "militia", ""),
    case("he-after-a-speaker-just-named-is-that-speaker",
         "The police chief gave a toll earlier. A village elder, Tomas Ridder, said he had counted 51 dead.",
         51, "Tomas Ridder", ""),
    case("she-after-told-reporters-is-that-speaker",
         "Ilse Marr, a nurse at the clinic, told reporters she had treated 40 wounded children.",
         40, "Ilse Marr", ""),
    case("the-maker-of-the-latest-bulletin",
         "The toll reached 66, according to the latest bulletin from the provincial fire service.",
         66, "provincial fire service", ""),
    case("a-headquarters-speaks", "Five people were wounded by shelling, the city's defence headquarters said.",
         5, "city's defence headquarters", ""),
    case("a-team-speaks", "The ministry's crisis team said in a statement that 33 people had died.",
         33, "ministry's crisis team", ""),
    case("an-aside-between-speaker-and-verb",
         "The regional health office, however, said only 19 deaths had been recorded.",
         19, "regional health office", ""),
    case("gives-a-total", "A second monitoring group gives a lower total of 420 civilians killed.",
         420, "second monitoring group", ""),
    case("given-by-a-then-minister",
         "The last official toll, 870 dead, was given by then Interior Minister Pavel Drach in May.",
         870, "Pavel Drach", ""),
    case("an-abbreviation-inside-a-trailing-speaker",
         "Gunmen stormed the camp, killing at least 26 people, the U.N. refugee office said on Monday.",
         26, "United Nations", ""),
    case("the-mission-is-the-speaker-whose-head-is-mission",
         "The UN Human Rights Monitoring Mission said 212 civilians were killed in June. The update also "
         "noted attacks in the north. In May, the mission recorded 140 civilians killed.",
         140, "UN Human Rights Office", ""),
    case("a-speaker-judging-a-figure-claims-none",
         "Russia's Defence Ministry puts Ukrainian losses at more than 790,000, a figure Western officials say "
         "is inflated.", 790000, "Russia Ministry of Defence", ""),
    case("a-speaker-judging-a-figure-after-that",
         "The IDF puts Hamas losses at 17,000, a number that Western officials say cannot be verified.",
         17000, "Israel Defense Forces", ""),
    case("officials-fear", "Rescue officials fear the toll could climb to 120 once the valley is reached.",
         120, "Rescue officials", ""),
    case("a-governor-expects", "The governor expects the number of dead to pass 40 by nightfall.",
         40, "governor", ""),
    case("a-relative-clause-with-a-year-between-speaker-and-verb",
         "The rebel alliance, which has held the port since March 2024, said its fighters had found 27 bodies.",
         27, "rebel alliance", ""),
    case("a-speaker-there-with-a-relative-clause",
         "A nurse there, who did not give her name, said 45 wounded people had arrived overnight.",
         45, "nurse", ""),
    case("said-in-a-statement-after-an-appositive-name",
         "The ferry's owner, Lakeline Transport, said in a statement that 19 passengers had drowned.",
         19, "Lakeline Transport", ""),
    case("a-name-restated-in-brackets",
         "The Civil Protection Agency (Protezione) said on Friday that 11 hikers had died.",
         11, "Civil Protection Agency", ""),
    case("the-ifrc-is-not-the-icrc",
         "The International Federation of Red Cross and Red Crescent Societies said 140 people had died.",
         140, "IFRC", ""),
    case("the-maker-of-a-report-of",
         "According to the latest report of the Northern Rights Monitor, 95 protesters have been killed.",
         95, "Northern Rights Monitor", ""),
    case("a-name-with-lower-case-particles-in-an-appositive",
         "The rights office, the Oficina de la Defensa Civil, said 46 people had died since December.",
         46, "Oficina de la Defensa Civil", ""),
    case("a-statement-read-on-the-radio-is-no-speaker",
         "The army spokesman, Colonel Abel Tamba, said in a statement read on state radio that 25 rebels were killed.",
         25, "Abel Tamba", ""),
    case("attributed-deaths", "The national statistics office attributed 540 deaths to the cold snap.",
         540, "national statistics office", ""),
    case("the-authors-said", "The authors said the toll across the region could exceed 3,000.",
         3000, "authors", ""),
    case("an-aside-opening-with-through",
         "The health agency, through its hospital network, counted 212 heat deaths in June.",
         212, "health agency", ""),
    case("it-after-a-group-that-denied",
         "The minister blamed the rebels. A rebel group, the Northern Front, denied involvement. It said "
         "soldiers had killed 40 villagers.", 40, "Northern Front", ""),
    case("the-accuser-claims", "The main opposition party accused the police of killing 23 protesters in the capital.",
         23, "main opposition party", ""),
    case("the-ministry-in-ramallah-is-not-gazas",
         "Settlers killed 3 Palestinians near Nablus, the Palestinian Health Ministry in Ramallah said.",
         3, "Palestinian Health Ministry (Ramallah)", ""),
    case("data-compiled-by", "More than 400 people have been killed, according to data compiled by the Delta Rights Watch.",
         400, "Delta Rights Watch", ""),
    case("a-bodys-figures-show", "The interior ministry's figures show 5,400 people killed since January.",
         5400, "interior ministry", ""),
    case("a-coastguard-speaks", "Fourteen migrants drowned off the headland, the coastguard said on Sunday.",
         14, "coastguard", ""),
    case("firefighters-speak", "Seven residents died in the tower block fire, firefighters said.",
         7, "firefighters", ""),
    case("a-railway-operator-speaks", "Twenty passengers were injured in the derailment, the railway operator said.",
         20, "railway operator", ""),
    case("a-company-speaks", "Three workers were killed when the scaffold fell, the construction company said.",
         3, "construction company", ""),
    case("rescue-workers-speak", "At least 30 people were hurt, rescue workers told the local radio.",
         30, "rescue workers", ""),
    # a sentence that goes on with the count keeps the paragraph's speaker
    case("another-goes-on-with-the-speakers-count",
         "The disaster agency said 41 people had died in the storm. Another 180 were injured.",
         180, "disaster agency", ""),
    case("a-further-goes-on-with-the-speakers-count",
         "Police said nine people were killed at the rally. A further 35 were taken to hospital.",
         35, "Police", ""),
    case("another-in-a-new-paragraph-is-the-outlets",
         "The disaster agency said 41 people had died in the storm.\n\nAnother 18 people drowned in a river "
         "crossing further north on Sunday.", 18, OUTLET, ""),
    # unattributed -> the outlet
    case("unattributed-is-outlet", "Flash floods killed 14 people in the Swat valley overnight.",
         14, OUTLET, ""),
    case("unattributed-headline-style-is-outlet", "Landslide in Enga buries village, at least 40 dead.",
         40, OUTLET, ""),
    # gazetteer aliases normalised
    case("alias-pentagon", "The Pentagon estimated that 500 North Korean troops had been wounded.",
         500, "US Department of Defense", ""),
    case("alias-gaza-health-ministry", "Gaza's health ministry said 37 Palestinians were killed in the past 24 hours.",
         37, "Gaza Health Ministry", ""),
    case("alias-spy-agency", "South Korea's spy agency said 1,100 of the KPA contingent had been killed or injured by January.",
         1100, "South Korea NIS", ""),
    case("alias-spy-agency-trailing", "Upwards of 1,000 DPRK infantrymen are dead, South Korea's spy agency said.",
         1000, "South Korea NIS", ""),
    case("alias-the-spy-agency-trailing-first-mention", "About 3,000 North Korean soldiers were wounded, the spy agency said.",
         3000, "South Korea NIS", ""),
    case("alias-hur", "The HUR said 40 Russian marines were killed in the raid on the Kinburn spit.",
         40, "Ukraine GUR", ""),
    case("alias-junta", "The junta said 25 soldiers died when rebels overran the base in Shan state.",
         25, "Myanmar military government", ""),
    case("alias-after-its-own-country", "Myanmar's junta said 25 soldiers died when rebels overran the base.",
         25, "Myanmar military government", ""),
    case("alias-after-its-own-country-adjective", "The Gaza health ministry said 31 people were killed overnight.",
         31, "Gaza Health Ministry", ""),
    case("alias-afad", "AFAD said 1,240 people were injured when the earthquake struck Malatya.",
         1240, "Turkey AFAD", ""),
    case("alias-idf", "The IDF said 12 of its soldiers were wounded in northern Gaza.",
         12, "Israel Defense Forces", ""),
    case("alias-zelenskyy-spelling", "President Volodymyr Zelenskyy said 43,000 Ukrainian soldiers had been killed.",
         43000, "Volodymyr Zelensky", ""),
    case("alias-uk-defence-intelligence", "UK Defence Intelligence said Russian casualties had reached 600,000.",
         600000, "UK Ministry of Defence", ""),
    case("alias-in-a-headline-with-rights", "UN rights monitors say civilian toll passes 9,000",
         9000, "United Nations", ""),
    case("alias-un-agency-by-its-work", "At least 200 migrants are feared dead after their boat sank, the "
         "UN migration agency said.", 200, "International Organization for Migration", ""),
    case("alias-icmp-casualty-word-in-name", "Some 1,700 people are still missing, the ICMP said.",
         1700, "International Commission on Missing Persons", ""),
]


@pytest.mark.parametrize("text, best, claimant, via", CLAIMANT_CASES)
def test_claimant_and_go_between(text, best, claimant, via):
    rows = claims_of(text)
    row = only(rows, **{S.VALUE_BEST: best})
    expected = {S.CLAIMANT: claimant}
    if via is not None:
        expected[S.CLAIMANT_VIA] = via
    check(row, expected, rows)


def _plain(name: str) -> str:
    name = name.strip()
    return name[4:] if name.lower().startswith("the ") else name


# Claimants the gazetteer does not know are kept as written (a leading "the" aside).
UNKNOWN_CLAIMANT_CASES = [
    case("unknown-red-crescent-of-atlantis",
         "The Red Crescent Society of Atlantis said 56 people were killed in the cyclone.", 56,
         "Red Crescent Society of Atlantis"),
    case("unknown-according-to-committee",
         "According to the Northern Valdoria Emergency Committee, 230 people were injured by the floods.", 230,
         "Northern Valdoria Emergency Committee"),
    case("unknown-doctors-network-inverted",
         "At least 27 civilians were killed in the shelling of the camp, said the Sudan Doctors Network.", 27,
         "Sudan Doctors Network"),

    # a person named after a role that ends in a title: the person
    case("unknown-role-then-name-closing",
         "Between 30 and 40 passengers were still missing, local fire service official Karim Osei said.",
         None, "Karim Osei"),
    case("unknown-role-then-name-told",
         "About 35 villagers died, disaster relief officer Rina Das told reporters on Monday.", 35, "Rina Das"),
    case("unknown-name-with-on-and-its-acronym",
         "Twenty-two protesters were killed this week, the state-funded Valdorian National Commission "
         "on Human Rights (VNCHR) said.", 22, "Valdorian National Commission on Human Rights"),
    case("unknown-name-before-the-role-set-off-by-commas",
         "Teodor Lindqvist, the regional health director, said 41 people had been injured.", 41, "Teodor Lindqvist"),
    case("unknown-hospital-director-told",
         "The number of wounded rose to 340, a hospital director told a news agency.", 340, "hospital director"),
    case("unknown-maker-of-a-tally",
         "According to a tally by the Coastal Courier, at least 1,050 people have died.", 1050, "Coastal Courier"),
    case("unknown-ombudsman", "Some 2,300 servicemen have been taken prisoner since the war began, the "
         "human rights ombudsman said.", 2300, "human rights ombudsman"),
    case("unknown-coast-guard", "Fourteen people died when a boat capsized, the coast guard said on Monday.",
         14, "coast guard"),
    case("unknown-resident-of-a-place-stays-as-written",
         "Ten villagers died in the raid, a resident of Lower Tamsin said.", 10, "resident of Lower Tamsin"),
    case("unknown-body-with-disaster-in-its-name",
         "Some 210 homes were flattened and 18 people were killed, the country's disaster agency said.", 18,
         "country's disaster agency"),
    # a listed alias that names no country ("junta", "General Staff", "spy agency") after
    # another country's name is that country's body
    case("another-countrys-junta", "Mali's junta said its troops had killed 64 fighters near Gao.", 64,
         "Mali's junta"),
    case("another-countrys-general-staff",
         "Russia's General Staff said 1,300 Ukrainian soldiers were killed or wounded over the week.", 1300,
         "Russia's General Staff"),
    case("another-countrys-spy-agency",
         "North Korea's spy agency said 20 defectors had been captured at the border.", 20,
         "North Korea's spy agency"),
]


@pytest.mark.parametrize("text, best, claimant", UNKNOWN_CLAIMANT_CASES)
def test_unknown_claimant_kept_as_written(text, best, claimant):
    rows = claims_of(text)
    row = only(rows, **{S.VALUE_BEST: best})
    assert _plain(row[S.CLAIMANT]) == claimant, f"claimant {row[S.CLAIMANT]!r}, expected {claimant!r}"


def test_unattributed_figure_uses_outlet_argument():
    rows = claims_of("An avalanche killed 11 climbers on the slopes of Manaslu.", outlet="The Kathmandu Ledger")
    check(only(rows, **{S.VALUE_BEST: 11}), {S.CLAIMANT: "The Kathmandu Ledger", S.CLAIMANT_VIA: ""}, rows)


# (text, value_best, subject): whose casualties, not who caused them or who reports them.
SUBJECT_CASES = [
    case("subject-russian-losses-in-ukrainian-story",
         "Ukrainian troops pushed deeper into the Kursk region this week. Russian losses in the area "
         "reached 1,300 in three days, Ukraine's General Staff said.", 1300, "Russia"),
    case("subject-israeli-strikes-killed-palestinians",
         "Israeli strikes killed 40 Palestinians in Rafah overnight, the health ministry in Gaza said.",
         40, "Palestinians"),
    case("subject-ukrainian-drones-killed-russian-soldiers",
         "Ukrainian drones killed 50 Russian soldiers near Pokrovsk, the brigade said.", 50, "Russia"),
    case("subject-north-korean-casualties-reported-by-ukraine",
         "Ukraine's military intelligence said 200 North Korean troops were killed or wounded in Kursk.",
         200, "North Korea"),
    case("subject-disaster-country-place",
         "The earthquake killed 300 people in southern Turkey, officials said.", 300, "Turkey"),
    case("subject-myanmar-disaster",
         "Floods in Myanmar have killed 226 people after Typhoon Yagi, state media said.", 226, "Myanmar"),
    case("subject-sudanese-by-paramilitary",
         "Paramilitary fighters killed 85 Sudanese villagers in Al Jazira state, activists said.", 85, "Sudan"),
    case("subject-carried-from-previous-sentence",
         "North Korean units have been thrown into assaults near Sudzha. At least 300 of them have "
         "died, the spy agency said.", 300, "North Korea"),
    case("subject-israeli-soldiers-killed-by-hezbollah",
         "Hezbollah rockets killed 12 Israeli soldiers near the border, the Israeli military said.", 12, "Israel"),
    case("subject-not-the-claimants-nationality",
         "British Defence Intelligence said Russian casualties had reached 600,000.", 600000, "Russia"),
    case("subject-not-the-attackers-in-the-headline",
         "Russian drone strike on market kills 9\n\nThe strike hit the market in the Ukrainian town "
         "of Kupiansk at noon, the regional governor said.", 9, "Ukraine"),
    case("subject-name-before-a-semicolon",
         "Eleven people were killed in Gaza; the strikes went on into the night.", 11, "Palestinians"),
    case("subject-name-before-a-colon",
         "Shelling in Kherson: 6 civilians killed, say Ukrainian officials", 6, "Ukraine"),
    case("subject-a-country-far-from-the-first-corpus",
         "A cholera outbreak in Zambia has killed 410 people since October, the health ministry said.",
         410, "Zambia"),
    case("subject-a-region-named-like-a-country",
         "The collapse of a coal mine in Inner Mongolia killed 53 workers, state media said.", 53, "China"),
    case("subject-its-members-are-the-side-the-claimant-names",
         "The Valdorian Front announced the deaths of 12 of its fighters on Tuesday. "
         "Hezbollah announced the deaths of 9 of its members the same day.", 9, "Lebanon"),
    case("subject-britons",
         "The attack killed three Britons and a Canadian, the Foreign Office said.", 3, "United Kingdom"),
    case("subject-its-soldiers-are-the-claimants-side",
         "Russian forces pressed their assault on the town for a third day. The Ukrainian General Staff "
         "said 14 of its servicemen were wounded there on Tuesday.", 14, "Ukraine"),
    case("subject-unknown-rather-than-the-attacker",
         "A Syrian air raid on the village killed 11 people, the monitor said.", 11, ""),
    case("subject-not-the-name-in-a-clause-before-while",
         "Russia has denied any role in the blasts, while about 90 civilians were killed across "
         "Ukraine in the same week, the UN said.", 90, "Ukraine"),
    case("subject-not-a-country-that-targeted",
         "Russia deliberately targeted the grid overnight and 35 people were killed across Ukraine, "
         "the UN said.", 35, "Ukraine"),
    case("subject-not-a-hospital-named-after-a-country",
         "Sudanese troops advanced on Omdurman on Monday. Doctors at the Turkish Hospital said the "
         "wards were full. The war has killed at least 20,000 people, the UN says.", 20000, "Sudan"),
    case("subject-not-the-country-a-monitor-is-based-in",
         "Flooding swept the Tana delta. A Norway-based relief monitor said 57 Kenyans had drowned, and "
         "a Paris-headquartered charity said 30 more were missing.", 57, "Kenya"),
    case("subject-not-the-country-a-charity-is-headquartered-in",
         "Gunmen raided a clinic in the Congolese town of Beni. A France-headquartered charity said 12 patients were killed.",
         12, "Congo"),
    # a side's word for its foe ("the enemy", "invaders", "occupiers") counts the foe listed
    # in lib/vocab/opponents.tsv
    case("subject-the-enemys-losses-are-the-opponents",
         "Ukraine's General Staff said the enemy's losses over the day amounted to 1,250 soldiers.", 1250, "Russia"),
    case("subject-occupiers-are-the-opponent",
         "Our troops killed 300 occupiers near the river, Ukraine's General Staff said.", 300, "Russia"),
    case("subject-the-enemy-of-the-other-side",
         "Russia's Defence Ministry said the enemy lost up to 420 servicemen in the past day.", 420, "Ukraine"),
    case("subject-an-enemy-of-a-side-with-no-listed-opponent",
         "The Valdorian army said 50 enemy fighters were killed.", 50, ""),
    case("subject-of-which-is-the-whole-before",
         "Ukraine's General Staff said more than 900 invaders were put out of action, of which about 310 "
         "were killed.", 310, "Russia"),
    case("subject-an-enemy-named-by-a-listed-persons-side",
         "Our soldiers neutralised more than 2,000 invaders this month, Oleksandr Syrskyi said.", 2000, "Russia"),
    case("subject-a-city-names-its-country",
         "A missile hit a shopping centre in Dnipro on Sunday, killing 9 people, officials said.", 9, "Ukraine"),
    case("subject-a-gaza-town-names-palestinians",
         "Air strikes on homes in Khan Younis killed 17 people overnight, medics said.", 17, "Palestinians"),
    case("subject-a-city-in-the-sentence-before",
         "A car bomb exploded at a market in Aleppo. Doctors said 8 people were killed.", 8, "Syria"),
    case("subject-of-the-whole-a-partitive-sentence-opens-with",
         "Of the 3,000 Chadian soldiers deployed to help Mali, about 400 have been killed, officials said.",
         400, "Chad"),
    case("subject-not-a-country-that-continued-its-attacks",
         "The minister spoke as Ethiopia continued its air strikes. Doctors said 23 people were "
         "killed in the market.", 23, ""),
    case("subject-not-the-agent-a-blast-was-blamed-on",
         "The blasts were blamed on Venezuela, which denied it. Officials said 8 people were killed.",
         8, ""),
    case("subject-from-the-rest-of-the-article-when-casualty-sentences-name-none",
         "Rescuers dug through the night. The toll rose to 61, officials said.\n\nThe floods are the worst "
         "to hit Bangladesh in a decade. Bangladesh has asked for help.", 61, "Bangladesh"),
    case("subject-the-claimants-side-when-another-side-attacked",
         "Sudan's war has spilled over the border. Chad's army said Sudanese artillery had killed "
         "14 villagers overnight.", 14, "Chad"),
    case("subject-not-the-targets-of-a-claimant-that-attacked",
         "Chad's army said its jets had struck 40 Boko Haram targets and that 12 soldiers died in "
         "clashes near Lake Chad, the army said.", 12, "Chad"),
    case("subject-the-country-of-a-civil-body-when-none-is-named",
         "Israeli jets struck targets across the south overnight. Lebanon's health ministry said on "
         "Wednesday that 41 people had been killed.", 41, "Lebanon"),
    case("subject-the-country-whose-government-counts-people",
         "The storm struck Jamaica first. Haiti's prime minister said 14 people had been killed on "
         "the southern peninsula.", 14, "Haiti"),
    case("subject-not-the-country-whose-government-counts-soldiers",
         "The storm struck Jamaica first. Haiti's prime minister said 14 soldiers had been killed on "
         "the southern peninsula.", 14, "Jamaica"),
    case("subject-unknown-rather-than-the-country-of-a-military-claimant",
         "Fighting raged near Pokrovsk. Ukraine's General Staff said 1,150 soldiers had been killed "
         "or wounded over the past day.", 1150, ""),
    case("subject-not-the-attacker-of-the-sentence-before",
         "Israel repeatedly struck southern Lebanon overnight. Rescuers said 14 people were killed "
         "in one village.", 14, "Lebanon"),
]


@pytest.mark.parametrize("text, best, subject", SUBJECT_CASES)
def test_subject_is_whose_casualties(text, best, subject):
    rows = claims_of(text)
    check(only(rows, **{S.VALUE_BEST: best}), {S.SUBJECT: subject}, rows)


# (title kept in the metadata, text, value_best, subject): the title names the side only when
# the text names none, and an attacker in it names no side.
TITLE_SUBJECT_CASES = [
    case("title-names-the-country-the-text-does-not",
         "Landslides kill 21 in Nepal", "Landslides have killed 21 people since Friday, police said.", 21, "Nepal"),
    case("title-attacker-is-no-side",
         "Russian drones kill 4", "Drones killed 4 people overnight, the governor said.", 4, ""),
    case("text-wins-over-title",
         "Floods across Kenya", "Floods killed 9 people in Somalia on Sunday, officials said.", 9, "Somalia"),
]


@pytest.mark.parametrize("title, text, best, subject", TITLE_SUBJECT_CASES)
def test_subject_from_a_title_kept_apart(title, text, best, subject):
    rows = claims_of(text, title=title)
    check(only(rows, **{S.VALUE_BEST: best}), {S.SUBJECT: subject}, rows)
