"""False friends and misses met in real plans (../shared/corpus; page-labelling guide), per language."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener.nlp.lexicon import compile_lexicon, default_lexicon


def live(text, lang):
    """Concepts of the matches no exclusion sets aside."""
    return {m.concept for m in compile_lexicon(default_lexicon(), lang).find_text(text) if not m.excluded_by}


@pytest.mark.parametrize("lang,text", [
    # expatriate project staff (guide; IOM evaluations, fr/en)
    ("en", "The project will hire expatriate staff and national consultants."),
    ("fr", "Le projet recrutera des experts expatriés et du personnel national."),
    ("fr", "Le personnel national et expatrié sera formé."),
    ("es", "El personal expatriado del proyecto coordinará las actividades."),
    # IT / system migration (bank's "migration de son système")
    ("fr", "La banque a achevé la migration de son système d'information."),
    ("es", "Se completará la migración de su sistema contable."),
    ("en", "The ministry will complete the migration of its systems to the cloud."),
    # drug, wildlife, arms, cultural-artefact trafficking; split ligatures too
    ("en", "Drug trafficking and wildlife trafficking are rising."),
    ("en", "Illicit trafficking of cultural property must be stopped."),
    ("en", "Arms traf ficking networks operate at the border."),
    ("en", "Develop an environmental policing system to stop smuggling or trafficking to overseas markets."),  # bd NAP
    ("es", "Se combatirá el tráfico ilícito de bienes culturales y el narcotráfico."),
    ("fr", "Lutter contre le trafic illicite de biens culturels et le trafic de drogue."),
    # staff turnover
    ("fr", "Les besoins de migration du personnel seront évalués chaque année."),
    # sport is not deportation (Nepal/Colombia: "deporte" -> "deportar")
    ("es", "Garantizar el acceso al deporte y recreación de niñas, niños y adolescentes."),
    # road traffic / tránsito
    ("en", "Enhance traffic management and reduce traffic congestion in Kathmandu."),
    ("es", "El reglamento de tránsito regula el tránsito de personas y vehículos en el municipio."),
    # shelters for victims of violence
    ("es", "Se fortalecerán las casas refugio para mujeres víctimas de violencia."),
    # species, fish, birds, fauna
    ("es", "Muchas especies de fauna silvestre son desplazadas de su hábitat natural."),
    ("en", "Rising temperatures alter the migration of fish stocks and birds migrate earlier."),
    ("fr", "Le réchauffement modifie la migration de la faune sauvage."),
    ("fr", "Cela signifie que les espèces devront migrer à travers le paysage."),  # Madagascar PNA p. 83
    ("en", "Species will need to migrate to cooler areas."),
    ("en", "Climate change causes the migration of many fish species."),  # Liberia NAP p. 86
    ("en", "Warmer seas reduce stocks because of death and migration to cooler waters."),  # Liberia NAP p. 72
    ("en", "Disruption to reproductive patterns and migratory routes."),  # Liberia NAP p. 59
    ("es", "Las especies de peces migran hacia el sur."),
    # "solution durable" is a sustainable solution, not a durable solution for the displaced (Madagascar PNA)
    ("fr", "Apporter une solution durable aux sécheresses dues à l'absence prolongée de pluie."),
    ("es", "Se buscará una solución duradera al problema del agua."),
    # Moroccan codes: "traite" = deals with, "traités" = treated
    ("fr", "Ce chapitre traite des personnes handicapées et des mineurs."),
    ("fr", "Les renseignements doivent être traités des personnes concernées avec soin."),
    # "remit a sentence" (Nepal constitution)
    ("en", "The President may grant pardons, suspend, commute or remit any sentence passed by any Court."),
    # exterior / abroad as finance, scholarships, treatment
    ("es", "El municipio gestionará créditos del exterior y financiamiento del exterior para la vía."),
    ("es", "Se ampliarán las becas para estudiar en el exterior."),
    ("en", "Patients referred for medical treatment abroad will be reimbursed."),
    # movilidad as transport, déplacement as travel
    ("es", "El Plan Maestro de Movilidad mejora la movilidad urbana sostenible."),
    ("fr", "Les frais de déplacement des agents sont pris en charge."),
    # transhumance alone is livestock management: corridors, regulation, law titles (bj/cf/cm PNA)
    ("fr", "Loi portant réglementation de la transhumance en République du Bénin."),
    ("fr", "Aménager les couloirs de transhumance et renforcer la gouvernance de la transhumance."),
    ("fr", "Cartographier les couloirs de transhumance transfrontalière."),
    ("fr", "Le système d'élevage bovin est basé sur la pratique de la transhumance et l'élevage nomade."),
    ("en", "Demarcate transhumance corridors and regulate transhumance."),
    ("es", "Se regulará la trashumancia del ganado."),
    # recruitment agencies alone are ordinary hiring (Moroccan labour code)
    ("fr", "Les agences de recrutement privées doivent disposer d'un capital social minimum."),
    ("en", "Private recruitment agencies must register with the labour office."),
    ("es", "Las agencias de reclutamiento de personal deberán registrarse."),
    # species, disease and weather-system "migration" (mg/bj/cf/cm PNA, lc NAP, Chía plan)
    ("fr", "Favoriser le potentiel de migration des espèces via les corridors forestiers."),
    ("fr", "Période/durée de migration par espèce par année."),
    ("fr", "Le changement climatique modifie leurs évènements de migration."),
    ("fr", "On observe la migration de certaines espèces animales vers le nord."),
    ("fr", "Une mutation climatique pourrait enclencher une migration des aires pathologiques."),
    ("fr", "Renforcer les systèmes d'information sur les migrations vectorielles."),
    ("en", "Rainfall depends on the migration of the North Atlantic Subtropical High."),
    ("es", "MIGRACIÓN DE TECNOLOGIAS DE LA INFORMACIÓN"),
    # "displacement" of things, species populations and travel are not people displaced
    ("en", "The displacement of fish populations changes the catch."),
    ("fr", "Les frais de déplacement des agents de la population sont pris en charge."),
    ("es", "Las vías fomentan el desplazamiento de la población rural hacia el casco urbano."),  # Zipaquirá: travel
    ("en", "Vulnerability moves towards the north in the 2050 scenario."),  # cd NAP: no city, no people
    # "cross-border management" of a shared watershed is joint management, not border management (tl NAP)
    ("en", "The Tono catchment requires an appropriate cross border management approach between the two countries."),
    ("en", "Cross-border management of shared river basins will be strengthened."),
    # an ecological corridor "for migration" serves wildlife (mg PNA)
    ("fr", "Restaurer et protéger les corridors de forêts ripicoles importants pour la migration des"),
    ("fr", "Créer des corridors écologiques favorables à la migration."),
    ("fr", "Protéger les corridors de migration à travers le paysage."),
    # studies or partnerships with foreign universities are not students abroad
    ("en", "Feasibility studies will be carried out in partnership with foreign universities."),
    ("fr", "Des études seront menées avec des universités étrangères."),
    ("en", "Research programmes will be run in partnership with foreign universities."),
    # resources, not people, reaching the territory
    ("es", "Los recursos que llegaron al municipio se invirtieron en vías."),
    # displacement of things is not people's, even after "cause"; experts abroad are not nationals abroad
    ("en", "Heavy rains cause displacement of soil on slopes."),
    ("en", "Landslides caused displacement in the road embankment."),
    ("en", "The ministry will consult experts abroad."),
    # a company has a nationality too
    ("fr", "Une entreprise de nationalité étrangère s'installe à Tananarive."),
    ("en", "Companies of foreign nationality may bid."),
    # moving staff and vehicles is travel
    ("fr", "Déplacement des agents et des véhicules du projet."),
])
def test_false_friend_is_set_aside(lang, text):
    found = live(text, lang) - {"academic_mobility"}
    assert not found, found


@pytest.mark.parametrize("lang,text,concept", [
    # nationals abroad
    ("es", "Los colombianos que habitan en el exterior recibirán atención consular.", "emigration"),
    ("es", "La comunidad colombiana residente en el exterior tendrá representación.", "emigration"),
    ("es", "Los ecuatorianos residentes en el exterior podrán votar.", "emigration"),
    ("fr", "Les Malgaches résidant à l'étranger participent au développement.", "emigration"),
    ("en", "Nepali citizens living abroad may vote in national elections.", "emigration"),
    ("en", "Non-resident Nepalese citizenship may be granted.", "emigration"),
    # arbitrary displacement
    ("en", "No one shall be subjected to arbitrary displacement.", "forced_displacement"),
    ("es", "El Estado prohíbe el desplazamiento arbitrario.", "forced_displacement"),
    ("fr", "Nul ne peut faire l'objet d'un déplacement arbitraire.", "forced_displacement"),
    # displacement of civilians by conflict
    ("en", "The conflict caused the displacement of civilians in the north.", "forced_displacement"),
    ("es", "El conflicto armado provocó el desplazamiento de la población civil.", "forced_displacement"),
    ("fr", "Le conflit a entraîné le déplacement des populations civiles.", "forced_displacement"),
    # trafficking in persons, ligature-split forms
    ("fr", "La loi réprime la traite des êtres humains et la traite des personnes.", "trafficking"),
    ("es", "Se aplicará el plan contra la trata de personas y la trata de seres humanos.", "trafficking"),
    ("en", "Combat human traf ficking and traff icking in persons.", "trafficking"),
    ("en", "The law on trafficking in human beings will be enforced.", "trafficking"),
    ("en", "Enhancing coordination in countertrafficking in North Macedonia.", "trafficking"),  # IOM meta-evaluation
    ("en", "Women face violence and trafficking during and after climate disasters.", "trafficking"),  # np NAP
    # free movement of persons (own statement)
    ("en", "Every citizen shall have the freedom of movement throughout the country.", "human_mobility"),
    ("es", "Se garantiza la libertad de circulación de las personas.", "human_mobility"),
    ("fr", "La liberté de circulation des personnes est garantie.", "human_mobility"),
    # people who migrate next to a species word are still people
    ("en", "Loss of crops and fish stocks forces households to migrate to cities.", "internal_migration"),
    ("fr", "La baisse des poissons oblige les pêcheurs à migrer.", "migrants_general"),
    ("fr", "Trouver des solutions durables pour les personnes déplacées.", "forced_displacement"),
    # academic mobility: its own concept
    ("en", "Promote student mobility and teacher mobility across the region.", "academic_mobility"),
    ("es", "Fomentar la movilidad académica de estudiantes y docentes con otros países.", "academic_mobility"),
    ("fr", "Renforcer la mobilité des étudiants et des enseignants entre l'Afrique et l'Europe.", "academic_mobility"),
    # herders moving are people: transhumance with its herders (cf/cm PNA)
    ("fr", "La transhumance transfrontalière s'observe en saison sèche ; ces éleveurs arrivent en novembre.", "internal_migration"),
    ("fr", "Le climat entraîne la sédentarisation des nomades.", "internal_migration"),
    ("fr", "Les éleveurs transhumants venus du Tchad repartent en juin.", "internal_migration"),
    ("en", "Transhumant herders cross the border every dry season.", "internal_migration"),
    ("es", "Los pastores trashumantes cruzan la frontera.", "internal_migration"),
    # recruitment agencies for work abroad are labour migration
    ("fr", "Les agences privées de placement à l'étranger sont soumises au visa du ministère.", "labour_migration"),
    ("fr", "Le contrôle des agences de recrutement internationales sera renforcé.", "labour_migration"),
    ("en", "Overseas recruitment agencies charge migrant workers high fees.", "labour_migration"),
    ("es", "Se vigilará a las agencias de reclutamiento internacional.", "labour_migration"),
    # climate and disaster displacement (cd/ke/lr/lc/tl NAPs, bj PNA, Colombian plans)
    ("en", "Landslides cause loss of life and population displacement.", "climate_migration"),
    ("en", "Erosion and drought lead to massive displacement of the population.", "climate_migration"),
    ("en", "Displacement of people and unplanned settlements.", "climate_migration"),
    ("en", "Due to coastal erosion, populations are being displaced.", "climate_migration"),
    ("en", "Climate impacts lead to human displacement.", "climate_migration"),
    ("en", "Research on climate shocks, forced relocation and resettlement.", "climate_migration"),
    ("en", "Measure: phased relocation of settlements to less vulnerable areas.", "climate_migration"),
    ("en", "Sea-level rise causes the dislocation of coastal communities.", "climate_migration"),
    ("en", "Climate change forces families from their homes.", "climate_migration"),
    ("en", "Droughts that drive rural populations to urban areas raise demand.", "internal_migration"),
    ("en", "Nonresident Nepalese will be encouraged to invest.", "diaspora"),
    ("es", "Los desplazamientos continuos de la población rural agravan el déficit.", "forced_displacement"),
    ("es", "Las víctimas del conflicto que se desplazan a la ciudad agravan las invasiones.", "internal_migration"),
    ("es", "Reubicación de hogares asentados en zonas de alto riesgo.", "climate_migration"),
    ("es", "Estrategia de reubicació n basada en estudios técnicos de riesgo creada", "climate_migration"),  # table cell wrap
    ("es", "Visitas de nuestros paisanos que viven fuera.", "diaspora"),
    ("fr", "Le déplacement répété des populations riveraines de la mer.", "forced_displacement"),
    ("fr", "La sécheresse provoque des déplacements des populations.", "forced_displacement"),
    ("fr", "Exode urbain : réinsertion dans la communauté d'origine.", "internal_migration"),
    ("fr", "Les inondations de 2019 sont associées au déplacement de plus de 20 000 personnes.", "forced_displacement"),
    ("en", "The floods displaced more than 20,000 people.", "climate_migration"),
    ("en", "Young people move to the cities for work.", "internal_migration"),
    ("en", "Households migrate to urban areas.", "internal_migration"),
    # people who arrived to settle in the territory (Florencia PDM)
    ("es", "Asentamientos de personas vulnerables que a lo largo de la historia llegaron al territorio.", "internal_migration"),
    ("es", "La población que llegó al municipio huyendo de la violencia.", "internal_migration"),
    # students enrolled in foreign universities (lc NAP)
    ("en", "Provide scholarships for interested students to register in recognised programmes of foreign universities.",
     "academic_mobility"),
    ("es", "Becas para que los estudiantes se matriculen en programas de universidades extranjeras.", "academic_mobility"),
    ("fr", "Les étudiants inscrits dans des universités étrangères bénéficieront d'un appui.", "academic_mobility"),
    ("en", "Recognised programmes of foreign universities in the areas where skills are lacking.", "academic_mobility"),
    ("es", "Becas para maestrías en universidades extranjeras.", "academic_mobility"),
    ("fr", "Financer des masters dans des universités étrangères.", "academic_mobility"),
    # homes moved to higher ground, the second object of "déplacement des ... et des" (cm PNACC)
    ("fr", "Déplacement des infrastructures et des habitations vers les dunes et les collines.", "climate_migration"),
    # a labour migration corridor is not an ecological corridor
    ("fr", "Les corridors de migration de main-d'oeuvre entre le Maroc et l'Espagne.", "labour_migration"),
    # border management is still border management when its object is people or crossings
    ("en", "Cross-border management of border crossings and passengers.", "migration_governance"),
    # bare displacement as a consequence is people's (lr NAP); a demonym and a profession before abroad (np budget)
    ("en", "Sea erosion can also lead to displacement, loss of lives and properties.", "forced_displacement"),
    ("en", "Coastal flooding leading to displacement or migration of coastal populations.", "forced_displacement"),
    ("en", "Environment will be created for Nepali scientists living abroad to come back to Nepal.", "emigration"),
    # Colombian "en condición de desplazamiento"; Haitian deportations; foreign nationals by a person word; DTM mobility
    ("es", "Apoyar 10 hogares en condición de desplazamiento que deseen retornar o reubicarse.", "forced_displacement"),
    ("fr", "Les déportations et le manque d'infrastructures dans les zones frontalières exacerbent les tensions.", "return"),
    ("fr", "L'engagement d'artistes de nationalité étrangère par des entreprises de spectacle.", "immigration"),
    ("es", "Los trabajadores de nacionalidad extranjera deberán registrarse.", "immigration"),
    ("en", "Employers of workers of foreign nationality must register them.", "immigration"),
    ("fr", "Renforcer le suivi des dynamiques de mobilités locales des populations.", "human_mobility"),
    # a footnote call glued to the word it annotates (Moroccan labour code)
    ("fr", "l'autorisation prévue par les dispositions relatives à l'emploi des étrangers44 .", "labour_migration"),
])
def test_miss_is_now_a_term(lang, text, concept):
    assert concept in live(text, lang)


def test_trafficking_in_persons_is_not_hidden_by_goods_exclusions():
    assert "trafficking" in live("Drug trafficking and trafficking in persons are both prosecuted.", "en")
    assert "trafficking" in live("Le trafic de drogue et la traite des personnes sont réprimés.", "fr")


def test_academic_mobility_can_be_switched_off(tmp_path):
    from screener.cli import main

    plan = tmp_path / "plan.md"
    plan.write_text("# Education plan\n\n## Actions\n\nPromote student mobility with neighbouring countries.\n\n"
                    "Fund academic mobility of teachers and international students.\n", encoding="utf-8")
    runner = CliRunner()
    on = tmp_path / "on.json"
    off = tmp_path / "off.json"
    r = runner.invoke(main, ["scan", str(plan), "-o", str(on), "--no-classifier", "-q"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["scan", str(plan), "-o", str(off), "--no-classifier", "-q", "--no-academic-mobility"])
    assert r.exit_code == 0, r.output
    d_on, d_off = json.loads(on.read_text()), json.loads(off.read_text())
    assert any(f["concept"] == "academic_mobility" for f in d_on["findings"])
    assert not any("academic_mobility" in f["concepts"] for f in d_off["findings"])
    assert any(e["excluded_by"] == "switched_off" for e in d_off["excluded"])
    # the same through screener.toml
    (tmp_path / "screener.toml").write_text('[scan]\nexclude_concepts = ["academic_mobility"]\n', encoding="utf-8")
    cfg = tmp_path / "cfg.json"
    r = runner.invoke(main, ["scan", str(plan), "-o", str(cfg), "--no-classifier", "-q",
                             "--config", str(tmp_path / "screener.toml")])
    assert r.exit_code == 0, r.output
    assert not any("academic_mobility" in f["concepts"] for f in json.loads(cfg.read_text())["findings"])


def test_unknown_concept_to_switch_off_is_a_configuration_error(tmp_path):
    from screener.cli import main

    plan = tmp_path / "plan.md"
    plan.write_text("# Plan\n\nMigrants.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["scan", str(plan), "-o", str(tmp_path / "x.json"), "--exclude-concepts", "nope"])
    assert r.exit_code == 11
    assert "nope" in r.output


_ROOT = Path(__file__).resolve().parents[1]
CORPUS = next((p for p in (_ROOT.parent / "shared" / "corpus", _ROOT.parent.parent / "shared" / "corpus") if p.is_dir()),
              _ROOT.parent / "shared" / "corpus")  # ../shared/corpus (a worktree one level deeper: ../../shared)


@pytest.mark.skipif(not (CORPUS / "en" / "np_constitution_2015_en.pdf").is_file(),
                    reason="the real corpus (../shared/corpus) is not on this machine")
def test_nepal_constitution_has_no_remit_or_traffic_false_friends():
    from screener.loaders import load
    from screener.screen import screen

    result = screen(load(CORPUS / "en" / "np_constitution_2015_en.pdf"), classifier=None)
    counted = [f for f in result.findings if f.counts]
    assert not [f for f in counted if f.concept == "remittances"], "remit a sentence is not remittances"
    assert any(f.concept == "emigration" for f in counted)  # non-resident Nepalese citizenship
    # every counted passage reaches a rating: a sector's, or the cross-cutting entry's
    cross = set(result.summary["cross_cutting"]["ids"])
    assert all(f.sectors or f.id in cross for f in counted)
    assert any("governance" in f.sectors and f.concept == "immigration" for f in counted)  # citizenship articles
