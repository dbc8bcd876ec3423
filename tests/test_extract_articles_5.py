"""A fifth held-out check of how the extractor generalises to WHOLE articles (CLAIMS.md,
eval/ANNOTATION.md), with 30 new invented articles on ground the first four sets barely touch:
none is on Ukraine, Russia or North Korea and one on Israel and Lebanon; the rest cover
Myanmar's civil war, Sudan (El Fasher), South Sudan, Somalia, Mozambique's Cabo Delgado,
Cameroon's anglophone crisis, Burkina Faso, Iran's protests, Yemen's cholera, Ecuador's prisons,
Peru's protests, Venezuela, Mexico's migrants, a US mass shooting, and disasters and accidents
(an ammunition-depot blast in Chad, the Derna floods and dam burst, earthquakes in Afghanistan
and, a year on, Turkey and Syria, Pakistan's monsoon, a train collision and a stampede in India,
Bangladesh's uprising, a landslide in Nepal, a Philippine storm, an Indonesian eruption, a
European heatwave, a ferry on Lake Kivu, a coal-mine fire and a hotel fire).
The outlet styles vary widely: wire copy with datelines, live blogs with timestamps and a "Key
points" box, UN and NGO press-release summaries, local-paper prose, state-media communiques,
analysis pieces restating old figures with their dates, short briefs, a Q&A explainer ("How many
people have died?"), aggregator rewrites with page furniture (a repeated headline, bylines, "Read
more", photo captions, share bars) and translated text in slightly unusual English.
Figures come hedged every way, as words ("Twenty-six", "two dozen", "nearly a thousand"), ranges
and vague amounts ("dozens", "scores", "hundreds", "thousands", "tens of thousands"); as compound
statements and totals ("casualties", "killing or wounding"); as missing and captured (kidnapped,
taken hostage) counts; as tolls that rose from an earlier figure, projections ("could exceed",
"may have", "we fear that all 57 have died"), and figures relayed "citing" or "quoted by" someone;
beside many non-claim numbers (deployments, money, ages, years, percentages, distances, houses,
people displaced, evacuated, affected, rescued or arrested), some equal to a claim's figure.

Same four scorer-like checks per article as the first four sets (`<article>-<check>`): found,
claimant, date, extra. The matching helpers are imported from the first module; the cases, the
XFAIL dict and the totals are this module's own. A failing check whose expectation is right per
the contract is kept and marked `xfail(strict=True)` in XFAIL below, with what the extractor
produced. Run this module directly (`.venv/bin/python -m tests.test_extract_articles_5`) for
eval-style totals.
"""
from __future__ import annotations

import pytest

from tests.test_extract_articles import (EMPTY, UNSCORED, article_collector, article_params, Case,
                                         check_article, check_wants_well_formed, check_whole_articles, month,
                                         opt, print_summary, req, rng, vague)

ARTICLES: list[Case] = []
article = article_collector(ARTICLES)


# --------------------------------------------------------------------------------------------
# Africa: Sudan, South Sudan, Somalia, Mozambique, Cameroon, Burkina Faso, Chad, Libya, Congo
# --------------------------------------------------------------------------------------------

article("sudan-el-fasher-market-siege", "2024-12-16", "Darfur Desk", """
RSF shelling of El Fasher livestock market kills 31, doctors say

PORT SUDAN, Dec 16 (Darfur Desk) - Shelling by the paramilitary Rapid Support Forces on the main livestock market in El Fasher killed 31 people and injured 46 on Sunday, the Sudan Doctors Network said on Monday, as the RSF pressed its seven-month siege of the North Darfur capital.
The medical group said nine women were among the dead and that the wounded had been taken to the Saudi Hospital, the last partly functioning hospital in the city, which it said had run out of blood bags and anaesthetic.
El Fasher's emergency response room, a volunteer network, put the toll at "more than 40", adding that several bodies could not be reached because of continued shelling.
The RSF, which did not comment on the market attack, said in a statement on Saturday that its fighters had killed "hundreds" of soldiers and allied Joint Force fighters on the city's eastern front and had captured 37 of them.
The Joint Force of armed movements, which fights alongside the army, said it had repelled the assault, killing or wounding more than 150 RSF fighters, and that 12 of its own fighters had died.
About 1.8 million people, many of them displaced from elsewhere in Darfur, are estimated to be in and around the city. The U.N. human rights office said in a report in September that at least 782 civilians had been killed in El Fasher since the siege began in May.
Famine has been confirmed in the nearby Zamzam camp, where some 500,000 people live. The World Food Programme said it had reached 70,000 people there this month.
The war between the army and the RSF, now in its 20th month, has killed tens of thousands of people, according to U.N. estimates, and forced more than 12 million from their homes.
""", [
    req("killed", 31, "exact", "Sudan Doctors Network", "2024-12-16"),
    req("injured", 46, "exact", "Sudan Doctors Network", "2024-12-16"),
    opt("killed", 9, note="breakdown: women"),
    req("killed", 40, "more_than", "emergency response room", aliases=("El Fasher's emergency response room",)),
    vague("killed", 3, 9, "emergency response room", UNSCORED, optional=True,
          note="'several bodies could not be reached': no magnitude"),
    vague("killed", 200, 999, "Rapid Support Forces", "2024-12-14", aliases=("RSF",)),
    req("captured", 37, "exact", "Rapid Support Forces", "2024-12-14", aliases=("RSF",)),
    req("total", 150, "more_than", "Joint Force", aliases=("Joint Force of armed movements",)),
    req("killed", 12, "exact", "Joint Force", aliases=("Joint Force of armed movements",)),
    req("killed", 782, "at_least", "UN Human Rights Office", month("2024-09"), restated=True,
        aliases=("U.N. human rights office",)),
    vague("killed", 20000, 99999, "United Nations", aliases=("U.N.", "U.N. estimates")),
])

article("south-sudan-nasir-garrison", "2025-03-10", "Juba Eye", """
Nasir fighting: minister says 'dozens' of soldiers killed; UN helicopter crew member dies in attack

JUBA (Juba Eye) - South Sudan's information minister, Peter Garang Deng, said at the weekend that armed youth of the so-called White Army had killed "dozens" of soldiers when they overran the army garrison in Nasir, Upper Nile State, on 4 March. He accused the opposition SPLM-IO of backing the attack, which the party denies.
On Friday, a UN helicopter sent to evacuate soldiers from Nasir came under fire. One crew member was killed and two others were seriously injured, the UN Mission in South Sudan (UNMISS) said. It said a South Sudanese army general and 27 soldiers who were waiting to be evacuated were also killed in the attack.
Nasir county commissioner Gatwech Koang told local radio that "more than 70 people, soldiers and civilians" had died in two days of fighting, and that about 120 wounded people had been brought to the county hospital, which Medecins Sans Frontieres supports.
MSF said its team in neighbouring Ulang had treated 46 people for gunshot wounds since the fighting began, including 9 children.
The army's deputy spokesman, Col. Santo Domic, said the army had suffered "casualties" but that its forces had "strategically withdrawn" from the garrison. He did not give a number.
The clashes have displaced about 50,000 people in Nasir and Ulang counties, the UN humanitarian office OCHA said on Thursday. Two SPLM-IO ministers and the deputy army chief, an SPLM-IO member, have been arrested in Juba.
Observers fear a return to the 2013-2018 civil war, which killed an estimated 400,000 people.
""", [
    vague("killed", 24, 99, "Peter Garang Deng", ("2025-03-08", "2025-03-09"), aliases=("information minister",)),
    opt("killed", 1, claimant="UNMISS", note="single digit"),
    opt("injured", 2, claimant="UNMISS", note="single digit"),
    req("killed", 27, "exact", "UNMISS", ("2025-03-07", "2025-03-10"), alt=(28,),
        aliases=("UN Mission in South Sudan", "United Nations")),
    req("killed", 70, "more_than", "Gatwech Koang", aliases=("county commissioner", "Nasir county commissioner")),
    req("injured", 120, "about", "Gatwech Koang", aliases=("county commissioner", "Nasir county commissioner")),
    req("injured", 46, "exact", "Doctors Without Borders", aliases=("MSF", "Medecins Sans Frontieres")),
    opt("injured", 9, note="breakdown: children"),
    opt("killed", 400000, "about", note="historical: the 2013-2018 civil war"),
])

SOMALIA_MOH = ("Ministry of Health", "Somalia's Ministry of Health", "Somalia Ministry of Health", "SONNA",
               "state news agency")

article("mogadishu-lido-beach-bombing", "2024-08-04", "Horn Daily Online", """
Mogadishu beach attack: death toll rises to 37, 212 wounded
Mogadishu beach attack: death toll rises to 37, 212 wounded
By Staff Reporter | Horn Daily Online | August 4, 2024 | 3 min read
The number of people killed in Friday night's suicide bombing and gun attack on Lido beach in Mogadishu has risen to 37, Somalia's state news agency SONNA reported on Saturday, citing the Ministry of Health. The agency said 212 people had been wounded, 11 of them critically, bringing total casualties to 249.
Police spokesman Abdifatah Aden Hassan told reporters on Friday night that 32 people had died and that security forces had killed three of the attackers and captured a fourth. A fifth attacker blew himself up at the entrance to a beachfront restaurant.
Read more: Al-Shabaab claims string of attacks in Mogadishu
Al-Shabaab claimed the attack on its Andalus radio, saying its fighters had killed "more than 50 people", whom it described as government officials and soldiers.
Photo caption: Relatives wait outside Madina hospital on Saturday. (Horn Daily Online)
Aamin Ambulance, a free ambulance service, said it had carried more than 60 wounded people to hospitals on Friday night and had collected 15 bodies from the beach.
The attack was the deadliest in Mogadishu since October 2022, when twin car bombs at the education ministry killed at least 121 people and wounded 333, according to the government at the time.
African Union forces, about 12,000 strong, are due to hand over security to the Somali army by the end of the year.
Subscribe to our newsletter for daily Horn of Africa news.
Share this: Facebook | X | WhatsApp
""", [
    req("killed", 37, "exact", "Ministry of Health", "2024-08-03", aliases=SOMALIA_MOH),
    req("injured", 212, "exact", "SONNA", aliases=SOMALIA_MOH),
    req("total", 249, "exact", "SONNA", aliases=SOMALIA_MOH),
    opt("injured", 11, note="critical: a subset"),
    req("killed", 32, "exact", "Abdifatah Aden Hassan", "2024-08-02", restated=True,
        aliases=("police", "Police spokesman")),
    opt("killed", 3, claimant="Abdifatah Aden Hassan", note="single digit: attackers"),
    req("killed", 50, "more_than", "al-Shabaab", aliases=("Andalus radio",)),
    req("injured", 60, "more_than", "Aamin Ambulance", ("2024-08-02", "2024-08-04")),
    req("killed", 15, "exact", "Aamin Ambulance", ("2024-08-02", "2024-08-04")),
    opt("killed", 121, "at_least", note="a past attack (2022)"),
    opt("injured", 333, note="a past attack (2022)"),
])

article("cabo-delgado-macomia-raid", "2024-05-14", "Pemba Journal", """
Cabo Delgado: FDS killed "more than 70 terrorists" in the recovery of Macomia, says Commander-General

PEMBA - The Defence and Security Forces (FDS) killed "more than 70 terrorists" during the operation to retake the town of Macomia, the Commander-General of the Police of the Republic of Mozambique, Bernardino Rafael, informed on Monday, in declarations to Radio Mozambique.
According to the Commander-General, on the side of the forces "we lost four of our members and we have eight wounded", who are receiving assistance at the military hospital of Pemba.
The insurgents, in a number of about one hundred, had entered Macomia on Friday, pillaging the shops and the warehouses of the humanitarian organisations, from where they took food and medicines.
Residents who fled to the bush said to the Pemba Journal that at least 11 civilians lost their lives in the town, among them a teacher and a nurse, and that the insurgents kidnapped about two dozen youths to carry the looted goods.
The humanitarian agencies estimate that more than 580,000 people continue displaced in the province. The International Organization for Migration counted 3,600 persons who fled Macomia only in the last week.
Since the beginning of the insurgency, in October 2017, the conflict in Cabo Delgado has already made more than 6,200 dead, of which about 2,100 civilians, according to the data of the ACLED project.
The Rwandan forces, with about 2,500 soldiers in the province, and the SAMIM mission of the Southern African countries, which is withdrawing until July, support the FDS in the fight against the insurgents.
""", [
    req("killed", 70, "more_than", "Bernardino Rafael", "2024-05-13",
        aliases=("Commander-General", "Commander-General of the Police")),
    opt("killed", 4, claimant="Bernardino Rafael", note="single digit"),
    opt("injured", 8, claimant="Bernardino Rafael", note="single digit"),
    req("killed", 11, "at_least", "residents", aliases=("Pemba Journal",)),
    req("captured", 24, "about", "residents", aliases=("Pemba Journal",)),
    req("killed", 6200, "more_than", "ACLED"),
    opt("killed", 2100, "about", claimant="ACLED", note="breakdown: civilians"),
])

article("cameroon-egbekaw-night-raid", "2023-11-09", "Anglophone Monitor", """
Cameroon: at least 20 villagers killed in night raid in South-West region, HRW says

YAOUNDE, 9 November 2023 (Anglophone Monitor) - Armed men killed at least 20 people, among them six women and a baby, and burned 30 houses in an attack on the village of Egbekaw in Cameroon's South-West region on Monday night, Human Rights Watch said in a statement on Wednesday, citing witnesses and a local health worker.
The government spokesman, Communication Minister Jean-Paul Mbarga, said in a statement read on state radio on Tuesday that "terrorists" had killed "about 25 innocent civilians" and injured several others, and that the army had neutralised four of the attackers.
A separatist group, the Ambazonia Defence Forces, denied involvement and accused the army's Rapid Intervention Battalion of carrying out the killings. It said soldiers had killed "as many as 40" civilians in the Manyu division since October.
Key facts from the HRW statement:
- at least 20 killed, including 6 women
- 30 houses burned
- 2 people abducted, still missing
- over 600,000 people displaced by the crisis since 2017 (OCHA figures)
The International Crisis Group has estimated that more than 6,000 people have been killed since the conflict between the army and separatists in the two English-speaking regions began in 2017.
HRW's Central Africa director called for "an independent and credible investigation". Teachers' unions say more than 700,000 children were out of school at the height of the crisis.
""", [
    req("killed", 20, "at_least", "Human Rights Watch", "2023-11-08", aliases=("HRW",)),
    opt("killed", 6, note="breakdown: women"),
    req("killed", 25, "about", "Jean-Paul Mbarga", "2023-11-07",
        aliases=("Communication Minister", "government spokesman")),
    vague("injured", 3, 9, "Jean-Paul Mbarga", UNSCORED, optional=True, note="'several others': no magnitude"),
    opt("killed", 4, claimant="Jean-Paul Mbarga", alt_categories=("total",), note="single digit: 'neutralised'"),
    req("killed", 40, "at_most", "Ambazonia Defence Forces"),
    opt("captured", 2, claimant="Human Rights Watch", alt_categories=("missing",), note="single digit"),
    req("killed", 6000, "more_than", "International Crisis Group", aliases=("Crisis Group",)),
])

article("burkina-djibo-camp-attack", None, "Sahel Express", """
Burkina Faso: JNIM claims attack on Djibo, residents speak of more than 100 civilians killed

OUAGADOUGOU - Hundreds of jihadist fighters attacked several military positions and the camp for displaced people in the town of Djibo, in the Soum province, on Sunday morning, according to security sources and residents reached by Sahel Express.
The Al-Qaeda-affiliated Group for the Support of Islam and Muslims (JNIM) claimed the attack on Monday in a message on its propaganda channels, saying it had killed "140 soldiers and militiamen" and captured "dozens of others".
A security source in Ouagadougou, speaking on condition of anonymity, said that about 50 soldiers and members of the Volunteers for the Defence of the Homeland (VDP) were killed, and that the army had "neutralised several hundred terrorists" during the counter-attack.
In a communique on Tuesday, the government spokesman did not give a toll but said the attack had been "vigorously repelled".
Residents of Djibo told Sahel Express that more than 100 civilians had been killed, many of them in the camp for displaced people in Sector 4, and that the medical centre was overwhelmed. "We buried 62 people in one day," said a local imam.
Djibo, which hosts around 300,000 people, most of them displaced, has been under blockade by the jihadists since 2022 and is supplied only by air.
In August 2024, a JNIM attack on the town of Barsalogho killed between 200 and 400 people, according to estimates by security sources and the United Nations at the time.
The junta led by Captain Ibrahim Traore, who took power in September 2022, has promised to reconquer the territory, about 40% of which is outside state control.
""", [
    req("killed", 140, "exact", "JNIM", EMPTY, aliases=("Group for the Support of Islam and Muslims",)),
    vague("captured", 24, 99, "JNIM", EMPTY, aliases=("Group for the Support of Islam and Muslims",)),
    req("killed", 50, "about", "security source", EMPTY),
    vague("killed", 200, 999, "security source", EMPTY, optional=True, alt_categories=("total",),
          note="'neutralised': unsure killed"),
    req("killed", 100, "more_than", "residents", EMPTY, aliases=("Sahel Express",)),
    opt("killed", 62, claimant="local imam",
        note="one day's burials: a subset (as set 4's Edhi '135 ... on Tuesday alone')"),
    # "In August 2024 ... at the time": a month, but an undated article's required dates must be days.
    rng("killed", 200, 400, "United Nations", UNSCORED, restated=True, aliases=("security sources", "UN")),
])

CHAD_MOH = ("Mahamat Saleh Youssouf", "Minister of Public Health", "Ministry of Public Health",
            "Chad Ministry of Public Health")
CHAD_GOV = ("Hassan Mahamat Abakar", "Government spokesperson", "Minister of Communication", "Government")

article("chad-goudji-depot-blast", "2024-06-20", "N'Djamena Presse", """
Explosions at the Goudji ammunition depot: the Government announces a new toll of 14 dead and 61 injured

N'DJAMENA - The toll of the explosions at the ammunition depot of the Goudji military camp, in the 8th arrondissement of N'Djamena, has risen to 14 dead and 61 injured, the Minister of Public Health and National Solidarity, Dr Mahamat Saleh Youssouf, announced on Thursday morning during a visit to the General Reference National Hospital.
On Wednesday evening, the Government spokesperson, Minister of Communication Hassan Mahamat Abakar, had announced a provisional toll of 9 dead and 46 injured, in a communique read on national television.
According to the Minister of Public Health, nearly 500 persons were received in the health facilities of the capital for shock, burns and light injuries, of whom 28 remain hospitalised.
The Chief of Staff of the Armies indicated that the fire, which broke out on Tuesday evening around 22 hours, was caused by a short circuit, and that 1,800 tonnes of ammunition were stored on the site. More than 3,000 residents of the neighbouring quarters were evacuated during the night.
Unofficial sources relayed on social networks had spoken of more than 30 dead. The Government called on the population to rely only on official communications.
The President of the Transition decreed three days of national mourning and ordered free medical care for all the victims, as well as an envelope of 2 billion CFA francs for the rehousing of the families sinistered.
N'Djamena Presse - Information, always.
""", [
    req("killed", 14, "exact", "Mahamat Saleh Youssouf", "2024-06-20", aliases=CHAD_MOH),
    req("injured", 61, "exact", "Mahamat Saleh Youssouf", "2024-06-20", aliases=CHAD_MOH),
    opt("killed", 9, claimant="Hassan Mahamat Abakar", note="single digit: the provisional toll"),
    req("injured", 46, "exact", "Hassan Mahamat Abakar", "2024-06-19", restated=True, aliases=CHAD_GOV),
    opt("injured", 500, "nearly", claimant="Mahamat Saleh Youssouf",
        note="received for shock, burns and light injuries: unsure it is an injured count"),
    opt("injured", 28, note="still hospitalised: a subset"),
    req("killed", 30, "more_than", "unofficial sources", UNSCORED, restated=True,
        aliases=("social networks", "N'Djamena Presse")),
])

article("libya-derna-explainer", "2023-09-15", "The Daily Explainer", """
Libya floods: How many people have died in Derna, and why do the numbers differ?

What happened?
Storm Daniel hit eastern Libya on Sunday, dumping more than 400 mm of rain in 24 hours on areas that usually get a fraction of that in a year. Early on Monday two ageing dams above the city of Derna burst, sending a wall of water through a city of about 100,000 people.
How many people have died?
The figures vary widely. The health minister of the eastern administration, Othman Abduljalil, said on Thursday that 3,240 bodies had been buried, most of them in mass graves.
The Libyan Red Crescent said on Wednesday that 11,500 people had died and 9,800 were missing in Derna, but later said it had not issued those figures.
The UN humanitarian office OCHA, which had cited the Red Crescent numbers, revised its death toll on Friday to 3,950.
The mayor of Derna, Abdulmenam al-Ghaithi, told Al Arabiya that the toll could reach between 18,000 and 21,000, based on the number of districts that were swept away.
How many are missing?
Nobody knows. The eastern administration's interior ministry said "thousands" remained missing, many of them believed washed out to sea.
Why do the numbers differ?
Libya has two rival governments, and officials in the east and in Tripoli have given different counts. Many bodies were buried before they were registered.
What about the rest of eastern Libya?
Outside Derna, the Ambulance and Emergency Centre in Benghazi said about 170 people had died in towns including Bayda, Shahat and Susa.
What help is arriving?
Rescue teams from Egypt, Turkey, the United Arab Emirates and Italy have arrived. The International Organization for Migration says at least 38,000 people have been displaced in the northeast.
""", [
    req("killed", 3240, "exact", "Othman Abduljalil", "2023-09-14", aliases=("health minister",)),
    req("killed", 11500, "exact", "Libyan Red Crescent", "2023-09-13", aliases=("Red Crescent",)),
    req("missing", 9800, "exact", "Libyan Red Crescent", "2023-09-13", aliases=("Red Crescent",)),
    req("killed", 3950, "exact", "UN OCHA", "2023-09-15", aliases=("UN humanitarian office",)),
    rng("killed", 18000, 21000, "Abdulmenam al-Ghaithi", modality="projected",
        aliases=("mayor of Derna", "Al Arabiya")),
    vague("missing", 2000, 9999, "interior ministry", aliases=("eastern administration's interior ministry",)),
    req("killed", 170, "about", "Ambulance and Emergency Centre"),
])

article("lake-kivu-boat-capsize", "2026-02-12", "AfriNews Hub", """
Lake Kivu: at least 81 dead after overloaded boat capsizes near Goma
Lake Kivu: at least 81 dead after overloaded boat capsizes near Goma
AfriNews Hub | Africa | Feb 12, 2026 | By AfriNews Hub Staff
An overloaded passenger boat capsized on Lake Kivu in eastern Democratic Republic of Congo on Wednesday morning, killing at least 81 people, the governor of South Kivu province, Jean-Pierre Bahati, said on Wednesday evening.
The boat, the MV Kalehe Star, was carrying "more than 300 passengers" from Minova to Goma, although it was licensed to carry 120, the governor said. He blamed the captain for overloading and for leaving port in bad weather.
Photo: Relatives wait for news at the port of Goma on Wednesday. (AfriNews Hub)
Red Cross volunteers said 58 people had been pulled alive from the water and taken to hospital in Goma, nine of them in critical condition.
Civil society groups in Minova estimated the number of missing at between 150 and 200, saying many passengers were women travelling to sell produce at Goma's markets.
Read more: Why boat accidents are so frequent on Congo's lakes
The M23 rebels, who have controlled Goma since January 2025, said in a statement that their divers had recovered 34 bodies and that the search would continue on Thursday.
In October 2024, a similar accident near the port of Kituku killed at least 78 people, according to the provincial authorities at the time.
Subscribe to AfriNews Hub for the latest news from across Africa.
Share this article: Facebook | X | WhatsApp | Email
""", [
    req("killed", 81, "at_least", "Jean-Pierre Bahati", "2026-02-11", aliases=("governor of South Kivu", "governor")),
    opt("injured", 9, claimant="Red Cross", note="single digit: critical"),
    rng("missing", 150, 200, "civil society", aliases=("Civil society groups in Minova",)),
    req("killed", 34, "exact", "M23", aliases=("M23 rebels",)),
    opt("killed", 78, "at_least", note="a past accident (2024)"),
])

# --------------------------------------------------------------------------------------------
# Asia: Myanmar, Afghanistan, Pakistan, India, Bangladesh, Nepal, the Philippines, Indonesia,
# Kazakhstan
# --------------------------------------------------------------------------------------------

NUG = ("National Unity Government", "NUG")

article("myanmar-sagaing-school-strike", "2025-05-13", "Golden Land Dispatch", """
Junta air strike on Sagaing village school kills 22, most of them children

(Golden Land Dispatch) - A Myanmar military jet bombed a school in Ohe Htein Twin village in Sagaing Region's Depayin Township on Monday morning, killing at least 22 people, 20 of them students, a local resistance official and the shadow National Unity Government (NUG) said.
The NUG's education ministry said in a statement on Tuesday that more than 100 people had been injured, many of them children aged between six and 16, and that two teachers were among the dead.
A member of the village's People's Defence Force, who asked not to be named for security reasons, told the Golden Land Dispatch that 24 bodies had been buried by Monday evening and that about 30 wounded children had been carried to clinics in neighbouring villages.
The junta's information team denied that the school had been targeted. In a statement carried by state-run MRTV, it said the air force had struck "a PDF training camp" and that "some terrorists" had been killed.
UNICEF said it was "horrified" by reports that students had been killed and called on all parties to protect schools.
The strike came despite a ceasefire the military declared after the magnitude 7.7 earthquake of March 28, which the military government said killed 3,740 people and injured 5,120, with 108 still missing.
Since the 2021 coup, air strikes have killed at least 1,900 civilians, according to the Burma Air Strike Monitor, a volunteer group that documents each attack. It counted 310 strikes on schools, clinics and monasteries in 2024 alone.
Read more: Why the junta keeps bombing during a ceasefire
""", [
    req("killed", 22, "at_least", "National Unity Government", aliases=NUG + ("resistance official",)),
    opt("killed", 20, note="breakdown: students"),
    req("injured", 100, "more_than", "National Unity Government", "2025-05-13", aliases=NUG + ("education ministry",)),
    opt("killed", 2, claimant="National Unity Government", note="single digit: teachers"),
    req("killed", 24, "exact", "People's Defence Force", aliases=("Golden Land Dispatch",)),
    opt("injured", 30, "about", claimant="People's Defence Force", note="wounded children: a subset"),
    req("killed", 3740, "exact", "Myanmar military government", UNSCORED, restated=True),
    req("injured", 5120, "exact", "Myanmar military government", UNSCORED, restated=True),
    req("missing", 108, "exact", "Myanmar military government", UNSCORED, restated=True),
    req("killed", 1900, "at_least", "Burma Air Strike Monitor"),
])

TALIBAN = ("Zabihullah Mujahid", "Mujahid", "Taliban government", "chief spokesman", "Taliban")

article("kunar-quake-taliban-toll", "2025-09-02", "Kabul Wire Service", """
Afghan quake toll passes 1,400 as rescuers dig through flattened villages

JALALABAD, Afghanistan, Sept 2 (Kabul Wire Service) - The death toll from the magnitude 6.0 earthquake in eastern Afghanistan has risen to 1,411, with 3,124 people injured, the Taliban government's chief spokesman Zabihullah Mujahid said on Tuesday, up from 812 dead on Monday.
Most of the dead were in Kunar province, where the quake destroyed more than 5,400 houses in mountain villages, Mujahid said in a post on X.
The U.N. humanitarian office OCHA said in its first situation report that hundreds of thousands of people may have been affected and that many remote villages in the Nurgal and Chawkay districts had not yet been reached.
A Kunar provincial official, Najibullah Hanif, told the news agency Pajhwok that "at least 200" people were still trapped under rubble in the village of Mazar Dara alone.
The International Federation of Red Cross and Red Crescent Societies (IFRC) warned that the death toll could exceed 2,000 as rescuers reach cut-off areas.
The World Health Organization said nearly a thousand injured people had been treated at the regional hospital in Jalalabad, where it has sent 10 tonnes of medical supplies. Helicopters have evacuated about 420 people from the worst-hit valleys.
The quake struck at a depth of 8 km (5 miles) at 11:47 p.m. on Sunday, 27 km northeast of Jalalabad, the U.S. Geological Survey said.
In October 2023, a series of earthquakes in Herat province killed about 1,500 people, according to the Taliban government's figures at the time.
The United Nations has released $5 million from its emergency fund.
""", [
    req("killed", 1411, "exact", "Zabihullah Mujahid", "2025-09-02", aliases=TALIBAN),
    req("injured", 3124, "exact", "Zabihullah Mujahid", "2025-09-02", aliases=TALIBAN),
    req("killed", 812, "exact", "Zabihullah Mujahid", "2025-09-01", restated=True, aliases=TALIBAN),
    opt("missing", 200, "at_least", claimant="Najibullah Hanif", note="'trapped under rubble': unsure it is missing"),
    req("killed", 2000, "more_than", "IFRC", modality="projected",
        aliases=("International Federation of Red Cross and Red Crescent Societies",)),
    req("injured", 1000, "nearly", "World Health Organization", aliases=("WHO",)),
    req("killed", 1500, "about", "Taliban government", month("2023-10"), restated=True, aliases=("Taliban",)),
])

NDMA = ("NDMA", "National Disaster Management Authority")

article("pakistan-monsoon-ndma-sitrep", "2025-08-28", "Indus Daily", """
Monsoon toll climbs to 804 as Punjab rivers swell

ISLAMABAD: The National Disaster Management Authority (NDMA) said on Thursday that 804 people had been killed and 1,088 injured in rain-related incidents across the country since June 26, up from 788 deaths reported a day earlier.
According to the NDMA's daily situation report, Khyber Pakhtunkhwa remained the worst-hit province with 469 deaths, followed by Punjab with 164.
In Punjab, rescuers have evacuated more than 210,000 people from villages along the Chenab, Ravi and Sutlej rivers after India released water from its dams.
The Provincial Disaster Management Authority's director general, Irfan Ali Kathia, told a news conference in Lahore on Wednesday that around 20 people had died in the province in the past 24 hours, most of them in roof collapses and electrocutions.
In Buner district, where a cloudburst on Aug 15 killed more than 200 people in a few hours, rescue officials said 36 people were still missing.
The NDMA chairman warned that the next spell of monsoon rains, expected from Sept 1, could cause further losses, and asked people to avoid travel to the northern areas.
Key numbers (NDMA, Aug 28):
- Deaths: 804
- Injured: 1,088
- Houses damaged: 9,300
- Livestock lost: 6,500
The 2022 floods, which put a third of the country under water, killed 1,739 people and affected 33 million, according to the NDMA.
""", [
    req("killed", 804, "exact", "Pakistan NDMA", "2025-08-28", aliases=NDMA),
    req("injured", 1088, "exact", "Pakistan NDMA", "2025-08-28", aliases=NDMA),
    req("killed", 788, "exact", "Pakistan NDMA", "2025-08-27", restated=True, aliases=NDMA),
    opt("killed", 469, note="breakdown: Khyber Pakhtunkhwa"),
    opt("killed", 164, note="breakdown: Punjab"),
    req("killed", 20, "about", "Provincial Disaster Management Authority", "2025-08-27",
        aliases=("PDMA", "Irfan Ali Kathia")),
    req("killed", 200, "more_than", "Indus Daily"),
    req("missing", 36, "exact", "rescue officials"),
    opt("killed", 1739, claimant="Pakistan NDMA", note="a past disaster (2022)"),
])

RAO = ("K. Srinivas Rao", "Srinivas Rao", "railway official", "divisional railway manager")

article("andhra-train-collision", "2023-10-31", "Deccan Wire", """
Andhra Pradesh train collision: toll rises to 13, 50 injured

VISAKHAPATNAM, Oct 31 (Deccan Wire) - The death toll from the collision of two passenger trains in Andhra Pradesh's Srikakulam district rose to 13 on Tuesday, a senior railway official said, as cranes lifted the last of three derailed coaches from the track.
"Thirteen bodies have been recovered and 11 of them have been identified," said K. Srinivas Rao, divisional railway manager of the Waltair division. Fifty passengers were injured, 18 of them seriously, he said.
Police had put the toll at 11 on Monday.
The state's health minister told reporters that 29 injured passengers were still being treated in hospitals in Srikakulam and Visakhapatnam.
The Railway Ministry announced ex gratia payments of 1 million rupees ($12,000) to the families of the dead and 200,000 rupees to the seriously injured.
An initial inquiry found that the driver of the Rayagada passenger train had overshot a red signal; he and his assistant were among those killed, the ministry said.
The accident came five months after India's worst rail disaster in decades, the triple-train collision near Balasore in Odisha in June, which killed 293 people and injured more than 1,100, according to official figures.
Indian Railways runs more than 13,000 passenger trains a day carrying about 23 million people.
""", [
    req("killed", 13, "exact", "K. Srinivas Rao", "2023-10-31", aliases=RAO),
    req("injured", 50, "exact", "K. Srinivas Rao", aliases=RAO),
    opt("injured", 18, note="seriously: a subset"),
    req("killed", 11, "exact", "police", "2023-10-30", restated=True),
    opt("injured", 29, claimant="health minister", note="still in hospital: a subset"),
    opt("killed", 293, note="a past collision (June 2023)"),
    opt("injured", 1100, "more_than", note="a past collision (June 2023)"),
])

article("kasganj-satsang-stampede-brief", "2024-07-03", "North India Briefs", """
BRIEF - Uttar Pradesh: 116 dead in stampede at religious gathering

LUCKNOW (North India Briefs) - At least 116 people, most of them women and children, were crushed to death in a stampede at a crowded religious congregation in Kasganj district on Tuesday afternoon, Uttar Pradesh's chief secretary, Alok Verma, said late on Tuesday. Another 28 people were injured.
Organisers had permission for 80,000 people, but about 250,000 turned up to hear the preacher, police said. The stampede began when the crowd rushed to touch the preacher's feet as he left the venue. Hospitals in Kasganj and neighbouring Etah were overwhelmed, and bodies were laid out on blocks of ice outside the district hospital overnight.
Earlier, the Relief Commissioner's office had put the toll at 87 at 7 p.m.
The state government announced compensation of 200,000 rupees for the family of each person killed and 50,000 rupees for each of the injured, and ordered an inquiry to report within 24 hours.
- North India Briefs: the day's news from the Hindi belt, in brief. Updated 8:15 a.m.
""", [
    req("killed", 116, "at_least", "Alok Verma", "2024-07-02", aliases=("chief secretary",)),
    req("injured", 28, "exact", "Alok Verma", aliases=("chief secretary", "North India Briefs")),
    req("killed", 87, "exact", "Relief Commissioner's office", UNSCORED, restated=True,
        aliases=("Relief Commissioner",)),
])

article("dhaka-uprising-liveblog", "2024-08-05", "South Asia Live", """
Bangladesh live: Hasina resigns and leaves country as protesters storm her residence

Key points
- Prime Minister Sheikh Hasina has resigned and left the country, the army chief says
- At least 56 people killed in clashes across the country today, according to police and hospital officials
- Death toll since the protests began in July is now at least 440, according to a tally by the newspaper Prothom Alo
Live | Updated 19:30 Dhaka time
19:30 - Dhaka Medical College Hospital says it has received 23 bodies since noon, most with gunshot wounds. A doctor there, who asked not to be named, said "more than 300" injured people had been brought in.
17:45 - Army chief General Waker-Uz-Zaman says in a televised address that Hasina has resigned and that an interim government will be formed. He asks protesters to go home and promises an investigation into "every killing".
15:10 - At least 15 police officers were killed when a crowd attacked a police station in Sirajganj's Enayetpur, the police headquarters said.
12:20 - Tens of thousands of people are marching towards the capital in defiance of a curfew. Witnesses say scores of people have been injured in clashes in Jatrabari. Mobile internet remains shut down.
09:05 - Catch up: Sunday was the deadliest day of the protests so far, with at least 101 people killed, including 14 police officers, according to Prothom Alo.
08:00 - Good morning and welcome to our live coverage of the crisis in Bangladesh.
Refresh this page for the latest updates.
""", [
    req("killed", 56, "at_least", "police", aliases=("hospital officials",)),
    req("killed", 440, "at_least", "Prothom Alo"),
    req("killed", 23, "exact", "Dhaka Medical College Hospital"),
    req("injured", 300, "more_than", "doctor", aliases=("Dhaka Medical College Hospital",)),
    req("killed", 15, "at_least", "police headquarters"),
    vague("injured", 40, 99, "witnesses"),
    req("killed", 101, "at_least", "Prothom Alo", restated=True),
    opt("killed", 14, claimant="Prothom Alo", note="breakdown: police officers"),
])

article("nepal-trishuli-bus-landslide", "2024-07-13", "Kathmandu Courier", """
Fifty-seven missing as landslide sweeps two buses into Trishuli river

CHITWAN - Fifty-seven people are missing after a landslide swept two passenger buses off the Narayangadh-Mugling highway and into the swollen Trishuli river early on Friday, the District Police Office in Chitwan said.
Three passengers jumped from one of the buses before it plunged into the river and swam to safety, police said. The two buses, one bound for Kathmandu and the other for Gaur, had stopped at Majhimtar because of rain when the hillside gave way at about 3:30 a.m.
Chief District Officer Raju Adhikari said on Saturday that the search, involving more than 500 personnel from the Nepal Army, Nepal Police and Armed Police Force, had found no trace of the buses in the muddy water. "We fear that all 57 have died," he said.
The bodies of four passengers were found downstream in the Narayani river near Gaidakot on Saturday afternoon, police said.
Separately, the National Disaster Risk Reduction and Management Authority (NDRRMA) said 38 people had been killed, 21 were missing and 72 had been injured in floods and landslides across the country since the start of the monsoon on June 13.
A landslide in Gorkha district killed a family of three on Friday night, police said.
The monsoon usually lasts until late September. The highway is the main link between Kathmandu and the southern plains, and 12 sections of it have been blocked by landslides this week.
""", [
    req("missing", 57, "exact", "District Police Office", aliases=("Chitwan District Police Office", "police")),
    req("killed", 57, "exact", "Raju Adhikari", "2024-07-13", modality="projected",
        aliases=("Chief District Officer",)),
    opt("killed", 4, claimant="police", note="single digit: bodies found"),
    req("killed", 38, "exact", "NDRRMA", aliases=("National Disaster Risk Reduction and Management Authority",)),
    req("missing", 21, "exact", "NDRRMA", aliases=("National Disaster Risk Reduction and Management Authority",)),
    req("injured", 72, "exact", "NDRRMA", aliases=("National Disaster Risk Reduction and Management Authority",)),
    opt("killed", 3, claimant="police", note="single digit: a family"),
])

NDRRMC = ("NDRRMC", "National Disaster Risk Reduction and Management Council")
TALISAY = ("municipal disaster risk reduction office", "municipal disaster office")

article("luzon-storm-ndrrmc-toll", "2024-10-27", "Republic News Agency", """
NDRRMC: Kiko death toll climbs to 116; 39 still missing

MANILA - The death toll from Severe Tropical Storm Kiko has climbed to 116 from 85 on Friday, the National Disaster Risk Reduction and Management Council (NDRRMC) reported on Sunday.
In its 8 a.m. situation report, the NDRRMC said 39 persons remain missing while 109 were injured. Of the reported deaths, 47 have been validated while the rest are still for validation.
The Bicol Region accounted for 62 of the deaths, followed by Calabarzon with 41.
The Office of Civil Defense (OCD) said a total of 7.4 million persons in 17 regions were affected, with 412,000 persons still staying in 6,300 evacuation centers.
Meanwhile, the Philippine National Police (PNP) said its personnel have rescued 2,180 individuals from flooded communities since Wednesday.
In Talisay, Batangas, where landslides buried houses along the shore of Taal Lake, the municipal disaster risk reduction office said around 20 bodies had been recovered and more than a dozen residents are still missing.
President Ferdinand R. Marcos Jr., who visited Batangas on Saturday, said the volume of rain brought by Kiko was "unprecedented" and ordered the release of PHP 5 billion in quick response funds.
Damage to agriculture has reached PHP 3.2 billion, according to the Department of Agriculture.
(RNA)
""", [
    req("killed", 116, "exact", "NDRRMC", "2024-10-27", aliases=NDRRMC),
    req("killed", 85, "exact", "NDRRMC", "2024-10-25", restated=True, aliases=NDRRMC),
    req("missing", 39, "exact", "NDRRMC", aliases=NDRRMC),
    req("injured", 109, "exact", "NDRRMC", aliases=NDRRMC),
    opt("killed", 47, note="validated: a subset"),
    opt("killed", 62, note="breakdown: Bicol"),
    opt("killed", 41, note="breakdown: Calabarzon"),
    req("killed", 20, "about", "municipal disaster risk reduction office", aliases=TALISAY),
    req("missing", 12, "more_than", "municipal disaster risk reduction office", aliases=TALISAY),
])

JAMBI_SAR = ("Jambi search and rescue office", "search and rescue office", "Abdul Malik")
BNPB = ("BNPB", "national disaster mitigation agency")

article("kerinci-eruption-climbers", "2023-12-05", "Nusantara Wire", """
Rescuers find more bodies on Indonesia's Mount Kerinci; eruption toll rises to 24

PADANG, Indonesia, Dec 5 (Nusantara Wire) - Rescuers recovered the bodies of 13 more climbers from the slopes of Mount Kerinci on Tuesday, bringing to 24 the number of people killed by Sunday's eruption, the local search and rescue office said, adding that nine climbers were still missing.
The head of the Jambi search and rescue office, Abdul Malik, said 52 of the 75 climbers registered on the mountain had been brought down alive, and that 11 of them were being treated in hospital for burns and broken bones.
The national disaster mitigation agency (BNPB) gave a slightly different toll, saying in a statement that 22 people had died and 12 were missing as of Tuesday morning.
The volcano, which rises 3,805 metres (12,484 feet) above sea level, spewed an ash column 3 km (1.9 miles) high on Sunday afternoon and has erupted more than 60 times since.
The Centre for Volcanology and Geological Hazard Mitigation said the alert level remained at the second-highest of four, and that people should stay at least 3 km from the crater.
The eruption is the deadliest in Indonesia since 2018, when an eruption of Anak Krakatau triggered a tsunami that killed more than 400 people.
Indonesia has 127 active volcanoes and sits on the Pacific "Ring of Fire".
""", [
    opt("killed", 13, note="an increment: 13 more bodies"),
    req("killed", 24, "exact", "Jambi search and rescue office", aliases=JAMBI_SAR),
    opt("missing", 9, claimant="Jambi search and rescue office", note="single digit"),
    req("injured", 11, "exact", "Abdul Malik", aliases=JAMBI_SAR),
    req("killed", 22, "exact", "Indonesia BNPB", "2023-12-05", aliases=BNPB),
    req("missing", 12, "exact", "Indonesia BNPB", "2023-12-05", aliases=BNPB),
    opt("killed", 400, "more_than", note="historical: the 2018 tsunami"),
])

EMERGENCIES = ("emergencies ministry", "Kazakhstan emergencies ministry", "Ministry of Emergency Situations")

article("karaganda-coal-mine-fire", "2023-10-29", "Steppe Wire", """
Kazakhstan mine fire kills at least 39; seven miners missing

ASTANA, Oct 29 (Steppe Wire) - A fire at a coal mine in central Kazakhstan's Karaganda region killed at least 39 miners on Saturday, the emergencies ministry said on Sunday, as rescuers searched for seven others still underground.
The blaze broke out after a methane explosion at a depth of about 400 metres (1,300 feet) at the Zhaksy mine, where 252 miners were working at the time, the ministry said. It said 206 miners had been evacuated, 18 of whom were taken to hospital with injuries.
The mine's operator, Karaganda Ugol, said in a statement on Saturday evening that 37 of its employees had been killed, and that it was "doing everything possible" to reach the missing.
Relatives who gathered outside the mine told reporters that dozens of men had been trapped for hours before the first rescue teams arrived.
President Kassym-Jomart Tokayev declared Sunday a day of national mourning and ordered the government to end its investment cooperation with the company's foreign owner.
It was the deadliest mining accident in the country's post-Soviet history. In November 2021, a methane blast at another of the company's mines killed 6 miners, and in August this year a fire killed 5.
The company employs some 15,000 miners at 8 mines in the region.
""", [
    req("killed", 39, "at_least", "emergencies ministry", "2023-10-29", aliases=EMERGENCIES),
    opt("missing", 7, claimant="emergencies ministry", note="single digit"),
    req("injured", 18, "exact", "emergencies ministry", aliases=EMERGENCIES),
    req("killed", 37, "exact", "Karaganda Ugol", "2023-10-28", aliases=("operator",)),
    vague("missing", 24, 99, "relatives", UNSCORED, optional=True, note="'trapped for hours': unsure it is missing"),
    opt("killed", 6, note="single digit: a past blast (2021)"),
    opt("killed", 5, note="single digit: a past fire"),
])

# --------------------------------------------------------------------------------------------
# The Middle East and Turkey: Iran, Yemen, Turkey and Syria, Lebanon
# --------------------------------------------------------------------------------------------

article("iran-protests-hrana-translated", None, "Iran Rights Bulletin", """
Report: at least 497 protesters killed in the nationwide protests, says rights news agency

[Translated from Persian]
According to the latest report of the human rights news agency HRANA, during the 82 days of the nationwide protests at least 497 protesters have been killed, among them 71 children and teenagers under 18 years, and 62 members of the security forces have also lost their lives.
This agency wrote that the number of arrested persons is estimated at 18,400 persons and the identity of 3,410 of the detainees has been confirmed.
The Oslo-based organisation Iran Human Rights (IHR) in its last statement announced the number of killed persons as "at least 476" and added that the real number is "certainly higher".
Previously, a commander of the Revolutionary Guards had said that "more than 300 persons" have been killed in "the recent events", which was the first official admission of the number of dead.
In the city of Zahedan, on 30 September, security forces opened fire on worshippers after the Friday prayer. Amnesty International said on 6 October that 82 persons including children were killed on that day.
Local sources in Baluchistan quoted by the Haalvsh website put the number of the dead of that day at "nearly one hundred".
The protests started after the death in custody of a 22-year-old woman who had been arrested by the morality police.
Iran Rights Bulletin - independent reporting from inside Iran.
""", [
    req("killed", 497, "at_least", "HRANA", EMPTY, aliases=("human rights news agency",)),
    opt("killed", 71, note="breakdown: children and teenagers"),
    req("killed", 62, "exact", "HRANA", EMPTY, aliases=("human rights news agency",)),
    req("killed", 476, "at_least", "Iran Human Rights", EMPTY, aliases=("IHR",)),
    req("killed", 300, "more_than", "Revolutionary Guards", UNSCORED, restated=True,
        aliases=("commander of the Revolutionary Guards",)),
    req("killed", 82, "exact", "Amnesty International", EMPTY),
    req("killed", 100, "nearly", "local sources", EMPTY, aliases=("Haalvsh", "Local sources in Baluchistan")),
])

article("yemen-cholera-ngo-release", "2024-04-18", "Aid Digest", """
YEMEN: Save the Children warns cholera deaths rising as rainy season nears (press release summary)

ADEN/SANA'A, 18 April 2024 - Save the Children said on Wednesday that Yemen had recorded more than 40,000 suspected cases of cholera and acute watery diarrhoea since October, and at least 247 associated deaths, nearly a third of them children.
"Every one of these deaths was preventable," said the charity's country director, Rashid Al-Hakimi, warning that the rainy season, which starts next month, could accelerate the spread.
The World Health Organization said in its latest epidemiological bulletin, dated 7 April, that 187 deaths had been recorded in areas controlled by the Houthi authorities, while the health ministry of the internationally recognised government in Aden reported 35 deaths in the south.
Key points from the release:
- 40,000+ suspected cases (October 2023 - March 2024)
- 247 deaths
- 1 in 3 deaths among children under 5
- 17.8 million people lack access to safe water and sanitation
Yemen suffered the largest cholera outbreak in modern history between 2016 and 2021, with some 2.5 million suspected cases and about 4,000 deaths, according to the WHO.
Save the Children is calling on donors to fund the US$2.7 billion humanitarian response plan, which is only 9% funded.
Aid Digest summarises press releases from humanitarian organisations. It does not verify their figures.
""", [
    req("killed", 247, "at_least", "Save the Children", "2024-04-17", aliases=("Rashid Al-Hakimi",)),
    req("killed", 187, "exact", "World Health Organization", "2024-04-07", aliases=("WHO",)),
    req("killed", 35, "exact", "health ministry", ("2024-04-07", "2024-04-18"),
        aliases=("health ministry of the internationally recognised government", "Yemen health ministry")),
    opt("killed", 4000, "about", claimant="World Health Organization", note="historical: the 2016-2021 outbreak"),
])

AFAD = ("AFAD", "disaster agency")

article("kahramanmaras-anniversary-analysis", "2024-02-06", "Anatolia Review", """
Analysis: A year after the quakes, Turkey's toll is settled. Syria's is not

ISTANBUL (Anatolia Review) - One year ago today, two earthquakes of magnitude 7.8 and 7.5 struck southern Turkey and northern Syria nine hours apart, flattening whole neighbourhoods in eleven Turkish provinces.
In Turkey, the numbers have long been settled. The disaster agency AFAD's final toll, published in April, was 50,899 dead and 107,300 injured. The count rose quickly in the first days: on Feb. 7 AFAD reported 3,549 deaths, and by Feb. 12 the figure had passed 29,000.
Syria's figures are patchier. The government in Damascus said 1,420 people had died in areas it controlled, while the White Helmets counted 2,280 dead in the opposition-held northwest. The United Nations put the combined Syrian toll at about 6,000 in March last year.
The interior ministry in Ankara has said that more than 4,000 of those killed in Turkey were Syrian refugees.
Some 3 million people were displaced in Turkey, and the government says 850,000 buildings were destroyed or badly damaged. The World Bank estimated the direct damage at $34 billion.
Prosecutors have charged more than 1,800 people over collapsed buildings, including contractors and local officials; 245 are in pre-trial detention.
For some families, the count is not over. An association of relatives, Kayip Depremzedeler, says at least 130 people are still missing, and that it is seeking DNA tests for unidentified bodies buried in Hatay and Kahramanmaras.
Read more: Antakya's long road back
""", [
    req("killed", 50899, "exact", "Turkey AFAD", month("2023-04"), restated=True, aliases=AFAD),
    req("injured", 107300, "exact", "Turkey AFAD", month("2023-04"), restated=True, aliases=AFAD),
    req("killed", 3549, "exact", "Turkey AFAD", "2023-02-07", restated=True, aliases=AFAD),
    req("killed", 29000, "more_than", "Turkey AFAD", "2023-02-12", restated=True, aliases=AFAD + ("Anatolia Review",)),
    req("killed", 1420, "exact", "Syrian government", UNSCORED, restated=True,
        aliases=("government in Damascus", "Damascus")),
    req("killed", 2280, "exact", "Syrian Civil Defence", UNSCORED, restated=True, aliases=("White Helmets",)),
    req("killed", 6000, "about", "United Nations", month("2023-03"), restated=True, aliases=("UN",)),
    opt("killed", 4000, "more_than", claimant="interior ministry", note="breakdown: Syrian refugees in Turkey"),
    req("missing", 130, "at_least", "Kayip Depremzedeler", aliases=("association of relatives",)),
])

LEBANON_MOH = ("Lebanon Health Ministry", "Firass Abiad", "Health Minister", "health ministry")

article("lebanon-strikes-deadliest-day", "2024-09-24", "Cedar Wire", """
Israeli strikes kill 511 in Lebanon in deadliest day since 2006 war, ministry says

BEIRUT, Sept 24 (Cedar Wire) - Israeli air strikes across southern and eastern Lebanon killed 511 people, including 37 children and 61 women, and wounded 1,712 on Monday, Health Minister Firass Abiad said, the deadliest day of violence in the country since the 2006 war.
The Israeli military said it had struck about 1,300 Hezbollah targets, including rocket launchers hidden in homes, and warned residents of the south and the Bekaa valley to leave. Tens of thousands of people fled north, jamming the coastal highway to Beirut for hours.
An Israeli official, speaking on condition of anonymity, told reporters that "hundreds" of Hezbollah fighters had been killed in Monday's strikes.
Hezbollah said it had fired rockets at military bases in northern Israel, where the Magen David Adom emergency service said two people were lightly hurt by shrapnel.
The number of people killed in Lebanon since Hezbollah began firing at Israel in October last year has risen to more than 1,300, according to a tally by the health ministry quoted by the state-run National News Agency.
Last week, the explosions of pagers and walkie-talkies used by Hezbollah members killed 39 people and wounded nearly 3,000, the ministry said at the time.
The U.N. refugee agency said more than 16,500 people had crossed into Syria in the past 24 hours. Schools across the country were closed and turned into shelters.
""", [
    req("killed", 511, "exact", "Lebanon Health Ministry", aliases=LEBANON_MOH),
    req("injured", 1712, "exact", "Lebanon Health Ministry", aliases=LEBANON_MOH),
    opt("killed", 37, note="breakdown: children"),
    opt("killed", 61, note="breakdown: women"),
    vague("killed", 200, 999, "Israeli official", aliases=("Israeli officials",)),
    opt("injured", 2, claimant="Magen David Adom", note="single digit"),
    req("killed", 1300, "more_than", "Lebanon Health Ministry", aliases=LEBANON_MOH + ("National News Agency",)),
    req("killed", 39, "exact", "Lebanon Health Ministry", ("2024-09-16", "2024-09-22"), restated=True,
        aliases=LEBANON_MOH),
    req("injured", 3000, "nearly", "Lebanon Health Ministry", ("2024-09-16", "2024-09-22"), restated=True,
        aliases=LEBANON_MOH),
])

# --------------------------------------------------------------------------------------------
# The Americas: Ecuador, Peru, Venezuela, Mexico, the United States
# --------------------------------------------------------------------------------------------

SNAI = ("SNAI", "Servicio Nacional de Atencion Integral", "prison agency")

article("guayaquil-litoral-prison-clash", "2023-07-26", "El Diario del Guayas", """
Litoral Penitentiary: SNAI raises to 31 the number of inmates killed in clashes between gangs

GUAYAQUIL - The number of inmates killed in the clashes between rival gangs inside the Litoral Penitentiary rose to 31, the prison agency SNAI reported on Tuesday night, up from 18 that it gave in the morning.
In a statement, the Servicio Nacional de Atencion Integral (SNAI) said 14 inmates were injured and were being treated at the Guayaquil public hospital, and that "order has been restored" after 2,700 police and soldiers entered the prison.
The Prosecutor's Office (Fiscalia) said on Wednesday morning that "at least 33" bodies had been taken to the morgue and that forensic identification was continuing.
In the Turi prison in Cuenca, inmates took 19 guards hostage on Monday in protest at the transfers, the SNAI said. All of them were freed on Tuesday afternoon.
President Guillermo Lasso declared a 60-day state of emergency in the prison system and ordered the armed forces to take control of the country's 36 prisons.
More than 430 inmates have been killed in prison massacres since 2021, according to the Permanent Committee for the Defence of Human Rights (CDH), a rights group in Guayaquil.
The deadliest, in September 2021 in the same penitentiary, left more than 115 dead.
""", [
    req("killed", 31, "exact", "SNAI", "2023-07-25", aliases=SNAI),
    req("killed", 18, "exact", "SNAI", "2023-07-25", restated=True, aliases=SNAI),
    req("injured", 14, "exact", "SNAI", aliases=SNAI),
    req("killed", 33, "at_least", "Fiscalia", "2023-07-26", aliases=("Prosecutor's Office",)),
    req("captured", 19, "exact", "SNAI", ("2023-07-24", "2023-07-26"), aliases=SNAI),
    req("killed", 430, "more_than", "Permanent Committee for the Defence of Human Rights", aliases=("CDH",)),
    opt("killed", 115, "more_than", note="a past massacre (2021)"),
])

DEFENSORIA = ("Defensoria del Pueblo", "ombudsman's office", "ombudsman", "Peru's ombudsman's office")

article("peru-juliaca-protest-deaths", "2023-01-10", "Andes Wire", """
Peru protest death toll climbs to 46 after 17 killed in Juliaca clashes

LIMA, Jan 10 (Andes Wire) - At least 17 people were killed in clashes between protesters and security forces in the southern city of Juliaca on Monday, Peru's ombudsman's office said, the deadliest day in a month of unrest demanding the resignation of President Dina Boluarte and early elections.
The ombudsman's office, the Defensoria del Pueblo, said on Tuesday that the number of deaths since the protests began in December had risen to 46, of whom 39 died in clashes with security forces and the rest in accidents linked to road blockades.
The Puno regional health office said 68 people, including 23 police officers, had been treated for injuries in Juliaca.
A police officer was burned to death in his patrol car by protesters overnight, the Interior Ministry said.
The prime minister told Congress that "more than 70 police officers" had been wounded across the country since the protests resumed on Jan. 4, and asked lawmakers for a vote of confidence.
Rights groups accused the security forces of firing live ammunition at protesters. Protesters blocked 102 roads in seven of the country's 25 regions on Monday, the transport authority said.
In December, the ombudsman's office had reported 22 deaths in the first week of protests that followed the ouster and arrest of former president Pedro Castillo.
""", [
    req("killed", 17, "at_least", "Defensoria del Pueblo", aliases=DEFENSORIA),
    req("killed", 46, "exact", "Defensoria del Pueblo", "2023-01-10", aliases=DEFENSORIA),
    opt("killed", 39, note="breakdown: in clashes"),
    req("injured", 68, "exact", "Puno regional health office", aliases=("regional health office",)),
    opt("injured", 23, note="breakdown: police officers"),
    req("injured", 70, "more_than", "prime minister"),
    req("killed", 22, "exact", "Defensoria del Pueblo", month("2022-12"), restated=True, aliases=DEFENSORIA),
])

article("venezuela-post-election-deaths", "2024-08-14", "Caracas Digest", """
Venezuela: rights group counts 25 dead in post-election protests

CARACAS (Caracas Digest) - At least 25 people have been killed in protests since the disputed July 28 presidential election, most of them shot by security forces or by pro-government armed groups known as colectivos, the human rights group Provea said on Tuesday.
The Attorney General's office said last week that 23 people had died and 192 had been injured in what it called "violent acts" organised by the opposition.
On Monday, the interior ministry said that "fewer than 30" people had died, two of them members of the National Guard, and accused foreign-financed "commandos" of the killings.
President Nicolas Maduro said on Saturday that 2,229 "terrorists" had been arrested and would be sent to two maximum-security prisons. Foro Penal, a legal aid group, said it had registered 1,303 political prisoners arrested since the election, including 116 teenagers.
The opposition says at least 11 of its activists are missing after being detained by plainclothes agents, their whereabouts unknown to their families.
Protests broke out on July 29, after the electoral council declared Maduro the winner without publishing detailed results. The opposition says its own tally of 83% of voting machine receipts shows its candidate won.
In 2017, more than 120 people died in months of protests against Maduro.
""", [
    req("killed", 25, "at_least", "Provea", "2024-08-13"),
    req("killed", 23, "exact", "Attorney General's office", ("2024-08-05", "2024-08-11"), restated=True,
        aliases=("Attorney General",)),
    req("injured", 192, "exact", "Attorney General's office", ("2024-08-05", "2024-08-11"), restated=True,
        aliases=("Attorney General",)),
    req("killed", 30, "less_than", "interior ministry", "2024-08-12"),
    opt("killed", 2, claimant="interior ministry", note="single digit: National Guard"),
    opt("missing", 11, "at_least", claimant="opposition", note="detained, whereabouts unknown: unsure it is missing"),
    opt("killed", 120, "more_than", note="historical: the 2017 protests"),
])

FGE = ("FGE", "Chiapas state prosecutor's office", "state prosecutor's office", "prosecutor's office")

article("chiapas-migrant-trailer-crash", "2026-01-21", "Diario del Sureste", """
Tragedy on the Tuxtla highway: 26 migrants dead as overloaded trailer overturns

TUXTLA GUTIERREZ, Chiapas - Twenty-six migrants died and 58 were injured when a tractor-trailer in which they were travelling overturned on a curve of the Chiapa de Corzo-Tuxtla Gutierrez highway on Tuesday afternoon, the Chiapas state prosecutor's office (FGE) said in a statement on Tuesday night.
The state's civil protection secretary, Luis Manuel Garcia, told local radio that "more than 150" people, most of them from Guatemala, Honduras and Ecuador, had been crammed into the trailer's container.
The National Migration Institute (INM) later said in a statement that 24 of the dead and 40 of the injured were foreign nationals, and that consulates had been notified.
By Wednesday morning, hospital sources said two of the injured had died at Tuxtla's regional hospital, bringing the toll to 28.
The driver fled the scene on foot. Three suspected people smugglers were arrested at a checkpoint near Ocozocoautla, the FGE said.
The accident recalled the crash of December 2021 near the same spot, in which 55 migrants were killed when a trailer hit a pedestrian bridge.
The International Organization for Migration said earlier this month that at least 1,250 migrants had died in the Americas in 2025, the deadliest year since its Missing Migrants Project began counting in 2014.
""", [
    req("killed", 26, "exact", "Chiapas state prosecutor's office", "2026-01-20", aliases=FGE),
    req("injured", 58, "exact", "Chiapas state prosecutor's office", "2026-01-20", aliases=FGE),
    opt("killed", 24, claimant="National Migration Institute", note="breakdown: foreign nationals"),
    opt("injured", 40, claimant="National Migration Institute", note="breakdown: foreign nationals"),
    req("killed", 28, "exact", "hospital sources", "2026-01-21"),
    opt("killed", 2, claimant="hospital sources", note="single digit"),
    opt("killed", 55, note="a past crash (2021)"),
    req("killed", 1250, "at_least", "International Organization for Migration", ("2026-01-01", "2026-01-21"),
        restated=True, aliases=("IOM", "Missing Migrants Project")),
])

article("millbrook-warehouse-shooting", "2025-06-09", "The Millbrook Sentinel", """
Police: Former employee kills 11, wounds 14 at Millbrook distribution center

MILLBROOK, Ohio - A former employee opened fire at the Hartwell Logistics distribution center during a shift change early Sunday, killing 11 people and wounding 14 others before he was shot dead by a sheriff's deputy, police said.
Police Chief Dana Whitfield told reporters at a news conference Sunday afternoon that the gunman, a 34-year-old man who had been fired two weeks earlier, fired more than 60 rounds from two handguns. About 180 workers were in the building at the time.
Five of the wounded remained in critical condition Monday at Millbrook General Hospital, hospital spokeswoman Karen Doyle said. She said the hospital had treated 13 gunshot victims; the others were taken to hospitals in Columbus.
County Sheriff Tom Brandt said on Monday that "twelve people are dead, counting the shooter," and that his deputy had fired within four minutes of the first 911 call.
The shooting was at least the 200th mass shooting in the United States this year, according to the Gun Violence Archive, which defines a mass shooting as one in which four or more people are shot, not including the shooter.
"We're a town of 22,000 people. Everybody knows somebody who works at Hartwell," said Mayor Linda Ortiz, who ordered flags lowered to half-staff for a week.
A vigil is planned for Tuesday at 7 p.m. at Riverside Park. Donations for the victims' families can be made through the Millbrook Community Foundation, which has raised $340,000 so far.
""", [
    req("killed", 11, "exact", "police", aliases=("Dana Whitfield", "Police Chief")),
    req("injured", 14, "exact", "police", aliases=("Dana Whitfield", "Police Chief")),
    opt("injured", 5, note="critical: a subset"),
    req("injured", 13, "exact", "Millbrook General Hospital", aliases=("Karen Doyle",)),
    opt("killed", 12, claimant="Tom Brandt", note="mixed: counts the gunman"),
])

# --------------------------------------------------------------------------------------------
# Europe: a heatwave study and a hotel fire
# --------------------------------------------------------------------------------------------

IMPERIAL = ("Imperial College London", "London School of Hygiene & Tropical Medicine", "scientists")

article("europe-heat-deaths-study", "2025-07-09", "Climate Desk Europe", """
Heatwave may have killed 2,300 in 12 European cities, scientists estimate

LONDON (Climate Desk Europe) - About 2,300 people may have died from the heat in 12 European cities during the ten-day heatwave that ended last week, and climate change was responsible for roughly 1,500 of those deaths, scientists at Imperial College London and the London School of Hygiene & Tropical Medicine estimated on Wednesday.
The rapid study, which has not been peer reviewed, used historical data on how heat raises death rates, and found that climate change had made the heatwave up to 4C hotter. Milan had the highest estimated toll, with 499 deaths, followed by Barcelona with 317.
Official figures are far lower because heat is rarely recorded as a cause of death. Spain's health ministry, through its MoMo surveillance system, attributed 380 deaths to high temperatures between June 28 and July 4. France's health minister said on Monday that two people had died of heatstroke.
The authors said the summer's toll in the 12 cities could exceed 4,000.
In September, the Barcelona Institute for Global Health (ISGlobal) estimated that about 62,700 people died of heat-related causes across Europe last summer, and in 2022, more than 61,000.
"Heatwaves are silent killers," said Dr Helena Marsh, a co-author. "Most people who die are elderly, in their homes, and never appear in the statistics."
Temperatures reached 46C in southern Spain and 40C in parts of France, where 1,350 schools were closed.
""", [
    req("killed", 2300, "about", "Imperial College London", "2025-07-09", modality="projected", aliases=IMPERIAL),
    opt("killed", 1500, "about", claimant="Imperial College London", note="a subset: attributed to climate change"),
    opt("killed", 499, note="breakdown: Milan"),
    opt("killed", 317, note="breakdown: Barcelona"),
    req("killed", 380, "exact", "Spain's health ministry",
        aliases=("MoMo", "Spain health ministry", "health ministry")),
    opt("killed", 2, claimant="France's health minister", note="single digit"),
    req("killed", 4000, "more_than", "Imperial College London", modality="projected", aliases=IMPERIAL + ("authors",)),
    req("killed", 62700, "about", "ISGlobal", month("2024-09"), restated=True,
        aliases=("Barcelona Institute for Global Health",)),
    opt("killed", 61000, "more_than", claimant="ISGlobal", note="2022: unsure whose estimate"),
])

article("bansko-ski-hotel-fire", None, "Balkan Briefing", """
Fire at ski hotel in Bulgaria's Bansko kills 17, including four children

BANSKO, Bulgaria, Jan 18 (Balkan Briefing) - A fire that broke out overnight at the nine-storey Pirin Crest hotel in the ski resort of Bansko killed 17 people and injured 32, Interior Minister Ivan Dimitrov said on Saturday.
Dimitrov told reporters at the scene that 11 of the dead had jumped or fallen from windows while trying to escape the smoke, and that two guests were still unaccounted for. Some 230 guests were staying at the hotel, which was fully booked for the school holidays, he said.
The regional health inspectorate in Blagoevgrad said 21 of the injured had been taken to hospitals in Blagoevgrad and Razlog, six of them with severe burns, and that the rest had been treated at the scene for smoke inhalation.
Fire brigade chief Nikolay Petrov said dozens of guests had been rescued from the upper floors with ladders. The fire alarm had not sounded, survivors told Balkan Briefing.
Prosecutors have detained the hotel's owner, its manager and two other people on suspicion of negligence.
The government declared Monday a day of national mourning. The hotel had passed a fire safety inspection in 2021, the mayor of Bansko said.
Balkan Briefing - your daily digest of news from South-East Europe.
""", [
    req("killed", 17, "exact", "Ivan Dimitrov", EMPTY, aliases=("Interior Minister",)),
    req("injured", 32, "exact", "Ivan Dimitrov", EMPTY, aliases=("Interior Minister",)),
    opt("killed", 4, note="breakdown: children"),
    opt("killed", 11, note="breakdown: jumped or fell"),
    opt("missing", 2, claimant="Ivan Dimitrov", note="single digit"),
    opt("injured", 21, note="taken to hospital: a subset"),
    opt("injured", 6, note="severe burns: a subset"),
])


# --------------------------------------------------------------------------------------------
# The four checks, one test per article per check (matching as in the first module)
# --------------------------------------------------------------------------------------------

CHECKS = ("found", "claimant", "date", "extra")

# "<article>-<check>": what the extractor produced (each reviewed: the expectation is right).
XFAIL: dict[str, str] = {
    # Figures missed: a plain passive inside a "said that" clause, a spelled-out number in a
    # quote, "took ... hostage", and "treated 13 gunshot victims".
    "burkina-djibo-camp-attack-found": "'A security source ... said that about 50 soldiers and members of the "
                                       "Volunteers for the Defence of the Homeland (VDP) were killed' -> not extracted",
    "iran-protests-hrana-translated-found": "'put the number of the dead of that day at \"nearly one hundred\"' "
                                            "(local sources quoted by Haalvsh) -> not extracted",
    "millbrook-warehouse-shooting-found": "'She said the hospital had treated 13 gunshot victims' -> not extracted",
    # Wrong claimant: "said in a statement" read as the speaker; trailing, appositive, relative-
    # clause and "According to the latest report of" speakers missed (the figure falls back to the
    # outlet or a neighbour); the IFRC normalised to the ICRC; verbs like "put the toll at",
    # "attributed", "estimated", "announced" and a possessive ("AFAD's final toll ... was") not read.
    "sudan-el-fasher-market-siege-claimant": "40: 'El Fasher's emergency response room ... put the toll at \"more than "
                                             "40\"' -> 'Darfur Desk'. Hundreds/37: 'The RSF, which did not comment on "
                                             "the market attack, said in a statement on Saturday' -> 'in a statement'",
    "myanmar-sagaing-school-strike-claimant": "22: trailing '..., a local resistance official and the shadow National "
                                              "Unity Government (NUG) said' -> 'Golden Land Dispatch'",
    "pakistan-monsoon-ndma-sitrep-claimant": "200: 'In Buner district, where a cloudburst on Aug 15 killed more than "
                                             "200 people ..., rescue officials said 36 people were still missing' -> "
                                             "'rescue officials' (the relative clause is the outlet's, not reported)",
    "iran-protests-hrana-translated-claimant": "497/62: 'According to the latest report of the human rights news agency "
                                               "HRANA' -> 'latest report of the'. 476: 'Iran Human Rights (IHR) in its "
                                               "last statement announced ...' -> 'commander of the Revolutionary Guards' "
                                               "(the next sentence's speaker)",
    "yemen-cholera-ngo-release-claimant": "247: 'Save the Children said on Wednesday that Yemen had recorded ... at "
                                          "least 247 associated deaths' -> 'Yemen'",
    "kahramanmaras-anniversary-analysis-claimant": "50,899/107,300: \"The disaster agency AFAD's final toll, published "
                                                   "in April, was ...\" -> 'Anatolia Review'",
    # Wrong date: "up from X on Monday" / "a day earlier" / "in the morning" give the publication
    # day or nothing; "dated 7 April" and "published in April" ignored; "on Feb. 7" in a February
    # 6 analysis resolved to a day after publication; a pronoun speaker takes a neighbour's day.
    "yemen-cholera-ngo-release-date": "187: 'said in its latest epidemiological bulletin, dated 7 April' -> 2024-04-18 "
                                      "(publication day)",
    "kahramanmaras-anniversary-analysis-date": "50,899/107,300: 'published in April' -> 2024-02-06, not April 2023. "
                                               "3,549/29,000: 'on Feb. 7 AFAD reported ... by Feb. 12' -> 2024-02-07, "
                                               "a day AFTER publication (not 2023-02-07 / 2023-02-12)",
    # Extra rows: non-claims read as claims (survivors, a fraction, arrests) and a category
    # misread ("lost four of our members" beside "eight wounded" means killed).
    "lake-kivu-boat-capsize-extra": "'58 people had been pulled alive from the water and taken to hospital' "
                                    "(survivors) -> injured 58",
}


@pytest.mark.parametrize("case, check", list(article_params(ARTICLES, XFAIL)))
def test_article(case: Case, check: str) -> None:
    check_article(case, check)


def test_articles_are_whole_articles() -> None:
    """The cases stay what this module claims: 30 articles, 1-3 KB, ids unique here and distinct
    from the first four modules' (the five share a cache of extracted rows), at most 6 of them on
    the war in Ukraine, Russia or North Korea and at most 4 on Israel, Gaza or Lebanon (this set
    tests generalisation beyond them)."""
    from tests import test_extract_articles as first, test_extract_articles_2 as second
    from tests import test_extract_articles_3 as third, test_extract_articles_4 as fourth
    check_whole_articles(ARTICLES, (first, second, third, fourth))
    ukraine = [c for c in ARTICLES if any(w in c.text for w in ("Ukrain", "Kursk", "Kyiv", "North Korea", "Russia"))]
    assert len(ukraine) <= 6
    levant = [c for c in ARTICLES if any(w in c.text for w in ("Israel", "Gaza", "Lebanon"))]
    assert len(levant) <= 4
    assert sum(c.published is None for c in ARTICLES) >= 2
    years = {c.published.year for c in ARTICLES if c.published}
    assert years <= {2023, 2024, 2025, 2026} and len(years) >= 3


def test_wants_are_well_formed() -> None:
    check_wants_well_formed(ARTICLES)


# --------------------------------------------------------------------------------------------
# Eval-style totals: python -m tests.test_extract_articles_5
# --------------------------------------------------------------------------------------------

if __name__ == "__main__":
    print_summary(ARTICLES)
