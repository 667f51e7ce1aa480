"""False friends never count as migration; the true senses next to them still do."""

import pytest

from screener.nlp.lexicon import compile_lexicon, default_lexicon

FALSE_FRIENDS = {
    "en": [
        "The data migration to the new platform and the migration of data from legacy servers are due in 2025.",
        "Ministries will migrate the database and move to cloud services; migration to the cloud saves costs.",
        "The analogue to digital migration of television broadcasting will be completed.",
        "Chronic migraine is a leading cause of disability.",
        "Migratory birds and fish migration depend on healthy wetlands.",
        "Monitoring wells will track the migration of pollutants and leachate migration from landfills.",
        "Cell migration assays will be funded by the research council.",
        "An urban mobility plan and sustainable mobility for persons with reduced mobility.",
        "Travel expenses and per diems for official travel are capped.",
        "The project has a high return on investment and a rate of return of 12%.",
        "Foreign trade, foreign affairs and external debt are handled by the central bank.",
        "Investors value the repatriation of profits and capital repatriation rules.",
        "Ground displacement and landslides damaged the road.",
        "The relocation of utilities and displacement of utilities delayed the works.",
        "Drug trafficking and arms trafficking fuel crime.",
        "Migrating the accounts to IPSAS and migration to IFRS will improve reporting.",
    ],
    "es": [
        "La migración de datos y la migración a la nube del sistema contable concluirán en 2025.",
        "Se prevé migrar la información al nuevo sistema y la migración de servidores.",
        "La migración jurídica al sistema oral y la migración de expedientes judiciales avanzan.",
        "La migraña y las migrañas crónicas afectan a las mujeres.",
        "Las aves migratorias y las especies migratorias del humedal; la migración de peces en el río.",
        "Se controlará la migración de contaminantes y la migración de lixiviados del relleno sanitario.",
        "La migración celular es objeto de investigación.",
        "La movilidad urbana y la movilidad sostenible son ejes del Plan de Movilidad del cantón.",
        "El Plan Maestro de Movilidad prioriza a personas con movilidad reducida.",
        "Los gastos de desplazamiento, viáticos y el desplazamiento de funcionarios se reducirán.",
        "El retorno de la inversión y la tasa de retorno del proyecto son altos.",
        "El comercio exterior, las relaciones exteriores y la deuda externa se gestionarán con prudencia.",
        "La repatriación de utilidades y los capitales repatriados aumentaron.",
        "El desplazamiento de tierras afectó la vía.",
        "Se trata de personas adultas mayores con discapacidad.",
        "El narcotráfico y el tráfico de drogas afectan la seguridad.",
    ],
    "fr": [
        "La migration informatique et la migration des données vers le cloud seront achevées.",
        "La migration vers la TNT et la migration des serveurs sont prévues.",
        "La migration vers le budget-programme et la migration vers les normes IPSAS se poursuivent.",
        "La migraine touche de nombreuses femmes.",
        "Les oiseaux migrateurs et la migration des poissons dépendent des zones humides.",
        "La migration des polluants et la migration cellulaire sont étudiées.",
        "La mobilité urbaine et la mobilité durable figurent dans le plan de mobilité de la ville.",
        "Les frais de déplacement et les déplacements officiels des agents seront réduits.",
        "Le retour sur investissement et le taux de retour sont élevés.",
        "Le commerce extérieur, les affaires étrangères et la dette extérieure sont suivis.",
        "Le rapatriement des bénéfices et les capitaux rapatriés sont libres.",
        "Le déplacement des réseaux d'eau et le déplacement de réseaux électriques retardent les travaux.",
        "Les transferts de fonds aux collectivités territoriales augmenteront.",
        "Le trafic de drogue et le trafic routier augmentent.",
    ],
}

TRUE_SENSES = [
    # (lang, sentence, concept): the true sense still matches next to (or inside) a false friend's area
    ("es", "El Plan de Movilidad Humana protege a las personas migrantes.", "human_mobility"),
    ("es", "La movilidad humana y la movilidad urbana son ejes del plan.", "human_mobility"),
    ("es", "El Ministerio de Relaciones Exteriores y Movilidad Humana atiende a los migrantes.", "human_mobility"),
    ("es", "Las víctimas de desplazamiento forzado serán atendidas.", "forced_displacement"),
    ("es", "El retorno de migrantes y el retorno de la inversión.", "return"),
    ("es", "Los ecuatorianos en el exterior y el comercio exterior.", "emigration"),
    ("es", "Se trata de personas víctimas de trata de personas.", "trafficking"),
    ("fr", "Les déplacés internes et les frais de déplacement.", "forced_displacement"),
    ("fr", "Les Ivoiriens de l'extérieur et le commerce extérieur.", "emigration"),
    ("fr", "Les rapatriés du Niger et le rapatriement des bénéfices.", "return"),
    ("fr", "La libre circulation des personnes et des biens dans l'espace CEDEAO.", "human_mobility"),
    ("fr", "Les transferts de fonds de la diaspora et les transferts de fonds aux communes.", "remittances"),
    ("en", "Data migration is planned; labour migration is rising.", "labour_migration"),
    ("en", "The free movement of persons and goods within the community.", "human_mobility"),
    ("en", "Return on investment is high; the return of refugees continues.", "return"),
]


@pytest.fixture(scope="module")
def lexicon():
    return default_lexicon()


@pytest.mark.parametrize("lang, sentence", [(lang, s) for lang, ss in FALSE_FRIENDS.items() for s in ss])
def test_false_friend_gives_no_live_migration_match(lexicon, lang, sentence):
    matches = compile_lexicon(lexicon, lang).find_text(sentence)
    live = [(m.concept, m.text) for m in matches if m.excluded_by is None]
    assert live == []


def test_false_friends_are_marked_not_dropped(lexicon):
    matches = compile_lexicon(lexicon, "es").find_text("La migración de datos concluye.")
    assert [(m.concept, m.excluded_by) for m in matches] == [("migrants_general", "data_migration")]


@pytest.mark.parametrize("lang, sentence, concept", TRUE_SENSES)
def test_true_sense_still_matches(lexicon, lang, sentence, concept):
    matches = compile_lexicon(lexicon, lang).find_text(sentence)
    assert concept in {m.concept for m in matches if m.excluded_by is None}, [
        (m.concept, m.text, m.excluded_by) for m in matches
    ]
