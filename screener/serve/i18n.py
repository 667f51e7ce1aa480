"""Text of the web pages in English, Spanish and French (reports have their own catalogue).

The page language comes from ``?lang=`` (remembered in a cookie), else the cookie, else the
browser's Accept-Language, else English.
"""

from __future__ import annotations

from ..vocabulary import LANGUAGES  # noqa: E402
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français"}

MESSAGES: dict[str, dict[str, str]] = {
    "app_title": {"en": "Migration screen of development plans", "es": "Revisión de la migración en planes de desarrollo",
                  "fr": "Examen de la migration dans les plans de développement"},
    "nav_upload": {"en": "Screen plans", "es": "Revisar planes", "fr": "Examiner des plans"},
    "nav_compare": {"en": "Compare drafts", "es": "Comparar borradores", "fr": "Comparer des versions"},
    "nav_history": {"en": "History", "es": "Historial", "fr": "Historique"},
    "local_note": {"en": "Runs on this computer: the files you upload stay here.",
                   "es": "Funciona en esta computadora: los archivos que suba se quedan aquí.",
                   "fr": "Fonctionne sur cet ordinateur : les fichiers envoyés restent ici."},
    "upload_intro": {
        "en": "Upload one or more plans (PDF, Word, text, Markdown or HTML). Each is screened for how it treats migration, sector by sector, and you get a gap report.",
        "es": "Suba uno o varios planes (PDF, Word, texto, Markdown o HTML). Cada uno se revisa para ver cómo trata la migración, sector por sector, y recibe un informe de brechas.",
        "fr": "Envoyez un ou plusieurs plans (PDF, Word, texte, Markdown ou HTML). Chacun est examiné pour sa prise en compte de la migration, secteur par secteur, et vous recevez un rapport des lacunes.",
    },
    "files": {"en": "Plans", "es": "Planes", "fr": "Plans"},
    "drop_here": {"en": "Drop files here or choose them", "es": "Suelte los archivos aquí o elíjalos",
                  "fr": "Déposez les fichiers ici ou choisissez-les"},
    "limits": {"en": "Up to {files} files, {size} each, {pages} pages at most.",
               "es": "Hasta {files} archivos, {size} cada uno, {pages} páginas como máximo.",
               "fr": "Jusqu'à {files} fichiers, {size} chacun, {pages} pages au plus."},
    "sectors": {"en": "Sectors", "es": "Sectores", "fr": "Secteurs"},
    "sectors_hint": {"en": "None ticked: all sectors.", "es": "Ninguno marcado: todos los sectores.",
                     "fr": "Aucun coché : tous les secteurs."},
    "report_lang": {"en": "Report language", "es": "Idioma del informe", "fr": "Langue du rapport"},
    "report_lang_auto": {"en": "The plan's language", "es": "El idioma del plan", "fr": "La langue du plan"},
    "screen_button": {"en": "Screen", "es": "Revisar", "fr": "Examiner"},
    "compare_intro": {
        "en": "Upload two drafts of a plan (or saved JSON reports): see which sectors, checklist items and passages on migration changed.",
        "es": "Suba dos borradores de un plan (o informes JSON guardados): vea qué sectores, puntos de la lista y pasajes sobre migración cambiaron.",
        "fr": "Envoyez deux versions d'un plan (ou des rapports JSON enregistrés) : voyez quels secteurs, points de contrôle et passages sur la migration ont changé.",
    },
    "old_draft": {"en": "Older draft", "es": "Borrador anterior", "fr": "Version précédente"},
    "new_draft": {"en": "Newer draft", "es": "Borrador nuevo", "fr": "Nouvelle version"},
    "compare_button": {"en": "Compare", "es": "Comparar", "fr": "Comparer"},
    "progress_title": {"en": "Screening", "es": "Revisión en curso", "fr": "Examen en cours"},
    "progress_note": {"en": "This page updates by itself. You may leave it: results are kept in the history.",
                      "es": "Esta página se actualiza sola. Puede salir: los resultados quedan en el historial.",
                      "fr": "Cette page se met à jour d'elle-même. Vous pouvez la quitter : les résultats restent dans l'historique."},
    "file": {"en": "File", "es": "Archivo", "fr": "Fichier"},
    "status": {"en": "Status", "es": "Estado", "fr": "État"},
    "result": {"en": "Result", "es": "Resultado", "fr": "Résultat"},
    "date": {"en": "Date", "es": "Fecha", "fr": "Date"},
    "kind": {"en": "Kind", "es": "Tipo", "fr": "Type"},
    "kind_screen": {"en": "screen", "es": "revisión", "fr": "examen"},
    "kind_compare": {"en": "comparison", "es": "comparación", "fr": "comparaison"},
    "status_queued": {"en": "waiting", "es": "en espera", "fr": "en attente"},
    "status_running": {"en": "screening", "es": "en revisión", "fr": "en cours"},
    "status_done": {"en": "done", "es": "listo", "fr": "terminé"},
    "status_failed": {"en": "failed", "es": "falló", "fr": "échec"},
    "stage_reading": {"en": "reading the file", "es": "leyendo el archivo", "fr": "lecture du fichier"},
    "stage_screening": {"en": "screening", "es": "revisando", "fr": "examen"},
    "stage_reporting": {"en": "writing the reports", "es": "escribiendo los informes", "fr": "rédaction des rapports"},
    "stage_old": {"en": "reading the older draft", "es": "leyendo el borrador anterior", "fr": "lecture de la version précédente"},
    "stage_new": {"en": "reading the newer draft", "es": "leyendo el borrador nuevo", "fr": "lecture de la nouvelle version"},
    "open_report": {"en": "Open the report", "es": "Abrir el informe", "fr": "Ouvrir le rapport"},
    "open_comparison": {"en": "Open the comparison", "es": "Abrir la comparación", "fr": "Ouvrir la comparaison"},
    "download": {"en": "Download", "es": "Descargar", "fr": "Télécharger"},
    "full_page": {"en": "full page", "es": "página completa", "fr": "pleine page"},
    "summary_line": {"en": "{pages} pages, language {language}; {present} sectors present, {addressing} address migration; {findings} passages on migration. {continuum}",
                     "es": "{pages} páginas, idioma {language}; {present} sectores presentes, {addressing} tratan la migración; {findings} pasajes sobre migración. {continuum}",
                     "fr": "{pages} pages, langue {language} ; {present} secteurs présents, {addressing} traitent la migration ; {findings} passages sur la migration. {continuum}"},
    "compare_line": {"en": "{sectors} sectors changed, {items} checklist items changed, {added} passages added, {removed} removed.",
                     "es": "{sectors} sectores cambiaron, {items} puntos de la lista cambiaron, {added} pasajes añadidos, {removed} eliminados.",
                     "fr": "{sectors} secteurs modifiés, {items} points de contrôle modifiés, {added} passages ajoutés, {removed} supprimés."},
    "history_intro": {"en": "Every plan screened here, newest first. Reports are kept in {dir}.",
                      "es": "Todos los planes revisados aquí, del más reciente al más antiguo. Los informes se guardan en {dir}.",
                      "fr": "Tous les plans examinés ici, du plus récent au plus ancien. Les rapports sont conservés dans {dir}."},
    "history_empty": {"en": "Nothing screened yet.", "es": "Todavía no se ha revisado nada.", "fr": "Rien n'a encore été examiné."},
    "not_found": {"en": "Not found.", "es": "No encontrado.", "fr": "Introuvable."},
    "no_files": {"en": "Choose at least one file.", "es": "Elija al menos un archivo.", "fr": "Choisissez au moins un fichier."},
    "two_files": {"en": "Choose both drafts.", "es": "Elija los dos borradores.", "fr": "Choisissez les deux versions."},
    "too_many_files": {"en": "At most {n} files at once.", "es": "Como máximo {n} archivos a la vez.", "fr": "Au plus {n} fichiers à la fois."},
    "too_large": {"en": "The upload is over the size limit ({size}).", "es": "El envío supera el límite de tamaño ({size}).",
                  "fr": "L'envoi dépasse la limite de taille ({size})."},
    "bad_sector": {"en": "Unknown sector: {name}.", "es": "Sector desconocido: {name}.", "fr": "Secteur inconnu : {name}."},
    "csrf_failed": {"en": "This form has expired. Go back, reload the page and send it again.",
                    "es": "Este formulario ha caducado. Vuelva atrás, recargue la página y envíelo de nuevo.",
                    "fr": "Ce formulaire a expiré. Revenez en arrière, rechargez la page et renvoyez-le."},
    "back": {"en": "Back", "es": "Volver", "fr": "Retour"},
    "error": {"en": "Error", "es": "Error", "fr": "Erreur"},
    "language": {"en": "Language", "es": "Idioma", "fr": "Langue"},
    "pending_note": {"en": "Not finished yet.", "es": "Todavía no ha terminado.", "fr": "Pas encore terminé."},
}


def t(key: str, lang: str, **values) -> str:
    texts = MESSAGES[key]
    text = texts.get(lang) or texts["en"]
    return text.format(**values) if values else text


def negotiate(accept_language: str | None) -> str:
    """The first of en/es/fr in an Accept-Language header, by quality; English otherwise."""
    best, best_q = "en", -1.0
    for i, part in enumerate((accept_language or "").split(",")):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        code = tag.strip().lower()[:2]
        if code in LANGUAGES and q > best_q:
            best, best_q = code, q - i * 1e-6  # earlier wins a tie
    return best
