"""Every concept of the bundled lexicon is found in realistic plan sentences, in every language."""

import pytest

from screener.nlp.lexicon import compile_lexicon, default_lexicon
from screener.nlp.pipeline import get_nlp

CASES = {
    "en": {
        "immigration": "The country hosts a growing number of Immigrants and foreign nationals whose integration remains weak.",
        "emigration": "Around 3.5 million Nepalis abroad send money home, and Emigration of youth keeps rising.",
        "return": "A programme will support the reintegration of Returnees and returning migrant workers.",
        "transit": "As a transit country on the Central Mediterranean route, we face mixed movements.",
        "internal_migration": "Rural-urban migration has swelled informal settlements as people migrate to the cities.",
        "forced_displacement": "Asylum-seekers, Refugees and internally displaced persons need access to services.",
        "labour_migration": "Foreign employment contributes a quarter of GDP; Migrant Workers need fair recruitment.",
        "brain_drain": "The brain drain of nurses and health worker migration weaken rural clinics.",
        "diaspora": "The Government will mobilise Diaspora investment through diaspora bonds.",
        "remittances": "Remittance inflows reached 25% of GDP; households remitted money sent home for schooling.",
        "trafficking": "Victims of human trafficking and smuggled migrants will receive protection.",
        "human_mobility": "Human mobility and the free movement of persons are regional priorities.",
        "climate_migration": "Sea-level rise will require the planned relocation of coastal villages and may drive climate migration.",
        "statelessness": "Stateless persons lack citizenship certificates and cannot access services.",
        "migration_governance": "A national migration policy and integrated border management will be adopted with IOM.",
        "migration_data": "Indicators will be disaggregated by migratory status, using migration statistics.",
        "academic_mobility": "Student mobility and exchange students from neighbouring countries will be supported.",
        "migrants_general": "Migrants face barriers; Migration is a cross-cutting issue.",
    },
    "es": {
        "immigration": "El país recibe Inmigrantes y personas extranjeras; se impulsará la regularización migratoria.",
        "emigration": "Los ecuatorianos en el exterior y los compatriotas en el exterior recibirán servicios consulares.",
        "return": "Se apoyará a las Personas Retornadas y el retorno voluntario de los migrantes.",
        "transit": "Miles de migrantes en tránsito cruzan el país por las rutas migratorias del norte.",
        "internal_migration": "El éxodo rural y las Migraciones Internas aceleran el crecimiento de la población flotante.",
        "forced_displacement": "Las Personas Refugiadas, las solicitantes de refugio y la población desplazada requieren protección internacional.",
        "labour_migration": "Se fortalecerá la protección de las trabajadoras migrantes y el trabajo temporal en el extranjero.",
        "brain_drain": "La fuga de cerebros afecta al sector salud.",
        "diaspora": "Se promoverá la vinculación con la Diáspora y las asociaciones de migrantes.",
        "remittances": "Las Remesas representan el 4% del PIB y el envío de remesas tiene costos altos.",
        "trafficking": "Se combatirá la trata de personas y el tráfico ilícito de migrantes.",
        "human_mobility": "Las personas en situación de movilidad humana tendrán acceso a la salud.",
        "climate_migration": "Se realizará la reubicación planificada de familias afectadas por inundaciones; la migración climática crece.",
        "statelessness": "Se prevendrá la apatridia de niñas y niños apátridas.",
        "migration_governance": "La gobernanza migratoria requiere una Política Migratoria integral.",
        "migration_data": "Los registros administrativos se desagregarán por estatus migratorio y perfil migratorio.",
        "academic_mobility": "Se promoverá la movilidad académica y el intercambio estudiantil con otros países.",
        "migrants_general": "La Migración es un fenómeno estructural; los flujos migratorios aumentan.",
    },
    "fr": {
        "immigration": "Le pays accueille des Immigrés et des ressortissants étrangers dont l'intégration reste difficile.",
        "emigration": "Les Ivoiriens de l'extérieur et les Malagasy de l'extérieur participent au développement.",
        "return": "Les Rapatriés et les migrants de retour bénéficieront d'un appui à la réinsertion.",
        "transit": "Le Niger est un pays de transit pour des migrants en transit vers l'Afrique du Nord.",
        "internal_migration": "L'exode rural et les migrations internes alimentent la population flottante des villes.",
        "forced_displacement": "Les Déplacés Internes et les Réfugiées ont besoin d'une protection internationale.",
        "labour_migration": "La migration de travail et les Travailleurs Migrants saisonniers sont encadrés par des accords.",
        "brain_drain": "La fuite des cerveaux touche les médecins spécialistes.",
        "diaspora": "La mobilisation de la Diaspora sera renforcée par les associations de la diaspora.",
        "remittances": "Les transferts de fonds des migrants représentent 10 % du PIB; les envois de fonds coûtent cher.",
        "trafficking": "La lutte contre la traite des personnes et le trafic illicite de migrants sera renforcée.",
        "human_mobility": "La mobilité humaine et la libre circulation des personnes sont des priorités de la CEDEAO.",
        "climate_migration": "Les migrations climatiques et la relocalisation planifiée des populations côtières seront étudiées.",
        "statelessness": "Le risque d'apatridie concerne les enfants apatrides sans acte de naissance.",
        "migration_governance": "La politique nationale de migration et la gestion des frontières seront renforcées avec l'OIM.",
        "migration_data": "Les données seront désagrégées par statut migratoire; un profil migratoire sera publié.",
        "academic_mobility": "La mobilité des étudiants et la mobilité des enseignants seront renforcées.",
        "migrants_general": "Les Migrants et les flux migratoires font l'objet d'un suivi.",
    },
}

INFLECTED = [
    # (lang, sentence, concept, matched text): plurals, feminine and capitalised forms
    ("es", "Las Desplazadas Internas reciben apoyo.", "forced_displacement", "Desplazadas Internas"),
    ("es", "Las remesas familiares crecieron.", "remittances", "remesas familiares"),
    ("es", "Migraciones internas hacia la capital.", "internal_migration", "Migraciones internas"),
    ("es", "Las trabajadoras migrantes domésticas.", "labour_migration", "trabajadoras migrantes"),
    ("fr", "Les personnes déplacées internes du Nord.", "forced_displacement", "personnes déplacées internes"),
    ("fr", "Des réfugiées climatiques.", "climate_migration", "réfugiées climatiques"),
    ("fr", "Les Ivoiriens de l’extérieur.", "emigration", "Ivoiriens de l’extérieur"),
    ("en", "Refugee camps and Internally Displaced People.", "forced_displacement", "Internally Displaced People"),
    ("en", "Remittances from Migrant Workers.", "labour_migration", "Migrant Workers"),
    ("en", "Filipinos living abroad send money.", "emigration", "Filipinos living abroad"),
]


@pytest.fixture(scope="module")
def lexicon():
    return default_lexicon()


def test_every_concept_has_a_case_in_every_language(lexicon):
    for lang, cases in CASES.items():
        assert set(cases) == set(lexicon.concept_ids), lang


@pytest.mark.parametrize(
    "lang, concept, sentence",
    [(lang, concept, s) for lang, cases in CASES.items() for concept, s in cases.items()],
)
def test_concept_is_found(lexicon, lang, concept, sentence):
    matches = compile_lexicon(lexicon, lang).find(get_nlp(lang)(sentence))
    live = [m for m in matches if m.concept == concept and m.excluded_by is None]
    assert live, [(m.concept, m.text, m.excluded_by) for m in matches]
    for m in live:
        assert sentence[m.start:m.end] == m.text
        assert m.lang == lang and m.rule in ("lemma", "lower", "tokens", "regex")


@pytest.mark.parametrize("lang, sentence, concept, text", INFLECTED)
def test_inflected_forms_are_found(lexicon, lang, sentence, concept, text):
    matches = compile_lexicon(lexicon, lang).find_text(sentence)
    assert (concept, text) in {(m.concept, m.text) for m in matches if m.excluded_by is None}


def test_overlapping_matches_of_one_concept_are_merged_to_the_longest(lexicon):
    matches = compile_lexicon(lexicon, "en").find_text("The return of internally displaced persons.")
    fd = [m for m in matches if m.concept == "forced_displacement"]
    assert [m.text for m in fd] == ["internally displaced persons"]
    ret = [m for m in matches if m.concept == "return"]
    assert [m.text for m in ret] == ["return of internally displaced persons"]


def test_matcher_is_cached_per_lexicon_and_language(lexicon):
    assert compile_lexicon(lexicon, "es") is compile_lexicon(lexicon, "es")
    assert compile_lexicon(lexicon, "es") is not compile_lexicon(lexicon, "fr")


def test_language_without_terms_gives_no_matches(lexicon):
    assert compile_lexicon(lexicon, "de").find_text("Migranten und Flüchtlinge") == []
