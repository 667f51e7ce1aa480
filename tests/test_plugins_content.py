"""The built-in vocabularies work on realistic plan sentences, compiled by the lexicon compiler.

Per sector and language, a typical sentence must be recognised as the sector's; per
checklist item, a sentence that addresses it must show both an accepted migration
concept and a topic cue - the co-occurrence the engine looks for.
"""

from __future__ import annotations

import functools

import pytest

from screener.nlp.lexicon import compile_lexicon, compile_terms, default_lexicon
from screener.nlp.pipeline import get_nlp
from screener.plugins import load_plugins

SECTOR_SENTENCES = {
    "education": {
        "en": "The net enrolment rate in lower secondary education fell and dropout remains high among girls.",
        "es": "La tasa de deserción escolar en el bachillerato aumentó y faltan docentes en las unidades educativas rurales.",
        "fr": "Le taux d'achèvement du primaire reste faible et les enseignants manquent dans les écoles rurales.",
    },
    "employment": {
        "en": "Youth unemployment reached 18 per cent and most workers remain in the informal economy.",
        "es": "El desempleo juvenil alcanzó el 12 % y la informalidad afecta a la mayoría de los trabajadores.",
        "fr": "Le chômage des jeunes atteint 15 % et la plupart des travailleurs relèvent du secteur informel.",
    },
    "environment": {
        "en": "Droughts and floods linked to climate change threaten watersheds and biodiversity.",
        "es": "Las sequías e inundaciones asociadas al cambio climático afectan a los páramos y a la biodiversidad.",
        "fr": "Les sécheresses et les inondations liées au changement climatique accélèrent la désertification.",
    },
    "governance": {
        "en": "Decentralisation will transfer resources to municipalities and strengthen accountability.",
        "es": "La descentralización fortalecerá a los gobiernos autónomos descentralizados y la rendición de cuentas.",
        "fr": "La décentralisation transférera des ressources aux collectivités territoriales et renforcera la redevabilité.",
    },
    "health": {
        "en": "Maternal mortality remains high and rural health centres lack essential medicines.",
        "es": "La mortalidad materna sigue alta y los centros de salud carecen de medicamentos esenciales.",
        "fr": "La mortalité maternelle reste élevée et les centres de santé manquent de médicaments essentiels.",
    },
    "private_sector": {
        "en": "Small and medium enterprises lack access to finance and the business environment is weak.",
        "es": "Las pymes tienen poco acceso al crédito y el clima de negocios desalienta la inversión extranjera directa.",
        "fr": "Les PME ont un accès limité au crédit et le climat des affaires freine les investissements directs étrangers.",
    },
    "rural_development": {
        "en": "Smallholder farmers need irrigation, extension services and secure land tenure.",
        "es": "Los pequeños productores requieren riego, asistencia técnica y titulación de tierras.",
        "fr": "Les exploitations familiales ont besoin d'irrigation, de conseil agricole et de sécurisation foncière.",
    },
    "security": {
        "en": "Organised crime and drug trafficking drive the homicide rate in border provinces.",
        "es": "El crimen organizado y el narcotráfico elevan la tasa de homicidios en la frontera norte.",
        "fr": "Les groupes armés et le trafic de drogue menacent la sécurité dans les régions frontalières.",
    },
    "urban_development": {
        "en": "Informal settlements on the periphery lack sewerage and secure tenure; the cadastre is outdated.",
        "es": "Los asentamientos informales de la periferia carecen de alcantarillado y el catastro está desactualizado.",
        "fr": "Les quartiers précaires de la périphérie manquent d'assainissement et la voirie est dégradée.",
    },
}

ITEM_SENTENCES = [
    ("HEA-01", "es", "Se garantizará el acceso de las personas migrantes y refugiadas a los servicios de salud sin importar su condición migratoria."),
    ("HEA-02", "en", "The emigration of nurses and doctors to Gulf countries weakens the health workforce; a retention strategy will be adopted."),
    ("HEA-05", "fr", "Les données du système d'information sanitaire seront ventilées par statut migratoire."),
    ("EDU-01", "fr", "Les enfants déplacés internes seront inscrits à l'école et bénéficieront de cours de rattrapage."),
    ("EDU-02", "es", "Se agilizará la convalidación de títulos de las personas migrantes y retornadas."),
    ("EMP-02", "en", "Private recruitment agencies that charge recruitment fees to migrant workers will lose their licence."),
    ("EMP-05", "es", "Se implementará un programa de reinserción laboral para las personas migrantes retornadas."),
    ("ENV-01", "en", "Floods and drought displaced 40,000 people in 2022, and climate change is expected to drive internal migration."),
    ("ENV-03", "fr", "La relocalisation planifiée des communautés vivant en zones à haut risque sera conduite en concertation avec elles."),
    ("GOV-03", "es", "Se fortalecerá la inscripción de nacimientos de hijos de personas refugiadas para prevenir la apatridia."),
    ("GOV-06", "en", "The national statistics office will publish a migration profile every two years."),
    ("PSD-01", "en", "The cost of sending remittances will be reduced through mobile money and formal channels."),
    ("PSD-02", "fr", "Un guichet d'investissement pour la diaspora sera créé au sein de l'agence de promotion des investissements."),
    ("RUR-02", "en", "Remittances will be channelled into productive investment in agriculture and rural enterprises."),
    ("RUR-01", "fr", "L'exode rural touche surtout les jeunes, faute de revenus agricoles suffisants."),
    ("SEC-01", "es", "Se fortalecerá la protección de las víctimas de trata de personas y la judicialización de los tratantes."),
    ("SEC-03", "fr", "La gestion intégrée des frontières renforcera les postes frontaliers et le contrôle migratoire."),
    ("URB-02", "es", "La población migrante se concentra en asentamientos informales con hacinamiento y sin tenencia segura de la vivienda."),
    ("URB-01", "en", "Rural-urban migration will double the population of secondary cities, and urban planning must anticipate this growth."),
]


@functools.lru_cache(maxsize=None)
def plugins():
    return load_plugins()


@functools.lru_cache(maxsize=None)
def migration_matcher(lang):
    return compile_lexicon(default_lexicon(), lang)


@pytest.mark.parametrize("name, lang", [(n, lg) for n in SECTOR_SENTENCES for lg in ("en", "es", "fr")])
def test_sector_terms_recognise_a_typical_sentence(name, lang):
    plugin = plugins().get(name)
    nlp = get_nlp(lang)
    matcher = compile_terms({name: plugin.terms_for(lang)}, lang, nlp, source=plugin.source)
    doc = nlp(SECTOR_SENTENCES[name][lang])
    assert matcher.find(doc), (name, lang)


@pytest.mark.parametrize("item_id, lang, sentence", ITEM_SENTENCES, ids=[f"{i}-{lg}" for i, lg, _ in ITEM_SENTENCES])
def test_item_evidence_co_occurs(item_id, lang, sentence):
    plugin = next(p for p in plugins() if item_id.startswith(p.code + "-"))
    item = plugin.item(item_id)
    nlp = get_nlp(lang)
    doc = nlp(sentence)
    concepts = [m.concept for m in migration_matcher(lang).find(doc) if m.excluded_by is None]
    assert any(item.accepts_concept(c) for c in concepts), (item_id, concepts)
    cues = compile_terms({item_id: item.terms_for(lang)}, lang, nlp).find(doc)
    assert cues, item_id


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Twenty new health centres will be built and staffed with nurses."),
    ("es", "Se construirán veinte centros de salud con personal de enfermería."),
    ("fr", "Vingt nouveaux centres de santé seront construits et dotés d'infirmiers."),
])
def test_sector_sentence_without_migration_is_no_evidence(lang, sentence):
    item = plugins().get("health").item("HEA-02")
    doc = get_nlp(lang)(sentence)
    concepts = [m.concept for m in migration_matcher(lang).find(doc) if m.excluded_by is None]
    assert not any(item.accepts_concept(c) for c in concepts)
