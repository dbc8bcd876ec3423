"""Held-out check of how the extractor generalises to WHOLE articles (CLAIMS.md, eval/ANNOTATION.md).

Each case is an invented wire-style news article (headline line, dateline, quotes, background
figures, relays, breakdowns, non-claim numbers, boilerplate) with the claims a careful annotator
would list. Four scorer-like checks per article, each its own test (`<article>-<check>`):

- found:    every required claim is found (category + figure, matched as eval/score.py does);
- claimant: on each found required claim, the claimant matches (case-insensitive whole-word
            containment, either way, of the expected name or an alias in `claimant` or `claimant_via`);
- date:     on each found required claim, `claim_date` falls in the expected window;
- extra:    no row beyond the required and optional claims (a second row for one claim counts).

A failing check whose expectation is right per the contract is kept and marked
`xfail(strict=True)` in XFAIL below, with what the extractor produced. Run this module directly
(`.venv/bin/python -m tests.test_extract_articles`) for eval-style totals.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

import pytest

from lib import schema as S
from lib.articles import Article
from lib.extract import extract_article
from tests.extract_helpers import show

# Date expectations besides "YYYY-MM-DD" and ("lo", "hi") windows.
PUB = "pub"            # no time expression: publication day minus one day .. publication day
EMPTY = "empty"        # undated article, no explicit date with a year: claim_date must be empty
UNSCORED = "unscored"  # restated claim whose date the text does not give: not scored


@dataclass(frozen=True)
class Want:
    category: str
    value: int | None
    qualifier: str
    claimant: str
    date: object = PUB
    alt: tuple = ()
    low: int | None = None
    high: int | None = None
    restated: bool = False
    optional: bool = False
    aliases: tuple = ()
    alt_categories: tuple = ()
    modality: str = "reported"
    note: str = ""


def req(category, value, qualifier, claimant, date=PUB, **kw) -> Want:
    return Want(category, value, qualifier, claimant, date, **kw)


def vague(category, low, high, claimant, date=PUB, **kw) -> Want:
    return Want(category, None, "vague", claimant, date, low=low, high=high, **kw)


def opt(category, value, qualifier="exact", claimant="", date=UNSCORED, note="", **kw) -> Want:
    """An optional claim: breakdown, single-digit anecdote, historical figure, or unsure."""
    return Want(category, value, qualifier, claimant, date, optional=True, note=note, **kw)


@dataclass(frozen=True)
class Case:
    id: str
    published: datetime.date | None
    outlet: str
    text: str
    wants: list = field(default_factory=list)
    title: str = ""


def d(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def article_collector(articles: list[Case]):
    """The `article(...)` helper with which a set module adds its cases to its ARTICLES."""
    def article(case_id, published, outlet, text, wants, title=""):
        articles.append(Case(case_id, d(published) if published else None, outlet, text.strip() + "\n",
                             list(wants), title))
    return article


def rng(category, low, high, claimant, date=PUB, **kw) -> Want:
    """A range claim ("between 40 and 60"): either bound, or both, may be printed."""
    return Want(category, None, "range", claimant, date, low=low, high=high, alt=(low, high), **kw)


ARTICLES: list[Case] = []
article = article_collector(ARTICLES)


# --------------------------------------------------------------------------------------------
# Disasters
# --------------------------------------------------------------------------------------------

article("quake-turkey", "2025-03-05", "Reuters", """
Turkey quake death toll climbs to 87 as rescuers comb rubble in Malatya

ANKARA, March 5 (Reuters) - The death toll from a magnitude 6.4 earthquake that struck eastern Turkey rose to 87 on Wednesday, the country's disaster agency AFAD said, as rescue teams worked through a second night in freezing temperatures.
AFAD said 1,240 people had been injured, and that 312 of them were still in hospital, including 41 in intensive care.
On Tuesday the agency had put the number of dead at 52.
The quake struck at 4:17 a.m. local time (0117 GMT) at a depth of 10 km (6 miles), according to the agency, and was followed by more than 200 aftershocks.
Interior Minister Kemal Durmaz said more than 9,000 search and rescue personnel had been sent to the region, along with 1,100 vehicles and 14 sniffer dog teams.
"Our priority is reaching anyone who may still be alive under the debris," Durmaz told reporters in Malatya. "We will not stop until every building has been searched."
At least 3,400 buildings were damaged, 160 of them beyond repair, he said.
Residents spent the night in tents and parked cars as temperatures fell to minus 6 degrees Celsius (21 F).
"We ran out in our pyjamas. The whole street was shaking," said Mehmet Kaya, 58, a retired teacher whose apartment block partly collapsed.
The government has released 2.5 billion lira ($68 million) in emergency funds for the affected provinces.
Turkey sits on major fault lines. A pair of earthquakes in February 2023 killed more than 53,000 people in the country's south.
Read more:
Turkey's building code under scrutiny after new quake
""", [
    req("killed", 87, "exact", "Turkey AFAD", "2025-03-05"),
    req("injured", 1240, "exact", "Turkey AFAD"),
    req("killed", 52, "exact", "Turkey AFAD", "2025-03-04", restated=True),
    opt("injured", 312, note="still in hospital: a subset of the injured"),
    opt("injured", 41, note="in intensive care: a subset"),
    opt("killed", 53000, "more_than", "Reuters", note="historical: the 2023 quakes"),
])

article("floods-kenya", None, "East Africa Courier", """
Kenya floods: death toll reaches 203 as rains batter Nairobi

NAIROBI -- Flooding across Kenya has killed 203 people since the start of the long rains in March, the Interior Ministry said on Thursday, as more downpours were forecast for the capital and the Rift Valley.
Seventy-two people remain missing and 141 have been injured, ministry spokesman Daniel Otieno said in a statement.
The figure is up from 176 dead reported by the ministry earlier in the week.
More than 165,000 people have been forced from their homes, and 2,800 schools were damaged.
In Kamiti, a town north of Nairobi, a seasonal river burst through a blocked culvert before dawn on Monday, sweeping away houses and cars.
Police said at least 45 bodies had been recovered there, and the Kenya Red Cross said dozens of people were still unaccounted for in the area.
"We dug with our hands until the sun came up," said Jane Wanjiru, 34, whose mother was swept away.
The president ordered the military to help with evacuations and announced 4 billion shillings ($30 million) for relief.
The Kenya Meteorological Department said rainfall in April was 180% of the monthly average.
Authorities have told people living near 178 dams and reservoirs to move to higher ground within 48 hours.
Neighbouring Tanzania has reported 131 deaths from flooding this year.
Subscribe to the Courier for $1 a month and get every story from the region.
""", [
    req("killed", 203, "exact", "Interior Ministry", EMPTY),
    req("missing", 72, "exact", "Interior Ministry", EMPTY, aliases=("Daniel Otieno",)),
    req("injured", 141, "exact", "Interior Ministry", EMPTY, aliases=("Daniel Otieno",)),
    req("killed", 176, "exact", "Interior Ministry", EMPTY, restated=True),
    req("killed", 45, "at_least", "Police", EMPTY),
    vague("missing", 24, 99, "Kenya Red Cross", EMPTY),
    req("killed", 131, "exact", "Tanzania", EMPTY),
])

article("assam-floods", "2024-07-03", "Meridian Wire", """
Assam flood toll rises to 52 as Brahmaputra swells

GUWAHATI, India, July 3 (Meridian Wire) - Floods and landslides in India's northeastern state of Assam have killed 52 people since mid-May, the state disaster management authority said on Wednesday, as the Brahmaputra river flowed above the danger mark at several points.
Four people drowned in the Dhubri and Nagaon districts on Tuesday, the Assam State Disaster Management Authority (ASDMA) said in its daily bulletin.
Nearly 1.2 million people in 23 of the state's 35 districts have been affected, and about 46,000 have taken shelter in 490 relief camps, it said.
Six people remain missing.
The chief minister said the government would give 400,000 rupees ($4,800) to the family of each person killed.
In Kaziranga National Park, eight rhinos and more than 100 hog deer have died in the floods, park officials said.
The India Meteorological Department has forecast heavy to very heavy rain for the next five days.
Boats from the National Disaster Response Force have rescued 1,290 people since Saturday.
Last year's monsoon floods in Assam killed more than 170 people.
Read more: Why Assam floods every year
""", [
    req("killed", 52, "exact", "Assam State Disaster Management Authority", "2024-07-03",
        aliases=("ASDMA", "state disaster management authority")),
    opt("killed", 4, note="single-digit incident"),
    opt("missing", 6, note="single digit, unattributed follow-up"),
    opt("killed", 170, "more_than", note="last year's floods: a past disaster"),
])

article("cyclone-bangladesh", "2024-05-27", "Bay of Bengal News", """
Cyclone Tarang kills at least 16 in Bangladesh, toll could rise

DHAKA, May 27 - Cyclone Tarang killed at least 16 people in coastal Bangladesh after it made landfall late on Sunday, officials said on Monday, as rescuers reached villages cut off by storm surges up to 3 metres (10 feet) high.
Most of the victims were crushed by falling trees or drowned, Disaster Management Minister Abdur Rahman Khan told reporters in Dhaka.
At least 120 people were injured, he said.
More than 800,000 people had been moved to about 9,000 cyclone shelters before the storm hit, the ministry said, which helped avoid a far higher toll.
The storm packed winds of up to 135 kph (84 mph) and damaged or destroyed about 35,000 homes, according to preliminary estimates.
Relief officials fear the death toll could climb to as many as 50 once contact is restored with offshore islands.
In neighbouring India, authorities in West Bengal said two people were killed, one by a collapsed wall in Kolkata.
Power was cut to around 3 million customers.
In 2007, Cyclone Sidr killed about 3,500 people in Bangladesh.
Join more than 250,000 readers who get our morning briefing.
""", [
    req("killed", 16, "at_least", "officials", "2024-05-27",
        aliases=("Abdur Rahman Khan", "Disaster Management", "Bay of Bengal News")),
    req("injured", 120, "at_least", "Abdur Rahman Khan", aliases=("Disaster Management",)),
    opt("killed", 50, "at_most", "relief officials", modality="projected", note="a fear, projected"),
    opt("killed", 2, note="single-digit, India"),
    opt("killed", 3500, "about", note="historical: Sidr 2007"),
])

article("lagos-building-collapse", "2025-01-22", "Meridian Wire", """
Lagos building collapse: 23 bodies recovered, dozens feared trapped

LAGOS, Jan 22 (Meridian Wire) - Rescuers have recovered 23 bodies from the rubble of a seven-storey residential building that collapsed in Lagos on Monday, Nigeria's National Emergency Management Agency (NEMA) said on Wednesday.
Thirty-seven people had been pulled out alive, NEMA spokesman Adebayo Okon said, and 14 of them were being treated in hospital for injuries.
Dozens of people are still thought to be trapped under the debris, he said.
The building in the Ikoyi district was under construction and had three extra floors added without approval, the state's building control agency said.
Lagos State's governor ordered the arrest of the developer and suspended the head of the agency pending an inquiry.
Building collapses are common in Nigeria, where regulations are often poorly enforced and substandard materials are widely used.
In 2021, a 21-storey tower under construction in the same district collapsed, killing more than 40 people.
"I heard a sound like thunder, then dust everywhere," said Tunde Alabi, 45, a security guard at a neighbouring site.
Excavators and cranes from the army were brought in on Tuesday to lift slabs of concrete.
The Nigerian Institute of Building says more than 130 buildings have collapsed in Lagos in the past decade.
""", [
    req("killed", 23, "exact", "National Emergency Management Agency", "2025-01-22", aliases=("NEMA",)),
    req("injured", 14, "exact", "National Emergency Management Agency", aliases=("NEMA", "Adebayo Okon")),
    vague("missing", 24, 99, "NEMA", optional=True, note="'thought to be trapped': unsure it is missing"),
    opt("killed", 40, "more_than", note="the 2021 collapse: a past disaster"),
])

article("stampede-india", "2024-06-21", "Delhi Desk", """
More than 80 killed in stampede at religious gathering in northern India

LUCKNOW, India - A stampede at a crowded Hindu religious gathering in northern India killed 87 people, most of them women and children, and injured at least 30, police said on Friday.
The crush happened on Thursday afternoon as thousands of worshippers rushed towards a preacher's car at the end of a prayer meeting in a village in Uttar Pradesh state's Etah district, senior police officer Rajesh Kumar Singh said.
Organisers had permission for a gathering of 60,000 people, but more than 200,000 attended, according to a preliminary police report.
Many of the dead suffocated after falling into a muddy ditch beside the road, Singh said.
The state government announced compensation of 200,000 rupees ($2,400) for the family of each of the dead and 50,000 rupees for the injured.
Television footage showed bodies laid out on blocks of ice outside the district hospital, where relatives searched for family members.
"My mother and sister went for the blessing. Only my sister came back," said Suresh Yadav, 31.
Prime Minister Narendra Modi expressed condolences and said the federal government was in touch with state authorities.
Stampedes are frequent at Indian religious events. In 2013, 115 people died in a crush near a temple in Madhya Pradesh.
""", [
    req("killed", 87, "exact", "police", "2024-06-21", alt=(80,), aliases=("Rajesh Kumar Singh",)),
    req("injured", 30, "at_least", "police", "2024-06-21", aliases=("Rajesh Kumar Singh",)),
    opt("killed", 115, note="historical: 2013 stampede"),
])

article("colombia-mine-blast", "2024-10-30", "Andes Report", """
Colombia coal mine explosion kills 17 miners

BOGOTA, Oct 30 - A methane explosion in an underground coal mine in the central Colombian department of Boyaca has killed 17 miners, the National Mining Agency said on Wednesday.
The blast happened before dawn on Tuesday in the Las Brisas mine near the town of Samaca, when around 35 workers were on shift some 600 metres (2,000 feet) below the surface.
Rescuers brought 12 miners out alive, eight of them with severe burns, the agency said in a statement.
Six more are unaccounted for, and rescue teams are working in shifts to reach them through tunnels filled with gas and debris.
"We are not going to stop until we bring everyone out," the department's governor, Mateo Rincon, told local radio on Wednesday.
Rincon said the mine had been ordered to suspend operations in August after inspectors found poor ventilation, but had kept working.
Colombia's labour ministry said 148 miners died in accidents across the country last year, most of them in small coal mines.
The mine produced about 4,000 tonnes of coal a month, the agency said.
Relatives gathered at the mine entrance overnight, wrapped in blankets against the cold of the Andean highlands, 2,600 metres above sea level.
Read more: Colombia's deadly small mines
Sign up for our daily Andes briefing.
""", [
    req("killed", 17, "exact", "National Mining Agency", "2024-10-30"),
    req("killed", 148, "exact", "labour ministry"),
    opt("injured", 8, note="single digit, with burns"),
    opt("missing", 6, note="single digit, unaccounted for"),
])

article("ferry-indonesia", "2025-07-09", "Meridian Wire", """
Indonesian ferry sinking: 14 dead, 27 missing as search widens

KENDARI, Indonesia, July 9 (Meridian Wire) - The number of people confirmed dead after a ferry sank off Indonesia's Southeast Sulawesi province has risen to 14, and 27 others are still missing, the national search and rescue agency Basarnas said on Wednesday.
The KM Sinar Bahari was carrying 118 passengers and 12 crew when it capsized in high waves late on Sunday, about 4 nautical miles from Buton island.
Eighty-nine people have been rescued, local Basarnas chief Andi Prasetyo said.
On Monday, the agency had reported nine dead.
Officials said the ferry's manifest listed only 97 passengers, and that the real number on board may have been higher.
The transport ministry said it would investigate whether the vessel was overloaded.
Ferries are a main means of transport across the archipelago of more than 17,000 islands, and accidents are frequent because of lax safety standards.
Searchers widened the area to 40 nautical miles on Wednesday, deploying 6 ships and a helicopter, Prasetyo said.
"Survivors told us many passengers were asleep below deck," he said.
In 2018, more than 160 people died when an overcrowded ferry sank in Lake Toba in North Sumatra.
""", [
    req("killed", 14, "exact", "Basarnas", "2025-07-09", aliases=("search and rescue agency",)),
    req("missing", 27, "exact", "Basarnas", "2025-07-09", aliases=("search and rescue agency",)),
    req("killed", 9, "exact", "Basarnas", "2025-07-07", restated=True, aliases=("search and rescue agency",)),
    opt("killed", 160, "more_than", note="historical: Lake Toba 2018"),
])

article("quake-nepal", "2024-03-15", "Himalayan Wire", """
Nepal earthquake kills more than 90 in remote west

KATHMANDU, March 15 - A magnitude 5.9 earthquake struck remote western Nepal late on Thursday, killing 96 people and injuring 231, officials said on Friday, as rescuers used helicopters to reach mountain villages where mud-brick homes had collapsed.
Most of the dead were in Bajura and Achham districts, where the quake hit shortly before midnight while people were asleep, Home Ministry spokesman Narayan Prasad Bhatta told reporters.
"The number may go up as we are yet to get information from several remote villages," Bhatta said.
The prime minister flew to the area with a medical team of 16 doctors.
The army deployed 2,500 soldiers and 4 helicopters to help with search and rescue.
More than 3,000 houses were damaged or destroyed, according to the National Disaster Risk Reduction and Management Authority.
"We spent the night in the open, it was very cold," said Kamala Shahi, 40, whose house in Bajura collapsed.
Nepal lies on a major geological fault line. An earthquake in 2015 killed nearly 9,000 people and destroyed hundreds of thousands of homes.
Read more: Why Nepal is so prone to earthquakes
""", [
    req("killed", 96, "exact", "Home Ministry", "2024-03-15", alt=(90,),
        aliases=("officials", "Narayan Prasad Bhatta")),
    req("injured", 231, "exact", "Home Ministry", "2024-03-15", aliases=("officials", "Narayan Prasad Bhatta")),
    opt("killed", 9000, "nearly", note="historical: 2015 quake"),
])

article("cyclone-mozambique", "2025-03-14", "Meridian Wire", """
Cyclone Lwazi death toll in Mozambique rises to 58

MAPUTO, March 14 (Meridian Wire) - Cyclone Lwazi has killed 58 people in northern Mozambique, the country's disaster management institute INGD said on Friday, nearly a week after the storm tore through Nampula province.
A further 412 people were injured and more than 130,000 homes were damaged or destroyed, the INGD said in an updated report.
The figure is up from 34 dead reported by the institute on Monday, as teams reached districts that had been cut off by flooded roads.
Health officials warned of the risk of cholera in camps where displaced families were sheltering.
UNICEF said about 1.2 million people had been affected, around half of them children.
Lwazi made landfall on March 8 near the port of Nacala with sustained winds of 180 kph (112 mph).
The government has appealed for $110 million in aid.
Mozambique is among the countries most exposed to tropical storms. Cyclone Idai killed more than 600 people in the country in 2019.
Support our reporting from Africa: subscribe today for unlimited access.
""", [
    req("killed", 58, "exact", "INGD", "2025-03-14", aliases=("disaster management institute",)),
    req("injured", 412, "exact", "INGD", aliases=("disaster management institute",)),
    req("killed", 34, "exact", "INGD", "2025-03-10", restated=True, aliases=("disaster management institute",)),
    opt("killed", 600, "more_than", note="historical: Idai 2019"),
])

article("myanmar-quake", "2024-02-21", "Meridian Wire", """
Myanmar quake toll passes 300 as junta appeals for help

YANGON, Feb 21 (Meridian Wire) - The death toll from a magnitude 6.8 earthquake in central Myanmar has risen to 318, with 1,027 people injured and 96 missing, the military government said on Wednesday.
Rescue teams were still digging through collapsed buildings in Magway and Pakokku, where the quake struck on Sunday afternoon, state broadcaster MRTV reported.
The United States Geological Survey said in an initial assessment on Monday that deaths could exceed 1,000, based on the intensity of the shaking and the number of people exposed.
The junta's leader made a rare appeal for international assistance, and China and India have sent search teams.
The shadow National Unity Government said figures from local volunteers suggested at least 450 people had died, including in areas outside the military's control.
The quake damaged more than 2,600 buildings, 140 monasteries and 30 bridges, MRTV said.
Myanmar's civil war has hampered the relief effort; the military has continued air strikes in parts of Magway since the quake, according to the NUG.
"Everything fell down in a few seconds," said a teacher in Pakokku who asked not to be named for fear of reprisals.
Donate to support independent journalism in Myanmar.
""", [
    req("killed", 318, "exact", "Myanmar military government", "2024-02-21", alt=(300,)),
    req("injured", 1027, "exact", "Myanmar military government", "2024-02-21"),
    req("missing", 96, "exact", "Myanmar military government", "2024-02-21"),
    req("killed", 1000, "more_than", "United States Geological Survey", "2024-02-19", modality="projected",
        aliases=("USGS",)),
    req("killed", 450, "at_least", "National Unity Government", aliases=("NUG",)),
])

# --------------------------------------------------------------------------------------------
# Terror attacks
# --------------------------------------------------------------------------------------------

article("bannu-market-bombing", "2025-02-11", "Reuters", """
Suicide bomber kills 19 at market in northwest Pakistan

PESHAWAR, Pakistan, Feb 11 (Reuters) - A suicide bomber blew himself up at a crowded vegetable market in the northwestern Pakistani city of Bannu on Tuesday, killing at least 19 people, including seven police officers, and wounding 47, police said.
"The bomber walked up to a police patrol and detonated his vest," district police chief Zahid Khan told Reuters by telephone.
The wounded were taken to the city's main hospital, where a doctor said 11 were in critical condition.
Provincial health department spokesman Imran Shah said later in the day that the death toll had risen to 23 after four of the wounded died.
No group immediately claimed responsibility. The Pakistani Taliban, known as Tehreek-e-Taliban Pakistan (TTP), denied involvement in a statement.
Militant attacks have surged in Khyber Pakhtunkhwa province since the TTP ended a ceasefire with the government in 2022.
More than 1,600 people, including nearly 700 security personnel, were killed in militant violence in Pakistan last year, according to the Islamabad-based Centre for Research and Security Studies.
Pakistan has deployed 3,000 additional troops to the province since January.
""", [
    req("killed", 19, "at_least", "police", "2025-02-11", aliases=("Zahid Khan",)),
    req("injured", 47, "exact", "police", "2025-02-11", aliases=("Zahid Khan",)),
    req("killed", 23, "exact", "health department", "2025-02-11", aliases=("Imran Shah",)),
    req("killed", 1600, "more_than", "Centre for Research and Security Studies"),
    opt("killed", 7, note="breakdown: police officers"),
    opt("injured", 11, note="critical: a subset"),
    opt("killed", 4, note="single digit"),
    opt("killed", 700, "nearly", note="breakdown: security personnel"),
])

article("mogadishu-hotel-attack", "2025-06-14", "Horn Observer", """
Al Shabaab attack on Mogadishu hotel kills 27, police say

MOGADISHU - Al Shabaab gunmen and a suicide bomber attacked a seaside hotel in Somalia's capital on Friday evening, killing 27 people and wounding 58, police said on Saturday.
Police spokesman Abdirahman Farah told reporters that security forces had ended the siege after about six hours, killing all five attackers.
A doctor at Mogadishu's Medina Hospital, Mohamed Yusuf, said the hospital had received 41 wounded people, many with gunshot wounds, and that 9 had died after arrival.
The al Qaeda-linked group said in a statement on its Andalus radio station that its fighters had killed more than 50 people, including government officials.
The Bluewater Hotel is popular with politicians, business people and members of the Somali diaspora visiting from abroad.
The government has been waging an offensive against al Shabaab since 2022 with the help of African Union troops, about 11,000 of whom remain in the country.
Somalia's president condemned the attack and vowed that the group would be defeated.
Witnesses described gunmen shooting at people eating dinner on the hotel's terrace.
The group killed 121 people in a double car bombing at the education ministry in October 2022.
""", [
    req("killed", 27, "exact", "police", "2025-06-14", aliases=("Abdirahman Farah",)),
    req("injured", 58, "exact", "police", "2025-06-14", aliases=("Abdirahman Farah",)),
    req("injured", 41, "exact", "Mohamed Yusuf", aliases=("Medina Hospital",)),
    req("killed", 50, "more_than", "al Shabaab", aliases=("Andalus",)),
    opt("killed", 5, note="single digit: attackers"),
    opt("killed", 9, note="single digit, part of the toll"),
    opt("killed", 121, note="a past attack (2022)"),
])

article("ostrelia-bus-bombing", "2025-05-16", "Meridian Wire", """
Bus bombing in Ostrelia's capital kills a dozen, wounds nearly 40

TARVESSA, May 16 - A bomb hidden under a seat exploded on a crowded city bus in the Ostrelian capital during the morning rush hour on Friday, killing 12 people and wounding 37, the Interior Ministry said.
Among the dead were four pupils on their way to school, ministry spokeswoman Lena Marek told state television.
Seven of the wounded were in a critical condition, she said.
No group has claimed responsibility. Police detained two suspects in a raid on a flat in the city's eastern suburbs, Marek said.
President Idris Valen declared three days of national mourning and ordered 2,000 extra police officers onto the streets of the capital.
The attack was the deadliest in the country since 2016, when gunmen killed 31 people at a shopping centre.
Security analyst Petra Holm said the country faced "dozens of credible threats every year" because of its role in an international coalition.
"The bus was full of children and old people," said Tomas Reiner, 52, who was waiting at the next stop.
Read more: Timeline of attacks in Ostrelia
""", [
    req("killed", 12, "exact", "Interior Ministry", "2025-05-16", aliases=("Lena Marek",)),
    req("injured", 37, "exact", "Interior Ministry", "2025-05-16", alt=(40,), aliases=("Lena Marek",)),
    opt("killed", 4, note="breakdown: pupils"),
    opt("injured", 7, note="single digit: critical"),
    opt("killed", 31, note="a past attack (2016)"),
])

# --------------------------------------------------------------------------------------------
# Wars: Ukraine and Russia
# --------------------------------------------------------------------------------------------

article("ukraine-general-staff-losses", "2024-10-08", "Kyiv Ledger", """
Russia lost 1,230 troops in past day, Ukraine's military says

Russia lost 1,230 soldiers killed or wounded over the past 24 hours, Ukraine's General Staff said on Tuesday, bringing its count of Russian losses since the full-scale invasion began to about 658,000.
The General Staff, which publishes a daily tally, also said its forces had destroyed 14 tanks, 32 artillery systems and 41 drones in the same period.
The figures could not be independently verified. Kyiv does not disclose its own military losses in detail, and Moscow does not publish its own.
The heaviest fighting was again near Pokrovsk, where Russian units have pushed towards the town's southern outskirts, the General Staff said.
Russia's Defence Ministry claimed on Monday that Ukraine had lost up to 480 servicemen in the Kupiansk direction alone over the previous day.
In February, President Volodymyr Zelensky said 31,000 Ukrainian soldiers had been killed since the start of the war, the only official figure Kyiv has released.
Western estimates are much higher.
Ukraine has mobilised tens of thousands of men this year after lowering the conscription age to 25.
Kyiv is seeking more air defence systems; it received a $425 million U.S. package last month.
Read more: Inside the fight for Pokrovsk
Support independent Ukrainian journalism: become a member today.
""", [
    req("total", 1230, "exact", "Ukraine General Staff", "2024-10-08"),
    req("total", 658000, "about", "Ukraine General Staff", "2024-10-08"),
    req("total", 480, "at_most", "Russia Ministry of Defence", "2024-10-07"),
    req("killed", 31000, "exact", "Volodymyr Zelensky", ("2024-02-01", "2024-02-29"), restated=True),
])

article("dnipro-missile-strike", "2025-05-16", "Kyiv Ledger", """
Russian missile strike on Dnipro kills 14, governor says

DNIPRO, Ukraine - The death toll from a Russian missile strike on the centre of Dnipro rose to 14 on Friday evening, regional governor Mykola Hrytsenko said, up from 11 he had reported earlier in the day.
At least 47 people were wounded, including five children, and 21 of them remained in hospital, Hrytsenko said on Telegram.
The missile struck a five-storey apartment block and a nearby bus stop shortly after 9 a.m., when the street was busy with people going to work.
Ukraine's air force said Russia had launched 6 ballistic missiles and 57 drones overnight and in the morning, and that air defences had shot down 41 of the drones.
"Russia once again chose a time of day when it could kill as many people as possible," President Volodymyr Zelensky said in his nightly video address. He urged Western partners to supply more Patriot systems.
Rescuers were still searching the rubble for at least three people believed to be trapped, the State Emergency Service said.
The strike was the deadliest on Dnipro since January 2023, when a missile hit a high-rise building and killed 46 people.
Russia's Defence Ministry said it had struck "military-industrial facilities" in the Dnipropetrovsk region, without mentioning civilian casualties.
Read more: Live updates on the war in Ukraine
""", [
    req("killed", 14, "exact", "Mykola Hrytsenko", "2025-05-16"),
    req("killed", 11, "exact", "Mykola Hrytsenko", "2025-05-16", restated=True),
    req("injured", 47, "at_least", "Mykola Hrytsenko"),
    opt("injured", 5, note="breakdown: children"),
    opt("injured", 21, note="still in hospital: a subset"),
    opt("missing", 3, "at_least", note="single digit, believed trapped"),
    opt("killed", 46, note="a past strike (January 2023)"),
])

article("belgorod-drone-attack", None, "Moscow Desk", """
Ukrainian drone attack on Belgorod region wounds 18, governor says

Ukrainian drones struck a bus carrying factory workers and several residential streets in Russia's Belgorod region, killing three people and wounding 18, regional governor Anton Belov said on Sunday.
Belov said on Telegram that four of the wounded, including a 12-year-old boy, were in a serious condition.
The Russian Defence Ministry said air defence units had destroyed 37 Ukrainian drones over the Belgorod, Kursk and Bryansk regions overnight.
Belgorod, which borders Ukraine's Kharkiv region, has been repeatedly targeted since 2022.
Belov said in March that more than 200 civilians had been killed in the region since the start of the war.
Ukraine does not usually comment on strikes inside Russia.
Kyiv says its attacks target military infrastructure and are a response to Russia's strikes on Ukrainian cities, which according to the United Nations have killed more than 12,000 civilians.
Residents said the bus was hit at a stop near the city's main market.
Schools in the region switched to online lessons for the rest of the week.
""", [
    req("injured", 18, "exact", "Anton Belov", EMPTY),
    req("killed", 200, "more_than", "Anton Belov", EMPTY, restated=True),
    req("killed", 12000, "more_than", "United Nations", EMPTY),
    opt("killed", 3, note="single-digit incident"),
    opt("injured", 4, note="single digit: serious"),
])

article("kursk-russian-mod", "2024-12-10", "Meridian Wire", """
Russia says Ukraine lost over 310 troops in Kursk in a day

MOSCOW, Dec 10 (Meridian Wire) - Ukraine lost more than 310 servicemen in Russia's Kursk region over the past 24 hours, Russia's Defence Ministry said on Tuesday, putting Kyiv's total losses in the region since its August incursion at about 38,550.
The ministry said its forces had also destroyed two tanks, 4 armoured personnel carriers and a HIMARS launcher.
Ukraine's General Staff said on Monday that Russian forces had lost 1,610 troops across the entire front line in the previous day, a record.
Kyiv says about 20,000 Russian troops have been killed or wounded in the Kursk region alone.
Russia has massed around 50,000 troops, including North Korean soldiers, to push Ukrainian forces out of Kursk, according to Ukrainian and U.S. officials.
Neither side's figures can be independently verified, and both are believed to exaggerate the enemy's losses while understating their own.
The Kremlin said President Vladimir Putin had been briefed on the situation.
Ukraine's incursion, launched on Aug. 6, was the first foreign ground assault on Russian territory since World War Two.
Kyiv has said it wants to use the territory as a bargaining chip in any future talks.
""", [
    req("total", 310, "more_than", "Russia Ministry of Defence", "2024-12-10"),
    req("total", 38550, "about", "Russia Ministry of Defence", "2024-12-10"),
    req("total", 1610, "exact", "Ukraine General Staff", "2024-12-09"),
    req("total", 20000, "about", "Ukraine"),
])

article("uk-mod-russian-losses", "2024-12-06", "Meridian Wire", """
Russian casualties in Ukraine war pass 750,000, UK says

LONDON, Dec 6 (Meridian Wire) - Russia has suffered more than 750,000 killed and wounded since it invaded Ukraine in February 2022, Britain's Ministry of Defence said on Friday, adding that November had been the costliest month of the war for Russian forces.
Russian forces suffered an average of 1,523 casualties a day in November, the ministry said in its regular intelligence update on X, the highest daily average recorded so far.
The update did not give a breakdown between dead and injured.
The independent Russian outlet Mediazona, which counts deaths with the BBC Russian Service using obituaries, social media posts and official announcements, said on Thursday it had confirmed the names of 80,147 Russian soldiers killed in Ukraine.
The two outlets say the real toll is probably much higher.
Russia does not disclose its casualties. President Vladimir Putin said in June that nearly 700,000 Russian troops were serving in the "special military operation zone".
Western officials estimate Ukraine has lost tens of thousands of soldiers, but Kyiv has not updated its figure since Zelensky's statement in February that 31,000 had been killed.
Read more: How Mediazona counts Russia's war dead
""", [
    req("total", 750000, "more_than", "UK Ministry of Defence", "2024-12-06"),
    req("killed", 80147, "exact", "Mediazona", "2024-12-05", aliases=("BBC Russian Service",)),
    vague("total", 20000, 99999, "Western officials", alt_categories=("killed",)),
    req("killed", 31000, "exact", "Volodymyr Zelensky", ("2024-02-01", "2024-02-29"), restated=True),
    opt("total", 1523, note="a daily average: a rate, unsure it is a claim"),
])

# --------------------------------------------------------------------------------------------
# North Korean troops in Russia
# --------------------------------------------------------------------------------------------

article("nk-troops-nis", "2025-04-30", "Meridian Wire", """
North Korean casualties in Russia near 4,700, Seoul's spy agency says

SEOUL, April 30 (Meridian Wire) - About 4,700 of Pyongyang's troops sent to fight for Moscow are now dead or wounded, including some 600 who died, South Korea's National Intelligence Service told lawmakers on Wednesday.
Lawmaker Park Sun-won, who sits on the parliamentary intelligence committee, relayed the figures to reporters after a closed-door briefing.
The agency believes Pyongyang sent about 15,000 troops to Russia's Kursk region last year and dispatched roughly 3,000 more in January and February, Park said.
"The North Korean units have adapted to drone warfare, but they are still taking heavy losses," Park said, citing the NIS.
The NIS also said North Korea had supplied Russia with 170mm self-propelled howitzers and 240mm multiple rocket launchers.
In January, South Korea's Joint Chiefs of Staff had estimated North Korean casualties at around 3,000.
Moscow and Pyongyang confirmed for the first time this week that North Korean troops had fought in Kursk.
North Korean leader Kim Jong Un praised the soldiers' "heroic feats," state media KCNA reported, without giving any casualty figures.
Ukraine's President Volodymyr Zelensky has said two North Korean soldiers captured in January could be exchanged for Ukrainians held in Russia.
""", [
    req("total", 4700, "about", "South Korea NIS", "2025-04-30", aliases=("Park Sun-won",)),
    req("killed", 600, "about", "South Korea NIS", "2025-04-30", aliases=("Park Sun-won",)),
    req("total", 3000, "about", "South Korea JCS", ("2025-01-01", "2025-01-31"), restated=True),
    opt("captured", 2, claimant="Volodymyr Zelensky", note="single-digit anecdote"),
])

article("nk-kursk-zelensky-gur", "2024-12-24", "Kyiv Ledger", """
North Korean troops suffer 3,000 casualties in Kursk, Zelensky says

KYIV, Dec 24 - More than 3,000 troops from North Korea are dead or wounded after fighting in Kursk, President Volodymyr Zelensky said on Monday, the first time Kyiv has given such a figure.
"The losses among the North Korean units are already significant," Zelensky wrote on Telegram, citing preliminary data from the army.
Ukraine's military intelligence agency, the HUR, said separately that about 200 North Korean troops had been killed in the past week alone in attacks near the villages of Plekhovo and Vorobzha.
The agency said North Korean units were attacking in large groups on foot, making them easy targets for drones.
Pyongyang has sent about 11,000 troops to Russia, according to Ukrainian and Western estimates, along with 170mm self-propelled guns and 240mm rocket launchers.
South Korea's Joint Chiefs of Staff said last week that it estimated 1,100 North Korean casualties.
Neither Moscow nor Pyongyang has acknowledged that North Korean troops are fighting in Kursk.
Ukraine launched a cross-border incursion into the region in August, capturing about 1,000 square kilometres.
Read more: Who are the North Korean soldiers fighting for Russia?
""", [
    req("total", 3000, "more_than", "Volodymyr Zelensky", "2024-12-23"),
    req("killed", 200, "about", "Ukraine GUR"),
    req("total", 1100, "about", "South Korea JCS", ("2024-12-16", "2024-12-22"), restated=True),
])

article("nk-us-official-kirby", "2024-12-20", "Associated Press", """
U.S. says roughly 1,000 North Korean troops killed or wounded in past week

WASHINGTON (AP) - Roughly 1,000 troops sent by Pyongyang were killed or wounded in Kursk over the past week, a senior U.S. military official said Friday, as the North's units were thrown into frontal assaults against Ukrainian positions.
The official, who spoke on condition of anonymity to discuss intelligence assessments, said the North Koreans had been used in "human wave" style attacks with little armour support.
"They are clearly being treated as expendable," the official said.
Last week, White House national security spokesman John Kirby said North Korean soldiers had suffered several hundred casualties, both killed and wounded.
Pentagon press secretary Maj. Gen. Pat Ryder declined on Thursday to give a figure, saying only that Washington had seen "indications" of North Korean losses.
South Korea's National Intelligence Service told lawmakers on Thursday that at least 150 North Korean soldiers had died and about 900 had been injured since the start of December.
The U.S. estimates that about 12,000 North Korean soldiers were sent to Russia in October and November, alongside artillery shells and ballistic missiles.
The Biden administration announced a further $500 million in military aid for Ukraine on Thursday.
This article is free to read. Please consider supporting our journalism with a donation.
""", [
    req("total", 1000, "about", "US official", "2024-12-20"),
    vague("total", 200, 999, "White House", ("2024-12-09", "2024-12-15"), restated=True, aliases=("John Kirby",)),
    req("killed", 150, "at_least", "South Korea NIS", "2024-12-19"),
    req("injured", 900, "about", "South Korea NIS", "2024-12-19"),
])

# --------------------------------------------------------------------------------------------
# Wars: Middle East
# --------------------------------------------------------------------------------------------

article("gaza-toll-38000", "2024-07-11", "Associated Press", """
Gaza toll tops 38,000 as strikes hit Zawaida

DEIR AL-BALAH, Gaza Strip (AP) - Israeli bombardment has now killed more than 38,000 Palestinians in Gaza, the Health Ministry in the enclave said on Thursday, as negotiators prepared to meet again in Doha.
In its daily update, the ministry put the count at 38,243 dead and 88,033 wounded since October. Its figures do not separate fighters from civilians.
Israel's military says it has killed over 14,000 militants, a number it has not backed with evidence.
The conflict was set off by the Hamas-led raid into Israel in October, in which Israeli officials say some 1,200 people were killed and roughly 250 were taken into Gaza as hostages.
On Thursday morning a strike on a family home in Zawaida killed 15 people, among them five children, according to staff at Al-Aqsa Martyrs Hospital, where the bodies were taken.
The army said it had hit 30 militant targets across the strip in the previous 24 hours.
Aid agencies estimate that nine in ten of Gaza's 2.3 million residents have been forced from their homes at least once.
A senior Hamas official told AP the group had received the latest proposal and was studying it.
"Every day of delay costs lives," he said.
Read more: What's in the latest ceasefire proposal
""", [
    req("killed", 38243, "exact", "Gaza Health Ministry", alt=(38000,)),
    req("injured", 88033, "exact", "Gaza Health Ministry"),
    req("killed", 14000, "more_than", "Israel Defense Forces"),
    req("killed", 1200, "about", "Israel", UNSCORED, restated=True),
    req("killed", 15, "exact", "Al-Aqsa Martyrs Hospital", "2024-07-11"),
    opt("captured", 250, "about", claimant="Israel", note="hostages: unsure it is 'captured'"),
    opt("killed", 5, note="breakdown: children"),
])

article("gaza-school-strike", "2024-10-10", "Meridian Wire", """
Israeli strike on Gaza school sheltering displaced families kills 28

GAZA, Oct 10 (Meridian Wire) - An Israeli air strike on a school housing displaced families in Deir al-Balah in central Gaza killed at least 28 people and wounded 54, Gaza's Civil Defence agency said on Thursday.
Agency spokesman Khaled Nasser said women and children were among the dead and that rescuers were still pulling victims from the rubble.
The Israeli military said it had carried out a "precise strike" on Hamas militants operating from a command centre inside the school and had taken steps to reduce the risk to civilians.
It said the militants had used the compound to plan attacks on Israeli troops.
The Gaza Health Ministry said on Wednesday that 42,010 Palestinians had been killed and 97,720 wounded in the territory since the war began in October last year.
Hamas-led gunmen killed about 1,200 people in southern Israel in the attack that triggered the war, according to Israeli tallies.
The U.N. agency for Palestinian refugees, UNRWA, says more than 220 of its staff have been killed in Gaza.
Most of Gaza's 2.3 million people have been displaced several times.
Subscribe for breaking news alerts and full access to our coverage.
""", [
    req("killed", 28, "at_least", "Civil Defence", "2024-10-10", aliases=("Khaled Nasser",)),
    req("injured", 54, "exact", "Civil Defence", "2024-10-10", aliases=("Khaled Nasser",)),
    req("killed", 42010, "exact", "Gaza Health Ministry", "2024-10-09"),
    req("injured", 97720, "exact", "Gaza Health Ministry", "2024-10-09"),
    req("killed", 1200, "about", "Israel", UNSCORED, restated=True),
    req("killed", 220, "more_than", "UNRWA"),
])

article("lebanon-strikes", "2024-10-15", "Reuters", """
Israeli strikes kill 61 in Lebanon in a day, health ministry says

BEIRUT, Oct 15 (Reuters) - Israeli air strikes across southern and eastern Lebanon killed 61 people and wounded 178 on Monday, Lebanon's Health Ministry said, as Israel pressed its offensive against Hezbollah.
The ministry said the dead included 9 children and 14 women.
Health Minister Firass Abiad said on Tuesday that 2,350 people had been killed in Israeli attacks since October last year, most of them in the past four weeks, and that nearly 11,000 had been wounded.
The Israeli military said its jets had struck about 200 Hezbollah targets in the past day, including weapons depots and rocket launchers, and that its ground forces had killed dozens of fighters in close-quarters combat.
Hezbollah said it had fired rockets at a military base near Haifa and claimed to have killed or wounded 25 Israeli soldiers in clashes near the border village of Aita al-Shaab.
The Israeli military said two soldiers were killed in southern Lebanon on Monday.
More than 1.2 million people in Lebanon have fled their homes, according to the government.
Read more: Mapping Israel's strikes in Lebanon
""", [
    req("killed", 61, "exact", "Lebanon Health Ministry"),
    req("injured", 178, "exact", "Lebanon Health Ministry"),
    req("killed", 2350, "exact", "Lebanon Health Ministry", "2024-10-15"),
    req("injured", 11000, "nearly", "Lebanon Health Ministry", "2024-10-15"),
    vague("killed", 24, 99, "Israel Defense Forces"),
    req("total", 25, "exact", "Hezbollah"),
    opt("killed", 9, note="breakdown: children"),
    opt("killed", 14, note="breakdown: women"),
    opt("killed", 2, claimant="Israel Defense Forces", note="single digit"),
])

article("yemen-us-strikes", "2025-04-18", "Meridian Wire", """
U.S. strikes on Yemen's Ras Isa fuel port kill 38, Houthi-run health ministry says

SANAA, April 18 (Meridian Wire) - U.S. air strikes on the Ras Isa fuel port in western Yemen killed 38 people and wounded 102 others, the Houthi-run health ministry said on Friday, in one of the deadliest attacks since Washington stepped up its campaign against the group last month.
Houthi-run Al Masirah TV showed footage of burning fuel tanks and bodies on the ground, some of them port workers and paramedics.
The U.S. Central Command said in a post on X that its forces had struck the port to cut off a source of fuel and revenue for the Iran-aligned group. It did not comment on casualties.
CENTCOM said it had hit more than 30 Houthi targets in the past day using aircraft flying from the USS Harry S. Truman.
A health ministry spokesman, Anees al-Asbahi, said rescue teams were still searching the site and that the toll was likely to rise.
The Houthis had said a wave of U.S. strikes on March 15 killed 53 people, including five children.
Washington has said its campaign will continue until the Houthis stop attacking shipping in the Red Sea, where the group has targeted more than 100 merchant vessels since November 2023.
A U.S. official, speaking on condition of anonymity, said at least seven MQ-9 Reaper drones had been shot down over Yemen in the past six weeks, worth about $30 million each.
Read more: Who are the Houthis?
""", [
    req("killed", 38, "exact", "Houthi-run health ministry", "2025-04-18"),
    req("injured", 102, "exact", "Houthi-run health ministry", "2025-04-18"),
    req("killed", 53, "exact", "Houthis", UNSCORED, restated=True),
    opt("killed", 5, note="breakdown: children"),
])

# --------------------------------------------------------------------------------------------
# Wars: Sudan, Myanmar, the Sahel, an invented country
# --------------------------------------------------------------------------------------------

article("sudan-el-fasher", "2025-06-04", "Reuters", """
Shelling of Sudan's El Fasher kills 62, doctors' group says

PORT SUDAN, June 3 (Reuters) - Artillery fire by the paramilitary Rapid Support Forces on a displacement camp and a market in El Fasher killed 62 people and wounded 140 on Tuesday, the Sudan Doctors Network said.
Fifteen children and nine women were among the dead, the medical group said in a statement.
The RSF did not respond to a request for comment. It has previously denied targeting civilians.
The army-aligned group said the paramilitary force fired more than 80 shells at Abu Shouk camp, home to around 450,000 displaced people.
El Fasher, the last major city in Darfur still held by the army, has been under siege by the RSF since May last year.
A UN official in Port Sudan, who asked not to be named, said hospitals in the city were operating at 20% capacity.
The UN humanitarian office OCHA said last month that at least 1,850 civilians had been killed in North Darfur since the siege began.
Sudan's war, which erupted in April 2023, has killed tens of thousands of people and displaced more than 12 million, creating what the United Nations calls the world's largest humanitarian crisis.
Famine has been confirmed in at least five areas, including Zamzam camp.
""", [
    req("killed", 62, "exact", "Sudan Doctors Network"),
    req("injured", 140, "exact", "Sudan Doctors Network"),
    req("killed", 1850, "at_least", "UN OCHA", ("2025-05-01", "2025-05-31"), restated=True),
    vague("killed", 20000, 99999, "Reuters"),
    opt("killed", 15, note="breakdown: children"),
    opt("killed", 9, note="breakdown: women"),
])

article("sudan-village-attack", "2024-11-21", "Reuters", """
RSF attack on Sudanese village kills more than 120, activists say

CAIRO, Nov 21 (Reuters) - Fighters from Sudan's paramilitary Rapid Support Forces killed more than 120 people in a two-day assault on a village in the central state of Al Jazirah, a local activist group said on Thursday.
The Um Sidra resistance committee said RSF gunmen stormed the village on Tuesday, firing on residents who tried to stop looting and shelling homes with heavy weapons.
Sudan's foreign ministry, which is aligned with the army, later put the death toll at 134 and said more than 200 people had been wounded.
UNICEF said in a statement that it had received reports that at least 35 children were among those killed.
The RSF said in a statement that it had attacked army positions and allied militias in the area, and denied targeting civilians.
Reuters could not independently verify the accounts.
The RSF has been accused of killing hundreds of civilians in a series of raids on Al Jazirah villages since a commander defected to the army last month.
The UN estimates that the war between the army and the RSF, now in its 20th month, has displaced more than 11 million people.
Read more: Sudan's forgotten war
""", [
    req("killed", 120, "more_than", "Um Sidra resistance committee", "2024-11-21",
        aliases=("activist group", "resistance committee")),
    req("killed", 134, "exact", "foreign ministry"),
    req("injured", 200, "more_than", "foreign ministry"),
    opt("killed", 35, "at_least", claimant="UNICEF", note="breakdown: children"),
    vague("killed", 200, 999, "Reuters", optional=True, note="'has been accused of': unattributed accusation"),
])

article("myanmar-airstrike-sagaing", "2024-04-12", "Irrawaddy Monitor", """
Junta air strike on Sagaing village kills 41, opposition says

YANGON - A Myanmar military air strike on a village in the central Sagaing region killed at least 41 civilians, including nine children, the shadow National Unity Government said on Thursday.
Two fighter jets dropped bombs on Kyauk Hmaw village on Wednesday morning while residents were gathered for the opening of a local administration office, the NUG said in a statement.
A further 27 people were wounded, it said.
A resident who helped collect bodies told the Irrawaddy Monitor by phone that he had counted 46 bodies, though some were too badly burned to be identified.
Junta spokesman Major General Zaw Min Tun confirmed the strike, saying the military had targeted a gathering of People's Defence Force fighters and killed about 30 of them.
The military has carried out more than 1,600 air strikes since seizing power in February 2021, according to data compiled by the NUG.
The Assistance Association for Political Prisoners, a rights group, says more than 4,900 civilians have been killed by the security forces since the coup.
More than 2.8 million people have been displaced across the country, the United Nations says.
The military government has repeatedly denied targeting civilians.
Help us keep reporting from inside Myanmar. Donate today.
""", [
    req("killed", 41, "at_least", "National Unity Government", "2024-04-11", aliases=("NUG",)),
    req("injured", 27, "exact", "National Unity Government", aliases=("NUG",)),
    req("killed", 30, "about", "Myanmar military government", aliases=("Zaw Min Tun",)),
    req("killed", 4900, "more_than", "Assistance Association for Political Prisoners", aliases=("AAPP",)),
    opt("killed", 9, note="breakdown: children"),
    opt("killed", 46, claimant="resident", note="an anonymous resident's count of bodies"),
])

article("mali-base-attack", None, "Sahel Dispatch", """
Mali: dozens of soldiers killed in attack on army camp near Boulkessi

BAMAKO - Islamist militants attacked an army camp in central Mali on Sunday, killing 21 soldiers, the armed forces said in a statement on Monday.
The army said its troops had repelled the assault on the Boulkessi camp and "neutralised" more than 40 attackers, adding that 13 soldiers had been wounded.
The al Qaeda-linked group JNIM said in a message on its propaganda channels that its fighters had killed more than 100 soldiers and seized weapons and vehicles.
Two security sources, speaking on condition of anonymity because they were not authorised to speak to the media, said between 50 and 70 soldiers had died.
The Boulkessi camp, near the border with Burkina Faso, hosts about 600 troops and was attacked in 2019 in an assault that killed 38 soldiers.
Mali's junta, which took power in coups in 2020 and 2021, has expelled French forces and UN peacekeepers and turned to Russia's Africa Corps for support.
About 1,000 Russian paramilitaries are deployed in the country, according to Western diplomats.
Violence across the central Sahel killed more than 7,600 people last year, according to data from the Armed Conflict Location & Event Data Project (ACLED).
Our reporting is free for everyone. Please support the Sahel Dispatch with a donation.
""", [
    req("killed", 21, "exact", "armed forces", EMPTY, aliases=("army",)),
    req("injured", 13, "exact", "army", EMPTY, aliases=("armed forces",)),
    req("killed", 100, "more_than", "JNIM", EMPTY),
    Want("killed", None, "range", "security sources", EMPTY, low=50, high=70, alt=(50, 70),
         aliases=("Sahel Dispatch",)),
    req("killed", 7600, "more_than", "ACLED", EMPTY, aliases=("Armed Conflict Location",)),
    opt("total", 40, "more_than", claimant="army", note="'neutralised': unsure killed"),
    opt("killed", 38, note="a past attack (2019)"),
    vague("killed", 24, 99, "Sahel Dispatch", optional=True, note="headline summary of the sources' range"),
])

article("valdoria-offensive", "2024-11-14", "Meridian Wire", """
Valdoria says 312 rebels killed in week-long offensive in the north

ESTRAVA, Nov 14 (Meridian Wire) - Valdoria's defence ministry said on Thursday its forces had killed 312 Kestran separatist fighters during a week-long offensive in the mountainous north, while 46 government soldiers had died and 118 had been wounded.
Defence Minister Arlen Vosk told a news conference in the capital that the army had recaptured the towns of Dorno and Havel-Sur and that the operation involved around 4,000 troops backed by 120 armoured vehicles.
"The terrorists have suffered their heaviest defeat in a decade," Vosk said.
The Kestran Liberation Front disputed the figures. Its spokesman, Meric Dahl, said in a video statement on Wednesday that the rebels had killed or wounded about 900 government troops and that fewer than 60 of their own fighters had died.
Neither side's claims could be independently verified; journalists are barred from the conflict zone.
The Valdorian Red Crescent said on Tuesday that at least 27 civilians had been killed in shelling of Dorno, including a family of six, and that more than 5,000 people had fled to neighbouring Ostrelia.
Parliament last month approved an extra 600 million crowns ($54 million) in military spending.
The conflict, which began in 2011, has killed an estimated 14,000 people, according to the International Crisis Group.
""", [
    req("killed", 312, "exact", "defence ministry", "2024-11-14", aliases=("Arlen Vosk",)),
    req("killed", 46, "exact", "defence ministry", "2024-11-14", aliases=("Arlen Vosk",)),
    req("injured", 118, "exact", "defence ministry", "2024-11-14", aliases=("Arlen Vosk",)),
    req("total", 900, "about", "Kestran Liberation Front", "2024-11-13", aliases=("Meric Dahl",)),
    req("killed", 60, "less_than", "Kestran Liberation Front", "2024-11-13", aliases=("Meric Dahl",)),
    req("killed", 27, "at_least", "Valdorian Red Crescent", "2024-11-12"),
    req("killed", 14000, "about", "International Crisis Group"),
    opt("killed", 6, note="'a family of six': single-digit anecdote"),
])


# --------------------------------------------------------------------------------------------
# Matching, as eval/score.py does it
# --------------------------------------------------------------------------------------------

def _words(text) -> str:
    return re.sub(r"[\W_]+", " ", str(text or "").lower()).strip()


def _contains(haystack, needle) -> bool:
    h, n = f" {_words(haystack)} ", _words(needle)
    return bool(n) and f" {n} " in h


def value_matches(want: Want, row: dict) -> bool:
    best, low, high = row.get(S.VALUE_BEST), row.get(S.VALUE_LOW), row.get(S.VALUE_HIGH)
    points = [v for v in (best, low, high) if v is not None]
    stated = [v for v in (want.value, *want.alt) if v is not None]
    if want.qualifier == "range":
        if low is not None and high is not None:
            return (low, high) == (want.low, want.high)
        return bool(set(points) & set(stated))
    if stated:
        anchor = best if best is not None else (low if low is not None else high)
        return anchor is not None and anchor in stated
    if not points:  # vague: the intervals overlap
        return False
    lo = low if low is not None else min(points)
    hi = high if high is not None else max(points)
    return (want.high is None or lo <= want.high) and (want.low is None or hi >= want.low)


def claimant_ok(want: Want, row: dict) -> bool:
    """Whole-word, case-insensitive containment, either way, of any expected name in
    the row's claimant or claimant_via."""
    said = [row.get(S.CLAIMANT) or "", row.get(S.CLAIMANT_VIA) or ""]
    names = [want.claimant, *want.aliases]
    return any(_contains(got, name) or _contains(name, got) for got in said if got for name in names if name)


def scorer_claimant_ok(want: Want, row: dict) -> bool:
    """eval/score.py's stricter rule: an expected name inside claimant + via, or a claimant of 4+ words
    inside an expected name (only the aliases listed here; real gold lists more descriptive ones)."""
    said = f"{row.get(S.CLAIMANT) or ''} {row.get(S.CLAIMANT_VIA) or ''}"
    names = [n for n in (want.claimant, *want.aliases) if n]
    claimant = row.get(S.CLAIMANT) or ""
    return any(_contains(said, n) for n in names) or (
        len(_words(claimant).split()) >= 4 and any(_contains(n, claimant) for n in names))


def window(want: Want, published: datetime.date | None):
    """(lo, hi) ISO days; EMPTY; or None when not scored."""
    spec = want.date
    if spec == UNSCORED:
        return None
    if spec == PUB:
        if published is None:
            return EMPTY
        return ((published - datetime.timedelta(days=1)).isoformat(), published.isoformat())
    if spec == EMPTY:
        return EMPTY
    if isinstance(spec, tuple):
        return spec
    return (spec, spec)


def date_ok(want: Want, row: dict, published) -> bool | None:
    win = window(want, published)
    got = row.get(S.CLAIM_DATE)
    got = got.isoformat() if hasattr(got, "isoformat") else (str(got) if got else "")
    if win is None:
        return None
    if win == EMPTY:
        return got == ""
    return bool(got) and win[0] <= got[:10] <= win[1]


def match(case: Case, rows: list[dict]):
    """Greedy best-first pairing of expected claims and rows; returns (pairs, extra row indexes)."""
    candidates = []
    for wi, want in enumerate(case.wants):
        cats = {want.category, *want.alt_categories}
        for ri, row in enumerate(rows):
            if row.get(S.CATEGORY) in cats and value_matches(want, row):
                score = (4 * (row.get(S.CATEGORY) == want.category) + 2 * claimant_ok(want, row)
                         + bool(date_ok(want, row, case.published)))
                candidates.append((score, wi, ri))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    taken_w, taken_r, pairs = set(), set(), {}
    for _, wi, ri in candidates:
        if wi not in taken_w and ri not in taken_r:
            taken_w.add(wi)
            taken_r.add(ri)
            pairs[wi] = ri
    extra = [ri for ri in range(len(rows)) if ri not in taken_r]  # unmatched and duplicates
    return pairs, extra


_CACHE: dict[str, list[dict]] = {}


def rows_of(case: Case) -> list[dict]:
    if case.id not in _CACHE:
        _CACHE[case.id] = extract_article(Article(case.id, case.text, outlet=case.outlet,
                                                  published=case.published, title=case.title))
    return _CACHE[case.id]


def describe(want: Want) -> str:
    figure = want.value if want.value is not None else f"{want.low}-{want.high}"
    return f"{want.category} {figure} ({want.qualifier}) by {want.claimant!r} date={want.date!r}"


# --------------------------------------------------------------------------------------------
# The four checks, one test per article per check
# --------------------------------------------------------------------------------------------

CHECKS = ("found", "claimant", "date", "extra")

# "<article>-<check>": what the extractor produced (each reviewed: the expectation is right).
XFAIL: dict[str, str] = {
    # Participles "killing"/"wounding"/"injuring" and headline "kills" are not casualty verbs.
    # Toll constructions and casualty wording the extractor does not read.
    # Trailing and appositive attributions missed: the figure falls back to the outlet.
    "mogadishu-hotel-attack-claimant": "41: 'A doctor at Mogadishu's Medina Hospital, Mohamed Yusuf, said ...' -> "
                                       "'Horn Observer' (appositive name). 50: 'The al Qaeda-linked group said ...' -> "
                                       "'Qaeda-linked group' (cut at 'al', not resolved to al Shabaab)",
    # Wrong claimant from a neighbouring phrase, or not normalised.
    "gaza-toll-38000-claimant": "38,000: '..., the Health Ministry in the enclave said on Thursday' -> 'Associated "
                                "Press'. 38,243/88,033: 'the ministry put the count at ...' -> 'Israel Defense "
                                "Forces' (bare 'the ministry' resolved to the IDF named in the next sentence). 15: "
                                "'according to staff at Al-Aqsa Martyrs Hospital' -> 'staff'",
    "uk-mod-russian-losses-claimant": "750,000: claimant \"Britain's Ministry of Defence\", not normalised to 'UK "
                                      "Ministry of Defence'. 31,000: 'since Zelensky's statement in February that "
                                      "31,000 had been killed' -> 'Western officials' (the sentence's first speaker)",
    "uk-mod-russian-losses-date": "31,000 -> claim_date 2024-12-06 (publication day; restated=False): \"Zelensky's "
                                  "statement in February\" only sets period_start",
    # Extra rows: non-claims read as claims, and one claim kept twice.
}


def month(year_month: str) -> tuple[str, str]:
    """A whole calendar month as a claim_date window ("In January, the agency said ...")."""
    first_day = datetime.date.fromisoformat(year_month + "-01")
    following = (first_day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return (first_day.isoformat(), (following - datetime.timedelta(days=1)).isoformat())


def check_whole_articles(articles, earlier_sets=()) -> None:
    """A set stays what its module claims: 30 articles of 1-3 KB, with ids unique within it and
    apart from the earlier sets' (the sets share a cache of extracted rows)."""
    assert len(articles) == 30
    ids = {c.id for c in articles}
    assert len(ids) == len(articles)
    for other in earlier_sets:
        assert not ids & {c.id for c in other.ARTICLES}, other.__name__
    for case in articles:
        assert 1000 <= len(case.text.encode()) <= 3000, (case.id, len(case.text.encode()))

def check_wants_well_formed(articles) -> None:
    """Every expectation names a contract category and qualifier, and a claimant; its dates
    parse, windows run forward, and an undated article's required dates are explicit."""
    categories = {"killed", "injured", "total", "missing", "captured"}
    qualifiers = {"exact", "at_least", "more_than", "at_most", "less_than", "about", "nearly", "range", "vague"}
    for case in articles:
        for want in case.wants:
            assert want.category in categories and want.qualifier in qualifiers, (case.id, want)
            assert want.optional or want.claimant, (case.id, want)
            if isinstance(want.date, tuple):
                lo, hi = (datetime.date.fromisoformat(x) for x in want.date)
                assert lo <= hi, (case.id, want)
            elif want.date not in (PUB, EMPTY, UNSCORED):
                datetime.date.fromisoformat(want.date)
            if case.published is None and not want.optional and want.date not in (EMPTY, UNSCORED):
                assert isinstance(want.date, str) and want.date[:4].isdigit(), (case.id, want)


def article_params(articles, xfail):
    """One pytest param per article and check, the known failures marked xfail(strict)."""
    for case in articles:
        for check in CHECKS:
            test_id = f"{case.id}-{check}"
            marks = [pytest.mark.xfail(strict=True, reason=xfail[test_id])] if test_id in xfail else []
            yield pytest.param(case, check, id=test_id, marks=marks)


def check_article(case: Case, check: str) -> None:
    """One scorer-like check of one article: found, claimant, date or extra."""
    rows = rows_of(case)
    pairs, extra = match(case, rows)
    required = [(wi, w) for wi, w in enumerate(case.wants) if not w.optional]
    if check == "found":
        missing = [describe(w) for wi, w in required if wi not in pairs]
        assert not missing, "not found:\n  " + "\n  ".join(missing) + "\nall claims:\n" + show(rows)
    elif check == "claimant":
        wrong = [f"{describe(w)} -> claimant={rows[pairs[wi]].get(S.CLAIMANT)!r} "
                 f"via={rows[pairs[wi]].get(S.CLAIMANT_VIA)!r}"
                 for wi, w in required if wi in pairs and not claimant_ok(w, rows[pairs[wi]])]
        assert not wrong, "wrong claimant:\n  " + "\n  ".join(wrong) + "\nall claims:\n" + show(rows)
    elif check == "date":
        wrong = [f"{describe(w)} -> claim_date={rows[pairs[wi]].get(S.CLAIM_DATE)!r}"
                 for wi, w in required if wi in pairs and date_ok(w, rows[pairs[wi]], case.published) is False]
        assert not wrong, "wrong date:\n  " + "\n  ".join(wrong) + "\nall claims:\n" + show(rows)
    else:
        assert not extra, "extra rows:\n" + show([rows[ri] for ri in extra]) + "\nall claims:\n" + show(rows)


@pytest.mark.parametrize("case, check", list(article_params(ARTICLES, XFAIL)))
def test_article(case: Case, check: str) -> None:
    check_article(case, check)


def test_articles_are_whole_articles() -> None:
    """The cases stay what this module claims: 25-35 articles, 1-3 KB, unique ids."""
    assert 25 <= len(ARTICLES) <= 35
    assert len({c.id for c in ARTICLES}) == len(ARTICLES)
    for case in ARTICLES:
        assert 1000 <= len(case.text.encode()) <= 3000, (case.id, len(case.text.encode()))


# --------------------------------------------------------------------------------------------
# Eval-style totals: python -m tests.test_extract_articles
# --------------------------------------------------------------------------------------------

def summary(articles=None) -> dict:
    """Eval-style totals over a list of article cases (this module's by default)."""
    tally = dict(required=0, found=0, claimant=0, claimant_scorer=0, date=0, date_scored=0, strict=0, restated=0,
                 qualifier=0, extra=0, rows=0)
    qclass = {"exact": "exact", "at_least": "lower", "more_than": "lower", "at_most": "upper",
              "less_than": "upper", "nearly": "upper", "about": "about", "range": "range", "vague": "vague"}
    for case in ARTICLES if articles is None else articles:
        rows = rows_of(case)
        pairs, extra = match(case, rows)
        tally["rows"] += len(rows)
        tally["extra"] += len(extra)
        for wi, want in enumerate(case.wants):
            if want.optional:
                continue
            tally["required"] += 1
            if wi not in pairs:
                continue
            row = rows[pairs[wi]]
            tally["found"] += 1
            c_ok = claimant_ok(want, row)
            d_ok = date_ok(want, row, case.published)
            tally["claimant"] += c_ok
            tally["claimant_scorer"] += scorer_claimant_ok(want, row)
            tally["date_scored"] += d_ok is not None
            tally["date"] += bool(d_ok)
            tally["strict"] += c_ok and d_ok is not False
            tally["restated"] += bool(row.get(S.RESTATED)) == want.restated
            got_q = qclass.get(row.get(S.QUALIFIER), "?")
            tally["qualifier"] += got_q == qclass[want.qualifier] or (want.qualifier == "nearly" and got_q == "about")
    return tally


def print_summary(articles) -> None:
    t = summary(articles)
    print(f"articles: {len(articles)}")
    print(f"required claims found: {t['found']}/{t['required']}")
    print(f"  of those, claimant right: {t['claimant']}/{t['found']}; date right: {t['date']}/{t['date_scored']} scored;"
          f" claimant and date right (strict): {t['strict']}/{t['found']}")
    print(f"  claimant right by eval/score.py's stricter rule (listed aliases only): {t['claimant_scorer']}/{t['found']}")
    print(f"  restated right: {t['restated']}/{t['found']}; qualifier class right: {t['qualifier']}/{t['found']}")
    print(f"rows: {t['rows']}, extra (unmatched or duplicate): {t['extra']}")


if __name__ == "__main__":
    print_summary(ARTICLES)
