"""English passages of the migration-classifier corpus, written one by one for screener.

Why a script: the passages live here as plain Python literals so that reviewers can read
them grouped by sector, and so that the JSONL file is reproducible. The script does not
generate or combine text; it only attaches metadata and serialises.

Ids follow the order of ``_P`` calls below and the evaluation split is derived from a hash
of the id, so: only ever append new passages at the end of the ADDITIONS section (just above
the functions at the bottom); never reorder, delete or lightly edit existing ones
(see docs/labelling-guideline.md).

Run:  python tools/corpus/en_passages.py            (writes screener/data/corpus/en.jsonl)
      python tools/corpus/en_passages.py --check    (validates without writing)
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

from screener import vocabulary

OUT = Path(__file__).resolve().parents[2] / "screener" / "data" / "corpus" / "en.jsonl"

SECTORS = {
    "edu": "education", "emp": "employment", "env": "environment", "gov": "governance",
    "hea": "health", "psd": "private_sector", "rur": "rural_development", "sec": "security",
    "urb": "urban_development", "gen": "general",
}
STAGES = {
    "sit": "situation_analysis", "obj": "objectives", "act": "actions",
    "ind": "indicators", "bud": "budget", "ins": "institutions",
}
CONCEPTS = {
    "imm": "immigration", "emi": "emigration", "ret": "return", "tra": "transit",
    "int": "internal_migration", "dis": "forced_displacement", "lab": "labour_migration",
    "bd": "brain_drain", "dia": "diaspora", "rem": "remittances", "trf": "trafficking",
    "hm": "human_mobility", "cli": "climate_migration", "sta": "statelessness",
    "gov": "migration_governance", "dat": "migration_data", "mig": "migrants_general",
}
# The short codes name screener's own stages, sectors and concepts (screener.vocabulary).
assert set(STAGES.values()) == set(vocabulary.STAGES), STAGES
assert set(SECTORS.values()) <= {*vocabulary.BUILTIN_SECTORS, "general"}, SECTORS
assert set(CONCEPTS.values()) <= set(vocabulary.CONCEPTS), CONCEPTS
KINDS = {
    "P": "positive", "I": "positive_implicit", "N": "negative", "F": "hard_false_friend",
    "T": "hard_same_topic", "V": "hard_vulnerable_groups",
}

# Words that make a positive passage "explicit"; an implicit positive must contain none.
OBVIOUS = re.compile(
    r"migra|refug|desplaz|d[ée]plac|displac|diaspora|remesa|remittance|transferts? de fonds"
    r"|retorn|return|retour|\btrata\b|trafficking|\btraite\b|movilidad humana"
    r"|mobilit[ée] humaine|human mobility|exil|asylum|asilo|asile",
    re.IGNORECASE,
)

_ROWS: list[dict] = []
_sector = "gen"


def S(code: str) -> None:
    """Set the sector for the passages that follow (keeps each call short)."""
    global _sector
    _sector = code


def _P(kind: str, stage: str, text: str, concepts: str = "") -> None:
    _ROWS.append({
        "kind": KINDS[kind], "sector": SECTORS[_sector], "stage": STAGES[stage],
        "concepts": [CONCEPTS[c] for c in concepts.split()], "text": " ".join(text.split()),
    })


def P(concepts: str, stage: str, text: str) -> None:
    """Positive using ordinary migration words."""
    _P("P", stage, text, concepts)


def I(concepts: str, stage: str, text: str) -> None:  # noqa: E743 - short on purpose
    """Positive that names no obvious migration word (the lexicon's blind spot)."""
    _P("I", stage, text, concepts)


def N(stage: str, text: str) -> None:
    _P("N", stage, text)


def F(stage: str, text: str) -> None:
    """False friend: migration-like wording that is not about people moving."""
    _P("F", stage, text)


def T(stage: str, text: str) -> None:
    """Same topic (jobs, housing, climate, borders...) without any migration."""
    _P("T", stage, text)


def V(stage: str, text: str) -> None:
    """A vulnerable-groups list that does not include movers."""
    _P("V", stage, text)


# =====================================================================================
# GENERAL (national plan chapters: macro, vision, cross-cutting)
# =====================================================================================
S("gen")
P("lab rem", "sit", """Remittances from Nepali workers abroad were equivalent to 24.1 percent of GDP in
  FY 2022/23, making them the largest source of foreign exchange and a principal driver of household
  consumption and poverty reduction over the past decade.""")
P("lab dat", "sit", """Labour approvals issued by the Department of Foreign Employment exceeded 770,000 in
  the last fiscal year, yet the plan period begins without reliable estimates of how many migrant workers
  are abroad at any one time, because departures are counted but returns are not.""")
P("lab gov", "obj", """The long-term vision is to make foreign employment safe, orderly and dignified while
  creating enough decent jobs at home that migration becomes a choice rather than a necessity.""")
P("int", "sit", """Internal migration continues to reshape settlement patterns: the 2021 census shows that
  more than 40 percent of residents of Kathmandu valley municipalities were born in another district, while
  several hill districts recorded an absolute fall in population.""")
P("ret lab", "obj", """Strategic Objective 4: Productively reintegrate returnee migrants by recognising the
  skills they acquired abroad and linking them to credit, enterprise support and public employment services.""")
P("gov", "ins", """A National Migration Coordination Committee chaired by the Vice-Chair of the National
  Planning Commission will align the migration-related targets of line ministries and provinces and review
  progress twice a year.""")
P("dat mig", "ind", """Indicator 2.7: Number of sectoral plans that disaggregate beneficiary data by migration
  status. Baseline (2023): 0; Target (2028): 9.""")
P("rem dia", "bud", """An allocation of NPR 450 million is earmarked over five years for the Diaspora
  Engagement and Remittance Mobilisation Programme, including matching grants for community projects
  co-financed by non-resident Nepalis.""")
P("cli int", "sit", """Climate change is expected to intensify migration pressures: repeated crop failures in
  the Chure hills and recurrent floods in the Terai already push households to send members to cities or
  abroad.""")
P("dat", "sit", """No official data exist on irregular migration across the open border with India, and the
  labour force survey does not capture short-term seasonal movements, leaving a major gap in the evidence
  base for this plan.""")
P("trf", "obj", """The government commits to eliminating human trafficking and forced labour in all its forms,
  including the deceptive recruitment of women for domestic work in the Middle East, in line with SDG
  target 8.7.""")
P("hm mig", "act", """Cross-cutting priority: every provincial plan will mainstream human mobility, identifying
  how migrants, returnees and families of workers abroad are affected by, and can contribute to, each
  sector's results.""")
P("emi bd", "sit", """The emigration of young graduates has accelerated: no-objection letters issued to students
  going to study overseas rose from 28,000 to over 110,000 in four years, raising concern about a lasting
  loss of skills.""")
P("dis", "sit", """Conflict-era displacement has largely ended, but some 3,200 families displaced during the
  armed conflict still lack documents proving their original land holdings and cannot claim compensation.""")
P("imm mig", "sit", """The Republic hosts an estimated 310,000 international migrants, mostly from neighbouring
  states, who work in construction, agriculture and domestic service; their economic contribution is
  recognised in a national plan for the first time.""")
P("sta", "obj", """An estimated 25,000 residents, many of them descendants of migrants who arrived
  before independence, remain without any recognised nationality; the plan sets a time-bound strategy to
  end statelessness by 2030.""")
P("rem", "ind", """Average cost of sending remittances through formal channels (percent of a USD 200 transfer):
  baseline 4.8 percent; target 3.0 percent by 2027.""")
P("gov lab", "bud", """Table 6.3, medium-term expenditure of the Ministry of Labour, Employment and Social
  Security: migration management and foreign employment programmes, NPR 2.1 billion (2024/25) and NPR
  2.3 billion (2025/26).""")
P("gov dat", "ins", """The National Statistics Office will host a Migration Data Unit responsible for harmonising
  administrative records from the Department of Immigration, the Department of Foreign Employment and
  local registration offices.""")
I("lab rem", "sit", """More than half of all households receive money from at least one member working
  overseas, and in some hill districts these transfers make up over a third of household income.""")
I("lab", "sit", """Young men aged 18 to 35 are markedly underrepresented in rural wards because so many hold
  labour permits for jobs in Qatar, Saudi Arabia, the United Arab Emirates and Malaysia.""")
I("dia", "obj", """Mobilise the knowledge, networks and savings of Nepalis living abroad for national
  development, including through a registry of professionals in the worldwide Nepali community.""")
I("ret lab", "obj", """Workers coming back from the Gulf after completing their contracts will be able to have
  their competencies certified and obtain start-up loans at concessional rates.""")
I("int", "sit", """The population of the Kathmandu valley is growing at nearly twice the national rate, driven
  largely by people moving in from hill and mountain districts in search of work and schooling.""")
I("trf", "act", """Awareness campaigns in border districts will warn young women about brokers who promise
  well-paid jobs in India and beyond but deliver them into bonded labour and sexual exploitation.""")
I("lab gov", "ind", """Share of overseas job seekers who completed pre-departure orientation before receiving a
  labour permit: 2023 baseline 61%; 2028 target 95%.""")
I("cli int", "sit", """Villagers from three wards of Mugu whose springs dried up have resettled near the district
  headquarters, and similar relocations are expected as glacial retreat reduces dry-season water.""")
I("emi", "sit", """One in eight citizens now lives outside the country, and the number of people leaving each
  year exceeds the number of new jobs created in the formal economy.""")
I("sta", "sit", """Thousands of people born in the country cannot obtain a citizenship certificate because
  their parents' nationality cannot be proven, which excludes them from land registration, bank accounts
  and public employment.""")
I("hm", "obj", """Vision 2043 recognises that people will keep moving between villages, towns and foreign
  labour markets, and treats this movement as part of development rather than a problem to be stopped.""")
I("lab gov", "bud", """Contributions to the welfare fund for workers employed abroad are projected at NPR 1.6
  billion in 2025/26, financing compensation for injured workers and the repatriation of bodies.""")
N("sit", """Real GDP grew by 3.9 percent in FY 2023/24, supported by a recovery in hydropower generation and
  construction, while inflation moderated to 5.4 percent.""")
N("obj", """The plan aims to reach upper-middle-income status by 2043 through higher productivity, better
  infrastructure and a stronger role for provincial and local governments.""")
N("ins", """The National Planning Commission will publish an annual progress report on this plan, drawing on
  the results frameworks of each ministry and the integrated monitoring system.""")
N("bud", """Total plan outlay is estimated at NPR 9.2 trillion over five years, of which 44 percent is expected
  from the public sector, 48 percent from the private sector and 8 percent from cooperatives.""")
N("act", """Line ministries will prepare medium-term expenditure frameworks consistent with the plan ceilings
  and submit them to the Ministry of Finance by the end of Poush each year.""")
N("ind", """Human Development Index: baseline 0.601 (2022); target 0.650 (2028).""")
N("sit", """Poverty measured by the multidimensional index fell from 28.6 percent to 17.4 percent over the last
  decade, but deprivation remains concentrated in Karnali and Madhesh provinces.""")
N("obj", """Fiscal federalism will be deepened by transferring revenue-raising powers and conditional grants to
  local levels according to transparent, formula-based criteria.""")
F("act", """Migration of all line-ministry budget systems to the integrated financial management platform will
  be completed in the second year of the plan, with legacy data archived for audit.""")
F("act", """The government will repatriate cultural property, including Licchavi-era sculptures identified in
  overseas museum collections, and strengthen the national heritage inventory.""")
F("sit", """Return on public investment remains low: the incremental capital-output ratio rose to 6.8,
  indicating that each additional unit of output required more capital than in the previous plan period.""")
F("sit", """The foreign trade deficit widened to 31 percent of GDP as imports of petroleum products and consumer
  goods outpaced exports of carpets, tea and yarn.""")
F("obj", """The Ministry of Foreign Affairs will prioritise economic diplomacy, using missions abroad to promote
  exports, attract foreign direct investment and market the country as a destination for visitors.""")
F("ind", """Tax return filing will be made fully electronic, and the share of taxpayers submitting returns on
  time is to increase from 62 to 85 percent.""")
F("ins", """Remittance of royalties collected from hydropower and mining by the federal treasury to provincial and
  local governments will follow the ratios fixed by the Natural Resources and Fiscal Commission.""")
F("act", """Travel and daily subsistence allowances for officials on field visits will be rationalised, and
  international travel by ministers will require prior approval of the Cabinet.""")
F("obj", """Urban mobility will be transformed through electric buses, dedicated cycle lanes and integrated
  fares, cutting average commuting time in the valley by a quarter.""")
F("act", """Ground displacement monitoring with satellite radar will be extended to the 14 districts most exposed
  to landslides along the mid-hill highway.""")
F("sit", """Capital flight and the repatriation of profits by foreign-owned firms put pressure on the balance
  of payments, requiring careful management of the external sector.""")
F("act", """The new chart of accounts requires migrating 1,200 public entities from cash-based to accrual-based
  reporting, a process the Financial Comptroller General Office will phase over three years.""")
T("sit", """Youth unemployment stands at 22.7 percent, and nearly 500,000 young people enter the labour market
  every year, far more than the number of formal jobs created.""")
T("sit", """Population growth has slowed to 0.92 percent per year and the total fertility rate has fallen to
  1.9, bringing the end of the demographic dividend window closer.""")
T("sit", """Floods, landslides and earthquakes cause average annual losses of about 2 percent of GDP; the 2015
  earthquake alone destroyed or damaged over 800,000 houses.""")
T("obj", """Tourist arrivals reached 1.1 million in 2023, and the plan targets 3 million international visitors a
  year by 2030, with longer stays and higher spending per visitor.""")
T("sit", """Border trade through the dry ports at Birgunj, Bhairahawa and Kerung accounts for most of the
  country's imports, and customs clearance times remain well above regional averages.""")
T("sit", """Informal employment accounts for 84.6 percent of all jobs, with low productivity and no social
  security coverage for most workers.""")
T("sit", """Foreign exchange reserves are sufficient to cover eleven months of imports of goods and services,
  helped by strong tourism receipts and subdued demand for imported vehicles.""")
T("obj", """Balanced regional development will direct infrastructure investment to lagging districts so that
  opportunities are not concentrated in a handful of urban centres.""")
T("sit", """Since municipalities were restructured in 2017, 66 percent of the population lives in areas
  officially classified as urban, although many of these municipalities remain largely agricultural.""")
T("act", """Climate change adaptation will be mainstreamed in every sector through local adaptation plans of
  action covering agriculture, water, forests and settlements.""")
T("act", """The contribution-based social security scheme will be extended to informal sector workers, with
  simplified enrolment for own-account workers and small employers.""")
T("ind", """Vital registration: births registered within 35 days, baseline 77 percent (2023), target 95
  percent (2028); deaths registered, baseline 58 percent, target 85 percent.""")
T("obj", """Security sector modernisation will strengthen the police, the Armed Police Force and the disaster
  response capacity of the army, with a focus on community policing.""")
T("sit", """Household surveys show that one in five families in the far-western hills runs out of food stocks
  for at least three months a year, forcing them to borrow at high interest.""")
V("obj", """Targeted programmes will ensure that women, Dalits, Janajatis, Madhesis, Muslims, persons with
  disabilities and residents of backward regions benefit proportionally from public investment.""")
V("act", """The social protection floor covers senior citizens over 68, single women, children under five in
  designated districts, persons with full disabilities and endangered ethnic groups.""")
V("ind", """Gender equality and social inclusion: each ministry will report expenditure benefiting women,
  children, youth, senior citizens, sexual and gender minorities and persons with disabilities.""")
V("obj", """Leave no one behind: indigenous nationalities, ultra-poor households and people living in remote
  areas will be prioritised in the allocation of fiscal transfers.""")

# =====================================================================================
# EMPLOYMENT
# =====================================================================================
S("emp")
P("lab", "sit", """Foreign employment absorbs a large share of new labour market entrants: in 2023/24 some
  460,000 first-time labour permits were issued, against roughly 90,000 new formal jobs created at home.""")
P("lab gov", "act", """The Department of Foreign Employment will introduce an online system allowing migrant
  workers to verify demand letters, employer details and promised wages before paying any recruitment fee.""")
P("lab gov", "obj", """Enforce the employer-pays principle so that no migrant worker bears recruitment costs, and
  cap the service charges that licensed recruitment agencies may collect.""")
P("lab gov", "ind", """Number of bilateral labour agreements with destination countries that include provisions
  on wage protection for migrant workers: baseline 7; target 14.""")
P("ret lab", "act", """Returnee migrant workers will be registered in the Employment Management Information System
  so that local employment service centres can match them with vacancies using skills acquired abroad.""")
P("lab", "sit", """Women account for only 9 percent of labour permits, but many more women migrate through
  informal routes via India, which places them outside the protection of the Foreign Employment Act.""")
P("gov lab", "ins", """Migrant Resource Centres in 38 districts, run jointly with local governments, will provide
  information on safe migration, free legal aid and referral for workers facing problems abroad.""")
P("lab", "bud", """Budget line 3.4.2: pre-departure skills training for prospective migrant workers in
  construction, hospitality and caregiving, NPR 320 million for 24,000 trainees.""")
P("emi bd", "sit", """Emigration of skilled electricians, plumbers and welders has created local shortages, and
  contractors report delays in public works because trained tradesmen have left for the Gulf.""")
P("imm lab", "obj", """Develop a labour immigration policy that allows employers in agriculture and construction to
  recruit foreign workers where domestic supply is insufficient, while safeguarding local wages.""")
P("trf lab", "act", """Labour inspectors will be trained to identify indicators of trafficking for forced labour,
  such as withheld identity papers, debt bondage and unpaid wages, in brick kilns and embroidery workshops.""")
P("ret", "ind", """Returnees who found employment or started a business within twelve months of arrival:
  baseline 18 percent; target 40 percent.""")
P("lab dat", "sit", """The Labour Force Survey 2017/18 does not record absent household members, so the labour
  migration of roughly two million workers is invisible in national employment statistics.""")
P("lab gov", "act", """Negotiations with Malaysia and the Gulf Cooperation Council countries will seek recognition
  of Nepali skills certificates so that migrant workers are paid according to their qualifications.""")
P("int lab", "obj", """Support seasonal internal migrants working in brick kilns, construction sites and sugarcane
  harvests with portable social security registration and on-site childcare.""")
P("lab", "sit", """Many migrants who travel to India for seasonal work do so without any documents, relying on
  the open border and on informal labour contractors in Delhi, Punjab and Himachal Pradesh.""")
P("gov lab", "ins", """The Foreign Employment Board will manage the Migrant Workers' Welfare Fund, coordinate with
  labour attachés in destination countries and report annually on deaths and injuries of workers abroad.""")
P("dia", "act", """A diaspora skills-transfer scheme will invite experienced engineers and managers working in
  Japan, Korea and Australia to mentor apprentices in domestic industries during annual visits.""")
P("mig gov", "ind", """Complaints from migrant workers settled by the Department of Foreign Employment within 90
  days: baseline 34 percent; target 75 percent.""")
I("lab", "sit", """On an average day about 1,500 young people leave through Tribhuvan International Airport with
  work contracts for Qatar, Saudi Arabia, Kuwait or Malaysia.""")
I("lab gov", "act", """Job seekers bound for overseas employment will receive compulsory orientation on contracts,
  workers' rights and the helplines of Nepali embassies in the country of destination.""")
I("ret lab", "obj", """Experience gained on the construction sites and in the hotels of the Gulf will be recognised
  through a skills certification scheme so that workers who come home can obtain better-paid jobs.""")
I("lab", "sit", """The Korean Employment Permit System recruited 18,000 Nepali workers in 2023, and the Japanese
  Specified Skilled Worker scheme is expected to open further openings in caregiving and agriculture.""")
I("lab gov", "ind", """Licensed manpower agencies found charging workers more than the legal service fee: baseline
  112 cases a year; target, all detected cases sanctioned within six months.""")
I("lab trf", "act", """Special inspection teams will close unregistered agents who send domestic workers to the
  Gulf on visit visas, a route that leaves women without contracts or any legal protection.""")
I("lab", "sit", """Every winter, tens of thousands of farm labourers from Bajura and Achham walk to Indian towns
  for work, coming home before the monsoon planting season.""")
I("imm lab", "obj", """Foreign nationals employed on the tea estates and in garment factories will be brought under
  the national minimum wage and occupational safety legislation.""")
I("emi", "sit", """Survey data show that 38 percent of youth aged 15 to 24 intend to seek work in another country
  within the next three years, mostly because of low local wages.""")
I("ret lab", "act", """Provincial job fairs will include a dedicated desk for former overseas workers, matching
  their experience in scaffolding, welding and hospitality with domestic employers.""")
I("lab", "bud", """NPR 85 million is allocated for legal aid and emergency shelter for Nepali workers stranded in
  destination countries after their employers fail to pay wages.""")
I("lab", "sit", """Wage theft, contract substitution and confiscation of passports are the most frequent
  complaints lodged by Nepali workers employed in Gulf states.""")
N("sit", """The employment elasticity of growth is low at 0.3, and most new jobs have been created in wholesale
  trade, construction and transport.""")
N("obj", """Create 500,000 decent jobs per year by expanding manufacturing, agro-processing and tourism, and by
  improving the business environment for small enterprises.""")
N("act", """The Prime Minister Employment Programme will guarantee at least 100 days of paid work a year on
  local infrastructure to registered unemployed persons.""")
N("ins", """Employment Service Centres in all 753 local levels will register job seekers, maintain vacancy lists
  and refer candidates to training providers.""")
N("ind", """Labour force participation rate of women: baseline 26.3 percent; target 40 percent by 2029.""")
N("bud", """NPR 11.7 billion is allocated to the Prime Minister Employment Programme for 2025/26, of which 70
  percent is transferred as conditional grants to local levels.""")
N("act", """Apprenticeship schemes will be expanded in partnership with industry associations, with employers
  paying a stipend and the state financing classroom instruction.""")
N("sit", """Occupational safety remains weak: the Department of Labour recorded 312 workplace fatalities last
  year, mostly in construction and quarrying.""")
F("act", """The Employment Management Information System will undergo a full data migration to the government
  cloud, and duplicate job-seeker records will be purged.""")
F("sit", """Migraine and other chronic headaches are among the leading causes of absence from work, and
  occupational health services will include screening and referral.""")
F("ind", """Return on training investment will be assessed through tracer studies measuring the earnings gains
  of TVET graduates six and twelve months after completion.""")
F("bud", """Staff of the Department of Labour will receive travel allowances for inspection visits to factories
  in remote industrial districts, capped at NPR 2,500 per day.""")
F("act", """Transit workers employed by Sajha Yatayat and private bus operators will be covered by new rules on
  maximum driving hours and rest periods.""")
F("act", """The migration of payroll records for 14,000 public employees to the new Human Resource Management
  Information System will be completed by Asar 2082.""")
F("ins", """Employers must remit social security contributions to the Fund within 15 days of the end of each
  month, and late remittance attracts a penalty of 10 percent.""")
F("act", """Workers who lose their jobs through factory closures, so-called displaced workers, will receive
  retraining vouchers and three months of income support.""")
F("sit", """Labour mobility between sectors remains low: few workers move from agriculture into manufacturing
  because of skill mismatches and the small size of the industrial base.""")
F("obj", """Foreign direct investment in manufacturing is expected to create 40,000 jobs, mainly in special
  economic zones at Bhairahawa and Simara.""")
F("act", """Return-to-work programmes will help injured workers resume employment after rehabilitation, with
  employers adapting tasks where necessary.""")
F("obj", """Upward occupational mobility for women will be supported through leadership training and targets
  for promotion boards in the civil service.""")
T("sit", """Nearly a third of young people aged 15-24 are not in employment, education or training, with rates
  above 40 percent for young women in Madhesh Province.""")
T("sit", """Rural employment is dominated by subsistence agriculture, where underemployment is widespread and
  average working hours fall well below full time during the dry season.""")
T("sit", """Construction companies report shortages of skilled masons and electricians, and the output of
  vocational training does not match industry demand.""")
T("ins", """The monthly minimum wage will be reviewed every two years by the tripartite Minimum Wage Fixation
  Committee on the basis of price and productivity data.""")
T("obj", """Child labour persists in brick kilns, carpet weaving and domestic work, and the plan aims to
  eliminate its worst forms by 2026.""")
T("sit", """The garment industry employs 60,000 workers in the Kathmandu valley, many of them women, but faces
  declining exports since the end of quota preferences.""")
T("sit", """The Haliya and Kamaiya bonded labour systems have been abolished, but freed households still lack
  land, housing and stable jobs.""")
T("act", """Tourism employs around 370,000 people directly, and trekking guides and porters will receive
  insurance coverage and certified training.""")
T("act", """Public works will target the districts with the highest food insecurity during the lean season
  between November and March.""")
T("sit", """The gig economy is growing quickly among urban youth, with ride-hailing and delivery platforms
  engaging an estimated 25,000 workers without contracts.""")
T("ind", """TVET graduates employed within six months of completing their course: baseline 42 percent, target
  65 percent.""")
T("obj", """Collective bargaining coverage is limited to large enterprises; the plan will strengthen labour
  courts and workplace dialogue.""")
T("act", """Entrepreneurship training and start-up grants will be offered to unemployed youth in every
  municipality, with priority to graduates of technical schools.""")
T("sit", """Agricultural wage labourers in the Terai earn on average NPR 650 per day, about 30 percent less than
  construction workers in the same districts.""")
V("obj", """Employment programmes will reserve at least 40 percent of places for women and ensure access for
  Dalits, persons with disabilities and members of marginalised communities.""")
V("ins", """Affirmative hiring in the civil service covers women, Adivasi Janajati, Madhesi, Dalits, persons with
  disabilities and people from backward areas.""")
V("bud", """Vocational training stipends will be higher for trainees from poor households, single mothers, young
  people leaving care and persons with disabilities.""")
V("act", """The labour inspection plan prioritises workplaces employing children, pregnant women, older workers
  and workers with disabilities.""")

# =====================================================================================
# EDUCATION
# =====================================================================================
S("edu")
P("int lab mig", "sit", """Children of seasonal migrant families miss up to five months of schooling each year
  because they accompany their parents from the hills to brick kilns in the Terai and the Kathmandu valley.""")
P("bd emi", "act", """The Ministry of Education will study the emigration of trained teachers, particularly
  science and English teachers who leave for jobs in the Gulf, Korea or Australia, and propose retention
  incentives.""")
P("ret", "obj", """Ensure that children returning with their families from India or the Gulf can enrol at any
  time of the school year, using placement tests instead of transfer certificates.""")
P("dat", "ind", """Share of schools recording pupils' migration status in the Integrated Educational Management
  Information System: baseline 0 percent; target 80 percent by 2027.""")
P("emi bd", "sit", """The number of students going abroad to study has tripled since 2019, with Australia, Japan,
  Canada and the United Kingdom the main destinations, and most do not return after graduating.""")
P("dis", "act", """Temporary learning centres will be set up within 72 hours in camps for people displaced by
  floods and landslides, staffed by trained volunteer teachers.""")
P("imm", "act", """Schools in border municipalities will offer bridging classes in the language of instruction
  for immigrant children, and teachers will receive guidance on assessing pupils schooled in another system.""")
P("dia", "bud", """NPR 40 million is allocated for Nepali language and culture classes, run with diaspora
  associations, for children of Nepali families living in Gulf cities.""")
P("int mig", "sit", """Teachers in valley schools report that pupils from migrant households change school
  frequently as families move between rented rooms, which contributes to drop-out in grades 6 to 8.""")
P("ret lab", "act", """Returnee migrants will be able to have competencies gained abroad assessed by the National
  Skill Testing Board and earn a level 1 or level 2 certificate.""")
P("gov lab", "obj", """Integrate safe migration education, including information on recruitment fraud and
  workers' rights, into the grade 9-12 social studies curriculum.""")
P("trf", "act", """School-based clubs in 15 high-risk districts will teach adolescents to recognise trafficking
  lures, such as offers of free travel, jobs with circus troupes or marriage abroad.""")
P("dis", "sit", """Refugee children in the remaining camps in Jhapa attend schools run with support from UNHCR,
  but their certificates are not recognised by the national examination board.""")
P("dia ret bd", "ind", """Indicator 4.9: foreign-based Nepali academics recruited through the diaspora faculty
  return scheme. Baseline: 0. Target: 150 by 2029.""")
P("cli int", "sit", """In the low-lying atoll communities, rising seas have already forced the relocation of two
  primary schools, and climate-induced migration to the capital is overcrowding its classrooms.""")
P("gov lab", "ins", """A memorandum between the Ministry of Education and the Department of Foreign Employment
  will allow pre-departure orientation for migrant workers to be delivered through technical schools.""")
P("mig", "obj", """Inclusive education will reach all out-of-school children, including children with
  disabilities, child labourers, migrant children and children from Dalit communities.""")
P("sta", "sit", """Children without birth registration, including some born abroad to Nepali mothers and
  foreign fathers, cannot sit the Secondary Education Examination and are at risk of statelessness.""")
P("int", "bud", """Hostel places for students migrating from remote mountain villages to district headquarters
  for higher secondary education will be expanded by 4,000 beds, at a cost of NPR 600 million.""")
I("lab", "sit", """In many hill schools more than half of the pupils have a father working in Malaysia or the Gulf,
  and mothers report difficulty supervising homework on their own.""")
I("ret", "act", """Pupils who come back after years of schooling in Indian cities will receive catch-up lessons in
  Nepali and a free assessment to place them in the right grade.""")
I("bd", "obj", """Slow the loss of university lecturers to overseas institutions by introducing research grants, a
  clear promotion ladder and competitive salaries for doctoral holders.""")
I("bd", "ind", """Proportion of publicly funded medical graduates still practising in the country five years after
  graduation: baseline 58 percent; target 75 percent.""")
I("int", "sit", """Enrolment in the mountain districts fell by 18 percent in five years as families moved to the
  Terai and the valley, leaving many schools with fewer than 20 pupils.""")
I("lab", "act", """Language institutes preparing candidates for the Korean and Japanese overseas employment
  tests will be registered and inspected, and the fees they charge will be capped.""")
I("emi", "sit", """No-objection letters issued for study in Australia, Canada and Japan now outnumber the annual
  intake of the country's public universities.""")
I("sta", "act", """Children whose parents hold no nationality of any country will be admitted to public schools
  and allowed to sit national examinations on the basis of a school-issued identity card.""")
I("imm", "obj", """Foreign-born pupils, including children of Indian and Bangladeshi labourers employed in the
  Terai, will receive free textbooks and support to learn Nepali.""")
I("dia", "bud", """Matching funds of NPR 60 million will support school libraries and science laboratories financed
  by Nepali associations in the United States, the United Kingdom and Australia.""")
I("dis", "sit", """After the earthquake, about 1,200 families from two wards of Sindhupalchok were relocated to a new
  settlement in Nuwakot, where the nearest secondary school is an hour's walk away.""")
I("cli int", "act", """The school-mapping exercise will plan new classrooms in peri-urban wards receiving families
  who have left drought-stricken villages of the mid-hills.""")
N("sit", """The net enrolment rate in basic education reached 96.1 percent, but learning outcomes remain low:
  only 30 percent of grade 5 pupils meet minimum proficiency in mathematics.""")
N("ins", """Under the School Sector Development Plan the federal government finances teacher salaries, while local
  governments manage school mapping, mergers and monitoring.""")
N("act", """Free school meals will be extended to all community schools up to grade 5, at a rate of NPR 15 per
  pupil per day.""")
N("ind", """Pupil-teacher ratio in basic education (grades 1-8): baseline 28:1; target 25:1.""")
N("obj", """All community schools will be connected to the internet and equipped with at least one computer
  laboratory by the end of the plan period.""")
N("act", """Teacher professional development will be reorganised around school-based mentoring, with each
  resource person supporting no more than 15 schools.""")
N("bud", """NPR 2.4 billion is allocated to textbook printing and timely distribution before the academic year
  begins in Baisakh.""")
N("ins", """Tribhuvan University will be restructured into autonomous constituent campuses receiving
  performance-based grants from the University Grants Commission.""")
F("act", """Student records will be migrated from paper registers to the integrated EMIS over two years,
  beginning with secondary schools.""")
F("obj", """The grade 8 science curriculum includes a unit on animal migration, covering the seasonal movement of
  birds, fish and butterflies.""")
F("act", """Mobility grants will allow university lecturers to attend conferences and short courses abroad,
  subject to approval by the University Grants Commission.""")
F("sit", """The economic return to an additional year of schooling is estimated at 9 percent, higher for
  secondary and tertiary education than for primary.""")
F("sit", """The return of schools to in-person teaching after pandemic closures revealed learning losses of up to
  one year in mathematics.""")
F("act", """The Open University will migrate its learning management system to an open-source platform so that
  students can follow courses on mobile phones.""")
F("obj", """Cell migration and wound healing are among the topics added to the revised grade 11 biology
  syllabus.""")
F("bud", """Research on bird migration along the Kali Gandaki corridor will be supported through university grants
  in zoology and environmental science.""")
F("act", """School transport will be regulated to protect pupils commuting by bus, with speed limits and annual
  vehicle fitness checks.""")
F("bud", """Travel costs of examiners and moderators deployed to remote examination centres will be met from the
  National Examination Board budget.""")
F("act", """Half-fare transit passes will be provided to students enrolled in public campuses in the Kathmandu
  valley.""")
F("obj", """Repatriation of ancient manuscripts held in foreign libraries will be pursued, and digitised copies
  will be made available to university researchers.""")
T("sit", """Drop-out rates rise sharply after grade 8, especially among boys in the Terai who start working on
  family farms and in shops.""")
T("sit", """Schools in remote mountain districts struggle to fill teaching posts, and one in four sanctioned posts
  in Karnali Province is vacant.""")
T("bud", """Multigrade teaching materials and solar heating for classrooms will be funded for small schools in
  remote Himalayan settlements.""")
T("obj", """Technical and vocational education will reach every local level, with at least one technical stream
  in a public school in each municipality.""")
T("act", """Young people who have left school early will be offered second-chance programmes combining literacy,
  numeracy and vocational skills.""")
T("sit", """About 7,000 classrooms damaged in the 2015 earthquake have been rebuilt, and a further 2,500 need
  seismic retrofitting.""")
T("act", """Climate change education will be integrated into the curriculum, and every school will prepare a
  disaster preparedness plan with annual drills.""")
T("sit", """Enrolment in private schools has grown to 27 percent, mostly in urban areas, widening the gap in
  learning outcomes between rich and poor families.""")
T("sit", """Overcrowded classrooms in fast-growing municipalities of the Kathmandu valley exceed 60 pupils per class
  in some wards.""")
T("obj", """Early childhood development centres will be established in every ward, with trained facilitators and
  play materials in the mother tongue.""")
T("sit", """Gross enrolment in higher education is 15 percent of the relevant age group, far below the South Asian
  average.""")
T("sit", """Informal settlements along the Bagmati river lack a public school within walking distance, and many
  children there work as street vendors.""")
T("ind", """Adult literacy (age 15+): baseline 76.2 percent with an 18-point gender gap; target 90 percent with the
  gap halved.""")
T("act", """Examination centres in districts cut off by monsoon landslides will receive question papers by
  helicopter, and affected candidates may sit a supplementary session.""")
V("bud", """Scholarships will be increased for girls, Dalit students, children with disabilities and pupils from
  endangered indigenous groups.""")
V("act", """Inclusive resource classes will serve children who are deaf, blind or have intellectual disabilities,
  as well as children affected by HIV.""")
V("obj", """Priority groups for the out-of-school children programme are girls, children from ultra-poor
  households, child labourers, street children and orphans.""")
V("act", """School safety guidelines will protect children, especially girls and LGBTI students, from bullying,
  corporal punishment and sexual harassment.""")

# =====================================================================================
# HEALTH
# =====================================================================================
S("hea")
P("lab", "sit", """Deaths of Nepali migrant workers abroad average around 1,000 a year, and most are recorded as
  cardiac arrest or natural causes without autopsy, suggesting that heat stress and overwork are
  under-investigated.""")
P("lab gov", "act", """Pre-departure medical examinations for migrant workers will be carried out only in
  accredited centres, with results uploaded directly to the foreign employment information system to
  prevent fraudulent certificates.""")
P("bd emi", "sit", """Emigration of nurses has accelerated: the Nursing Council issued over 6,000 verification
  letters for overseas registration last year, equivalent to two-thirds of new graduates.""")
P("mig dis", "obj", """Guarantee access to the basic health service package for all residents regardless of
  migration status, including undocumented migrants and refugees.""")
P("lab mig", "act", """HIV testing and counselling will be offered at border crossings and in districts with high
  seasonal migration to India, where many new infections are detected among male migrants and their wives.""")
P("dat", "ind", """Proportion of health facilities reporting cases disaggregated by migration status in DHIS2:
  baseline 0; target 50 percent by 2028.""")
P("ret", "sit", """Returnee migrants show high rates of kidney disease, work injuries and depression, yet no
  referral pathway links the Foreign Employment Board's records with public hospitals.""")
P("dis", "act", """Mobile clinics will provide maternal and child health services at sites hosting people
  displaced by the Melamchi flood until permanent housing is available.""")
P("trf", "act", """One-stop crisis management centres in hospitals will be trained to identify and treat survivors
  of human trafficking and refer them to shelters and legal aid.""")
P("bd gov", "obj", """Adopt a health workforce retention strategy consistent with the WHO Global Code of Practice
  on the International Recruitment of Health Personnel, including agreements with destination countries
  on nurse migration.""")
P("lab mig", "sit", """Mental health surveys show depression among wives of migrant workers at twice the rate of
  other married women, linked to isolation, debt and uncertainty about their husbands' safety.""")
P("imm dis", "bud", """An allocation of USD 3.2 million over three years will extend immunisation and tuberculosis
  screening to migrant and refugee populations in the northern border provinces.""")
P("gov", "ins", """The Ministry of Health and Population will designate a focal point for migration health and
  join the inter-ministerial steering committee on foreign employment.""")
P("tra", "sit", """Transit migrants crossing the southern provinces on their way north arrive exhausted, dehydrated
  and often injured; local health posts have treated more than 9,000 of them this year without extra
  resources.""")
P("lab", "ind", """Migrant workers enrolled in the national health insurance scheme before departure, so that
  their families stay covered: baseline 12 percent; target 60 percent.""")
P("int", "act", """Urban health promotion centres will run outreach for internal migrants living in rented rooms
  and informal settlements, who are often missed by ward-based immunisation campaigns.""")
P("cli int", "sit", """Health planning in the Terai must anticipate climate migration: recurrent floods are pushing
  households from riverbank villages to market towns whose health posts were built for much smaller
  populations.""")
P("sta", "act", """Stateless persons and people without citizenship certificates cannot enrol in health
  insurance; the scheme will accept alternative identity documents issued by ward offices.""")
P("dia", "act", """Diaspora medical associations will be invited to run specialist camps and tele-consultations in
  district hospitals under a memorandum with the Ministry.""")
I("lab", "sit", """Every year hundreds of young men come home in coffins from Malaysia and the Gulf, and their
  families receive little information about the cause of death.""")
I("bd", "act", """Nursing graduates who sign a bond to serve five years in rural hospitals will receive a salary
  supplement, to counter the pull of jobs in the United Kingdom and Australia.""")
I("lab", "sit", """Spouses of men working in Mumbai and Delhi account for a growing share of new HIV cases in the
  far-western hill districts.""")
I("imm mig", "obj", """Health services will be provided to foreign nationals living in the country, irrespective of
  their legal status, on the same terms as to citizens.""")
I("bd", "ind", """Doctors leaving the public service each year to take jobs overseas: baseline 310; target fewer
  than 150.""")
I("lab", "act", """Health posts in wards where many men work in the Gulf will offer counselling to women and older
  parents managing households alone.""")
I("int", "sit", """Health posts in the peri-urban wards of Pokhara serve populations that have doubled in a decade
  as people from Myagdi, Baglung and Parbat settled there.""")
I("ret lab", "act", """Workers who come home injured or ill from jobs abroad will be referred by the Welfare Fund to
  designated hospitals for free treatment up to NPR 700,000.""")
I("dis", "bud", """NPR 90 million is earmarked for psychosocial support to families who lost their homes in the
  Jajarkot earthquake and are living in temporary shelters far from their villages.""")
I("trf", "sit", """Girls from Sindhupalchok and Makwanpur sold to brothels in Indian cities often come back with HIV,
  tuberculosis and severe trauma, and many avoid health facilities for fear of stigma.""")
I("tra", "obj", """Health posts along the route used by people crossing the country on foot towards the northern
  border will receive extra medicines and staff during the peak months.""")
I("imm lab", "ins", """The Health Insurance Board will issue membership to foreign workers employed in the country,
  with premiums shared by their employers.""")
N("sit", """The maternal mortality ratio declined from 239 to 151 deaths per 100,000 live births between 2016 and
  2021, but wide disparities persist across provinces.""")
N("sit", """The National Health Insurance Programme covers 61 percent of the population in enrolled districts, but
  renewal rates remain low.""")
N("obj", """Every local level will have at least one basic health service centre staffed by a nurse and a health
  assistant, with round-the-clock birthing services.""")
N("ind", """Children aged 12-23 months fully immunised: baseline 78 percent; target 95 percent.""")
N("bud", """NPR 9.8 billion is allocated to free essential medicines and to diagnostic equipment for provincial
  hospitals.""")
N("ins", """The Department of Drug Administration will strengthen quality testing of pharmaceuticals and enforce
  price controls on essential medicines.""")
N("sit", """Non-communicable diseases now account for 71 percent of deaths, and screening for hypertension and
  diabetes will be integrated into primary care.""")
N("ins", """Provincial health directorates will manage referral hospitals, while local levels are responsible for
  basic health services and community health workers.""")
F("sit", """Migraine affects an estimated 14 percent of adults and is a major cause of disability-adjusted life
  years lost among women of working age.""")
F("act", """Cancer research at the national centre will include studies of tumour cell migration and metastasis in
  cooperation with university laboratories.""")
F("act", """Hospital patient records will be migrated to the electronic health record system in phases, starting
  with the five federal hospitals.""")
F("act", """Mobile health clinics will reach remote villages with antenatal care, immunisation and screening for
  chronic diseases twice a month.""")
F("obj", """Orthopaedic units will adopt standard protocols for displaced fractures to shorten hospital stays and
  reduce complications.""")
F("sit", """Return on investment in family planning is high: every rupee spent saves an estimated six rupees in
  maternal and child health costs.""")
F("act", """Avian influenza surveillance will monitor wild bird migration routes and poultry farms along the Koshi
  corridor.""")
F("bud", """Daily allowances and travel expenses for health workers attending training in provincial capitals will
  be standardised across programmes.""")
F("ind", """Water quality testing will monitor nitrate and arsenic migration into shallow tube wells in the Terai,
  with results published every quarter.""")
F("obj", """Ambulance dispatch will be integrated with traffic police control rooms to reduce transit times to
  emergency departments.""")
F("ins", """Health facilities must remit user fees collected to the municipal treasury every month and report them
  in the accounting system.""")
F("ind", """Return visits for postnatal care within 48 hours of delivery: baseline 57 percent; target 85
  percent.""")
T("sit", """Health workforce shortages are acute: there are 0.8 doctors per 1,000 people, and rural postings remain
  unfilled for long periods.""")
T("sit", """Dengue is spreading to higher altitudes as temperatures rise, with 54,000 cases reported in 2022,
  including in hill districts previously free of the disease.""")
T("sit", """Out-of-pocket spending accounts for 54 percent of total health expenditure, pushing many families into
  poverty after hospitalisation.""")
T("sit", """Health services in informal settlements of the valley are limited to private pharmacies and occasional
  NGO health camps.""")
T("act", """Emergency medical teams and supplies will be pre-positioned in seven provincial hubs so that they can
  reach any disaster site within 24 hours.""")
T("sit", """Occupational lung disease is common among brick kiln and stone quarry workers, who rarely have masks or
  access to regular medical check-ups.""")
T("act", """Cross-border disease surveillance with India will share data on malaria, dengue and cholera outbreaks
  through a joint early warning platform.""")
T("sit", """Suicide is a leading cause of death among women of reproductive age; a national suicide prevention
  helpline will be established.""")
T("sit", """Specialised mental health services are available in only 18 of the 77 districts, and there are fewer
  than 200 psychiatrists in the country.""")
T("act", """High-altitude rescue and health posts along trekking routes will be upgraded, financed partly by permit
  fees paid by foreign trekkers.""")
T("ind", """Stunting among children under five: baseline 25 percent nationally and 36 percent in Karnali; target
  15 percent nationally by 2030.""")
T("sit", """Tuberculosis case notification has stagnated at around 100 per 100,000, suggesting that many cases are
  missed, particularly in crowded urban neighbourhoods.""")
T("act", """Health facilities in flood-prone areas of the Terai will be raised above flood levels and equipped with
  solar backup power.""")
T("obj", """Adolescent-friendly sexual and reproductive health services will be available in every municipality,
  with trained staff and confidential counselling.""")
V("act", """Free health services are provided to senior citizens, persons with disabilities, ultra-poor households,
  female community health volunteers and endangered ethnic groups.""")
V("act", """Hospital-based clinics for gender-based violence will serve women, girls and sexual and gender
  minorities, with forensic examination and counselling.""")
V("bud", """Health insurance premiums will be fully subsidised for ultra-poor households, people with leprosy,
  persons with severe disabilities and citizens over 70.""")
V("obj", """Priority groups for nutrition programmes: pregnant and lactating women, children under two, adolescent
  girls and households caring for members with disabilities.""")

# =====================================================================================
# ENVIRONMENT AND CLIMATE CHANGE
# =====================================================================================
S("env")
P("cli dis", "sit", """Climate-induced displacement is rising: floods and landslides displaced more than 70,000
  people in 2023, and glacial lake outburst floods threaten settlements in the upper Koshi and Karnali
  basins.""")
P("cli hm", "obj", """The National Adaptation Plan recognises planned relocation and migration as adaptation options
  of last resort, to be undertaken only with the free and informed consent of affected communities.""")
P("cli", "act", """Climate-vulnerable households in the Chure region will receive support to diversify livelihoods,
  so that migration becomes a choice rather than a forced response to failing harvests.""")
P("cli dis dat", "ind", """Number of people displaced by climate-related disasters, disaggregated by sex, age and
  destination: baseline not available; to be reported annually from 2026.""")
P("rem", "sit", """Remittance-receiving households are more likely to invest in water tanks, improved seeds and crop
  insurance, which makes remittances an under-used resource for adaptation.""")
P("dis", "act", """Post-flood recovery will include durable solutions for families displaced from the Sunkoshi
  banks, including land for resettlement with secure tenure.""")
P("int emi", "sit", """Out-migration from the mid-hills has led to the abandonment of terraces, which in turn
  increases soil erosion and landslide risk on slopes that are no longer maintained.""")
P("cli dis", "bud", """USD 12 million from the Green Climate Fund will finance planned relocation of 1,400
  households living in glacial lake outburst flood hazard zones, a form of climate displacement the plan
  seeks to manage.""")
P("cli gov", "ins", """The Ministry of Forests and Environment will set up a working group on climate mobility with
  the Ministry of Home Affairs and the International Organization for Migration.""")
P("cli lab", "obj", """The island nation commits to migration with dignity, preparing citizens for labour
  opportunities in partner countries should parts of the atolls become uninhabitable.""")
P("cli int", "sit", """Drought in the western Terai has pushed pastoralist families toward urban fringes, and the
  municipalities of Dhangadhi and Nepalgunj report a rise in climate migrants in squatter settlements.""")
P("mig ret", "act", """Community forest user groups will include migrant households and returnees in their
  management committees so that forest benefits reach newly settled families.""")
P("cli dat", "sit", """The Third National Communication to the UNFCCC does not assess migration linked to climate
  change, and no baseline exists for planning in this area.""")
P("dis", "act", """Early warning systems in the Narayani basin will be linked to evacuation plans that specify where
  displaced families will shelter and how their livestock will be protected.""")
P("cli lab", "obj", """Green jobs in solar installation and forest enterprises will be promoted to reduce distress
  migration of young people from climate-stressed districts.""")
P("rem", "ind", """Share of remittance-receiving households investing in climate-resilient agriculture: baseline 8
  percent; target 20 percent.""")
P("hm cli", "sit", """Human mobility in the Himalaya has always followed the seasons, with herders and traders
  moving between altitudes; warming and shrinking pastures are now changing these patterns.""")
P("dis cli", "bud", """NPR 250 million is allocated for water, sanitation and roads in receiving municipalities that
  absorb climate-displaced households from high-risk hazard zones.""")
P("dia", "act", """Nepali scientists abroad, organised through the diaspora knowledge network, will contribute to
  glacier monitoring and climate modelling at national research centres.""")
I("cli", "sit", """Three villages in Mustang have already moved their entire settlements downhill because their
  water sources dried up, and more high-altitude communities are considering similar moves.""")
I("cli dis", "obj", """Households that must leave river islands eroded by the Koshi will be offered land and housing
  in safer areas, with compensation for lost assets.""")
I("lab", "sit", """In villages where most young men are working abroad, women and older people cannot maintain
  irrigation canals and fire lines, which weakens community forest management.""")
I("cli int", "act", """Families who have left flood-prone river banks for nearby towns will remain eligible for
  adaptation grants tied to their place of origin.""")
I("cli dis", "ind", """Households permanently relocated from glacial lake hazard zones with secure land titles:
  baseline 0; target 1,400.""")
I("int lab", "sit", """Abandoned farmland now covers an estimated 30 percent of cultivated land in some hill
  districts, as working-age residents have left for the cities, India and the Gulf.""")
I("cli", "obj", """Where sea-level rise makes islands uninhabitable, the government will negotiate with partner
  countries to resettle communities as whole villages, preserving their culture and identity.""")
I("cli dis", "sit", """Since 2019 successive floods have forced more than 5,000 families in Saptari to leave their
  homes; many now rent rooms in Rajbiraj and have not gone back.""")
I("rem", "bud", """Money sent home by workers in Malaysia and Qatar could co-finance household biogas and solar
  systems, and a matching-grant window of NPR 100 million will be opened for this purpose.""")
I("hm cli", "act", """Herders who move their yaks between summer and winter pastures will be consulted on
  rangeland plans, since shorter snow seasons are forcing them to change routes.""")
I("dis", "act", """The resettlement action plan for the Budhigandaki reservoir covers 8,000 households who will lose
  their homes and land, with livelihood restoration for at least five years.""")
I("int", "sit", """Squatter families who came from the hills and settled along the Bagmati and Bishnumati rivers
  occupy land that is vital for flood management.""")
N("sit", """Forest cover has increased to 46 percent of the land area, largely thanks to community forestry, which
  now involves more than 22,000 user groups.""")
N("sit", """Air quality in the Kathmandu valley regularly exceeds WHO guidelines, with winter PM2.5 levels five
  times the recommended limit.""")
N("obj", """The Nationally Determined Contribution commits to net-zero emissions by 2045 and to 15,000 MW of clean
  energy capacity by 2030.""")
N("ins", """Environmental impact assessment is mandatory for all projects above the thresholds set in the
  Environment Protection Regulation.""")
N("sit", """Protected areas, including national parks, conservation areas and buffer zones, cover 23.4 percent of
  the country.""")
N("sit", """Only 45 percent of municipal solid waste is collected, and most of it is dumped at open sites without
  leachate control.""")
N("act", """Single-use plastic bags thinner than 40 microns will be banned, and municipalities will receive grants
  for composting and recycling.""")
N("bud", """The Alternative Energy Promotion Centre will distribute 100,000 improved cookstoves and 20,000 biogas
  plants with a budget of NPR 1.3 billion.""")
F("sit", """Bird migration along the Central Asian Flyway passes through Koshi Tappu Wildlife Reserve, one of the
  most important wetlands for waterfowl in South Asia.""")
F("act", """Fish migration in the Karnali will be safeguarded by requiring fish ladders and minimum environmental
  flows at all new hydropower dams.""")
F("act", """Wildlife trafficking of pangolins, tiger parts and red pandas will be tackled through a joint task force
  of park rangers, police and customs.""")
F("ind", """Leachate migration from the Sisdol and Bancharedanda landfill sites into groundwater will be monitored
  at six boreholes.""")
F("sit", """Satellite interferometry shows ground displacement of up to 20 centimetres per year on several slopes
  above the Araniko highway.""")
F("bud", """Relocation of transmission lines and water pipes for the road widening project is estimated at NPR 1.8
  billion.""")
F("act", """Transboundary elephant migration corridors between Bardiya and Katarniaghat will be protected from
  fencing and new settlements.""")
F("ins", """Flood protection works will be designed for the 100-year return period, and river training standards
  will be updated accordingly.""")
F("obj", """High-altitude wetlands will be conserved as climate refugia for cold-adapted plants and animals whose
  habitats are shrinking.""")
F("sit", """Displacement of native vegetation by invasive species such as Mikania micrantha threatens rhino
  habitat in Chitwan National Park.""")
F("ind", """Annual midwinter waterbird counts will track populations of migratory ducks, cranes and storks at the
  ten Ramsar sites.""")
F("act", """Carbon credits from community forests will generate a return to user groups through the emission
  reductions payment agreement with the World Bank.""")
T("sit", """Climate models project a 20 percent increase in extreme rainfall events in the Terai by mid-century,
  raising flood risk for densely populated districts.""")
T("act", """Of 21 potentially dangerous glacial lakes identified, the five highest-risk lakes will receive early
  warning systems and controlled drainage.""")
T("sit", """Floods in 2023 affected 60,000 households, damaging homes, standing crops, roads and irrigation
  canals across twelve districts.""")
T("act", """Landslide-prone settlements will be mapped, and building codes will be enforced for new construction
  on steep slopes.""")
T("sit", """Drought has reduced winter wheat yields by 30 percent in far-western districts over the past three
  seasons.""")
T("act", """Community-based adaptation programmes will help farmers adopt drought-tolerant crops, mulching and
  rainwater harvesting ponds.""")
T("obj", """The plan will seek international finance for loss and damage to compensate communities for
  irreversible climate losses, including farmland and cultural heritage.""")
T("sit", """Urban heat and flash floods are increasing in the valley as paved surfaces expand and natural drainage
  channels are filled in.""")
T("bud", """The Disaster Relief Fund will provide NPR 50,000 per household for temporary shelter after a disaster,
  released within seven days of the damage assessment.""")
T("sit", """Illegal sand and gravel extraction from the Chure rivers has lowered riverbeds and damaged bridges and
  irrigation intakes.""")
T("ind", """Municipalities with an approved local adaptation plan of action: baseline 12 percent; target 60
  percent.""")
T("sit", """Human-wildlife conflict is increasing: elephants, leopards and tigers killed 45 people last year, and
  crop raiding affects thousands of farms.""")
T("sit", """About 30 percent of springs in the mid-hills have dried up or become seasonal, reducing drinking water
  supply for many villages.""")
T("sit", """A sea-level rise of 30 centimetres by 2050 would flood the main port and airport, requiring coastal
  defences and elevated infrastructure.""")
V("obj", """Climate adaptation finance will give priority to women, indigenous peoples, smallholders, persons with
  disabilities and older people.""")
V("ins", """Forest user group executive committees must include at least 50 percent women, with proportional
  representation of Dalits and indigenous communities.""")
V("act", """Early warning messages will be adapted for people with hearing and visual impairments, older people
  living alone and children.""")
V("act", """Climate policy will be gender-responsive and socially inclusive, reaching women, Dalits, Janajatis,
  youth and people in remote areas.""")

# =====================================================================================
# GOVERNANCE
# =====================================================================================
S("gov")
P("gov", "sit", """The National Migration Policy has remained in draft since 2019, and responsibilities for
  foreign employment, immigration and internal migration are scattered across five ministries.""")
P("gov", "obj", """Adopt a whole-of-government migration governance framework aligned with the Global Compact for
  Safe, Orderly and Regular Migration, with a public progress review every two years.""")
P("gov lab", "act", """Consular services for Nepali migrant workers will be strengthened by posting additional
  labour attachés in Saudi Arabia, Kuwait and Malaysia and by opening an embassy in Poland.""")
P("dia", "act", """The Non-Resident Nepali Act will be amended so that members of the diaspora can hold
  non-resident citizenship, invest freely and transfer property without special permits.""")
P("gov ret", "ins", """Each ward office will designate a migration desk to register departing and returning
  workers and to refer their families to local services.""")
P("dat", "ind", """Annual migration profile published by the National Statistics Office using census, survey and
  administrative data: baseline, none; target, published every year from 2026.""")
P("trf", "sit", """Reported cases of human trafficking rose to 301 in 2022/23, but the National Human Rights
  Commission estimates that tens of thousands of people are at risk every year.""")
P("trf gov", "act", """Local committees against human trafficking will be formed in all 753 local levels, each with
  a budget line for survivor rehabilitation.""")
P("sta", "act", """The Citizenship Act will be amended so that children of Nepali mothers acquire citizenship by
  descent on equal terms with those of Nepali fathers, reducing the risk of statelessness.""")
P("imm dat", "act", """The Department of Immigration will introduce electronic visas and residence permits and
  publish annual statistics on foreign residents by nationality and purpose of stay.""")
P("gov lab", "bud", """NPR 300 million is allocated to digitalisation at the Department of Foreign Employment,
  including the information management system and identity cards for migrant workers.""")
P("dat lab", "sit", """Census 2021 recorded 2.19 million people absent abroad, 82 percent of them male, but
  administrative data on departures and returns are not reconciled with census counts.""")
P("int", "obj", """Ensure that internal migrants can use public services and vote where they live, by
  simplifying the transfer of residence registration between local levels.""")
P("dis cli", "act", """The national policy on internally displaced persons will be updated to cover disaster and
  climate-related displacement, consistent with the Guiding Principles on Internal Displacement.""")
P("ret gov", "ins", """Provincial governments will set up reintegration committees for returnees, chaired by the
  Minister for Social Development, with representation of returnee associations.""")
P("tra gov", "sit", """As a transit country, the Republic sees thousands of irregular migrants cross its territory
  each month, while border authorities lack reception capacity and screening procedures.""")
P("dis gov", "sit", """Nepal is not a party to the 1951 Refugee Convention, and asylum seekers from third countries
  depend on recognition by UNHCR, with no national procedure to determine their status.""")
P("trf", "ind", """Conviction rate in human trafficking cases prosecuted by the Office of the Attorney General:
  baseline 62 percent; target 80 percent.""")
P("dia", "ins", """A Diaspora Affairs Unit in the Ministry of Foreign Affairs will coordinate engagement with the
  Non-Resident Nepali Association and its national councils in more than 80 countries.""")
P("mig gov", "obj", """The rights of migrants will be protected through access to justice, including free legal aid
  and interpretation in labour and immigration proceedings.""")
I("dia lab gov", "act", """Out-of-country voting will be piloted in the next federal election for citizens living and
  working overseas, starting with the embassies in Doha and Kuala Lumpur.""")
I("lab gov", "sit", """Each Nepali embassy in the Gulf handles several thousand cases a year from workers seeking
  help with unpaid wages, detention or the bodies of deceased colleagues.""")
I("sta", "obj", """No person born in the country shall remain without a nationality; a simplified procedure will
  grant citizenship to long-term residents who have lived here since birth but lack documents.""")
I("trf", "act", """The Women and Children Service Directorate will investigate cases of girls taken across the
  southern border with false promises of marriage or jobs, and prosecute the brokers involved.""")
I("dat lab", "ind", """Local levels keeping an up-to-date register of residents working abroad: baseline 112;
  target 753.""")
I("int", "act", """Ward offices will issue a simple certificate allowing residents who have moved from another
  district to obtain services without travelling to their place of origin.""")
I("emi dat", "sit", """The absentee population counted in the 2021 census reached 2.19 million, or 7.5 percent of
  the total, up from 1.92 million in 2011.""")
I("gov lab", "obj", """Bilateral agreements will be sought with every country employing more than 10,000 Nepali
  workers, covering recruitment, wages, insurance and dispute settlement.""")
I("imm", "act", """Foreigners who have lived in the country for more than ten years will be able to apply online for
  long-term residence, and the fees for renewing their permits will be reduced.""")
I("dia", "bud", """NPR 25 million supports the global conference of Nepalis abroad and a platform linking expatriate
  professionals to line ministries.""")
I("ret lab", "ins", """A one-stop service centre at the international airport will help workers arriving home from
  jobs abroad with complaints, insurance claims and onward transport.""")
I("tra trf", "sit", """Investigations show that brokers route job seekers from Bangladesh and Myanmar through
  Kathmandu airport to Europe on forged visas, exploiting weak document checks.""")
N("sit", """The 2015 Constitution established a federal system with seven provinces and 753 local levels, each
  with its own legislative and executive powers.""")
N("act", """Public service delivery will be digitised through a single citizen app offering tax payment, licence
  renewal and grievance registration.""")
N("ind", """Corruption Perceptions Index score: baseline 35 (2023); target 45 (2029).""")
N("ins", """The Commission for the Investigation of Abuse of Authority will open provincial offices and publish
  case outcomes online.""")
N("sit", """Planning and public financial management capacity remains weak in many local governments, and
  budget execution averages only 63 percent.""")
N("obj", """Local elections will be held every five years under an independent Election Commission, with
  electronic voting machines introduced gradually.""")
N("bud", """NPR 1.2 billion is allocated to electronic procurement and the public asset management system.""")
N("ins", """The Public Service Commission will conduct recruitment for provincial and local civil services under
  a common examination calendar.""")
F("act", """Migration of government websites and databases to the national data centre will be completed by
  2026, with disaster recovery at a secondary site.""")
F("obj", """The Ministry of Foreign Affairs will strengthen bilateral relations with neighbours and major
  development partners and expand economic diplomacy.""")
F("sit", """The external debt stock reached 22 percent of GDP, most of it on concessional terms from multilateral
  lenders.""")
F("act", """Returning officers and polling staff will be trained on the new electoral code and on the handling of
  disputed ballots.""")
F("act", """Repatriation of stolen assets held abroad will be pursued through mutual legal assistance treaties and
  the UN Convention against Corruption.""")
F("ins", """Foreign visits by ministers and officials will require prior approval, and travel reports must be
  published within 30 days.""")
F("obj", """Civil servants will be transferred between ministries and provinces at regular intervals, and this
  staff mobility will be linked to career progression.""")
F("act", """Court case files will be migrated to the integrated case management system, reducing the average
  disposal time.""")
F("act", """The transit agreement with India will be revised to ease the movement of goods between Kolkata port
  and the dry port at Birgunj.""")
F("obj", """Laws inherited from the unitary state will be migrated to the federal framework by repealing or
  amending 150 acts.""")
F("ind", """Returns of income and asset declarations filed on time by public officials: baseline 74 percent; target
  100 percent.""")
F("ins", """The Development Cooperation Policy will direct foreign aid to national priorities through the
  budget, reducing off-budget external assistance.""")
T("act", """Passport services will be decentralised to all 77 district administration offices, and electronic
  passports will be issued within seven days.""")
T("obj", """Citizenship certificates will be issued by ward offices within 15 days of application, and the
  procedure will be simplified for persons with disabilities.""")
T("act", """Management of the open border with India will be strengthened through joint patrols, repaired
  border pillars and regular meetings of district officials.""")
T("ind", """Residents enrolled in the national identity card system: baseline 14 million; target 28 million by
  2028.""")
T("ins", """The Inter-Provincial Council will meet twice a year to resolve disputes on the sharing of
  revenues, natural resources and staff between levels of government.""")
T("act", """Free legal aid desks will be set up in all district courts, and paralegal committees will help
  residents file complaints.""")
T("sit", """Land registration records are incomplete, and disputes over land account for one third of cases in
  district courts.""")
T("ind", """Universal Periodic Review recommendations implemented: baseline 42 percent; target 75 percent.""")
T("sit", """Local governments have filled only 58 percent of their approved staff positions, with the highest
  vacancy rates in remote municipalities.""")
T("obj", """Transitional justice will be completed through the Truth and Reconciliation Commission, with reparations
  for conflict victims and their families.""")
T("act", """The number of diplomatic missions will be increased to 45, with new embassies in Africa and Latin
  America to support trade and investment.""")
T("act", """The 2031 census will be conducted digitally with tablets, and its results published within twelve
  months of enumeration.""")
T("ins", """The National Statistics Office will coordinate statistical units in line ministries and adopt a
  national data quality assurance framework.""")
T("sit", """Trust in local government is high, but many residents report that ward offices are difficult to
  reach during the monsoon season.""")
V("ins", """Proportional representation requires that women, Dalits, indigenous nationalities, Madhesis, Tharus
  and Muslims be represented in all elected bodies.""")
V("ins", """The National Inclusion Commission will monitor the participation of Khas Arya poor, persons with
  disabilities, minorities and backward regions in public institutions.""")
V("act", """Free legal aid will be provided to women, children, persons with disabilities, senior citizens and
  economically poor litigants.""")
V("ind", """Share of local government budgets targeted to women, children, senior citizens and persons with
  disabilities: baseline 9 percent; target 15 percent.""")

# =====================================================================================
# PRIVATE SECTOR DEVELOPMENT AND TRADE
# =====================================================================================
S("psd")
P("rem", "sit", """Remittance inflows reached NPR 1,220 billion in 2022/23, but less than 5 percent is invested in
  productive enterprises; most is spent on consumption, debt repayment, land and housing.""")
P("rem", "act", """Nepal Rastra Bank will license additional remittance service providers and allow mobile wallets
  to receive international transfers directly, reducing the use of informal hundi channels.""")
P("dia", "obj", """Attract diaspora investment by issuing US dollar-denominated diaspora bonds to finance
  hydropower, airports and other bankable infrastructure.""")
P("ret", "act", """Returnee migrant entrepreneurs will have access to collateral-free loans of up to NPR 1 million at 5
  percent interest through commercial banks, with the state covering the interest subsidy.""")
P("rem", "ind", """Share of remittances received through formal banking channels: baseline 78 percent; target 95
  percent.""")
P("dia", "sit", """Non-resident Nepalis have invested in hydropower, hotels and information technology, but approval
  rules treat them like any other foreign investor, which discourages diaspora capital.""")
P("rem lab", "act", """Financial literacy programmes for migrant households will promote saving and the investment
  of remittances in cooperatives, insurance and small businesses.""")
P("dia", "bud", """The Diaspora Investment Facility will receive NPR 2 billion in seed capital to co-finance
  projects proposed by non-resident Nepali investors.""")
P("imm", "obj", """The Investor Residence Programme will grant residence permits to foreign entrepreneurs who invest
  at least USD 200,000 and employ ten citizens, as part of a selective immigration policy.""")
P("lab emi", "sit", """Hotels and restaurants in Pokhara struggle to recruit kitchen staff because young workers
  prefer migration to the Gulf, where wages are three times higher.""")
P("trf", "act", """Businesses in hospitality and entertainment will be required to verify the age and contracts of
  workers, since dance bars and massage parlours have been linked to trafficking of girls.""")
P("rem ret", "ins", """A Remittance Investment Desk in each provincial investment board will advise households and
  returnees on viable business plans and available credit.""")
P("imm lab", "sit", """Migrant workers from India make up a large share of the workforce in Terai factories,
  particularly in steel, cement and sugar processing, often without written contracts.""")
P("ret", "ind", """Enterprises started by returnees with public support that are still operating after three
  years: baseline unknown; target 60 percent.""")
P("rem lab", "obj", """Promote productive use of labour migration by linking remittance-receiving households with
  cooperatives, agro-processing and tourism investment.""")
P("rem dat", "sit", """No survey records how remittances are used by micro and small enterprises, and the Economic
  Census does not identify firms owned by former migrant workers.""")
P("bd emi", "act", """Information technology firms will receive tax incentives to retain software engineers, as
  emigration of IT professionals to Canada and Australia limits the growth of the outsourcing industry.""")
P("rem", "bud", """A grant of NPR 50 million will develop an interoperable payment switch linking banks and
  remittance companies, lowering the cost of transfers.""")
P("dia", "act", """Trade fairs in cities with large Nepali diaspora communities will promote exports of tea,
  coffee, handicrafts and Himalayan herbs.""")
I("rem", "sit", """Money sent home by workers abroad keeps many rural retail shops, cooperatives and microfinance
  institutions in business, especially during the festival season.""")
I("ret lab", "act", """Workers who have come back from the Gulf with savings will be able to obtain collateral-free
  loans to start small businesses, with priority to those holding certified skills.""")
I("dia", "obj", """Make it easier for Nepali-origin investors resident in the United States, Europe and Australia to
  buy into domestic companies through a fast-track approval window.""")
I("rem", "sit", """Inward transfers from family members employed overseas account for an estimated 60 percent of
  deposits in rural branches of commercial banks.""")
I("rem", "ind", """Households receiving money from relatives abroad who hold a bank account: baseline 71 percent;
  target 90 percent.""")
I("rem lab dia", "act", """The Foreign Employment Savings Bond will be sold through embassies and online platforms to
  Nepali workers in the Gulf, Malaysia and Korea at a premium interest rate.""")
I("imm lab", "sit", """Much of the construction and furniture workforce in the Terai comes from Bihar and Uttar
  Pradesh across the open border.""")
I("dia", "bud", """A USD 20 million co-investment fund will match equity from Nepalis settled abroad in start-ups in
  agriculture, tourism and software.""")
I("lab", "sit", """Manpower agencies form a business sector in their own right, with more than 850 licensed companies
  sending workers to 110 countries.""")
I("ret", "act", """Business incubators in Butwal and Dhangadhi will reserve places for entrepreneurs who gained
  hospitality and construction experience in Malaysia and Qatar before coming home.""")
I("dia bd", "obj", """Software and design firms will be encouraged to contract Nepali engineers working in Silicon
  Valley, Toronto and Sydney, so that skills abroad serve the domestic industry.""")
I("rem", "ins", """The central bank will bring informal agents who settle payments for workers abroad outside the
  banking system under anti-money laundering supervision.""")
N("sit", """The private sector accounts for about 80 percent of employment but invests little in research,
  training or new technology.""")
N("act", """Special economic zones at Bhairahawa, Simara and Panchkhal will offer serviced plots, one-stop
  services and ten-year tax holidays to export-oriented industries.""")
N("obj", """Micro, small and medium enterprises will gain better access to finance through credit guarantees and
  movable collateral registries.""")
N("act", """Company registration, tax registration and industry registration will be combined in a single online
  procedure completed within one day.""")
N("ind", """Credit to the private sector as a share of GDP: baseline 91 percent; target 100 percent with a larger
  share for productive sectors.""")
N("ins", """The Industrial Enterprise Act will be amended to classify enterprises by turnover and to simplify exit
  procedures for failed businesses.""")
N("bud", """NPR 800 million is allocated to upgrading roads, power and effluent treatment in existing industrial
  estates.""")
N("ins", """The Investment Board will structure large public-private partnership projects in energy, transport and
  urban infrastructure.""")
F("act", """Foreign investors will be allowed to repatriate profits and dividends within 30 days of approval, and
  the foreign exchange rules will be codified in a single regulation.""")
F("sit", """Return on equity of commercial banks fell to 9 percent as non-performing loans rose above 4 percent of
  total lending.""")
F("act", """Migration of banks' payment messaging to the ISO 20022 standard will be completed in coordination with
  the central bank.""")
F("act", """The Trade and Export Promotion Centre will support participation of exporters in foreign trade fairs
  and buyer-seller meetings.""")
F("obj", """The transit route to Bangladesh via the Kakarbhitta-Banglabandha corridor will be made fully
  operational for bulk cargo.""")
F("sit", """Mobile money has grown rapidly, with digital wallets processing more domestic payments than debit cards
  for the first time.""")
F("act", """Nepali firms will be permitted to invest abroad up to USD 5 million, liberalising outward capital
  mobility for export-oriented companies.""")
F("sit", """Domestic cement producers have displaced imports almost entirely, and the industry now has surplus
  capacity.""")
F("ins", """Consumer protection rules will require retailers to accept returns of defective goods within 15 days and
  to display prices clearly.""")
F("obj", """The tax administration will encourage the migration of informal enterprises into the formal sector
  through a simplified presumptive tax.""")
F("act", """Relocation of polluting factories from the valley to industrial corridors in the Terai will be supported
  with land and tax incentives.""")
F("sit", """The Birgunj dry port handles most container traffic from Kolkata and Visakhapatnam, but rail transit
  capacity is underused.""")
T("act", """QR-based cross-border payments will be enabled for tourists from India and China, and hotels will be
  encouraged to accept them.""")
T("obj", """Youth entrepreneurship will be promoted through start-up grants, mentoring and a revolving fund managed
  by the Youth and Small Entrepreneur Self-Employment Fund.""")
T("sit", """Border trade with China through Rasuwagadhi and Tatopani is frequently interrupted by landslides and
  customs closures.""")
T("sit", """About half of enterprises operate informally, without registration or tax identification, limiting
  their access to bank credit.""")
T("sit", """Several savings and credit cooperatives have collapsed in recent years, leaving depositors without
  access to their savings.""")
T("sit", """Factories report shortages of semi-skilled machine operators, and turnover among young workers exceeds 30
  percent a year.""")
T("sit", """Hotel capacity has doubled since 2015, but occupancy rates remain below 50 percent outside the peak
  trekking seasons.""")
T("ind", """Microfinance institutions with non-performing loans above 5 percent: baseline 23; target fewer than
  10.""")
T("bud", """A start-up fund of NPR 1 billion will provide concessional loans of up to NPR 5 million to innovative
  businesses selected by competition.""")
T("obj", """Import substitution in rice, maize, vegetables and dairy will reduce the agricultural trade deficit by
  half within five years.""")
T("act", """Homestay tourism in rural municipalities will be supported with hospitality training, marketing and
  small grants for toilets and kitchens.""")
T("sit", """Bank credit for land and housing has grown faster than lending to industry, fuelling speculation in
  peri-urban land markets.""")
T("act", """Industrial corridors along the East-West Highway will be planned with dedicated power supply and
  connection to dry ports.""")
T("sit", """Remote districts have few bank branches, and many villagers still travel a full day to deposit cash or
  collect pensions.""")
V("act", """Concessional loans at 5 percent interest will be available to women entrepreneurs, Dalit youth and
  entrepreneurs with disabilities.""")
V("act", """Business development services will target indigenous artisans, women-led cooperatives and young
  people from marginalised communities.""")
V("obj", """Public procurement will include preferences for enterprises owned by women, persons with disabilities
  and members of historically excluded groups.""")
V("ind", """Share of microcredit borrowers who are women, Dalits or members of indigenous communities: baseline 61
  percent; target 75 percent.""")

# =====================================================================================
# RURAL DEVELOPMENT AND AGRICULTURE
# =====================================================================================
S("rur")
P("lab emi", "sit", """Out-migration of young men has left farming increasingly in the hands of women and older
  people, and this feminisation of agriculture now characterises over 60 percent of farm households in the
  hills.""")
P("rem", "act", """Agricultural cooperatives will offer savings products to remittance-receiving households and
  channel these funds into irrigation, cold storage and commercial vegetable farming.""")
P("ret", "obj", """Encourage returnee migrants to invest in commercial agriculture by offering land leasing support,
  subsidised machinery and technical advice.""")
P("lab", "sit", """Seasonal migration to India remains a key livelihood strategy in Sudurpaschim, where up to 40
  percent of households send at least one member to work across the border each winter.""")
P("int dat", "ind", """Net out-migration from rural municipalities per 1,000 population, measured by the census:
  baseline 18; target 12 by 2031.""")
P("dis", "act", """Households displaced by landslides in Sindhupalchok and Gorkha will receive land titles and
  livelihood support in integrated settlement sites.""")
P("ret lab", "bud", """NPR 500 million will fund the Returnee Migrant Agriculture Programme, providing grants of up to
  NPR 500,000 per enterprise.""")
P("cli", "sit", """Climate migration from the Karnali hills is increasing as erratic monsoons and hailstorms destroy
  crops, with whole families leaving villages that can no longer feed them.""")
P("mig", "obj", """Rural development programmes will count migrant families, landless households and smallholders
  among their priority beneficiaries.""")
P("trf gov", "act", """Community awareness programmes in remote villages of Nuwakot and Sindhupalchok will work to
  prevent trafficking and unsafe migration of young women.""")
P("gov dat", "ins", """Rural municipalities will integrate migration into their periodic plans, using ward profiles
  that record absent household members and their destinations.""")
P("rem", "sit", """Remittances have reduced rural poverty but have also raised local wages and land prices, making
  farming less attractive to young people.""")
P("dat", "sit", """The Agriculture Census 2021/22 does not record whether farm households have members abroad, so the
  effect of migration on agricultural labour cannot be measured.""")
P("hm int", "act", """Rural infrastructure will be designed with human mobility in mind, so that services can be used
  by seasonal migrants and by families who spend part of the year in town.""")
P("ret", "ind", """Returnees engaged in commercial farming or livestock enterprises: baseline 4,200; target
  20,000.""")
P("lab", "act", """Mechanisation grants will help hill farmers cope with labour shortages caused by migration,
  covering mini-tillers, threshers and irrigation pumps.""")
P("imm", "sit", """In the northern provinces, immigrants from neighbouring countries work as sharecroppers, and their
  insecure tenure limits investment in soil conservation.""")
P("cli int dis", "obj", """Planned resettlement of households from high-risk slopes will be combined with land
  consolidation and livelihood programmes to prevent further distress migration.""")
P("dia", "bud", """Village development funds co-financed by diaspora associations, such as the hometown associations
  of Nepalis in Hong Kong and the United Kingdom, will receive matching grants.""")
I("lab", "sit", """In many hill villages almost every household has a son or husband working in Malaysia, Qatar or
  Dubai, and fields lie fallow because no one is at home to plough them.""")
I("rem", "act", """Cooperatives will help families receiving money from abroad to invest in goat farming, fruit
  orchards and greenhouses rather than only buying land in town.""")
I("int", "sit", """Villages in the upper Budhi Gandaki valley have lost half their residents in twenty years, as
  families moved down to Gorkha bazaar and to Kathmandu.""")
I("ret", "obj", """Young people who come home after working abroad will be offered leased land, training and start-up
  grants to become commercial farmers.""")
I("lab", "sit", """Women left in charge of farms while their husbands work overseas often lack land titles in their
  own name, limiting their access to credit and extension services.""")
I("lab", "ind", """Share of farm households reporting a labour shortage at harvest because members are employed
  outside the country: baseline 37 percent; target, monitored annually.""")
I("lab", "act", """The Karnali employment scheme will time public works to the months when men are in India, so that
  women and older people can earn cash without neglecting their fields.""")
I("cli int", "sit", """In the western hills, families whose maize harvest failed three years running have sold their
  livestock and moved to the Terai to work as sharecroppers.""")
I("ret lab", "bud", """NPR 120 million is budgeted for the come-home-and-farm initiative, which pays the first year's
  land lease for workers back from abroad who start a farm enterprise.""")
I("int", "act", """Land banks in the Terai will regulate the sale of plots to newcomers from the hills, whose arrival
  has raised land prices and turned farmland into housing.""")
I("emi", "sit", """The number of hill families with at least one member settled permanently in another country has
  doubled, and some village homes now stand empty for most of the year.""")
I("rem", "ind", """Share of money received from workers abroad that is spent on agricultural inputs and equipment:
  baseline 3 percent; target 10 percent.""")
N("sit", """Agriculture contributes 24 percent of GDP and remains the main source of livelihood for over 60 percent
  of households.""")
N("sit", """Year-round irrigation covers only 33 percent of cultivated land, and many canals built in the 1980s
  need rehabilitation.""")
N("obj", """Every rural municipality centre will be connected to the provincial capital by an all-weather road by
  2030.""")
N("act", """Chemical fertiliser will be supplied on time through cooperatives, and a domestic fertiliser plant will
  be studied.""")
N("ind", """Paddy yield: baseline 3.6 tonnes per hectare; target 4.5 tonnes per hectare by 2029.""")
N("bud", """NPR 4 billion is allocated to the Agriculture Modernisation Project for pocket, block, zone and
  super-zone programmes.""")
N("ins", """Each ward will have at least one agricultural or livestock technician employed by the rural
  municipality.""")
N("obj", """Land reform will enforce ceilings, distribute surplus land to landless farmers and protect the rights of
  tenants.""")
F("act", """Fish passages will be built at irrigation weirs so that native species such as mahseer can migrate
  upstream to spawn.""")
F("sit", """Fall armyworm and locust swarms migrating from neighbouring countries caused crop losses in 40 districts
  in 2020.""")
F("sit", """Farmer-managed irrigation schemes yield an economic return of 18 percent, higher than most
  agency-managed systems.""")
F("ind", """Nitrogen leaching and nutrient migration below the root zone will be measured in demonstration plots to
  guide fertiliser recommendations.""")
F("sit", """Poorly engineered rural roads displace large volumes of spoil onto downslope fields and streams,
  triggering small landslides.""")
F("bud", """Relocation of electricity poles and drinking water pipes along upgraded rural roads is budgeted at NPR
  400 million.""")
F("sit", """Migratory waterfowl cause damage to winter wheat and lentil fields near the Koshi barrage every
  January.""")
F("act", """Digitised land records will be migrated to a central cadastre database, and paper records will be
  scanned and archived.""")
F("bud", """Extension officers will receive fuel and travel allowances for at least twelve field visits a month to
  farmer groups.""")
F("obj", """Rural mobility will improve as 12,000 km of roads are upgraded to all-weather standard and rural bus
  services are subsidised.""")
F("sit", """Foreign trade in agricultural products shows a growing deficit, with exports of cardamom, ginger and tea
  covering only a fraction of food imports.""")
F("act", """Community seed banks lend seed to farmers, who return twice the quantity after harvest to keep local
  varieties in circulation.""")
T("sit", """Rural youth show little interest in farming, and only 8 percent of young people in rural
  municipalities describe agriculture as their preferred occupation.""")
T("sit", """Land fragmentation continues: average farm size has fallen to 0.68 hectares, and most holdings are
  split into several distant plots.""")
T("sit", """Agricultural wage labour is scarce at harvest time, and daily wages have doubled in five years in the
  hill districts.""")
T("obj", """Landless and near-landless households will receive secure tenure through the Land Commission, with
  priority to those farming public land.""")
T("sit", """One in five households in Karnali is moderately or severely food insecure, and chronic malnutrition
  remains widespread.""")
T("act", """Crop and livestock insurance premiums will be subsidised at 80 percent to protect farmers from drought,
  hail and disease.""")
T("act", """Mini-grids and grid extension will bring electricity to the remaining 5 percent of rural households by
  2026.""")
T("obj", """About 25 percent of farmland in the hills is now fallow, and the plan will promote leasing of
  uncultivated land to commercial farmers.""")
T("act", """Rural tourism trails linking homestays, monasteries and viewpoints will be developed in Lamjung,
  Kaski and Myagdi.""")
T("sit", """Agricultural cooperatives number over 11,000, but many are inactive and few provide marketing services
  to members.""")
T("sit", """Livestock contributes a quarter of agricultural GDP, yet veterinary services reach only a third of
  rural wards.""")
T("act", """Earthquake-affected rural households still living in damaged houses will receive the final
  reconstruction grant instalment after inspection.""")
T("ind", """Rural households below the food poverty line: baseline 15 percent; target 8 percent.""")
T("act", """Public works will build irrigation ponds and terraces in drought-prone wards, paying labourers in cash
  during the lean season.""")
V("obj", """Extension services will reach women farmers, Dalit smallholders, indigenous communities and persons
  with disabilities engaged in agriculture.""")
V("bud", """Subsidies for improved seed and breeds are 75 percent for landless Dalits, single women, ultra-poor
  households and farmers with disabilities.""")
V("act", """Joint land ownership certificates will be promoted so that women, including widows and elderly women,
  can secure their rights to family land.""")
V("ins", """Cooperative boards must include women, youth, Dalits and members of marginalised indigenous groups in
  proportion to their membership.""")

# =====================================================================================
# SECURITY, BORDERS AND PROTECTION
# =====================================================================================
S("sec")
P("trf", "sit", """Nepal remains a source country for human trafficking: women and girls are trafficked to India
  for sexual exploitation, and men to Malaysia and the Gulf for forced labour, often via Indian airports.""")
P("trf", "act", """The Anti-Human Trafficking Bureau of Nepal Police will expand to all seven provinces and deploy
  surveillance teams at major border crossings.""")
P("gov", "obj", """Strengthen border management to facilitate regular migration and curb the smuggling of migrants,
  while respecting the free movement of citizens under the 1950 treaty with India.""")
P("dis", "sit", """About 6,300 Bhutanese refugees remain in the Jhapa camps after third-country resettlement ended,
  and a durable solution for them is a priority of this plan.""")
P("tra", "act", """Immigration officers at Tribhuvan International Airport will be trained to detect irregular
  transit migration, including the use of Nepal as a route to Europe by third-country nationals.""")
P("trf", "ind", """Trafficking survivors receiving rehabilitation and reintegration services: baseline 1,450;
  target 3,000 per year.""")
P("gov trf", "ins", """A joint task force of the Department of Immigration, Nepal Police and the Armed Police Force
  will investigate migrant smuggling and document fraud.""")
P("trf", "bud", """NPR 180 million is allocated to anti-trafficking shelters, hotlines and rescue operations,
  including cross-border cooperation with Indian NGOs.""")
P("sta dis", "sit", """Tibetan refugees born in Nepal after 1989 lack identity documents and are effectively
  stateless, which prevents them from registering businesses, vehicles or marriages.""")
P("dis", "act", """Disaster response plans will include the protection of displaced persons in evacuation centres,
  with lighting, separate latrines and safe spaces for women and girls.""")
P("tra", "sit", """The northern border has become a major transit corridor: migrants from the Horn of Africa and
  South Asia cross in groups guided by smugglers, and several have died of exposure.""")
P("dis ret", "obj", """The conflict in the eastern provinces has internally displaced 140,000 people, and the plan
  aims to create conditions for their safe and voluntary return within three years.""")
P("mig imm", "act", """Police will treat migrants who are victims of crime as victims first, regardless of their
  immigration status, and will not share their data with enforcement units.""")
P("gov dat", "ind", """Border posts equipped with electronic migration registration systems: baseline 3 of 12;
  target 12 of 12.""")
P("imm mig", "sit", """The presence of irregular migrants in the mining areas of the south has been linked to
  tensions with local communities over land, water and jobs.""")
P("ret lab", "sit", """Over 4,000 Nepali workers were deported last year, mostly from Malaysia and Saudi Arabia, and
  reception services at the airport will be set up for forcibly returned migrants.""")
P("trf", "act", """Joint standard operating procedures with Indian authorities will govern the rescue and
  repatriation of trafficking victims across the open border.""")
P("dis gov", "ins", """The Ministry of Home Affairs will act as lead agency for refugees and internally displaced
  persons, coordinating with UNHCR and humanitarian partners.""")
P("dat lab", "sit", """Border police record crossings at only 13 of the 30 official points on the Indian border, and
  no data are collected on the large numbers of seasonal migrants.""")
I("trf", "act", """Young people lured by fake job offers into scam compounds in Myanmar, Cambodia and Laos will be
  rescued through diplomatic channels, and the recruiters prosecuted.""")
I("trf", "sit", """Rescue organisations intercepted over 3,000 girls and women at border points last year who were
  being taken to India under false pretences.""")
I("tra", "sit", """Growing numbers of Bangladeshi, Pakistani and African nationals arrive at Kathmandu airport on
  visit visas and attempt to travel onward to Europe with forged documents.""")
I("sta", "act", """People living in the country without proof of any nationality will be registered and issued
  temporary identity cards so that they can obtain services and protection.""")
I("dis", "sit", """Thousands of families who fled their homes during the armed conflict have never recovered their
  land, and disputes with the current occupants continue.""")
I("lab", "act", """Police posts at the Gauriphanta and Jhulaghat crossings will hand out safety information to
  workers heading to Indian cities for the winter season.""")
I("trf", "obj", """End the organ trade in which brokers persuade poor villagers in Kavre and Sindhupalchok to travel
  to India and sell a kidney.""")
I("trf", "ins", """District committees against the sale of persons and forced labour will meet monthly under the
  Chief District Officer and report to the Ministry of Women, Children and Senior Citizens.""")
I("tra", "ind", """Foreign nationals detected at the airport with fraudulent onward travel documents and referred for
  protection screening: baseline 10 percent; target 100 percent.""")
I("imm gov", "act", """Foreign nationals who have overstayed their visas will be offered a one-time amnesty to
  regularise their status or leave without penalty.""")
I("ret", "act", """Nepali workers sent home by foreign authorities after detention will receive medical screening,
  legal advice and help to reach their districts.""")
I("dis", "bud", """NPR 200 million is earmarked for families forced out of their villages by the conflict, to
  rebuild houses and recover livelihoods.""")
N("sit", """Reported crime increased by 8 percent last year, driven mainly by fraud, theft and cybercrime in urban
  areas.""")
N("act", """Community policing will be expanded to every ward through police-citizen partnership committees and
  regular public meetings.""")
N("obj", """Every rural municipality will have a police unit with adequate vehicles, communications and
  investigative capacity.""")
N("sit", """Road traffic accidents kill about 2,500 people a year, and motorcycle riders account for more than
  half of the victims.""")
N("act", """A cyber bureau will investigate online fraud, hacking and harassment, and digital forensic labs will be
  set up in three provinces.""")
N("sit", """Drug abuse is rising among young people, and treatment and rehabilitation centres are mostly private and
  unregulated.""")
N("bud", """NPR 3.5 billion is allocated to police housing, barracks and station buildings over the plan
  period.""")
N("ins", """Municipal fire services will be equipped with modern engines and trained firefighters under provincial
  coordination.""")
F("act", """Drug trafficking across the southern border, particularly of cannabis, brown sugar and synthetic
  opioids, will be countered by sniffer dog units and intelligence sharing.""")
F("sit", """Small arms trafficking by criminal gangs in the Terai has increased the number of armed robberies and
  extortion cases.""")
F("act", """Traffic police will introduce automated number-plate recognition and electronic fines on the main
  valley roads.""")
F("act", """Police crime records will be migrated to a single national crime records management system by
  2026.""")
F("act", """Residents will be encouraged to return illegal firearms to police stations during a six-month
  amnesty without prosecution.""")
F("bud", """Women's refuges for survivors of domestic violence will be funded in every province, with counselling
  and legal aid.""")
F("sit", """Gold smuggling through the international airport has grown into a major revenue and security concern,
  involving airline and customs staff.""")
F("ins", """Rules on the transit of explosives and hazardous chemicals by road will be enforced jointly by the
  police and the Department of Transport Management.""")
F("obj", """The army will maintain its contribution of 5,000 troops to UN peacekeeping missions abroad and expand
  pre-deployment training.""")
F("act", """VIP movement protocols will be revised to reduce road closures in the capital during official
  convoys.""")
F("obj", """Rapid mobility of armed police units will be improved through helicopters and forward bases in remote
  districts.""")
F("sit", """Bird strikes at Tribhuvan International Airport peak during the autumn migration of raptors and
  waterfowl, posing a risk to aircraft.""")
T("sit", """Crime along the open border includes cross-border robbery, cattle theft and the smuggling of fertiliser
  and fuel.""")
T("ins", """The National Disaster Risk Reduction and Management Authority will coordinate search, rescue and relief
  across the three tiers of government.""")
T("sit", """Gender-based violence remains widespread: 26 percent of women report having experienced physical or
  sexual violence.""")
T("sit", """Local disputes over land, water and forest resources occasionally escalate into violence between
  communities.""")
T("sit", """Youth gangs in urban areas are involved in extortion and drug dealing, and many members have dropped out
  of school.""")
T("act", """The Armed Police Force will build 100 additional border outposts along the southern border over the plan
  period.""")
T("sit", """Online fraud targeting bank customers and social media users has increased fivefold in three years.""")
T("act", """Service centres for survivors of domestic violence will be set up in every district police office,
  staffed by female officers.""")
T("act", """Search and rescue teams will be trained in collapsed structure rescue and high-altitude operations.""")
T("act", """Tourist police units will be deployed in Thamel, Pokhara and Chitwan to assist visitors and handle
  complaints.""")
T("obj", """Child sexual abuse will be addressed through school-based prevention, confidential reporting and
  child-friendly police procedures.""")
T("act", """Security at hydropower plants, airports and telecommunications facilities will be strengthened under a
  critical infrastructure protection plan.""")
T("sit", """Prisons hold 26,000 inmates in facilities designed for 16,000, and over a third are awaiting
  trial.""")
T("ind", """Average police response time to emergency calls: baseline 38 minutes; target 15 minutes in urban
  areas.""")
V("act", """Women and children's service centres will protect women, children, senior citizens and persons with
  disabilities from violence and abuse.""")
V("obj", """Security policy will respond to the needs of women, children, sexual and gender minorities, persons with
  disabilities and minority religious groups.""")
V("act", """Police stations will have accessible interview rooms for victims with disabilities, elderly
  complainants and children.""")
V("ins", """The victim compensation fund will give priority to women, children, Dalits and persons with
  disabilities who suffered violent crime.""")

# =====================================================================================
# URBAN DEVELOPMENT AND HOUSING
# =====================================================================================
S("urb")
P("int", "sit", """The population of the Kathmandu valley grew by 2.9 percent a year between 2011 and 2021, and
  rural-urban migration accounts for roughly two-thirds of this growth.""")
P("int mig", "act", """Affordable rental housing schemes in Bharatpur, Butwal and Itahari will target low-income
  migrant workers, who currently pay a third of their earnings for a single room.""")
P("int", "obj", """Plan for internal migration by expanding serviced land, water supply and schools in fast-growing
  secondary cities rather than trying to restrict movement to the capital.""")
P("dat int", "ind", """Municipalities whose land use plans rely on population projections that include migration:
  baseline 10 percent; target 100 percent.""")
P("dis int", "sit", """Displacement after earthquakes and floods has swelled the informal settlements on river banks,
  where some 29,000 squatter households now live without secure tenure.""")
P("cli int", "act", """Municipalities receiving climate migrants from the Chure and Siwalik hills will prepare
  settlement plans that direct new arrivals away from flood-prone land.""")
P("rem", "bud", """Remittance-financed house building drives urban sprawl, and a housing finance window of NPR 1
  billion will channel remittances into planned land-pooling projects.""")
P("gov int", "ins", """The Ministry of Urban Development will add a chapter on migration and urbanisation to the
  review of the National Urban Development Strategy, prepared with the National Statistics Office.""")
P("imm", "sit", """Immigrants from neighbouring countries are concentrated in the older neighbourhoods of the
  capital, where overcrowding and informal tenancies are common.""")
P("int mig", "act", """Urban poverty programmes will include recent migrants who lack local residence papers,
  allowing them to register with a self-declaration countersigned by the landlord.""")
P("rem", "sit", """In Pokhara and Butwal, remittance income has financed a building boom of multi-storey houses,
  much of it built without permits on former farmland.""")
P("dis", "obj", """Families displaced by the clearance of the river corridor will be resettled, with their consent,
  on sites with services and secure tenure within the same municipality.""")
P("hm int", "sit", """Urban planning has ignored human mobility: municipalities plan for resident populations, while
  many people live part of the year in the city and part in their villages.""")
P("ret int", "sit", """A large share of returnees settle in Terai towns rather than their villages of origin,
  increasing demand for rental housing and small business premises.""")
P("mig int", "ind", """Migrant households in urban slums with access to piped water: baseline 38 percent; target 80
  percent.""")
P("trf", "act", """Municipal inspections of carpet factories, restaurants and massage centres will screen for
  trafficking victims and child labour, with referral to police and shelters.""")
P("cli int", "sit", """The capital's coastal informal settlements have doubled in a decade as islanders affected by
  saltwater intrusion migrate from the outer atolls.""")
P("tra", "act", """Transit migrants stranded in the border city for months sleep in parks and bus terminals, and
  the municipality will open a temporary reception centre with NGO partners.""")
P("sta", "sit", """Stateless residents of the old harbour district cannot hold property or register rental
  contracts, so they live in the most insecure informal housing.""")
I("int", "sit", """Every year about 100,000 people arrive in the valley from other districts, most of them young
  people looking for work or college places.""")
I("int", "act", """Newly arrived families from the hills, who often rent single rooms without contracts, will be
  covered by a tenant protection ordinance.""")
I("cli int", "sit", """People who abandoned their villages after repeated floods in the eastern Terai now make up a
  third of the residents of the riverside informal settlements in Biratnagar.""")
I("rem", "sit", """Much of the new housing on the edge of Birtamod and Damak is financed by money from family
  members working in Qatar and Malaysia.""")
I("int", "obj", """Urban services will be planned for the people expected to settle in Tulsipur, Ghorahi and
  Birendranagar as these towns attract young people from surrounding hill districts.""")
I("int dat", "ind", """Residents born outside the municipality who are registered at ward offices: baseline 22
  percent; target 70 percent.""")
I("imm lab", "act", """Foreign workers living in dormitories on industrial estates will be covered by the municipal
  housing and sanitation inspection regime.""")
I("ret", "bud", """NPR 150 million is allocated to low-cost housing loans for workers who have come home from abroad
  and settle in emerging towns.""")
I("lab", "sit", """In Terai towns many houses are occupied only by women, children and grandparents, because the
  men of the household are employed in the Gulf.""")
I("sta", "obj", """Municipal services will be open to residents who cannot prove citizenship of any country, using a
  municipal residence card.""")
I("dis", "act", """People whose homes were swept away by the Seti river flood and who now rent rooms across Pokhara
  will receive rent subsidies for eighteen months.""")
I("tra", "sit", """Groups of young men from West Africa camp near the northern bus terminal while waiting for
  smugglers to take them across the border.""")
N("sit", """Only 20 percent of urban households receive piped water for more than four hours a day, and the
  Melamchi supply remains interrupted during the monsoon.""")
N("act", """A sanitary landfill and materials recovery facility will be built to serve the valley municipalities
  jointly.""")
N("ins", """Municipalities will enforce the National Building Code through electronic building permits and
  third-party structural checks.""")
N("act", """Land pooling will be used to develop 15 new planned neighbourhoods with roads, drainage and open
  space.""")
N("sit", """Municipal own-source revenue averages only 11 percent of total municipal income, most of it from
  property tax and business fees.""")
N("bud", """NPR 6 billion is allocated to urban roads, footpaths and storm drains in provincial capitals.""")
N("obj", """Smart city pilots in three municipalities will integrate traffic lights, street lighting and
  complaint handling on one digital platform.""")
N("act", """Heritage conservation in Patan, Bhaktapur and Kirtipur will combine restoration grants with controls on
  building height and materials.""")
F("obj", """The Sustainable Urban Mobility Plan for the valley will prioritise walking, cycling and public
  transport over private cars.""")
F("act", """A bus rapid transit line will connect Kalanki and Koteshwor along the ring road, with dedicated lanes
  and level boarding.""")
F("obj", """Transit-oriented development will concentrate housing and services within walking distance of the new
  bus and rail stations.""")
F("bud", """Relocation of water mains, sewers and telecom cables for the ring road widening is estimated at NPR 2.2
  billion.""")
F("act", """Municipal property tax databases will be migrated to a shared GIS platform linked to the land revenue
  offices.""")
F("sit", """Land pooling projects have delivered a financial return of 25 percent to landowners, which explains
  their popularity in peri-urban areas.""")
F("sit", """Daily commuters from Bhaktapur, Kirtipur and Tokha spend on average 70 minutes a day travelling to
  work in central Kathmandu.""")
F("ind", """Settlement and lateral displacement of building foundations will be monitored at 40 public buildings
  in the liquefaction-prone zones.""")
F("act", """Pedestrian mobility will improve through continuous footpaths, safe crossings and the removal of
  obstacles from pavements.""")
F("sit", """Migratory swifts nest every summer in the timber eaves of heritage buildings, and restoration work
  will follow guidelines to protect them.""")
F("bud", """Study tours abroad for mayors and municipal engineers will be limited to two per year and funded
  from the capacity development grant.""")
F("sit", """Traffic congestion costs the valley an estimated 3 percent of its economic output, as vehicle numbers
  grow by 12 percent a year.""")
T("sit", """Around 40 squatter settlements along the valley's rivers lack tenure, piped water and sewerage, and
  many are at risk of flooding.""")
T("sit", """The urban housing deficit is estimated at 400,000 units, and house prices have risen far faster than
  incomes.""")
T("sit", """Urban poverty is concentrated among casual workers, street vendors and domestic workers who earn less
  than the minimum wage.""")
T("act", """A rental housing act will regulate tenancy contracts, deposits and evictions, and landlords will
  register rental units with the ward.""")
T("sit", """Urban flooding in Biratnagar, Janakpur and Birgunj has worsened as ponds and drainage channels have been
  filled for construction.""")
T("sit", """Most buildings in the valley's old cores would not withstand a major earthquake, and retrofitting
  has reached only a few schools and hospitals.""")
T("sit", """Urban youth unemployment is 19 percent, and many young graduates work in low-paid jobs unrelated to
  their studies.""")
T("sit", """Household crowding in the old city cores averages 3.2 persons per room, and many families share
  toilets.""")
T("act", """Street vendors will be registered and given designated vending zones and hours instead of being
  evicted.""")
T("act", """Urban heat action plans will provide shaded public spaces, cooling centres and tree planting in the
  hottest Terai cities.""")
T("obj", """Four new towns along the mid-hill highway will be developed with serviced plots, schools and health
  centres.""")
T("act", """Urban health centres will offer free screening for hypertension and diabetes in low-income
  neighbourhoods.""")
T("sit", """Homelessness is increasing in Kathmandu, with an estimated 5,000 people sleeping in temples, parks and
  bus parks during winter.""")
T("ind", """Share of urban households spending more than 30 percent of income on housing: baseline 41 percent;
  target 30 percent.""")
V("obj", """Public housing will allocate units to single women, persons with disabilities, senior citizens living
  alone and low-income Dalit families.""")
V("act", """Accessible design standards will ensure that wheelchair users, older people, pregnant women and
  children can use public buildings and footpaths.""")
V("act", """Urban safety audits will consider the needs of women, girls, LGBTI people and persons with
  disabilities using streets at night.""")
V("ins", """Ward committees will include representatives of women, youth, Dalits, indigenous communities and
  persons with disabilities.""")

# =====================================================================================
# ADDITIONS (append new passages below, in any sector, using S(...) first)
# =====================================================================================
S("hea")
P("hm mig", "act", """Health service planning will take account of human mobility, including pastoralists,
  seasonal workers and students, so that people on the move can continue tuberculosis and HIV treatment
  wherever they are.""")
S("emp")
I("hm lab int", "sit", """A typical working life now combines spells in the home village, in Indian cities, in the
  Gulf and in Kathmandu, and employment services need to follow workers across all these places.""")
S("sec")
P("hm", "obj", """Border management will balance security with the human mobility that sustains livelihoods in
  border communities, where relatives, traders and farm labourers cross every day.""")


# =====================================================================================
# Append new passages ABOVE this line only (ids follow order).
# =====================================================================================


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(max(len(words) - n + 1, 1))}


def records() -> list[dict]:
    """The passages as corpus records, with stable sequential ids."""
    out = []
    for i, row in enumerate(_ROWS, start=1):
        out.append({
            "id": f"en-{i:04d}", "text": row["text"], "lang": "en",
            "label": 1 if row["kind"].startswith("positive") else 0,
            "concepts": row["concepts"], "sector": row["sector"], "stage": row["stage"],
            "kind": row["kind"], "source": "written for screener",
        })
    return out


def check(recs: list[dict]) -> list[str]:
    """Return a list of problems; an empty list means the corpus meets the brief."""
    problems = []
    first8: dict[str, str] = {}
    for r in recs:
        words = r["text"].split()
        if not 8 <= len(words) <= 90:
            problems.append(f"{r['id']}: {len(words)} words")
        key = " ".join(w.lower().strip(".,:;") for w in words[:8])
        if key in first8:
            problems.append(f"{r['id']}: same first 8 words as {first8[key]}")
        first8[key] = r["id"]
        if r["label"] == 1 and not r["concepts"]:
            problems.append(f"{r['id']}: positive without concepts")
        if r["label"] == 0 and r["concepts"]:
            problems.append(f"{r['id']}: negative with concepts")
        if r["kind"] == "positive_implicit" and (m := OBVIOUS.search(r["text"])):
            problems.append(f"{r['id']}: implicit passage contains {m.group(0)!r}")
    sh = [(r["id"], _shingles(r["text"])) for r in recs]
    for (a, sa), (b, sb) in itertools.combinations(sh, 2):
        if sa and sb:
            j = len(sa & sb) / len(sa | sb)
            if j > 0.5:
                problems.append(f"{a} ~ {b}: 5-gram Jaccard {j:.2f}")
    return problems


def summary(recs: list[dict]) -> str:
    pos = [r for r in recs if r["label"] == 1]
    neg = [r for r in recs if r["label"] == 0]
    lines = [f"total {len(recs)}  positives {len(pos)} ({len(pos)/len(recs):.1%})  "
             f"negatives {len(neg)}"]
    kinds = Counter(r["kind"] for r in recs)
    for k, n in sorted(kinds.items()):
        base = pos if k.startswith("positive") else neg
        lines.append(f"  kind {k:24s} {n:4d}  ({n/len(base):.1%} of its label)")
    for s, n in sorted(Counter(r["sector"] for r in recs).items()):
        p = sum(1 for r in pos if r["sector"] == s)
        lines.append(f"  sector {s:20s} {n:4d}  (pos {p}, neg {n - p})")
    for s, n in sorted(Counter(r["stage"] for r in recs).items()):
        lines.append(f"  stage {s:20s} {n:4d}")
    for c, n in sorted(Counter(c for r in pos for c in r["concepts"]).items()):
        lines.append(f"  concept {c:22s} {n:4d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate only, do not write")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    recs = records()
    problems = check(recs)
    print(summary(recs))
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    if problems:
        return 1
    if not args.check:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with args.out.open("w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {len(recs)} passages to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
