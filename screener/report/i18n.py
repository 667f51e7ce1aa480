"""Report text in English, Spanish and French: one catalogue, one lookup.

Every string a report shows comes from here (or from the plugins' own translated
titles and recommendations), so a ministry reads the whole report in its language.
"""

from __future__ import annotations

from ..vocabulary import LANGUAGES  # noqa: E402  (re-exported for the report writers)

MESSAGES: dict[str, dict[str, str]] = {
    "report_title": {"en": "Migration mainstreaming screen", "es": "Revisión de la integración de la migración", "fr": "Examen de l'intégration de la migration"},
    "document": {"en": "Document", "es": "Documento", "fr": "Document"},
    "language": {"en": "Language", "es": "Idioma", "fr": "Langue"},
    "pages": {"en": "Pages", "es": "Páginas", "fr": "Pages"},
    "page": {"en": "p.", "es": "p.", "fr": "p."},
    "no_page": {"en": "no page numbers", "es": "sin números de página", "fr": "sans numéros de page"},
    "summary": {"en": "Summary", "es": "Resumen", "fr": "Résumé"},
    "sectors": {"en": "Sectors", "es": "Sectores", "fr": "Secteurs"},
    "sector": {"en": "Sector", "es": "Sector", "fr": "Secteur"},
    "rating": {"en": "Rating", "es": "Calificación", "fr": "Note"},
    "matrix": {"en": "Sector × planning stage", "es": "Sector × etapa de planificación", "fr": "Secteur × étape de planification"},
    "checklist": {"en": "Checklist", "es": "Lista de verificación", "fr": "Liste de contrôle"},
    "evidence": {"en": "Evidence", "es": "Evidencia", "fr": "Éléments de preuve"},
    "recommendation": {"en": "Recommendation", "es": "Recomendación", "fr": "Recommandation"},
    "recommendations": {"en": "Recommendations", "es": "Recomendaciones", "fr": "Recommandations"},
    "searched": {"en": "What was searched", "es": "Qué se buscó", "fr": "Ce qui a été recherché"},
    "searched_line": {
        "en": "{n_concepts} migration concepts ({terms} terms, language: {langs}) over {blocks} passages of this sector{pages}.",
        "es": "{n_concepts} conceptos de migración ({terms} términos, idioma: {langs}) en {blocks} pasajes de este sector{pages}.",
        "fr": "{n_concepts} concepts de migration ({terms} termes, langue : {langs}) dans {blocks} passages de ce secteur{pages}.",
    },
    "searched_pages": {"en": ", pages {pages}", "es": ", páginas {pages}", "fr": ", pages {pages}"},
    "present": {"en": "present", "es": "presente", "fr": "présent"},
    "absent": {"en": "absent", "es": "ausente", "fr": "absent"},
    "sectors_absent": {"en": "Sectors not discussed in the plan", "es": "Sectores no tratados en el plan", "fr": "Secteurs non traités dans le plan"},
    "dimensions_covered": {"en": "Migration dimensions covered", "es": "Dimensiones de la migración cubiertas", "fr": "Dimensions de la migration couvertes"},
    "dimensions_possible": {"en": "Possibly covered (to confirm)", "es": "Posiblemente cubiertas (por confirmar)", "fr": "Peut-être couvertes (à confirmer)"},
    "dimensions_weak": {"en": "Named but not enough to count as covered (one passage, or in passing only)",
                        "es": "Mencionadas sin bastar para darlas por cubiertas (un solo pasaje o solo de paso)",
                        "fr": "Citées sans suffire pour être couvertes (un seul passage, ou en passant seulement)"},
    "dimensions_missing": {"en": "Migration dimensions missing", "es": "Dimensiones de la migración ausentes", "fr": "Dimensions de la migration absentes"},
    "continuum": {"en": "Position on the continuum", "es": "Posición en el continuo", "fr": "Position sur le continuum"},
    "security_framing": {
        "en": "Warning: migration appears framed mainly as a security or control matter.",
        "es": "Atención: la migración aparece tratada sobre todo como un asunto de seguridad o control.",
        "fr": "Attention : la migration apparaît surtout traitée comme une question de sécurité ou de contrôle.",
    },
    "findings": {"en": "Findings", "es": "Hallazgos", "fr": "Constats"},
    "no_findings": {"en": "No passage on migration was found for this sector.", "es": "No se encontró ningún pasaje sobre migración en este sector.", "fr": "Aucun passage sur la migration n'a été trouvé pour ce secteur."},
    "possible": {"en": "possible", "es": "posible", "fr": "possible"},
    "possible_note": {
        "en": "found by the classifier only (probability {p}); words that weighed most: {terms}",
        "es": "detectado solo por el clasificador (probabilidad {p}); palabras con más peso: {terms}",
        "fr": "détecté par le classifieur seul (probabilité {p}) ; mots les plus déterminants : {terms}",
    },
    "fired_lexicon": {"en": "lexicon", "es": "léxico", "fr": "lexique"},
    "fired_classifier": {"en": "classifier", "es": "clasificador", "fr": "classifieur"},
    "fired_both": {"en": "lexicon + classifier", "es": "léxico + clasificador", "fr": "lexique + classifieur"},
    "negated": {"en": "negated", "es": "negado", "fr": "nié"},
    "hypothetical": {"en": "hypothetical", "es": "hipotético", "fr": "hypothétique"},
    "historical": {"en": "historical", "es": "histórico", "fr": "historique"},
    "passing": {"en": "in passing", "es": "de paso", "fr": "en passant"},
    "unattributed": {"en": "Passages on migration not tied to a sector", "es": "Pasajes sobre migración sin sector identificado",
                     "fr": "Passages sur la migration sans secteur identifié"},
    "unattributed_note": {
        "en": "No sector's words were found near these passages, and their section is not a sector chapter.",
        "es": "No se encontraron palabras de ningún sector cerca de estos pasajes, y su sección no es un capítulo sectorial.",
        "fr": "Aucun mot d'un secteur n'a été trouvé près de ces passages, et leur section n'est pas un chapitre sectoriel.",
    },
    "excluded": {"en": "Set aside as false friends", "es": "Descartados como falsos amigos", "fr": "Écartés comme faux amis"},
    "warnings": {"en": "Warnings", "es": "Advertencias", "fr": "Avertissements"},
    "references": {"en": "References", "es": "Referencias", "fr": "Références"},
    "status_addressed": {"en": "addressed", "es": "abordado", "fr": "traité"},
    "status_partly": {"en": "partly", "es": "parcial", "fr": "partiel"},
    "status_missing": {"en": "missing", "es": "ausente", "fr": "manquant"},
    "status_absent": {"en": "no text on this sector at this stage", "es": "sin texto sobre el sector en esta etapa", "fr": "pas de texte sur ce secteur à cette étape"},
    "stage_situation_analysis": {"en": "Situation analysis", "es": "Diagnóstico", "fr": "Diagnostic"},
    "stage_objectives": {"en": "Objectives", "es": "Objetivos", "fr": "Objectifs"},
    "stage_actions": {"en": "Actions", "es": "Acciones", "fr": "Actions"},
    "stage_indicators": {"en": "Indicators / M&E", "es": "Indicadores / SyE", "fr": "Indicateurs / S&E"},
    "stage_budget": {"en": "Budget", "es": "Presupuesto", "fr": "Budget"},
    "stage_institutions": {"en": "Institutions", "es": "Institucionalidad", "fr": "Institutions"},
    "stage_unspecified": {"en": "Other", "es": "Otros", "fr": "Autres"},
    "rating_0": {"en": "0 – migration absent", "es": "0 – migración ausente", "fr": "0 – migration absente"},
    "rating_1": {"en": "1 – diagnosis or passing mention only", "es": "1 – solo en el diagnóstico o de paso", "fr": "1 – seulement au diagnostic ou en passant"},
    "rating_2": {"en": "2 – in objectives or actions", "es": "2 – en objetivos o acciones", "fr": "2 – dans les objectifs ou les actions"},
    "rating_3": {"en": "3 – also in indicators and budget/institutions", "es": "3 – también en indicadores y presupuesto/institucionalidad", "fr": "3 – aussi dans les indicateurs et le budget/les institutions"},
    "rating_if_confirmed": {"en": "{r} if the possible findings are confirmed", "es": "{r} si se confirman los hallazgos posibles", "fr": "{r} si les constats possibles sont confirmés"},
    "continuum_blind": {"en": "migration-blind", "es": "ciego a la migración", "fr": "aveugle à la migration"},
    "continuum_aware": {"en": "migration-aware", "es": "consciente de la migración", "fr": "conscient de la migration"},
    "continuum_sensitive": {"en": "migration-sensitive", "es": "sensible a la migración", "fr": "sensible à la migration"},
    "continuum_responsive": {"en": "migration-responsive", "es": "con respuesta a la migración", "fr": "réactif à la migration"},
    "continuum_help": {
        "en": "blind: migration not addressed; aware: only in the diagnosis or in passing; sensitive: in objectives or actions; responsive: with indicators and budget or institutions, across a third or more of the sectors.",
        "es": "ciego: la migración no se aborda; consciente: solo en el diagnóstico o de paso; sensible: en objetivos o acciones; con respuesta: con indicadores y presupuesto o institucionalidad, en al menos un tercio de los sectores.",
        "fr": "aveugle : la migration n'est pas traitée ; conscient : seulement au diagnostic ou en passant ; sensible : dans les objectifs ou les actions ; réactif : avec indicateurs et budget ou institutions, dans au moins un tiers des secteurs.",
    },
    "summary_sectors": {
        "en": "The plan discusses {n_present} of {n_total} sectors. Migration is addressed in {n_addr} of them{addr_list}.",
        "es": "El plan trata {n_present} de {n_total} sectores. La migración se aborda en {n_addr} de ellos{addr_list}.",
        "fr": "Le plan traite {n_present} secteurs sur {n_total}. La migration est traitée dans {n_addr} d'entre eux{addr_list}.",
    },
    "summary_ignoring": {
        "en": "It is absent from: {names}.",
        "es": "Está ausente en: {names}.",
        "fr": "Elle est absente de : {names}.",
    },
    "summary_full": {
        "en": "It reaches indicators and budget or institutions in: {names}.",
        "es": "Llega a indicadores y a presupuesto o institucionalidad en: {names}.",
        "fr": "Elle atteint les indicateurs et le budget ou les institutions dans : {names}.",
    },
    "summary_checklist": {
        "en": "Checklist linkages addressed: {a}; partly: {p}; missing: {m}.",
        "es": "Vínculos de la lista abordados: {a}; parcialmente: {p}; ausentes: {m}.",
        "fr": "Liens de la liste traités : {a} ; partiellement : {p} ; manquants : {m}.",
    },
    "summary_continuum": {
        "en": "Overall the plan is {c}.",
        "es": "En conjunto, el plan es {c}.",
        "fr": "Dans l'ensemble, le plan est {c}.",
    },
    "summary_support": {
        "en": "This verdict rests on {n} counted passages (at least {m} needed, one of them more than a passing mention).",
        "es": "Este veredicto se basa en {n} pasajes contabilizados (se necesitan al menos {m}, uno de ellos más que una mención de paso).",
        "fr": "Ce verdict repose sur {n} passages comptés (il en faut au moins {m}, dont un qui ne soit pas une simple mention en passant).",
    },
    "summary_cross_cutting": {
        "en": "{n} counted passages name no sector; they are rated as cross-cutting ({r}/3).",
        "es": "{n} pasajes contabilizados no nombran ningún sector; se califican como transversales ({r}/3).",
        "fr": "{n} passages comptés ne nomment aucun secteur ; ils sont notés comme transversaux ({r}/3).",
    },
    "summary_possible": {
        "en": "Passages to confirm (they may address migration in other words): {n}.",
        "es": "Pasajes por confirmar (podrían tratar la migración con otras palabras): {n}.",
        "fr": "Passages à confirmer (ils pourraient traiter de la migration en d'autres termes) : {n}.",
    },
    "generated_by": {"en": "Generated by {tool}", "es": "Generado por {tool}", "fr": "Généré par {tool}"},
    "section": {"en": "Section", "es": "Sección", "fr": "Section"},
    "quote": {"en": "Quote", "es": "Cita", "fr": "Citation"},
    "concept": {"en": "Concept", "es": "Concepto", "fr": "Concept"},
    "signal": {"en": "Signal", "es": "Señal", "fr": "Signal"},
    "stage": {"en": "Stage", "es": "Etapa", "fr": "Étape"},
    "status": {"en": "Status", "es": "Estado", "fr": "Statut"},
    "item": {"en": "Item", "es": "Ítem", "fr": "Élément"},
    "none": {"en": "none", "es": "ninguno", "fr": "aucun"},
    "legend": {"en": "Legend", "es": "Leyenda", "fr": "Légende"},
    "plugin_errors": {"en": "Plugins that failed", "es": "Complementos con errores", "fr": "Extensions en échec"},
    # DOCX / XLSX / CSV exports (screener/report/docx_report.py, xlsx_report.py)
    "file": {"en": "File", "es": "Archivo", "fr": "Fichier"},
    "format": {"en": "Format", "es": "Formato", "fr": "Format"},
    "title": {"en": "Title", "es": "Título", "fr": "Titre"},
    "screen_language": {"en": "Screened as", "es": "Analizado como", "fr": "Analysé comme"},
    "report_language": {"en": "Report language", "es": "Idioma del informe", "fr": "Langue du rapport"},
    "level": {"en": "Level", "es": "Nivel", "fr": "Niveau"},
    "context": {"en": "Context", "es": "Contexto", "fr": "Contexte"},
    "more_findings": {
        "en": "… and {n} more findings: see the Excel (XLSX) export.",
        "es": "… y {n} hallazgos más: véase la exportación Excel (XLSX).",
        "fr": "… et {n} autres constats : voir l'export Excel (XLSX).",
    },
    "no_recommendations": {
        "en": "No recommendation: every checklist item is addressed.",
        "es": "Ninguna recomendación: todos los ítems de la lista de verificación están abordados.",
        "fr": "Aucune recommandation : tous les éléments de la liste de contrôle sont traités.",
    },
    "sheet_findings": {"en": "Findings", "es": "Hallazgos", "fr": "Constats"},
    "sheet_checklist": {"en": "Checklist", "es": "Lista de verificación", "fr": "Liste de contrôle"},
    "sheet_missed": {"en": "Missed passages", "es": "Pasajes omitidos", "fr": "Passages manqués"},
    "sheet_about": {"en": "About", "es": "Acerca de", "fr": "À propos"},
    "review_accepted": {"en": "accepted", "es": "aceptado", "fr": "accepté"},
    "review_rejected": {"en": "rejected", "es": "rechazado", "fr": "rejeté"},
    "review_error": {
        "en": "Choose accepted or rejected, or leave the cell blank.",
        "es": "Elija aceptado o rechazado, o deje la celda en blanco.",
        "fr": "Choisissez accepté ou rejeté, ou laissez la cellule vide.",
    },
    "col_id": {"en": "ID", "es": "ID", "fr": "ID"},
    "col_kind": {"en": "Kind (code)", "es": "Tipo (código)", "fr": "Type (code)"},
    "col_fired": {"en": "Fired by (code)", "es": "Detectado por (código)", "fr": "Détecté par (code)"},
    "col_concept": {"en": "Concept (code)", "es": "Concepto (código)", "fr": "Concept (code)"},
    "col_concepts": {"en": "Concepts (code)", "es": "Conceptos (código)", "fr": "Concepts (code)"},
    "col_sectors": {"en": "Sectors (code)", "es": "Sectores (código)", "fr": "Secteurs (code)"},
    "col_stage": {"en": "Stage (code)", "es": "Etapa (código)", "fr": "Étape (code)"},
    "col_page": {"en": "Page", "es": "Página", "fr": "Page"},
    "col_section_path": {"en": "Section path", "es": "Ruta de la sección", "fr": "Chemin de la section"},
    "col_quote": {"en": "Quote", "es": "Cita", "fr": "Citation"},
    "col_matched": {"en": "Matched term", "es": "Término encontrado", "fr": "Terme trouvé"},
    "col_negated": {"en": "Negated", "es": "Negado", "fr": "Nié"},
    "col_hypothetical": {"en": "Hypothetical", "es": "Hipotético", "fr": "Hypothétique"},
    "col_historical": {"en": "Historical", "es": "Histórico", "fr": "Historique"},
    "col_passing": {"en": "In passing", "es": "De paso", "fr": "En passant"},
    "col_confidence": {"en": "Confidence", "es": "Confianza", "fr": "Confiance"},
    "col_start": {"en": "Start", "es": "Inicio", "fr": "Début"},
    "col_end": {"en": "End", "es": "Fin", "fr": "Fin"},
    "col_block": {"en": "Block", "es": "Bloque", "fr": "Bloc"},
    "col_document": {"en": "Document path", "es": "Ruta del documento", "fr": "Chemin du document"},
    "col_sha256": {"en": "Document SHA-256", "es": "SHA-256 del documento", "fr": "SHA-256 du document"},
    "col_language": {"en": "Language", "es": "Idioma", "fr": "Langue"},
    "col_review": {"en": "Review", "es": "Revisión", "fr": "Révision"},
    "col_review_note": {"en": "Reviewer note", "es": "Nota del revisor", "fr": "Note du réviseur"},
    "col_sector": {"en": "Sector", "es": "Sector", "fr": "Secteur"},
    "col_kind_text": {"en": "What", "es": "Qué es", "fr": "Nature"},
    "col_concept_text": {"en": "Migration dimension", "es": "Dimensión de la migración", "fr": "Dimension de la migration"},
    "col_sectors_text": {"en": "Sector names", "es": "Nombres de los sectores", "fr": "Noms des secteurs"},
    "col_stage_text": {"en": "Planning stage", "es": "Etapa de planificación", "fr": "Étape de planification"},
    "col_context_text": {"en": "How it is said", "es": "Cómo se dice", "fr": "Comment c'est dit"},
    "col_level_text": {"en": "Priority", "es": "Prioridad", "fr": "Priorité"},
    "col_status_code": {"en": "Status code", "es": "Código de estado", "fr": "Code du statut"},
    "col_sector_id": {"en": "Sector ID", "es": "ID del sector", "fr": "ID du secteur"},
    "col_item": {"en": "Item ID", "es": "ID del ítem", "fr": "ID de l'élément"},
    "col_title": {"en": "Title", "es": "Título", "fr": "Titre"},
    "col_level": {"en": "Level (code)", "es": "Nivel (código)", "fr": "Niveau (code)"},
    "col_status": {"en": "Status", "es": "Estado", "fr": "Statut"},
    "col_evidence": {"en": "Evidence IDs", "es": "IDs de evidencia", "fr": "ID des preuves"},
    "col_recommendation": {"en": "Recommendation", "es": "Recomendación", "fr": "Recommandation"},
    "col_sdg": {"en": "SDG", "es": "ODS", "fr": "ODD"},
    "col_gcm": {"en": "GCM", "es": "PMM", "fr": "PMM"},
    "col_searched": {"en": "What was searched", "es": "Qué se buscó", "fr": "Ce qui a été recherché"},
    "col_text": {"en": "Text", "es": "Texto", "fr": "Texte"},
    "col_lang": {"en": "Language (en/es/fr)", "es": "Idioma (en/es/fr)", "fr": "Langue (en/es/fr)"},
    "col_label": {"en": "Label (1 = about migration, 0 = not)", "es": "Etiqueta (1 = trata la migración, 0 = no)", "fr": "Étiquette (1 = traite de la migration, 0 = non)"},
    "col_note": {"en": "Note", "es": "Nota", "fr": "Note"},
    "about_tool": {"en": "Tool", "es": "Herramienta", "fr": "Outil"},
    "about_lexicon": {"en": "Lexicon", "es": "Léxico", "fr": "Lexique"},
    "about_plugins": {"en": "Sector plugins", "es": "Complementos sectoriales", "fr": "Extensions sectorielles"},
    "about_classifier": {"en": "Classifier", "es": "Clasificador", "fr": "Classifieur"},
    "about_threshold": {"en": "Classifier threshold", "es": "Umbral del clasificador", "fr": "Seuil du classifieur"},
    "about_how_title": {"en": "How to review", "es": "Cómo revisar", "fr": "Comment réviser"},
    "about_how": {
        "en": "1. In the Findings sheet, read each quote and set the Review column with the drop-down: accepted (the passage is about migration) or rejected (it is not); leave it blank if unsure.|"
              "2. Write why in Reviewer note when useful (it is kept for your records, not used for training).|"
              "3. In the Missed passages sheet, paste passages about migration that the screen did not find: Text, Language (en, es or fr), Label 1 (or 0 for a passage that looks like migration but is not), Concepts and Sector if you know them.|"
              "4. Do not edit the ID, Language and Document SHA-256 columns: they make the training passages traceable.|"
              "5. Save as .xlsx and train: screener train reviewed.xlsx -o model.skops, then screener scan --model model.skops plan.pdf.",
        "es": "1. En la hoja Hallazgos, lea cada cita y complete la columna Revisión con la lista desplegable: aceptado (el pasaje trata la migración) o rechazado (no la trata); déjela en blanco si tiene dudas.|"
              "2. Explique el motivo en Nota del revisor cuando sea útil (se conserva como registro, no se usa para entrenar).|"
              "3. En la hoja Pasajes omitidos, pegue los pasajes sobre migración que el análisis no encontró: Texto, Idioma (en, es o fr), Etiqueta 1 (o 0 para un pasaje que parece tratar la migración pero no lo hace), y Conceptos y Sector si los conoce.|"
              "4. No modifique las columnas ID, Idioma y SHA-256 del documento: permiten rastrear los pasajes de entrenamiento.|"
              "5. Guarde como .xlsx y entrene: screener train reviewed.xlsx -o model.skops, luego screener scan --model model.skops plan.pdf.",
        "fr": "1. Dans la feuille Constats, lisez chaque citation et remplissez la colonne Révision avec la liste déroulante : accepté (le passage traite de la migration) ou rejeté (il n'en traite pas) ; laissez-la vide en cas de doute.|"
              "2. Indiquez la raison dans Note du réviseur si utile (elle est conservée pour mémoire, pas utilisée pour l'entraînement).|"
              "3. Dans la feuille Passages manqués, collez les passages sur la migration que l'examen n'a pas trouvés : Texte, Langue (en, es ou fr), Étiquette 1 (ou 0 pour un passage qui ressemble à la migration sans en traiter), Concepts et Secteur si vous les connaissez.|"
              "4. Ne modifiez pas les colonnes ID, Langue et SHA-256 du document : elles rendent les passages d'entraînement traçables.|"
              "5. Enregistrez en .xlsx et entraînez : screener train reviewed.xlsx -o model.skops, puis screener scan --model model.skops plan.pdf.",
    },
}

CONCEPTS: dict[str, dict[str, str]] = {
    "immigration": {"en": "immigration", "es": "inmigración", "fr": "immigration"},
    "emigration": {"en": "emigration and nationals abroad", "es": "emigración y nacionales en el exterior", "fr": "émigration et nationaux à l'étranger"},
    "return": {"en": "return and reintegration", "es": "retorno y reintegración", "fr": "retour et réintégration"},
    "transit": {"en": "transit migration", "es": "migración en tránsito", "fr": "migration de transit"},
    "internal_migration": {"en": "internal and rural-urban migration", "es": "migración interna y rural-urbana", "fr": "migration interne et exode rural"},
    "forced_displacement": {"en": "forced displacement (refugees, IDPs)", "es": "desplazamiento forzado (refugiados, desplazados)", "fr": "déplacement forcé (réfugiés, déplacés)"},
    "labour_migration": {"en": "labour migration", "es": "migración laboral", "fr": "migration de travail"},
    "brain_drain": {"en": "skills and brain drain", "es": "competencias y fuga de cerebros", "fr": "compétences et fuite des cerveaux"},
    "diaspora": {"en": "diaspora", "es": "diáspora", "fr": "diaspora"},
    "remittances": {"en": "remittances", "es": "remesas", "fr": "transferts de fonds"},
    "trafficking": {"en": "trafficking and smuggling", "es": "trata y tráfico de personas", "fr": "traite et trafic de personnes"},
    "human_mobility": {"en": "human mobility", "es": "movilidad humana", "fr": "mobilité humaine"},
    "climate_migration": {"en": "climate migration and planned relocation", "es": "migración climática y reubicación planificada", "fr": "migration climatique et relocalisation planifiée"},
    "statelessness": {"en": "statelessness", "es": "apatridia", "fr": "apatridie"},
    "migration_governance": {"en": "migration governance", "es": "gobernanza migratoria", "fr": "gouvernance des migrations"},
    "migration_data": {"en": "migration data", "es": "datos sobre migración", "fr": "données sur la migration"},
    "academic_mobility": {"en": "academic mobility (students and teachers)", "es": "movilidad académica (estudiantes y docentes)",
                          "fr": "mobilité académique (étudiants et enseignants)"},
    "migrants_general": {"en": "migration (general)", "es": "migración (general)", "fr": "migration (général)"},
    "unspecified": {"en": "possible migration", "es": "posible migración", "fr": "migration possible"},
}


# Batch summary (screener scan DIR --out-dir OUT)
MESSAGES.update({
    "batch_title": {"en": "Batch screening summary", "es": "Resumen del análisis por lotes", "fr": "Synthèse de l'examen par lot"},
    "batch_totals": {
        "en": "{n} documents: {ok} screened, {skipped} already up to date, {errors} failed.",
        "es": "{n} documentos: {ok} analizados, {skipped} ya actualizados, {errors} con error.",
        "fr": "{n} documents : {ok} examinés, {skipped} déjà à jour, {errors} en échec.",
    },
    "batch_interrupted": {
        "en": "The batch was interrupted: {n} documents were not screened. Run the same command again with --resume to finish it.",
        "es": "El lote se interrumpió: {n} documentos no se analizaron. Vuelva a ejecutar el mismo comando con --resume para terminarlo.",
        "fr": "Le lot a été interrompu : {n} documents n'ont pas été examinés. Relancez la même commande avec --resume pour le terminer.",
    },
    "batch_status_ok": {"en": "screened", "es": "analizado", "fr": "examiné"},
    "batch_status_error": {"en": "error", "es": "error", "fr": "erreur"},
    "batch_status_skipped-up-to-date": {"en": "up to date (skipped)", "es": "actualizado (omitido)", "fr": "à jour (ignoré)"},
    "batch_report": {"en": "Report", "es": "Informe", "fr": "Rapport"},
    "batch_error": {"en": "Error", "es": "Error", "fr": "Erreur"},
    "batch_error_kind": {"en": "Error kind", "es": "Tipo de error", "fr": "Type d'erreur"},
    "batch_exit_code": {"en": "Exit code", "es": "Código de salida", "fr": "Code de sortie"},
    "batch_findings": {"en": "Migration findings", "es": "Hallazgos sobre migración", "fr": "Constats sur la migration"},
    "batch_counted": {"en": "Counted (asserted)", "es": "Contabilizados (afirmados)", "fr": "Comptés (affirmés)"},
    "batch_possible": {"en": "Possible (classifier)", "es": "Posibles (clasificador)", "fr": "Possibles (classifieur)"},
    "batch_blank_rating": {
        "en": "A blank rating means the plan does not discuss that sector.",
        "es": "Una calificación en blanco significa que el plan no trata ese sector.",
        "fr": "Une note vide signifie que le plan ne traite pas ce secteur.",
    },
})

# Draft comparison (screener compare)
MESSAGES.update({
    "cmp_title": {"en": "Draft comparison: migration", "es": "Comparación de borradores: migración",
                  "fr": "Comparaison de versions : migration"},
    "cmp_old": {"en": "Older draft", "es": "Borrador anterior", "fr": "Version précédente"},
    "cmp_new": {"en": "Newer draft", "es": "Borrador nuevo", "fr": "Nouvelle version"},
    "cmp_from_report": {"en": "saved report", "es": "informe guardado", "fr": "rapport enregistré"},
    "cmp_change": {"en": "Change", "es": "Cambio", "fr": "Évolution"},
    "cmp_ratings": {"en": "Sector ratings", "es": "Calificación por sector", "fr": "Notes par secteur"},
    "cmp_overall": {"en": "The plan as a whole", "es": "El plan en su conjunto", "fr": "Le plan dans son ensemble"},
    "cmp_items": {"en": "Checklist items that changed", "es": "Ítems de la lista de verificación que cambiaron",
                  "fr": "Points de la liste de contrôle qui ont changé"},
    "cmp_cells": {"en": "Sector × planning stage cells that changed", "es": "Celdas sector × etapa que cambiaron",
                  "fr": "Cases secteur × étape qui ont changé"},
    "cmp_added": {"en": "Passages on migration added", "es": "Pasajes sobre migración añadidos",
                  "fr": "Passages sur la migration ajoutés"},
    "cmp_removed": {"en": "Passages on migration removed", "es": "Pasajes sobre migración eliminados",
                    "fr": "Passages sur la migration supprimés"},
    "cmp_reworded": {"en": "Passages on migration reworded", "es": "Pasajes sobre migración reformulados",
                     "fr": "Passages sur la migration reformulés"},
    "cmp_none": {"en": "No change.", "es": "Sin cambios.", "fr": "Aucun changement."},
    "cmp_no_change": {
        "en": "The two drafts treat migration in the same way: no rating, checklist item, stage or passage on migration changed.",
        "es": "Los dos borradores tratan la migración de la misma manera: no cambió ninguna calificación, ítem, etapa ni pasaje sobre migración.",
        "fr": "Les deux versions traitent la migration de la même façon : aucune note, aucun point, aucune étape ni aucun passage sur la migration n'a changé.",
    },
    "cmp_headline": {
        "en": "Sectors rated higher: {up}; lower: {down}. Checklist items improved: {iu}; worsened: {idn}. Passages on migration added: {added}; removed: {removed}; reworded: {reworded}.",
        "es": "Sectores con mejor calificación: {up}; con peor: {down}. Ítems que mejoran: {iu}; que empeoran: {idn}. Pasajes sobre migración añadidos: {added}; eliminados: {removed}; reformulados: {reworded}.",
        "fr": "Secteurs mieux notés : {up} ; moins bien : {down}. Points améliorés : {iu} ; dégradés : {idn}. Passages sur la migration ajoutés : {added} ; supprimés : {removed} ; reformulés : {reworded}.",
    },
    "cmp_same": {"en": "unchanged", "es": "sin cambio", "fr": "inchangé"},
    "cmp_appeared": {"en": "now discussed in the plan", "es": "ahora tratado en el plan", "fr": "désormais traité dans le plan"},
    "cmp_disappeared": {"en": "no longer discussed in the plan", "es": "ya no se trata en el plan", "fr": "n'est plus traité dans le plan"},
    "cmp_only_old": {"en": "screened in the older draft only", "es": "analizado solo en el borrador anterior",
                     "fr": "analysé seulement dans la version précédente"},
    "cmp_only_new": {"en": "screened in the newer draft only", "es": "analizado solo en el borrador nuevo",
                     "fr": "analysé seulement dans la nouvelle version"},
    "cmp_not_discussed": {"en": "not discussed", "es": "no tratado", "fr": "non traité"},
    "cmp_not_in_checklist": {"en": "not in the checklist", "es": "no figura en la lista", "fr": "absent de la liste"},
    "cmp_dimensions_gained": {"en": "Migration dimensions gained", "es": "Dimensiones de la migración incorporadas",
                              "fr": "Dimensions de la migration ajoutées"},
    "cmp_dimensions_lost": {"en": "Migration dimensions lost", "es": "Dimensiones de la migración perdidas",
                            "fr": "Dimensions de la migration perdues"},
    "cmp_counted": {"en": "Passages that count as addressing migration", "es": "Pasajes que cuentan como tratamiento de la migración",
                    "fr": "Passages comptés comme traitant de la migration"},
    "cmp_security_on": {"en": "The newer draft frames migration mainly as a security or control matter; the older one did not.",
                        "es": "El borrador nuevo trata la migración sobre todo como un asunto de seguridad o control; el anterior no.",
                        "fr": "La nouvelle version traite surtout la migration comme une question de sécurité ou de contrôle ; la précédente non."},
    "cmp_security_off": {"en": "The older draft framed migration mainly as a security or control matter; the newer one no longer does.",
                         "es": "El borrador anterior trataba la migración sobre todo como un asunto de seguridad o control; el nuevo ya no.",
                         "fr": "La version précédente traitait surtout la migration comme une question de sécurité ou de contrôle ; la nouvelle non."},
    "cmp_not_asserted": {"en": "not counted (negated or in passing)",
                         "es": "no se cuenta (negado o de paso)",
                         "fr": "non compté (nié ou en passant)"},
    "cmp_before": {"en": "Before", "es": "Antes", "fr": "Avant"},
    "cmp_after": {"en": "After", "es": "Después", "fr": "Après"},
    "cmp_more": {"en": "… and {n} more (see the JSON output)", "es": "… y {n} más (véase la salida JSON)",
                 "fr": "… et {n} de plus (voir la sortie JSON)"},
})


def t(key: str, lang: str, **kwargs) -> str:
    """Translated message ``key`` in ``lang`` (falls back to English), formatted with kwargs."""
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**kwargs) if kwargs else text


def concept_label(concept: str, lang: str) -> str:
    entry = CONCEPTS.get(concept)
    if not entry:
        return concept.replace("_", " ")
    return entry.get(lang) or entry["en"]


def stage_label(stage: str, lang: str) -> str:
    return t(f"stage_{stage}", lang)


def status_label(status: str, lang: str) -> str:
    return t(f"status_{status}", lang)

# First page, plain-language ratings and the matrix legend (screener/report/view.py)
MESSAGES.update({
    "position": {"en": "Position of the plan", "es": "Posición del plan", "fr": "Position du plan"},
    "position_line": {
        "en": "{c}: {why} ({n} passages support this).",
        "es": "{c}: {why} ({n} pasajes lo respaldan).",
        "fr": "{c} : {why} ({n} passages l'étayent).",
    },
    "continuum_why_blind": {"en": "no passage of the plan addresses migration", "es": "ningún pasaje del plan aborda la migración",
                            "fr": "aucun passage du plan ne traite de la migration"},
    "continuum_why_aware": {"en": "migration appears only in the diagnosis or in passing", "es": "la migración aparece solo en el diagnóstico o de paso",
                            "fr": "la migration n'apparaît qu'au diagnostic ou en passant"},
    "continuum_why_sensitive": {"en": "migration reaches objectives or actions in at least one sector", "es": "la migración llega a objetivos o acciones en al menos un sector",
                                "fr": "la migration atteint les objectifs ou les actions dans au moins un secteur"},
    "continuum_why_responsive": {"en": "migration has objectives, indicators and budget or institutions across a third or more of the sectors",
                                 "es": "la migración tiene objetivos, indicadores y presupuesto o institucionalidad en al menos un tercio de los sectores",
                                 "fr": "la migration a des objectifs, des indicateurs et un budget ou des institutions dans au moins un tiers des secteurs"},
    "priority_gaps": {"en": "Priority gaps", "es": "Vacíos prioritarios", "fr": "Lacunes prioritaires"},
    "priority_intro": {
        "en": "For each sector the plan discusses, the missing linkages with migration that matter most, what to add, and where.",
        "es": "Para cada sector que trata el plan, los vínculos con la migración que más faltan, qué añadir y dónde.",
        "fr": "Pour chaque secteur traité par le plan, les liens avec la migration qui manquent le plus, quoi ajouter et où.",
    },
    "no_gaps": {"en": "No gap: every linkage of the checklist is addressed.", "es": "Ningún vacío: todos los vínculos de la lista están abordados.",
                "fr": "Aucune lacune : tous les liens de la liste sont traités."},
    "gap": {"en": "Missing linkage", "es": "Vínculo que falta", "fr": "Lien manquant"},
    "what_to_add": {"en": "What to add", "es": "Qué añadir", "fr": "Quoi ajouter"},
    "where": {"en": "Where", "es": "Dónde", "fr": "Où"},
    "gap_partly": {"en": "mentioned, not yet addressed", "es": "mencionado, aún no abordado", "fr": "mentionné, pas encore traité"},
    "gap_missing": {"en": "missing", "es": "ausente", "fr": "manquant"},
    "already_addressed": {"en": "Already addressed", "es": "Ya abordado", "fr": "Déjà traité"},
    "nothing_addressed": {"en": "No linkage of the checklist is addressed yet.", "es": "Aún no se aborda ningún vínculo de la lista.",
                          "fr": "Aucun lien de la liste n'est encore traité."},
    "detail": {"en": "Detail by sector", "es": "Detalle por sector", "fr": "Détail par secteur"},
    "detail_help": {"en": "Open a sector to see every passage found and the whole checklist.",
                    "es": "Abra un sector para ver todos los pasajes encontrados y la lista completa.",
                    "fr": "Ouvrez un secteur pour voir tous les passages trouvés et toute la liste."},
    "explain": {"en": "explain", "es": "explicar", "fr": "expliquer"},
    "sector_line": {
        "en": "rating {r} · linkages addressed: {a}, partly: {p}, missing: {m} · passages: {n}",
        "es": "calificación {r} · vínculos abordados: {a}, parciales: {p}, ausentes: {m} · pasajes: {n}",
        "fr": "note {r} · liens traités : {a}, partiels : {p}, manquants : {m} · passages : {n}",
    },
    "rule_0": {"en": "no passage of the plan on migration in this sector.", "es": "ningún pasaje del plan sobre migración en este sector.",
               "fr": "aucun passage du plan sur la migration dans ce secteur."},
    "rule_1_diagnosis": {"en": "migration appears only in the diagnosis.", "es": "la migración aparece solo en el diagnóstico.",
                         "fr": "la migration n'apparaît qu'au diagnostic."},
    "rule_1_weak": {"en": "migration is only mentioned in passing, or negated.",
                    "es": "la migración solo se menciona de paso, o negada.",
                    "fr": "la migration n'est mentionnée qu'en passant, ou niée."},
    "rule_2": {"en": "migration is addressed in {stages}.", "es": "la migración se aborda en {stages}.",
               "fr": "la migration est traitée dans {stages}."},
    "rule_3": {"en": "migration is addressed in {stages}: every stage a 3 needs.",
               "es": "la migración se aborda en {stages}: todas las etapas que exige un 3.",
               "fr": "la migration est traitée dans {stages} : toutes les étapes qu'exige un 3."},
    "next_step_1": {"en": "To reach 1: mention migration in this sector.", "es": "Para llegar a 1: mencionar la migración en este sector.",
                    "fr": "Pour atteindre 1 : mentionner la migration dans ce secteur."},
    "next_step_2": {"en": "To reach 2: give migration an objective or an action of this sector.",
                    "es": "Para llegar a 2: dar a la migración un objetivo o una acción de este sector.",
                    "fr": "Pour atteindre 2 : donner à la migration un objectif ou une action de ce secteur."},
    "next_step_3": {"en": "To reach 3, add migration to: {stages}.", "es": "Para llegar a 3, incluir la migración en: {stages}.",
                    "fr": "Pour atteindre 3, ajouter la migration dans : {stages}."},
    "if_confirmed": {"en": "{r} if the passages to confirm ({n}) are confirmed", "es": "{r} si se confirman los pasajes por confirmar ({n})",
                     "fr": "{r} si les passages à confirmer ({n}) sont confirmés"},
    "cell_addressed": {"en": "● n: migration addressed here (n passages)", "es": "● n: migración abordada aquí (n pasajes)",
                       "fr": "● n : migration traitée ici (n passages)"},
    "cell_partly": {"en": "◐: migration only in passing or negated", "es": "◐: migración solo de paso o negada",
                    "fr": "◐ : migration seulement en passant ou niée"},
    "cell_missing": {"en": "○: the sector is discussed here, migration is not", "es": "○: el sector se trata aquí, la migración no",
                     "fr": "○ : le secteur est traité ici, la migration non"},
    "cell_absent": {"en": "–: the plan has no text on this sector at this stage", "es": "–: el plan no tiene texto sobre este sector en esta etapa",
                    "fr": "– : le plan n'a pas de texte sur ce secteur à cette étape"},
    "cell_possible": {"en": "?: passages to confirm (found by the classifier only)", "es": "?: pasajes por confirmar (solo detectados por el clasificador)",
                      "fr": "? : passages à confirmer (détectés par le classifieur seul)"},
    "to_confirm": {"en": "to confirm", "es": "por confirmar", "fr": "à confirmer"},
    "to_confirm_note": {"en": "Found by the classifier only: a reader should confirm it is about migration.",
                        "es": "Detectado solo por el clasificador: una persona debe confirmar que trata la migración.",
                        "fr": "Détecté par le classifieur seul : un lecteur doit confirmer qu'il traite de la migration."},
    "excluded_plain": {"en": "these words were not counted: here they are not about people moving",
                       "es": "estas palabras no se contaron: aquí no se refieren a personas que se desplazan",
                       "fr": "ces mots n'ont pas été comptés : ici, ils ne désignent pas des personnes qui se déplacent"},
    "technical": {"en": "Technical details", "es": "Detalles técnicos", "fr": "Détails techniques"},
    "rule_label": {"en": "rule", "es": "regla", "fr": "règle"},
    "chars": {"en": "characters", "es": "caracteres", "fr": "caractères"},
    "term_id": {"en": "term", "es": "término", "fr": "terme"},
    "warn_scanned": {
        "en": "Pages {pages} have no text layer (scanned images) and were not read: run OCR on the file to include them.",
        "es": "Las páginas {pages} no tienen capa de texto (imágenes escaneadas) y no se leyeron: aplique OCR al archivo para incluirlas.",
        "fr": "Les pages {pages} n'ont pas de couche texte (images numérisées) et n'ont pas été lues : passez le fichier à l'OCR pour les inclure.",
    },
    "warn_no_lexicon": {
        "en": "The document's language ({doc_lang}) has no lexicon: it was screened with the English one.",
        "es": "El idioma del documento ({doc_lang}) no tiene léxico: se analizó con el léxico en inglés.",
        "fr": "La langue du document ({doc_lang}) n'a pas de lexique : il a été examiné avec le lexique anglais.",
    },
    "warn_misnamed": {
        "en": "The file is named {suffix} but contains {fmt}: it was read as {fmt}.",
        "es": "El archivo se llama {suffix} pero contiene {fmt}: se leyó como {fmt}.",
        "fr": "Le fichier s'appelle {suffix} mais contient {fmt} : il a été lu comme {fmt}.",
    },
    "level_core": {"en": "core", "es": "esencial", "fr": "essentiel"},
    "level_recommended": {"en": "recommended", "es": "recomendado", "fr": "recommandé"},
    "kind_migration": {"en": "migration", "es": "migración", "fr": "migration"},
    "kind_possible": {"en": "to confirm", "es": "por confirmar", "fr": "à confirmer"},
    "page_of": {"en": "Page {page} of {pages}", "es": "Página {page} de {pages}", "fr": "Page {page} sur {pages}"},
})


def level_label(level: str, lang: str) -> str:
    """Checklist item level ("core", "recommended") in the report language."""
    return t(f"level_{level}", lang) if f"level_{level}" in MESSAGES else level


def kind_label(kind: str, lang: str) -> str:
    return t(f"kind_{kind}", lang) if f"kind_{kind}" in MESSAGES else kind
