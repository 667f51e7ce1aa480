"""French labelled passages for the migration passage classifier.

Why this exists: lexicons miss migration written in other words ("les jeunes
partis en Libye") and are fooled by false friends ("frais de déplacement",
"migration des données", "criquets migrateurs"). Every passage below was
written individually for screener, in the register of francophone plans
(Madagascar, West Africa, Sahel); this script only parses the literal
blocks, validates them against the corpus rules and serialises them to
``screener/data/corpus/fr.jsonl``.

Block line format (one passage per line, fields separated by ``|``)::

    sector|stage|kind|concepts (space separated, empty for negatives)|text

Kind codes: P positive, I positive_implicit, N negative, F hard_false_friend,
S hard_same_topic, V hard_vulnerable_groups.

Usage::

    python tools/corpus/fr_passages.py            # validate and write
    python tools/corpus/fr_passages.py --check    # validate only, print counts
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

LANG = "fr"
SOURCE = "written for screener"
OUT = Path(__file__).resolve().parents[2] / "screener" / "data" / "corpus" / f"{LANG}.jsonl"

SECTORS = {
    "edu": "education",
    "emp": "employment",
    "env": "environment",
    "gov": "governance",
    "hea": "health",
    "pri": "private_sector",
    "rur": "rural_development",
    "sec": "security",
    "urb": "urban_development",
    "gen": "general",
}
STAGES = {
    "sit": "situation_analysis",
    "obj": "objectives",
    "act": "actions",
    "ind": "indicators",
    "bud": "budget",
    "ins": "institutions",
}
KINDS = {
    "P": ("positive", 1),
    "I": ("positive_implicit", 1),
    "N": ("negative", 0),
    "F": ("hard_false_friend", 0),
    "S": ("hard_same_topic", 0),
    "V": ("hard_vulnerable_groups", 0),
}
# The corpus labels every concept of the bundled lexicon but academic mobility (added later,
# switched off with --no-academic-mobility).
CONCEPTS = frozenset(vocabulary.CONCEPTS) - {"academic_mobility"}

# The short codes name screener's own stages, sectors and concepts (screener.vocabulary).
assert set(STAGES.values()) == set(vocabulary.STAGES), STAGES
assert set(SECTORS.values()) <= {*vocabulary.BUILTIN_SECTORS, "general"}, SECTORS

# The "obvious words" of the corpus rules. Implicit positives must match none
# of them; explicit positives must match at least one (otherwise they are
# implicit and mislabelled). Substring matching is deliberate: "traitement"
# and "retourner" are avoided in implicit passages so that a naive lexicon
# cannot find them either.
OBVIOUS = re.compile(
    r"migr|r[ée]fug|d[ée]plac|displac|desplaz|diaspor|transferts? de fonds|remesa|"
    r"remittanc|retour|retorn|return|traite|\btrata\b|trafficking|mobilit[ée] humaine|"
    r"movilidad humana|human mobility|exil|asile|asilo|asylum",
    re.IGNORECASE,
)

BLOCKS: list[str] = []

# --------------------------------------------------------------------------- education
BLOCKS.append("""
edu|sit|P|internal_migration|Dans les communes périphériques d'Antananarivo, les effectifs des EPP ont progressé de 18 % entre 2018 et 2023, en grande partie sous l'effet de l'exode rural et de l'arrivée de familles migrantes venues des régions du Sud. Ces élèves arrivent souvent en cours d'année, sans certificat de scolarité, et sont inscrits dans des classes inférieures à leur niveau ; des tests de positionnement seront organisés dans les 40 écoles les plus concernées.
edu|sit|P|forced_displacement|Après le passage du cyclone Batsirai, 146 salles de classe ont servi d'abri temporaire aux familles déplacées, interrompant les cours pendant six semaines dans les circonscriptions scolaires de Mananjary et de Nosy Varika.
edu|obj|P|forced_displacement climate_migration|Objectif spécifique 2.3 : garantir la continuité éducative des enfants déplacés par la sécheresse dans le Grand Sud, notamment par des classes passerelles et des cantines scolaires dans les sites d'accueil d'Ambovombe et d'Amboasary.
edu|act|P|return|Mise en place d'un dispositif d'accueil et d'évaluation des acquis pour les enfants de migrants de retour de Libye et d'Algérie, afin de faciliter leur réinscription dans le cycle primaire sans perte d'année.
edu|ind|P|internal_migration migration_data|Indicateur 4.1.6 : proportion d'enfants migrants internes inscrits à l'école primaire dans les quartiers précaires de la CUA. Valeur de référence (2022) : 61 % ; cible 2028 : 85 %. Source : enquête ménages de l'INSTAT.
edu|sit|P|brain_drain emigration|Le système universitaire perd chaque année une partie de ses docteurs formés à l'étranger : sur 120 boursiers partis entre 2010 et 2015, moins de la moitié sont revenus, une émigration des compétences qui frappe surtout les filières scientifiques.
edu|act|P|diaspora brain_drain|Programme de mobilisation des enseignants-chercheurs de la diaspora malgache : missions d'enseignement de courte durée, co-encadrement de thèses et cours en ligne dans les universités de Toliara, Mahajanga et Fianarantsoa.
edu|bud|I|diaspora|Ligne budgétaire 2.4.3 — Fonds de bourses d'excellence cofinancé par l'association des Malagasy de l'extérieur : 850 millions d'ariary sur 2024-2027, dont 40 % réservés aux étudiantes des régions enclavées.
edu|sit|I|labour_migration trafficking|Dans le district de Toamasina II, les enseignants signalent l'abandon scolaire d'adolescentes recrutées comme employées de maison pour le Liban ou le Koweït, souvent avec de faux papiers indiquant un âge majeur.
edu|obj|I|immigration|Assurer l'inscription sans discrimination des enfants de nationalité étrangère, notamment burkinabè, malienne et guinéenne, dans les écoles publiques de la région du Cavally, y compris lorsqu'ils ne disposent pas d'un extrait de naissance.
edu|act|I|internal_migration|Ouverture de classes du soir dans les quartiers d'Anosibe et d'Andavamamba pour les jeunes venus des campagnes travailler comme porteurs, tireurs de pousse-pousse ou aides ménagères, avec un programme accéléré d'alphabétisation.
edu|ind|I|emigration|Nombre de jeunes de 15 à 24 ans ayant quitté le département pour tenter la traversée vers l'Europe, suivi par les comités scolaires de la région de Tambacounda : 412 en 2021, cible de réduction de moitié d'ici 2026 grâce aux filières de formation professionnelle.
edu|sit|I|statelessness immigration|Faute d'acte de naissance, près de 9 % des élèves du CM2 ne peuvent pas se présenter au CEPE ; le problème touche surtout les enfants nés de parents venus de pays voisins, dont beaucoup risquent de se retrouver sans aucune nationalité.
edu|act|P|trafficking|Intégration de modules de sensibilisation à la traite des personnes et aux fausses offres d'emploi à l'étranger dans le programme d'éducation à la citoyenneté des classes de seconde, en partenariat avec le Bureau national de lutte contre la traite.
edu|ins|P|migration_governance|Le ministère de l'Éducation nationale désigne un point focal migration chargé de siéger au comité interministériel sur la migration et de veiller à la prise en compte des élèves migrants dans la carte scolaire.
edu|sit|P|transit migration_data|À Agadez, les écoles accueillent de manière irrégulière des enfants de migrants en transit vers l'Afrique du Nord ; leur présence, de quelques semaines à plusieurs mois, n'est enregistrée par aucun registre scolaire.
edu|obj|P|human_mobility|Adapter l'offre éducative aux réalités de la mobilité humaine dans l'espace CEDEAO par la reconnaissance mutuelle des diplômes et des certificats de fin de cycle primaire.
edu|bud|P|forced_displacement|Construction de 24 salles de classe semi-permanentes dans les zones d'accueil des personnes déplacées internes de la région du Centre-Nord : 1,9 milliard FCFA, financement État et partenaires humanitaires.
edu|ind|P|forced_displacement|Taux brut de scolarisation des enfants réfugiés dans le primaire : 48 % en 2023 ; cible 75 % en 2027. Désagrégation par sexe et par site d'accueil.
edu|act|I|diaspora remittances|Accompagner les comités de gestion des écoles des villages de la vallée du fleuve pour canaliser les contributions des ressortissants établis en France vers l'entretien des bâtiments scolaires et l'achat de manuels.
edu|sit|I|labour_migration|Dans les villages sahéliens, de nombreux garçons quittent l'école à 14 ans pour rejoindre leurs aînés sur les sites d'orpaillage du Mali ou dans les plantations de cacao de Côte d'Ivoire pendant la saison sèche.
edu|act|P|climate_migration|Élaborer des plans de contingence scolaire intégrant les risques de migration climatique, afin de prévoir des capacités d'accueil dans les écoles des communes qui reçoivent les familles fuyant les sécheresses répétées.
edu|ind|I|internal_migration migration_data|Part des élèves nouvellement arrivés d'autres régions au cours de l'année scolaire dans les écoles de la commune urbaine de Mahajanga : base 7 % (2022), à suivre annuellement par le système d'information.
edu|sit|P|emigration brain_drain|Le départ d'enseignants qualifiés vers le Gabon, le Canada et les pays du Golfe, estimé à 300 par an, aggrave le déficit en professeurs de mathématiques ; cette émigration concerne surtout les titulaires de master.
edu|obj|I|diaspora|Encourager les Ivoiriens de l'extérieur à parrainer des bibliothèques scolaires et des laboratoires de sciences dans leur localité d'origine, avec un mécanisme de contrepartie de l'État.
edu|act|I|return labour_migration|Offrir aux travailleuses rentrées du Liban et d'Arabie saoudite une validation des acquis de l'expérience en hôtellerie et en soins aux personnes, en lien avec les centres de formation professionnelle.
edu|sit|P|migrants_general|Les élèves migrants, déplacés et orphelins figurent parmi les groupes pour lesquels les taux d'achèvement du primaire restent inférieurs à 50 %.
edu|ins|P|migration_data|Le SIGE sera révisé pour inclure une variable sur le statut migratoire de l'élève (non migrant, migrant interne, migrant international, déplacé), renseignée à l'inscription.
edu|sit|I|forced_displacement|Depuis 2019, la fermeture de plus de 2 500 écoles à cause de l'insécurité a contraint des milliers d'élèves à fuir avec leurs familles vers les chefs-lieux de province, où les classes dépassent désormais 100 élèves.
edu|obj|P|remittances|Étudier l'effet des transferts de fonds des migrants sur la scolarisation des filles dans les ménages ruraux, afin d'orienter les mesures d'incitation.
edu|ins|P|diaspora|Le ministère de l'Enseignement supérieur signera des conventions avec les associations d'universitaires de la diaspora pour la codiplomation et l'accueil de stagiaires dans des laboratoires étrangers.
edu|act|F||Migration des données du SIGE vers une plateforme en ligne hébergée par le centre national de données, avec formation de 220 agents des CISCO à la saisie et au contrôle de qualité.
edu|bud|F||Frais de déplacement des conseillers pédagogiques pour les visites de classe : 340 millions d'ariary par an, sur la base de deux visites par école et par trimestre.
edu|sit|F||Les études montrent que le retour sur investissement de l'enseignement primaire dépasse 20 % dans les pays à faible revenu, ce qui justifie la priorité budgétaire accordée au cycle fondamental.
edu|act|F||Un module de sciences de la vie et de la Terre consacré à la migration des baleines à bosse dans le canal de Sainte-Marie sera proposé aux collèges du littoral, avec sorties encadrées.
edu|sit|F||La migraine et les troubles de la vision figurent parmi les premiers motifs de consultation à l'infirmerie scolaire, devant les affections dermatologiques.
edu|act|F||Migration progressive des écoles normales vers le système licence-master-doctorat, avec refonte des maquettes pédagogiques et accréditation par l'agence nationale d'assurance qualité.
edu|ins|F||La Direction de la coopération et des relations extérieures du ministère coordonne les appuis des partenaires techniques et financiers et prépare les revues sectorielles conjointes.
edu|act|F||Déplacement des salles de classe situées sous les lignes à haute tension de la JIRAMA vers un terrain communal, conformément aux normes de sécurité scolaire.
edu|sit|F||Le transfert de fonds aux écoles au titre de la caisse école accuse des retards : en 2023, 38 % des établissements ont reçu leur dotation après le mois de mars.
edu|ind|F||Pourcentage d'inspecteurs ayant effectué au moins quatre déplacements de supervision pédagogique dans l'année : référence 45 %, cible 80 %.
edu|act|F||Retour d'expérience sur la phase pilote des cantines scolaires endogènes : un atelier national réunira les directeurs régionaux pour capitaliser les leçons apprises avant la généralisation.
edu|sit|F||Les enseignants relèvent une faible maîtrise des mathématiques appliquées, notamment des notions de vecteur, de déplacement et de vitesse au programme de physique de troisième.
edu|sit|S||Le taux net de scolarisation au primaire est passé de 73 % en 2012 à 79 % en 2022, mais un enfant sur trois quitte l'école avant la fin du cycle, principalement dans les régions d'Androy, d'Anosy et d'Atsimo-Andrefana.
edu|obj|S||Porter le taux d'achèvement du premier cycle du secondaire à 55 % d'ici 2028 en réduisant les coûts indirects de scolarisation pour les ménages les plus pauvres.
edu|act|S||Construction de 600 salles de classe anticycloniques dans les districts côtiers de l'Est, avec toitures renforcées et dispositifs de collecte d'eau de pluie.
edu|sit|S||Dans les quartiers précaires de la capitale, les écoles publiques fonctionnent en double flux avec des effectifs moyens de 92 élèves par classe, faute de terrains disponibles pour de nouvelles constructions. Les enseignants y cumulent deux vacations par jour pour une prime mensuelle de 40 000 ariary, et près d'un tiers des salles ne disposent ni de tables-bancs en nombre suffisant ni de points d'eau.
edu|act|S||Distribution de kits scolaires et réhabilitation des toitures de 210 écoles endommagées par le cyclone, dans un délai de trois mois après la catastrophe.
edu|ind|S||Taux de transition du primaire vers le collège dans les zones rurales : 58 % en 2023 ; cible 70 % en 2028.
edu|sit|S||Le chômage des diplômés de l'enseignement supérieur atteint 24 %, signe d'une inadéquation persistante entre les filières de formation et les besoins du marché du travail.
edu|obj|S||Développer l'enseignement technique dans les métiers du tourisme, de l'hôtellerie et de la restauration pour accompagner la croissance des arrivées de visiteurs à Nosy Be et à Diego-Suarez.
edu|act|S||Mise en place de cantines scolaires pendant la période de soudure dans le Grand Sud afin de maintenir la fréquentation des élèves lorsque les réserves alimentaires des ménages sont épuisées.
edu|sit|S||Dans les zones frontalières du nord, l'insécurité a entraîné la fermeture temporaire de 74 écoles et l'absentéisme des enseignants, dont beaucoup refusent leur affectation.
edu|ind|S||Nombre de jeunes ruraux formés dans les centres de formation agricole et installés sur une exploitation dans l'année suivant la formation : 1 200 par an d'ici 2027.
edu|act|S||Programme de transport scolaire par bus pour les collégiens des communes périurbaines, avec tarifs subventionnés pour les élèves boursiers.
edu|sit|S||Les écoles situées dans les zones inondables de la capitale perdent en moyenne dix jours de classe par an pendant la saison des pluies.
edu|obj|V||Garantir l'accès à une éducation inclusive pour les enfants en situation de handicap, les filles mères, les orphelins et les enfants issus des ménages les plus pauvres, par des bourses et l'adaptation des infrastructures. Chaque circonscription scolaire disposera d'un enseignant itinérant spécialisé et d'un fonds pour l'achat de matériel adapté (braille, appareils auditifs, rampes d'accès).
edu|act|V||Les critères de ciblage des bourses d'études privilégient les filles, les élèves atteints d'albinisme, les enfants vivant avec un handicap et les enfants des ménages bénéficiaires des transferts monétaires.
edu|sit|V||Les enfants travailleurs, les adolescentes enceintes et les enfants des hameaux isolés restent largement exclus du système scolaire formel.
edu|ind|V||Proportion d'écoles disposant d'au moins un enseignant formé à l'éducation inclusive des élèves sourds, aveugles ou présentant un handicap intellectuel : 12 % en 2022.
edu|ins|N||Les circonscriptions scolaires (CISCO) assurent la gestion des enseignants, la supervision pédagogique et la collecte des statistiques scolaires sous l'autorité des directions régionales.
edu|bud|N||Le budget de l'éducation représente 16,4 % des dépenses de l'État hors dette en 2024, dont 78 % consacrés aux salaires des enseignants.
edu|obj|N||Améliorer les acquis en lecture en malgache et en français dès les deux premières années du primaire grâce à une approche bilingue structurée.
edu|act|N||Recrutement et formation initiale de 5 000 enseignants FRAM par an, avec subvention progressive de leurs salaires par l'État.
edu|ind|N||Score moyen en lecture des élèves de CP2 à l'évaluation nationale : 38 points en 2023, cible 55 en 2028.
edu|act|N||Élaboration de manuels scolaires de mathématiques et de sciences pour le cycle fondamental, avec impression et distribution d'un livre pour deux élèves.
edu|ins|N||Le Conseil national de l'enseignement supérieur examine les demandes d'habilitation des établissements privés et publie chaque année la liste des formations reconnues.
""")

# --------------------------------------------------------------------------- employment
BLOCKS.append("""
emp|sit|P|labour_migration emigration|Selon les données du ministère du Travail, 11 400 Malgaches ont quitté le pays entre 2015 et 2022 pour travailler comme domestiques au Liban, au Koweït et en Arabie saoudite, malgré la suspension officielle de l'émigration de travail vers ces destinations.
emp|obj|P|labour_migration migration_governance|Instaurer une migration de main-d'œuvre sûre, ordonnée et régulière en concluant des accords bilatéraux avec les pays d'emploi et en encadrant les agences privées de placement.
emp|act|P|labour_migration trafficking|Création d'un registre public des agences de recrutement agréées pour l'emploi à l'étranger, contrôles inopinés et retrait de licence en cas de confiscation de passeports ou de frais illégaux facturés aux travailleurs migrants.
emp|ind|P|return|Nombre de migrants de retour ayant bénéficié d'un appui à la réinsertion économique (formation, kit de démarrage, microcrédit) : 0 en 2022 ; cible 1 500 en 2026, dont au moins 60 % de femmes.
emp|sit|I|internal_migration|Chaque année, entre juin et octobre, plusieurs milliers de jeunes hommes des régions du Sud partent couper la canne dans les sucreries du Nord-Ouest ou travailler sur les chantiers de Toamasina, avant de regagner leur village pour les semis.
emp|obj|I|diaspora|Attirer les compétences des Malagasy de l'extérieur dans les secteurs du numérique et de l'ingénierie par un guichet d'information sur les offres d'emploi et la reconnaissance des diplômes obtenus à l'étranger.
emp|act|I|return labour_migration|Accueil, écoute et orientation des travailleuses domestiques rapatriées du Golfe par un guichet unique à l'aéroport d'Ivato, avec prise en charge psychosociale et orientation vers l'emploi.
emp|sit|P|immigration labour_migration|La main-d'œuvre immigrée, principalement originaire du Burkina Faso et du Mali, représente près d'un tiers des travailleurs agricoles dans les régions cacaoyères du Sud-Ouest.
emp|ind|P|migration_data labour_migration|Publication annuelle d'une note statistique sur les flux de travailleurs migrants par destination, secteur d'emploi et sexe, à partir des fichiers des contrats visés par le ministère : première édition en 2025.
emp|act|I|trafficking labour_migration|Les inspecteurs du travail recevront une formation pour repérer les offres d'emploi frauduleuses de « serveuses » ou de « gardes d'enfants » à l'étranger qui servent à recruter des jeunes femmes pour l'exploitation sexuelle ou la servitude domestique.
emp|sit|P|brain_drain emigration|La pénurie de techniciens qualifiés dans le BTP s'explique en partie par l'émigration des maçons et électriciens expérimentés vers le Maghreb et l'Europe, attirés par des salaires cinq à huit fois plus élevés.
emp|obj|I|emigration|Réduire la part des jeunes du département qui quittent le pays de manière irrégulière à la recherche d'un travail, en offrant 10 000 emplois dans l'agriculture irriguée et la transformation.
emp|act|P|labour_migration trafficking|Séances d'orientation préalable au départ pour tous les travailleurs migrants : droits et obligations, contrat type, numéros d'urgence de l'ambassade, gestion de l'épargne et risques de la traite.
emp|bud|P|return|Programme de réinsertion socio-économique des migrants de retour de Libye, du Niger et d'Algérie : 2,3 milliards FCFA sur trois ans, dont 70 % financés par l'Union européenne et l'OIM.
emp|sit|I|internal_migration|Les marchés du travail urbains absorbent mal les jeunes arrivés des campagnes : à Antananarivo, 62 % des moins de 30 ans nés hors de la capitale occupent un emploi informel sans contrat écrit.
emp|ins|P|migration_governance labour_migration|Un comité technique tripartite (État, organisations d'employeurs, syndicats) sera chargé de suivre la mise en œuvre de la politique nationale de migration de travail et d'examiner les plaintes des travailleurs à l'étranger.
emp|ind|I|labour_migration migration_data|Nombre de contrats de travail à l'étranger visés par l'administration avant le départ : 2 100 en 2023 ; cible 6 000 en 2027, afin de réduire la part des départs non déclarés.
emp|act|I|human_mobility labour_migration|Reconnaissance mutuelle des qualifications professionnelles dans l'espace CEDEAO pour faciliter la libre circulation des travailleurs et leur installation dans un autre État membre.
emp|sit|P|forced_displacement|Dans les communes qui accueillent des personnes déplacées internes, la compétition pour les emplois journaliers agricoles a fait baisser les rémunérations de près de 30 % selon le dernier suivi des marchés.
emp|obj|P|remittances|Orienter une partie des transferts de fonds des travailleurs expatriés vers la création de très petites entreprises grâce à des produits d'épargne-investissement proposés par les institutions de microfinance.
emp|act|I|emigration transit|Campagne radio en langues locales auprès des jeunes qui envisagent de partir tenter leur chance en Europe par la route du désert, présentant les débouchés offerts par le programme d'emploi des jeunes.
emp|sit|P|climate_migration internal_migration|Les mauvaises récoltes répétées dans le Grand Sud provoquent des migrations de travail de détresse vers les régions de Menabe et de Boeny, où les nouveaux arrivants défrichent des forêts pour cultiver du maïs.
emp|ins|I|diaspora|Le Haut Conseil des Ivoiriens de l'extérieur sera associé au conseil d'orientation de l'Agence emploi jeunes pour mobiliser les compétences et les réseaux professionnels des nationaux établis hors du pays.
emp|ind|P|labour_migration migration_data|Pourcentage de travailleurs migrants ayant signalé une retenue de passeport ou un salaire impayé auprès des services consulaires : indicateur à établir en 2025 à partir des registres des ambassades.
emp|sit|I|return labour_migration|Les femmes revenues du Liban après plusieurs années de service domestique peinent à retrouver un emploi : la plupart n'ont pas de certification et certaines gardent des séquelles physiques et psychologiques. Le programme leur proposera un bilan de compétences, une formation certifiante de six mois dans l'hôtellerie, la restauration ou les soins à domicile, ainsi qu'un suivi psychologique assuré par des associations conventionnées.
emp|act|P|immigration migration_governance|Simplification de l'autorisation de travail des ressortissants étrangers dans les secteurs en pénurie de main-d'œuvre, avec un guichet commun du ministère du Travail et de la Direction de l'immigration et un délai maximal de 30 jours.
emp|sit|P|migrants_general|Les jeunes NEET, les femmes chefs de ménage, les personnes handicapées et les migrants constituent les publics prioritaires du Fonds d'appui à l'emploi.
emp|obj|I|labour_migration|Négocier avec les pays du Golfe des contrats types garantissant un jour de repos hebdomadaire, la conservation des documents d'identité par les travailleuses et un salaire minimum versé par virement bancaire.
emp|act|P|transit|Appui aux communes de la région d'Agadez pour développer des activités génératrices de revenus au profit des jeunes qui vivaient de l'économie du transit migratoire avant la loi de 2015.
emp|ind|I|internal_migration|Part des travailleurs saisonniers venus d'autres districts couverts par un contrat écrit sur les grandes exploitations de vanille de la SAVA : base 15 %, cible 50 %.
emp|bud|P|labour_migration|Crédits 2025 pour l'ouverture de deux postes d'attaché du travail dans les ambassades de Beyrouth et de Riyad chargés de la protection des travailleurs migrants : 620 millions d'ariary.
emp|sit|P|statelessness|Sans pièce d'identité ni nationalité reconnue, des milliers de descendants de migrants installés depuis plusieurs générations ne peuvent pas accéder à un emploi formel, ouvrir un compte ni créer une entreprise.
emp|obj|I|brain_drain|Retenir dans le pays les ingénieurs et informaticiens formés localement, dont près de 40 % des promotions récentes cherchent un poste au Canada ou en France dans les trois ans suivant leur diplôme.
emp|act|F||Migration du fichier des demandeurs d'emploi de l'ANPE vers le nouveau système d'information du marché du travail, avec dédoublonnage des inscriptions et interconnexion avec la CNSS.
emp|obj|F||Favoriser le retour à l'emploi des chômeurs de longue durée par des contrats aidés de six à douze mois dans les collectivités territoriales.
emp|sit|F||La mobilité professionnelle reste faible : 71 % des salariés du secteur formel occupent le même poste depuis plus de dix ans, ce qui limite la diffusion des compétences entre entreprises.
emp|bud|F||Indemnités de déplacement des inspecteurs du travail pour les contrôles en entreprise : 95 millions d'ariary, soit l'équivalent de 1 800 journées de mission.
emp|act|F||Les agents de l'observatoire de l'emploi assureront la migration des enquêtes sur tablette vers l'application CAPI, ce qui réduira de moitié les délais de publication.
emp|sit|F||Le retour sur investissement des programmes de formation en entreprise est estimé à 2,4 ariary pour un ariary dépensé, selon l'évaluation conduite auprès de 300 PME.
emp|ins|F||Le service des relations extérieures de l'ONEF assure le lien avec les bailleurs de fonds et anime le réseau des observatoires régionaux de l'emploi.
emp|act|F||Aménagement des postes de travail pour les salariés à mobilité réduite et prise en charge des frais de transport domicile-travail par les employeurs assujettis.
emp|sit|F||Les chauffeurs de taxi-brousse et de taxi-moto, très mobiles entre les marchés hebdomadaires, échappent presque entièrement aux contrôles de la sécurité sociale.
emp|ind|F||Nombre de fonctionnaires ayant fait l'objet d'un déplacement d'office à la suite d'une procédure disciplinaire : données à publier chaque année par la fonction publique.
emp|act|F||Prise en charge de la migraine et des troubles musculo-squelettiques dans les services de santé au travail des entreprises textiles de la zone franche.
emp|sit|F||Le commerce extérieur de produits textiles soutient environ 150 000 emplois directs, dont 70 % occupés par des femmes dans les entreprises franches d'Antananarivo et d'Antsirabe.
emp|sit|S||Le taux de chômage des jeunes de 15 à 24 ans atteint 19 % en milieu urbain, contre 4 % en milieu rural où prédomine le sous-emploi lié à la saisonnalité agricole. Les jeunes diplômés mettent en moyenne 27 mois pour obtenir un premier emploi, et moins d'un sur cinq accède à un contrat écrit. Le programme national d'emploi des jeunes vise à réduire ce délai de moitié d'ici 2028.
emp|obj|S||Créer 500 000 emplois décents d'ici 2028 dans l'agro-industrie, le tourisme, le textile et les services numériques.
emp|act|S||Programme HIMO de réhabilitation des pistes rurales employant 25 000 travailleurs journaliers pendant la période de soudure, avec une rémunération alignée sur le salaire minimum agricole.
emp|sit|S||Dans les villages, les jeunes sans terre cumulent des activités de salariat agricole, de charbonnage et de petit commerce, avec des revenus mensuels inférieurs à 60 000 ariary.
emp|ind|S||Nombre de jeunes ayant achevé un stage d'apprentissage dual dans une entreprise artisanale : base 800, cible 4 000 en 2027.
emp|act|S||Accompagnement des travailleurs de l'économie informelle vers l'immatriculation au registre du commerce et l'affiliation au régime de sécurité sociale des indépendants.
emp|obj|S||Développer l'emploi dans le tourisme balnéaire et l'écotourisme en formant 3 000 guides, cuisiniers et agents d'accueil dans les régions de Diana et d'Atsimo-Andrefana.
emp|sit|S||Les entreprises de la zone franche recrutent majoritairement des femmes de 18 à 30 ans, avec des contrats à durée déterminée renouvelés et une forte rotation du personnel.
emp|act|S||Appui aux femmes commerçantes transfrontalières de Kidira et de Diboli : formation à la réglementation douanière, facilitation du dédouanement des petites cargaisons et lutte contre les tracasseries routières.
emp|sit|S||Le sous-emploi touche 41 % des actifs ruraux, qui ne travaillent en moyenne que 26 heures par semaine en dehors des périodes de récolte.
emp|ind|S||Taux d'insertion professionnelle des diplômés des lycées techniques six mois après la fin de la formation : 34 % en 2022 ; cible 55 %.
emp|act|S||Mise en place de chantiers-écoles pour la reconstruction des logements endommagés par le cyclone, permettant aux jeunes des quartiers sinistrés d'acquérir des compétences en maçonnerie.
emp|obj|S||Améliorer la sécurité et la santé au travail dans les mines artisanales d'or et de saphir, où les accidents mortels restent fréquents.
emp|sit|S||Dans les petites villes, les emplois créés par le commerce, la réparation et le transport informel ne suffisent pas à absorber les 400 000 jeunes qui arrivent chaque année sur le marché du travail.
emp|act|S||Mise en place d'un fonds de garantie pour les jeunes entrepreneurs ruraux portant des projets d'élevage, de pisciculture et de transformation du manioc.
emp|act|S||Programme de travaux publics à haute intensité de main-d'œuvre dans les quartiers urbains touchés par le chômage, avec paiement des salaires par téléphone mobile.
emp|obj|V||Promouvoir l'emploi des personnes handicapées en appliquant le quota de 2 % dans la fonction publique et en accordant un abattement fiscal aux entreprises qui les recrutent.
emp|act|V||Priorité d'accès aux travaux HIMO pour les femmes chefs de ménage, les jeunes non scolarisés, les personnes âgées valides et les ménages ayant un membre en situation de handicap.
emp|sit|V||Les femmes, les jeunes ruraux, les personnes vivant avec le VIH et les personnes en situation de handicap cumulent les obstacles à l'emploi formel, notamment l'absence de diplôme et de réseau.
emp|ind|V||Proportion de bénéficiaires du fonds d'insertion issus de groupes vulnérables (femmes, jeunes sans qualification, personnes handicapées) : cible 60 %.
emp|ins|N||L'Observatoire national de l'emploi et de la formation produit l'annuaire statistique de l'emploi et coordonne le réseau des observatoires régionaux.
emp|bud|N||Dotation 2025 du Fonds national de promotion de l'emploi : 4,8 milliards FCFA, dont 60 % pour les prêts aux micro-entreprises et 40 % pour la formation.
emp|obj|N||Réviser le Code du travail pour intégrer le télétravail, le travail à temps partiel et la protection des travailleurs des plateformes numériques.
emp|act|N||Organisation annuelle d'un salon de l'emploi et de l'entrepreneuriat dans chaque chef-lieu de région, en partenariat avec les chambres de commerce.
emp|ind|N||Nombre d'entreprises contrôlées par l'inspection du travail chaque année : 1 150 en 2023, cible 2 500 en 2027.
emp|ins|N||Le Conseil national du travail, organe tripartite, est consulté sur la fixation du salaire minimum et sur tout projet de texte relatif aux conditions de travail.
emp|act|N||Extension de la couverture de la CNaPS aux travailleurs indépendants par un barème de cotisation simplifié et le paiement par téléphone mobile.
emp|sit|N||Le salaire minimum d'embauche n'a été revalorisé que deux fois en dix ans, alors que l'inflation cumulée dépasse 70 % sur la période.
""")

# --------------------------------------------------------------------------- environment
BLOCKS.append("""
env|sit|P|climate_migration internal_migration|La sécheresse de 2020-2021 (kere) dans le Grand Sud a provoqué des migrations de détresse vers les régions du Nord et de l'Ouest : selon l'OIM, près de 70 000 personnes avaient quitté les districts d'Ambovombe et de Tsihombe à la fin de la période de soudure.
env|obj|P|climate_migration|Intégrer la migration et les déplacements liés au climat dans la Contribution déterminée au niveau national et dans le plan national d'adaptation, en tant que stratégie d'adaptation et risque à prévenir.
env|act|I|internal_migration climate_migration|Appui aux communes d'accueil du Menabe pour encadrer l'installation des familles venues de l'Androy, qui défrichent la forêt de Kirindy pour cultiver le maïs et l'arachide sur brûlis. Le projet financera des schémas d'aménagement communaux, l'attribution de terres agricoles hors des aires protégées et des cultures irriguées de contre-saison, afin que l'installation de ces ménages ne se fasse plus au détriment de la forêt sèche.
env|sit|P|forced_displacement|En 2022, les cyclones Batsirai et Emnati ont entraîné le déplacement de plus de 130 000 personnes sur la côte Est, dont un tiers n'avait toujours pas regagné son logement trois mois plus tard.
env|ind|P|forced_displacement migration_data|Nombre de personnes déplacées par des catastrophes naturelles, désagrégé par sexe, âge et district, enregistré dans la base de données du BNGRC dans les 72 heures : base inexistante ; cible : 100 % des événements majeurs d'ici 2026.
env|act|I|forced_displacement|Aménagement de sites de relogement sur des terrains non inondables pour les ménages riverains de l'Ikopa qui ont perdu leur maison lors des crues de 2024, avec accès à l'eau, aux latrines et à l'électricité.
env|sit|I|climate_migration forced_displacement|Sur le littoral du delta du Saloum, la montée de la mer a déjà contraint les habitants de deux îles à abandonner leurs villages et à s'installer sur la terre ferme.
env|obj|I|climate_migration|Planifier la relocalisation concertée des communautés côtières menacées par l'érosion à Saint-Louis, en garantissant leurs moyens d'existence liés à la pêche et le maintien des liens sociaux.
env|act|P|climate_migration human_mobility|Réaliser une cartographie des zones de départ et d'accueil de la mobilité humaine liée au climat dans les régions d'Androy, d'Anosy et d'Atsimo-Andrefana, en croisant les données climatiques et les enquêtes ménages.
env|sit|P|internal_migration|L'afflux de migrants internes vers les zones minières de saphir d'Ilakaka et de Sakaraha s'accompagne de déforestation, d'érosion des berges et de pollution des cours d'eau par les boues de lavage.
env|bud|P|climate_migration|Fenêtre « pertes et préjudices » : 3 millions de dollars pour soutenir les ménages contraints à la migration par la salinisation des terres agricoles du littoral, sur la période 2025-2028.
env|ins|P|migration_governance climate_migration|Le groupe de travail national sur le changement climatique intégrera un représentant de l'Office national de la migration et un point focal de l'OIM pour examiner les liens entre climat, environnement et migration.
env|sit|I|internal_migration|Les nouveaux arrivants venus des Hautes Terres, installés sur les tanety de la périphérie de la commune, ont accéléré la disparition du couvert boisé, passé de 32 % à 19 % entre 2010 et 2022.
env|act|P|forced_displacement|Dans les sites de déplacés, remplacer le bois de chauffe par des foyers améliorés et du charbon vert afin de limiter la pression sur les forêts autour des camps.
env|obj|P|return climate_migration|Favoriser le retour volontaire et durable des familles parties pendant le kere grâce à la restauration des sols, à l'accès à l'eau et à la distribution de semences adaptées à la sécheresse.
env|ind|I|climate_migration|Proportion de ménages du Grand Sud dont au moins un membre a quitté le district l'année dernière en raison de la sécheresse : base 23 % (2021) ; cible inférieure à 10 % en 2030.
env|sit|P|immigration labour_migration|L'arrivée de pêcheurs migrants venus des pays voisins le long de la côte exerce une forte pression sur les stocks de poissons démersaux et suscite des conflits avec les pêcheurs locaux.
env|act|I|diaspora remittances|Créer un fonds vert communal alimenté en partie par les contributions des ressortissants du village vivant en Europe pour financer le reboisement et la récupération des terres dégradées.
env|sit|P|climate_migration internal_migration|Les projections indiquent qu'en l'absence d'adaptation, jusqu'à 1,9 million de personnes pourraient devenir migrants climatiques internes dans le pays d'ici 2050, principalement depuis le Centre-Nord et le Sahel.
env|obj|P|forced_displacement|Réduire le nombre de personnes déplacées par les inondations dans la ville en limitant les constructions dans les zones de servitude et en restaurant les zones humides tampons.
env|act|I|human_mobility climate_migration|Accompagner les éleveurs qui descendent chaque année vers le sud avec leurs troupeaux, faute de pâturages et d'eau, par l'aménagement de couloirs de passage et de points d'eau pastoraux.
env|ind|P|human_mobility|Nombre de plans locaux d'adaptation intégrant un volet sur la mobilité humaine : 0 en 2023 ; cible 30 en 2028.
env|sit|I|forced_displacement|Après le passage du cyclone Freddy, 4 200 familles de Mananjary vivaient encore sous des bâches dans les cours d'école et les églises, sans possibilité de reconstruire dans les zones littorales interdites.
env|act|P|trafficking|Renforcer les contrôles sur les filières d'exploitation illégale du bois de rose, qui recourent à la traite de main-d'œuvre et au travail forcé de jeunes hommes recrutés dans d'autres régions.
env|bud|I|climate_migration|Financement de la relocalisation de 1 200 ménages côtiers exposés à la submersion marine : 18 milliards FCFA, dont 60 % au titre du Fonds vert pour le climat.
env|ins|P|migration_data climate_migration|L'Observatoire national de l'environnement et l'INSTAT partageront leurs données pour suivre les liens entre dégradation des terres et migration dans les zones arides.
env|sit|P|transit|Dans les oasis du nord, le passage de migrants en transit vers la Libye a accru la consommation de bois et la production de déchets le long des pistes, faute de services d'assainissement.
env|obj|I|diaspora|Mobiliser l'expertise des chercheurs malgaches établis à l'étranger dans le suivi de la biodiversité et la gestion des aires protégées, par des programmes de recherche conjoints.
env|sit|F||La baie d'Antongil accueille chaque année entre juillet et septembre les baleines à bosse en migration depuis l'Antarctique, ce qui en fait un site majeur pour l'écotourisme. Le plan de gestion de l'aire marine protégée encadrera les sorties d'observation en mer : distance minimale de 100 mètres, nombre limité de bateaux par groupe d'animaux et formation obligatoire des guides locaux.
env|act|F||Inventaire et protection des zones humides d'importance internationale pour les oiseaux migrateurs, notamment le lac Alaotra et le complexe de Mahavavy-Kinkony.
env|sit|F||Dans la zone industrielle, la migration des hydrocarbures et des métaux lourds vers la nappe phréatique a été confirmée par les analyses de 2023 sur 14 puits.
env|obj|F||Réduire la migration des pesticides vers les cours d'eau en instaurant des bandes enherbées de 10 mètres le long des rizières irriguées.
env|sit|F||Le déplacement du trait de côte atteint 3 mètres par an sur certaines portions du littoral de Morondava, menaçant les infrastructures routières et hôtelières.
env|act|F||Surveillance de la migration des dunes vives qui menacent les cultures maraîchères et les axes routiers dans la zone des Niayes.
env|bud|F||Transfert de fonds du budget général vers le Fonds national pour l'environnement : 12 milliards FCFA en 2025, conformément à la loi de finances.
env|ind|F||Nombre de frayères protégées pour les poissons migrateurs dans le bassin du fleuve : 6 en 2023, cible 15 en 2028.
env|sit|F||Les glissements de terrain et les déplacements de sols sur les versants dénudés ont causé l'effondrement de 37 murs de soutènement et de plusieurs tronçons de route pendant la saison des pluies 2023.
env|act|F||Les criquets migrateurs ont envahi 1,2 million d'hectares dans le Sud-Ouest ; la campagne de lutte antiacridienne prévoit des traitements aériens et la surveillance des zones grégarigènes.
env|ins|F||Le ministère des Affaires étrangères assure la représentation du pays dans les négociations climatiques et coordonne les contributions aux conventions de Rio avec les autres ministères.
env|sit|F||Les lémuriens sont contraints de se déplacer vers les lambeaux de forêt restants, ce qui fragmente leurs populations et augmente le risque de consanguinité.
env|act|F||Migration de la base de données forestière vers un système d'information géographique en ligne permettant le suivi en temps réel des permis d'exploitation.
env|sit|S||Le pays a perdu 44 % de sa couverture forestière naturelle depuis 1953, en raison de la culture sur brûlis, de la production de charbon de bois et des feux de brousse.
env|obj|S||Restaurer 4 millions d'hectares de paysages forestiers d'ici 2030, conformément aux engagements pris au titre de l'initiative AFR100.
env|act|S||Construction de digues et de bassins de rétention dans la plaine d'Antananarivo pour réduire la fréquence des inondations dans les quartiers bas.
env|sit|S||La sécheresse de 2021 a fait passer 1,3 million de personnes en situation d'insécurité alimentaire aiguë dans le Grand Sud, avec des taux de malnutrition aiguë globale supérieurs à 16 % dans trois districts. Les ménages ont vendu leur bétail et leurs outils, réduit le nombre de repas et consommé des fruits de cactus et des feuilles sauvages pour tenir jusqu'à la récolte suivante.
env|act|S||Distribution de rations alimentaires, de semences à cycle court et de kits d'irrigation goutte-à-goutte aux ménages sinistrés après la sécheresse.
env|ind|S||Pourcentage de communes côtières disposant d'un système d'alerte précoce fonctionnel contre les cyclones : 38 % en 2023, cible 90 % en 2030.
env|obj|S||Renforcer la résilience des ménages agricoles au changement climatique par la diffusion de variétés tolérantes à la sécheresse et de techniques d'agroforesterie.
env|sit|S||La température moyenne a augmenté de 0,8 °C depuis 1960 et la saison des pluies démarre en moyenne trois semaines plus tard dans le sud du pays.
env|act|S||Mise en place de comités locaux de gestion des risques et catastrophes dans 300 fokontany, formés à la cartographie des risques, à l'alerte et aux premiers secours.
env|ind|S||Superficie de mangroves restaurées dans le delta du Saloum et de la Tsiribihina : 2 500 ha en 2023, cible 10 000 ha en 2030.
env|act|S||Aménagement de 150 ouvrages de captage d'eau de pluie et de forages solaires dans les villages les plus exposés à la sécheresse.
env|sit|S||Les écosystèmes côtiers subissent une érosion accélérée : 28 % du linéaire côtier est classé en recul, notamment autour des stations balnéaires.
env|obj|S||Développer un écotourisme communautaire dans les aires protégées pour générer des revenus alternatifs au charbonnage et à la chasse.
env|bud|S||Budget du plan national d'adaptation 2024-2030 : 1,6 milliard USD, dont 42 % pour l'agriculture, 21 % pour l'eau et 15 % pour la gestion des zones côtières.
env|sit|S||Les feux de brousse ont détruit 800 000 hectares en 2023, dont une part importante dans les aires protégées de l'Ouest et du Moyen-Ouest.
env|obj|V||Veiller à ce que les mesures d'adaptation bénéficient en priorité aux femmes rurales, aux personnes âgées, aux enfants et aux personnes handicapées, plus exposés aux effets des événements climatiques extrêmes.
env|act|V||Les plans communaux de gestion des risques identifieront nominativement les personnes à mobilité réduite, les femmes enceintes et les malades chroniques afin d'organiser leur assistance en cas d'alerte cyclonique.
env|sit|V||Les communautés autochtones vivant des forêts, les femmes collectrices de bois et les ménages sans terre sont les plus affectés par les restrictions d'accès aux ressources dans les aires protégées.
env|ind|V||Proportion de membres des comités de gestion des forêts qui sont des femmes ou des jeunes : 18 % en 2023, cible 40 % en 2028.
env|ins|N||L'Office national pour l'environnement délivre les permis environnementaux et assure le suivi des cahiers des charges des projets soumis à étude d'impact.
env|act|N||Élaboration d'un plan de gestion des déchets plastiques pour les six grandes villes, incluant des centres de tri et des incitations au recyclage.
env|obj|N||Réduire de 30 % les émissions de gaz à effet de serre par rapport au scénario tendanciel d'ici 2030, principalement dans les secteurs de l'énergie et de l'utilisation des terres.
env|ind|N||Nombre d'aires protégées disposant d'un plan d'aménagement et de gestion validé : 78 sur 123 en 2023.
env|sit|N||La qualité de l'air dans la capitale se dégrade en saison sèche, avec des concentrations de particules fines dépassant les seuils de l'OMS plus de 120 jours par an.
env|bud|N||Financement de la stratégie nationale de la biodiversité : 85 millions USD sur cinq ans, dont 30 % par le budget de l'État.
env|act|N||Création d'une police de l'environnement chargée de constater les infractions au code forestier et de saisir les produits issus de l'exploitation illégale.
""")

# --------------------------------------------------------------------------- governance
BLOCKS.append("""
gov|sit|P|migration_governance|Le pays ne dispose pas encore d'une politique nationale de migration adoptée ; les compétences sont dispersées entre le ministère des Affaires étrangères, le ministère de l'Intérieur, le ministère du Travail et la police des frontières, sans mécanisme de coordination. Il en résulte des doublons dans la collecte des données, des positions divergentes dans les négociations bilatérales et une faible prise en compte de la migration dans les budgets sectoriels.
gov|obj|P|migration_governance|Adopter et mettre en œuvre d'ici 2026 une politique nationale de migration alignée sur le Pacte mondial pour des migrations sûres, ordonnées et régulières et sur le cadre de politique migratoire de l'Union africaine.
gov|act|P|diaspora|Création d'un guichet unique de la diaspora au sein du ministère des Affaires étrangères chargé de l'information, de l'enregistrement consulaire et de l'accompagnement des projets d'investissement des Malagasy de l'extérieur.
gov|ins|I|diaspora|La Direction générale des Malagasy de l'extérieur assure la coordination des associations de compatriotes, l'organisation des forums économiques et la représentation des nationaux établis hors du territoire auprès des ministères sectoriels.
gov|sit|P|statelessness immigration|Selon le HCR, environ 930 000 personnes seraient apatrides ou à risque d'apatridie dans le pays, pour la plupart des descendants de migrants arrivés avant l'indépendance et des enfants trouvés.
gov|obj|I|statelessness|Mettre fin à l'apatridie d'ici 2030 par la révision du code de la nationalité, la naturalisation simplifiée des personnes nées sur le territoire et l'enregistrement universel des naissances.
gov|act|I|statelessness immigration|Audiences foraines d'établissement de jugements supplétifs d'acte de naissance dans les zones frontalières, en priorité pour les enfants dont les parents sont originaires de pays voisins et ne possèdent aucun document d'identité.
gov|ind|P|migration_data|Indicateur 16.3 : existence d'un profil migratoire national mis à jour tous les trois ans et validé par le groupe technique sur les statistiques migratoires. Référence : dernier profil en 2014 ; cible : mise à jour en 2025.
gov|ins|P|migration_governance diaspora|Le Comité national de coordination sur la migration, présidé par le Premier ministre, réunit quatorze ministères, le secteur privé, les organisations de la société civile et les représentants de la diaspora.
gov|sit|P|trafficking labour_migration|En 2023, le Bureau national de lutte contre la traite des êtres humains a recensé 214 victimes, dont 71 % de femmes exploitées dans le service domestique à l'étranger et 19 % de mineures victimes d'exploitation sexuelle dans les zones touristiques.
gov|act|P|trafficking|Renforcer les capacités de 400 magistrats, officiers de police judiciaire et inspecteurs du travail en matière d'identification des victimes de traite et de poursuite des trafiquants, conformément à la loi n° 2014-040.
gov|obj|I|trafficking|Démanteler les réseaux qui organisent le recrutement de jeunes filles des régions rurales sous de fausses promesses d'emploi en ville ou outre-mer et les exploitent dans la prostitution ou comme domestiques sans salaire.
gov|ind|P|trafficking|Nombre de condamnations prononcées pour traite des personnes et trafic illicite de migrants : 9 en 2022 ; cible 40 par an en 2027.
gov|act|I|diaspora|Ouverture du vote des citoyens résidant à l'étranger aux élections présidentielle et législatives, avec création de bureaux de vote dans les consulats de Paris, Marseille, Lyon et La Réunion.
gov|sit|P|emigration migration_data|L'absence d'enregistrement des sorties du territoire par motif empêche de connaître le volume réel de l'émigration ; les estimations varient de 150 000 à 300 000 nationaux vivant à l'étranger.
gov|obj|P|migration_governance|Intégrer la migration comme thème transversal dans le Plan national de développement et dans les plans communaux, conformément à l'approche pangouvernementale recommandée par le Pacte mondial.
gov|ins|I|migration_governance statelessness|Une cellule de coordination des questions de nationalité, de séjour des étrangers et de protection des compatriotes à l'étranger sera créée auprès du Premier ministre ; elle réunira la police aux frontières, l'état civil, l'emploi et les consulats.
gov|act|P|migration_data|Ajout d'un module sur la migration internationale et interne au questionnaire du prochain recensement général de la population et de l'habitat, avec questions sur le lieu de naissance, la résidence antérieure et les membres du ménage vivant à l'étranger.
gov|bud|P|migration_governance|Budget de mise en œuvre de la stratégie nationale de gestion des frontières et des migrations : 7,5 milliards FCFA sur 2024-2028, dont 3,2 milliards pour l'informatisation des postes frontières.
gov|sit|I|immigration migration_data|Le dernier recensement dénombre 2,2 millions de résidents de nationalité étrangère, soit 9,7 % de la population, principalement originaires des pays de la CEDEAO.
gov|obj|I|human_mobility|Mettre pleinement en œuvre le protocole de la CEDEAO sur la libre circulation des personnes, le droit de résidence et d'établissement, en supprimant les postes de contrôle illégaux et les perceptions abusives sur les corridors.
gov|act|P|return|Appui aux collectivités locales pour l'accueil et la réintégration communautaire des migrants de retour, notamment par des projets d'utilité collective associant jeunes revenus et jeunes restés sur place.
gov|ins|P|forced_displacement|Le Conseil national de secours d'urgence et de réhabilitation coordonne l'assistance aux personnes déplacées internes et veille à l'application de la loi portant domestication de la Convention de Kampala.
gov|sit|P|forced_displacement|À fin 2023, le pays comptait plus de 2 millions de personnes déplacées internes à cause des violences armées, soit près d'un habitant sur dix, concentrées dans les provinces du Sahel, du Centre-Nord et de l'Est.
gov|ind|I|diaspora migration_data|Nombre de nationaux vivant à l'étranger inscrits sur les registres consulaires : 41 000 en 2023 ; cible 120 000 en 2027 grâce à l'inscription en ligne.
gov|act|P|migration_governance immigration|Élaboration d'un projet de loi sur l'immigration et le séjour des étrangers remplaçant l'ordonnance de 1962, avec des voies de régularisation et des garanties procédurales en cas d'éloignement.
gov|sit|I|labour_migration|Les ambassades dans les pays du Golfe reçoivent chaque mois plusieurs dizaines d'appels de compatriotes employées de maison qui se plaignent de salaires impayés ou de confiscation de leur passeport, sans moyens pour les héberger.
gov|obj|P|forced_displacement|Assurer aux réfugiés et demandeurs d'asile l'accès à une procédure de détermination du statut équitable et à des documents d'identité reconnus par toutes les administrations.
gov|act|I|statelessness|Délivrance gratuite de certificats de nationalité aux habitants des villages frontaliers dont la filiation a été établie par jugement, afin qu'ils puissent obtenir une carte nationale d'identité.
gov|ins|P|diaspora|Le Conseil supérieur des Sénégalais de l'extérieur, organe consultatif, émet des avis sur les politiques publiques concernant la diaspora et désigne ses représentants à l'Assemblée nationale.
gov|sit|P|migrants_general|Les consultations régionales pour l'élaboration du plan ont associé les jeunes, les femmes, les personnes handicapées, les autorités coutumières et des associations de migrants.
gov|bud|I|diaspora|Crédits alloués au Fonds d'appui aux citoyens établis hors du pays en situation de détresse (rapatriement sanitaire, frais d'obsèques, assistance juridique) : 1,1 milliard FCFA en 2025.
gov|act|P|transit migration_governance|Renforcement des postes frontières de Madama, d'Assamaka et de Makalondi en matériel biométrique et en personnel formé à la protection des migrants en transit vulnérables.
gov|obj|I|emigration trafficking|Réduire les départs clandestins de jeunes vers l'Europe en démantelant les filières de passeurs et en créant des voies légales de départ pour le travail et les études.
gov|ind|P|migration_governance|Proportion de plans communaux de développement intégrant des actions sur la migration : 4 % en 2023 ; cible 50 % en 2028.
gov|sit|P|return|La plupart des migrants rapatriés par vols humanitaires depuis la Libye en 2017-2019 n'ont fait l'objet d'aucun suivi après leur arrivée, faute de mécanisme de référencement entre l'État et les partenaires.
gov|act|I|internal_migration|Simplifier le transfert de résidence et le changement de bureau de vote pour les électeurs installés dans une autre région que celle de leur naissance, afin que les nouveaux habitants des villes puissent voter.
gov|sit|P|statelessness migrants_general|Plus de 30 % des migrants de longue durée interrogés déclarent ne posséder aucune pièce d'identité, ni de leur pays d'origine ni du pays de résidence, ce qui les expose à l'apatridie et aux détentions arbitraires.
gov|act|F||Migration du système intégré de gestion des finances publiques vers une architecture web centralisée, permettant aux ordonnateurs régionaux d'engager les dépenses en ligne. La bascule sera réalisée par vagues successives de six ministères, après une phase de fonctionnement en parallèle de trois mois et une reprise contrôlée des soldes de l'exercice précédent.
gov|bud|F||Rationalisation des frais de déplacement et de mission des ministères : réduction de 25 % par rapport à 2023, grâce aux réunions en visioconférence.
gov|ins|F||Le ministère des Affaires étrangères et de la Coopération conduit la politique extérieure de l'État et assure le suivi des engagements internationaux souscrits par le gouvernement.
gov|sit|F||La dette extérieure publique représente 38 % du PIB en 2023, dont 72 % contractée auprès de créanciers multilatéraux à des conditions concessionnelles.
gov|act|F||Transfert de compétences et de ressources aux communes en matière d'état civil, d'écoles primaires et de centres de santé de base, accompagné d'un transfert de fonds annuel indexé sur la population.
gov|ind|F||Proportion des déplacements officiels à l'étranger des membres du gouvernement publiés sur le portail de transparence : 0 % en 2023 ; cible 100 % des missions en 2026.
gov|act|F||Organisation d'un retour d'information aux citoyens sur l'utilisation des fonds communaux par des séances publiques de redevabilité dans chaque commune.
gov|sit|F||Les élus locaux se plaignent de la fréquence des déplacements vers la capitale nécessaires à l'obtention des visas budgétaires et des signatures ministérielles.
gov|obj|F||Accélérer la migration des services publics vers des plateformes numériques interopérables pour permettre le paiement en ligne des impôts, des amendes et des actes administratifs.
gov|act|F||Ratification du traité révisé de la communauté économique régionale et transposition des directives sur l'harmonisation des finances publiques.
gov|ins|F||Le ministère du Commerce extérieur et de l'Intégration régionale pilote les négociations de la zone de libre-échange continentale africaine.
gov|sit|F||Le rapatriement des biens culturels conservés dans les musées européens fait l'objet de négociations bilatérales ; 26 objets ont été restitués en 2021.
gov|act|F||La migration du registre foncier papier vers un cadastre numérique sécurisé permettra de réduire les conflits et les doubles attributions de parcelles.
gov|sit|F||La « migration » des attributions de l'ancien ministère de la Décentralisation vers le ministère de l'Intérieur a créé des chevauchements et des vides juridiques qui retardent les dotations aux communes.
gov|sit|S||Seulement 62 % des naissances d'enfants de moins de cinq ans sont enregistrées à l'état civil, avec des écarts importants entre milieu urbain (81 %) et milieu rural (54 %). Les principaux obstacles sont la distance aux centres d'état civil, le coût des jugements supplétifs et la méconnaissance du délai légal de déclaration. Le plan prévoit la gratuité de la déclaration et des officiers d'état civil itinérants.
gov|obj|S||Moderniser l'état civil par la numérisation des registres et la déclaration des naissances dans les centres de santé.
gov|act|S||Délivrance gratuite de cartes nationales d'identité biométriques à tous les citoyens de 18 ans et plus, avec des équipes mobiles dans les communes rurales.
gov|sit|S||Les communes frontalières perçoivent peu de recettes propres malgré l'importance des marchés hebdomadaires transfrontaliers, faute de recensement des commerçants et de régie de recettes.
gov|act|S||Modernisation des postes de douane juxtaposés de Malanville et de Noépé pour réduire le temps de passage des camions et des marchandises.
gov|obj|S||Renforcer la transparence électorale par la refonte complète de la liste électorale et la publication des résultats par bureau de vote.
gov|sit|S||Dans les quartiers périphériques de la capitale, 40 % des ménages ne sont inscrits dans aucun registre administratif du fokontany, ce qui complique le ciblage des programmes sociaux.
gov|act|S||Mise en place d'un registre social unifié couvrant 1,5 million de ménages pauvres, mis à jour tous les trois ans par enquête porte-à-porte.
gov|ind|S||Pourcentage de la population disposant d'une pièce d'identité légale : 71 % en 2023 ; cible 95 % en 2030 (ODD 16.9).
gov|obj|S||Restaurer l'autorité de l'État dans les zones affectées par l'insécurité par le redéploiement des préfets, des juges et des agents de l'état civil.
gov|sit|S||La population a augmenté de 3 % par an entre 2008 et 2023, avec une croissance urbaine de 4,6 % par an, ce qui accroît la demande de services publics dans les villes secondaires.
gov|act|S||Redécoupage des circonscriptions administratives pour tenir compte de l'évolution démographique observée au dernier recensement.
gov|ins|S||L'Institut national de la statistique réalise le recensement général de la population tous les dix ans et publie des projections démographiques par commune.
gov|obj|S||Améliorer l'accès à la justice des populations rurales par des tribunaux itinérants et des maisons de justice dans les chefs-lieux de district.
gov|sit|S||Les recettes touristiques ont atteint 900 millions de dollars en 2019, mais les communes d'accueil des visiteurs ne perçoivent qu'une faible part de la taxe de séjour.
gov|obj|V||Garantir la participation des femmes, des jeunes, des personnes handicapées et des personnes âgées aux instances de décision locales, avec un quota de 30 % de femmes sur les listes électorales.
gov|act|V||Programme d'aide juridictionnelle gratuite au profit des femmes victimes de violences, des mineurs en conflit avec la loi et des personnes indigentes.
gov|sit|V||Les personnes atteintes d'albinisme, les personnes LGBTI et les personnes vivant avec le VIH déclarent subir des discriminations dans l'accès aux services publics et à la justice.
gov|ind|V||Proportion de sièges occupés par des femmes dans les conseils municipaux : 9 % en 2019 ; cible 30 % en 2029.
gov|ins|V||La Commission nationale indépendante des droits de l'homme reçoit les plaintes des groupes vulnérables, notamment les enfants, les femmes, les personnes âgées et les personnes handicapées.
gov|ins|N||La Cour des comptes contrôle l'exécution des lois de finances et publie chaque année un rapport sur la gestion des deniers publics.
gov|obj|N||Réduire les délais de passation des marchés publics à 90 jours au maximum par la dématérialisation des procédures.
gov|act|N||Publication trimestrielle des rapports d'exécution budgétaire et mise en ligne du budget citoyen en langue nationale.
gov|ind|N||Score de l'indice sur le budget ouvert : 40 en 2021 ; cible 61 en 2027, grâce à la publication systématique des documents budgétaires clés.
gov|sit|N||La corruption reste perçue comme élevée : le pays se classe au 145e rang de l'indice de perception de la corruption en 2023.
gov|bud|N||Allocation de 15 % des recettes fiscales nationales aux collectivités territoriales à partir de 2026, conformément à la loi sur la décentralisation.
gov|act|N||Formation des maires et des secrétaires généraux des communes à la planification, à la programmation budgétaire et à la gestion des marchés publics.
gov|ins|N||Le Bureau indépendant anticorruption reçoit les plaintes, conduit les enquêtes et transmet les dossiers aux pôles anticorruption.
gov|obj|N||Renforcer l'indépendance de la justice par la réforme du Conseil supérieur de la magistrature et l'informatisation des greffes.
gov|sit|N||Le taux de recouvrement des impôts fonciers par les communes ne dépasse pas 20 %, faute de cadastre fiscal à jour.
""")

# --------------------------------------------------------------------------- health
BLOCKS.append("""
hea|sit|P|brain_drain emigration|Le pays compte 1,8 médecin pour 10 000 habitants ; près de 600 médecins formés localement exercent en France, en Belgique et au Canada, une émigration qui prive les hôpitaux régionaux de spécialistes. Le plan prévoit un contrat d'engagement de service de cinq ans pour les boursiers de médecine et une indemnité de logement dans les districts les plus isolés.
hea|obj|P|brain_drain|Réduire l'émigration du personnel de santé qualifié en améliorant les conditions de travail, les primes de zone et les perspectives de carrière dans les districts ruraux.
hea|act|I|diaspora brain_drain|Programme de missions de courte durée de médecins spécialistes d'origine malgache exerçant en France et à La Réunion pour des campagnes de chirurgie et la formation des équipes hospitalières.
hea|sit|P|forced_displacement|Dans les sites de personnes déplacées internes de Kaya et de Djibo, la couverture vaccinale au Penta3 n'atteint que 54 % et des cas de rougeole sont signalés chaque mois.
hea|act|P|migrants_general forced_displacement|Extension de la gratuité des soins de santé primaires aux migrants, quel que soit leur statut administratif, aux personnes déplacées et aux populations des communautés hôtes.
hea|ind|P|migration_data|Proportion de structures sanitaires des districts frontaliers qui enregistrent le statut migratoire des patients dans le DHIS2 : 0 % en 2023 ; cible 60 % en 2027.
hea|sit|I|internal_migration|Les ouvriers saisonniers venus du Sud pour la récolte de la canne vivent dans des campements sans eau potable ni latrines, ce qui explique les flambées de choléra observées chaque année autour des sucreries. Les employeurs seront tenus d'aménager des points d'eau et des latrines sur les campements, et les districts sanitaires organiseront une vaccination orale contre le choléra avant chaque campagne sucrière.
hea|obj|P|transit|Garantir l'accès aux soins d'urgence et aux services de santé sexuelle et reproductive des migrants en transit le long de la route d'Agadez à la frontière libyenne.
hea|act|I|labour_migration|Visites médicales et sessions d'information sur le VIH et la santé mentale avant le départ pour les personnes ayant signé un contrat de travail domestique dans les pays du Golfe.
hea|sit|P|return labour_migration|Les travailleuses domestiques de retour du Moyen-Orient présentent une prévalence élevée de troubles anxieux et de stress post-traumatique, selon une étude portant sur 320 femmes accueillies au centre de transit d'Ivato.
hea|ind|I|forced_displacement|Taux de malnutrition aiguë globale parmi les enfants de moins de cinq ans des familles ayant fui les villages attaqués et hébergées dans la commune de Djibo : 17,4 % (SMART 2023).
hea|act|P|trafficking|Mise en place de protocoles de prise en charge médicale et psychosociale des victimes de traite dans quatre centres hospitaliers universitaires, avec orientation vers les services de protection.
hea|obj|I|internal_migration|Étendre la couverture de l'assurance maladie universelle aux personnes arrivées récemment des zones rurales qui occupent des emplois informels dans les quartiers précaires de la capitale.
hea|sit|P|human_mobility|La forte mobilité humaine le long du corridor Abidjan-Lagos favorise la propagation du VIH et des infections sexuellement transmissibles chez les routiers, les travailleuses du sexe et les commerçants itinérants.
hea|act|I|human_mobility|Surveillance épidémiologique aux points d'entrée terrestres et cartographie des flux de population entre les pays voisins, afin d'adapter la préparation aux épidémies aux itinéraires réels des voyageurs et des travailleurs frontaliers.
hea|bud|P|forced_displacement|Prise en charge sanitaire des populations déplacées et des communautés d'accueil dans les régions du Nord : 4,6 milliards FCFA sur 2024-2026, dont 1,2 milliard pour les cliniques mobiles.
hea|sit|I|diaspora remittances|Les associations de ressortissants du cercle établies en France ont financé la construction de 11 centres de santé communautaires depuis 2005 et prennent en charge une partie du salaire des infirmiers.
hea|ind|P|forced_displacement|Taux d'accouchements assistés par du personnel qualifié dans le camp de réfugiés de Mbera : 78 % en 2023 ; cible 90 %.
hea|ins|P|migration_governance|Le ministère de la Santé participera au groupe de travail technique migration et santé mis en place avec l'OIM, chargé d'élaborer un plan d'action national sur la santé des migrants.
hea|act|I|climate_migration internal_migration|Renforcer les postes de santé des communes du Menabe et du Boeny qui reçoivent chaque année des familles fuyant la faim du Grand Sud, en médicaments essentiels et en intrants nutritionnels.
hea|sit|P|remittances|Dans les ménages qui reçoivent des transferts de fonds de l'étranger, les dépenses de santé par personne sont 2,3 fois plus élevées que dans les autres ménages, selon l'enquête de 2022.
hea|obj|P|immigration|Garantir la couverture vaccinale de routine des enfants des communautés immigrées des zones de plantation, souvent non recensées dans les microplans des districts sanitaires.
hea|sit|I|labour_migration|Les épouses des hommes partis travailler dans les mines d'Afrique du Sud présentent une prévalence du VIH deux fois supérieure à la moyenne provinciale, d'après l'enquête de séroprévalence de 2021.
hea|act|P|forced_displacement|Déploiement de cliniques mobiles et d'agents de santé communautaires dans les sites de déplacés du cyclone à Mananjary et à Manakara pendant les six mois suivant la catastrophe.
hea|ind|I|immigration migration_data|Nombre de patients étrangers pris en charge gratuitement dans les hôpitaux publics, désagrégé par nationalité et par type de soins : à collecter à partir de 2025.
hea|sit|P|migrants_general|Les barrières linguistiques, le coût des soins et la peur d'être signalés aux autorités limitent le recours aux centres de santé des migrants en situation irrégulière.
hea|obj|I|brain_drain|Fidéliser les sages-femmes et infirmiers diplômés, dont un sur cinq part exercer dans un autre pays dans les cinq années suivant la fin de sa formation.
hea|act|P|return|Dépistage de la tuberculose et du VIH et orientation vers les services de soins pour tous les migrants de retour accueillis dans les centres de transit de l'OIM.
hea|ins|I|forced_displacement|Un cluster santé, codirigé par la direction régionale de la santé et l'OMS, coordonne les interventions des ONG auprès des familles hébergées dans les écoles et les églises après les inondations.
hea|bud|I|labour_migration|Crédits pour l'ouverture d'un service médical au bureau de recrutement des travailleurs partant à l'étranger sous contrat : 240 millions d'ariary, incluant le matériel de laboratoire.
hea|sit|P|internal_migration climate_migration|Les flambées de paludisme observées dans les zones d'accueil du Boeny sont en partie liées à l'arrivée de migrants venus des régions semi-arides du Sud, dépourvus d'immunité et de moustiquaires.
hea|sit|F||La migraine, l'hypertension artérielle et le diabète représentent désormais 28 % des consultations externes dans les centres hospitaliers de district.
hea|act|F||Migration du système d'information sanitaire vers la version 2.40 du DHIS2, avec intégration des données des programmes paludisme, tuberculose et nutrition.
hea|sit|F||Le laboratoire de recherche biomédicale du CHU étudie la migration cellulaire et les métastases du cancer du col de l'utérus, première cause de décès par cancer chez les femmes.
hea|bud|F||Frais de déplacement des équipes de supervision intégrée du district : 180 millions d'ariary par an pour quatre visites trimestrielles dans chaque centre de santé de base.
hea|ind|F||Délai de retour des résultats de charge virale aux centres de santé : 42 jours en moyenne en 2023 ; cible 14 jours.
hea|act|F||Aménagement des rampes d'accès et des toilettes adaptées aux personnes à mobilité réduite dans l'ensemble des hôpitaux de référence régionaux.
hea|sit|F||Les fractures déplacées dues aux accidents de moto représentent la première cause d'hospitalisation en traumatologie au CHU de Befelatanana.
hea|obj|F||Réduire la dépendance aux importations de médicaments en développant la production locale, alors que le commerce extérieur pharmaceutique reste déficitaire de 120 millions de dollars.
hea|sit|F||Les moustiques vecteurs du paludisme se déplacent vers les hautes terres à mesure que les températures augmentent, exposant des populations sans immunité acquise.
hea|act|F||Retour à domicile accompagné des patients sortant d'hospitalisation, avec visites des agents communautaires pour le suivi des traitements.
hea|ins|F||La Direction des relations extérieures du ministère de la Santé coordonne les financements du Fonds mondial, de Gavi et des partenaires bilatéraux.
hea|ind|F||Taux de migration des données des registres papier vers le dossier patient informatisé dans les CHU : 35 % en 2023, cible 100 % en 2026.
hea|sit|S||Le taux de mortalité maternelle est estimé à 392 décès pour 100 000 naissances vivantes, avec des écarts marqués entre les régions enclavées et la capitale.
hea|obj|S||Réduire le paiement direct des ménages à moins de 30 % des dépenses totales de santé par l'extension de la couverture santé universelle.
hea|act|S||Mise en place de cliniques mobiles et d'agents communautaires dans les fokontany situés à plus de 10 km d'un centre de santé de base.
hea|sit|S||Dans les quartiers précaires d'Antananarivo, l'accès à l'eau potable et à l'assainissement reste limité : 45 % des ménages utilisent des latrines partagées par plus de cinq familles. Les épisodes de diarrhée chez les enfants de moins de cinq ans y sont deux fois plus fréquents que dans les quartiers lotis, avec un pic pendant la saison des pluies lorsque les canaux débordent.
hea|act|S||Distribution de moustiquaires imprégnées et de kits d'hygiène aux ménages des communes touchées par les inondations, accompagnée de campagnes de chloration de l'eau.
hea|ind|S||Proportion d'enfants de 12 à 23 mois complètement vaccinés : 64 % en 2021 ; cible 90 % en 2030.
hea|sit|S||La malnutrition chronique touche 40 % des enfants de moins de cinq ans, avec des taux dépassant 50 % dans les régions des Hautes Terres centrales.
hea|obj|S||Renforcer la surveillance épidémiologique et la riposte aux épidémies de peste, de rougeole et de choléra dans les districts à haut risque.
hea|act|S||Contrôle sanitaire aux frontières des marchandises alimentaires importées et des animaux vivants pour prévenir l'introduction de maladies transfrontalières.
hea|sit|S||Les accidents de la route, en forte hausse avec la multiplication des motos, constituent la deuxième cause de décès chez les 15-29 ans en milieu urbain.
hea|obj|S||Améliorer la prise en charge de la santé mentale en intégrant un infirmier formé dans chaque hôpital de district et en réduisant le recours à l'enfermement.
hea|act|S||Campagne de vaccination contre la rougeole dans les zones d'accès difficile, avec transport des vaccins par motos et pirogues et maintien de la chaîne du froid par panneaux solaires.
hea|sit|S||Après le cyclone, 56 centres de santé de base ont été endommagés et les ruptures de stock de médicaments essentiels ont duré jusqu'à huit semaines dans les districts côtiers.
hea|act|S||Distribution de rations nutritionnelles aux enfants malnutris et aux femmes enceintes dans les communes du Grand Sud touchées par la sécheresse.
hea|obj|V||Garantir la gratuité des soins pour les enfants de moins de cinq ans, les femmes enceintes, les personnes âgées de plus de 70 ans et les indigents identifiés par le registre social.
hea|act|V||Services de santé adaptés aux adolescents, aux personnes vivant avec le VIH, aux travailleuses du sexe et aux hommes ayant des rapports avec des hommes, dans le respect de la confidentialité.
hea|sit|V||Les personnes handicapées et les personnes âgées vivant seules renoncent plus souvent aux soins, principalement en raison du coût du transport et de l'absence d'accompagnement.
hea|ind|V||Pourcentage de formations sanitaires offrant des services de réadaptation aux personnes handicapées : 8 % en 2023, cible 25 %.
hea|ins|N||L'Agence du médicament assure l'homologation des produits pharmaceutiques, l'inspection des officines et le contrôle de qualité des médicaments en circulation.
hea|bud|N||La part du budget de l'État consacrée à la santé est de 7,2 % en 2024, en deçà de l'objectif de 15 % fixé par la Déclaration d'Abuja.
hea|act|N||Recrutement de 1 200 sages-femmes et affectation prioritaire dans les centres de santé de base ne disposant d'aucun personnel qualifié.
hea|obj|N||Atteindre une disponibilité d'au moins 90 % des médicaments traceurs dans les formations sanitaires publiques d'ici 2027.
hea|ind|N||Proportion de femmes enceintes ayant effectué au moins quatre consultations prénatales : 51 % en 2021, cible 75 % en 2028.
hea|act|N||Réhabilitation et équipement de 12 blocs opératoires de district pour la réalisation des césariennes et des interventions chirurgicales d'urgence.
hea|sit|N||Le paludisme demeure la première cause de consultation et d'hospitalisation chez les enfants de moins de cinq ans dans les régions côtières.
""")

# --------------------------------------------------------------------------- private sector & trade
BLOCKS.append("""
pri|sit|P|remittances|Les transferts de fonds des migrants ont atteint 2,6 milliards de dollars en 2023, soit 9,8 % du PIB, un montant supérieur à l'aide publique au développement et aux investissements directs étrangers réunis. Ils restent pourtant peu orientés vers l'investissement productif : selon l'enquête de la Banque centrale, 72 % des montants reçus servent à la consommation courante, 14 % à la construction et moins de 5 % à une activité économique.
pri|obj|P|remittances|Réduire le coût moyen des transferts de fonds à moins de 3 % du montant envoyé d'ici 2030, conformément à la cible 10.c des ODD, en favorisant la concurrence entre opérateurs et le mobile money.
pri|act|I|remittances|Autoriser les opérateurs de monnaie électronique à recevoir directement les envois d'argent internationaux sur les portefeuilles mobiles des familles, sans passage obligatoire par un guichet bancaire.
pri|act|P|diaspora|Lancement d'un emprunt obligataire de la diaspora d'un montant de 150 millions d'euros pour financer les infrastructures énergétiques, souscriptible en ligne depuis l'étranger.
pri|sit|I|remittances emigration|Près d'un ménage rural sur quatre dans la région de Kayes dépend de l'argent envoyé chaque mois par un fils ou un frère travaillant en France ou en Espagne, principalement utilisé pour la consommation et la construction.
pri|obj|I|diaspora|Encourager les Malagasy de l'extérieur à investir dans les PME locales par un guichet d'information, des garanties partielles de crédit et des incitations fiscales sur les apports en capital.
pri|ind|P|remittances|Part des transferts de fonds reçus par les canaux formels (banques, sociétés de transfert, mobile money) : 58 % en 2022 ; cible 80 % en 2027.
pri|sit|P|immigration|Le commerce de détail dans les villes secondaires est dominé par des commerçants immigrés d'origine chinoise, indo-pakistanaise et ouest-africaine, souvent organisés en réseaux d'approvisionnement familiaux.
pri|act|P|return|Incubateur pour les migrants de retour porteurs de projets : formation en gestion, mise en relation avec les banques et subvention de démarrage plafonnée à 3 millions de francs CFA.
pri|sit|I|return|Les jeunes revenus d'Europe ou du Maghreb après quelques années de travail créent souvent des commerces de quincaillerie, de transport ou des ateliers de soudure avec l'épargne accumulée là-bas.
pri|obj|P|labour_migration|Professionnaliser les agences privées de placement de travailleurs migrants par un cahier des charges, une caution bancaire obligatoire et une notation publique.
pri|act|I|diaspora|Organisation annuelle d'un forum économique réunissant les entrepreneurs nationaux établis en Europe, en Amérique du Nord et dans l'océan Indien avec les investisseurs et les chambres de commerce du pays.
pri|bud|P|diaspora|Fonds de garantie pour l'investissement de la diaspora dans les PME : dotation initiale de 5 milliards FCFA, avec un effet de levier attendu de 1 pour 4.
pri|ind|I|remittances|Coût moyen de l'envoi de 200 dollars depuis la France vers le pays : 7,1 % en 2023 ; cible 3 % en 2030.
pri|sit|P|trafficking labour_migration|Certaines agences de voyage et de placement servent de façade à des réseaux de traite qui facturent jusqu'à 3 000 dollars pour un contrat de travail fictif dans les pays du Golfe.
pri|act|P|migrants_general forced_displacement|Ouverture des programmes d'appui aux micro-entreprises aux migrants, aux réfugiés et aux personnes déplacées installés dans la commune, sans exigence de carte nationale d'identité.
pri|obj|I|immigration|Faciliter l'obtention de cartes de résident et de commerçant étranger pour les entrepreneurs ouest-africains installés dans le pays depuis plus de cinq ans.
pri|sit|P|remittances|Les transferts de fonds ont joué un rôle d'amortisseur pendant la pandémie : ils n'ont baissé que de 4 %, contre 40 % pour les investissements directs étrangers.
pri|act|I|remittances diaspora|Développement de produits d'épargne-logement libellés en devises pour les compatriotes qui travaillent hors du pays et souhaitent construire une maison dans leur ville d'origine.
pri|ins|P|diaspora|La Chambre de commerce et d'industrie ouvrira des antennes à Paris et à Montréal chargées d'accompagner les investisseurs de la diaspora et de promouvoir les exportations nationales.
pri|sit|P|labour_migration immigration|La pénurie de main-d'œuvre dans le BTP et l'hôtellerie pousse les entreprises à recourir à des travailleurs migrants saisonniers venus des pays voisins, souvent sans contrat.
pri|obj|P|transit|Soutenir la reconversion des transporteurs, logeurs et commerçants d'Agadez qui tiraient leurs revenus de la migration de transit, par des crédits pour des activités touristiques et agricoles.
pri|act|I|labour_migration|Encadrement des bureaux privés qui recrutent des aides ménagères pour l'étranger : interdiction de prélever des frais auprès des candidates et obligation de verser une caution de 50 millions d'ariary.
pri|ind|P|diaspora|Montant des investissements déclarés par les membres de la diaspora auprès de l'agence de promotion des investissements : 12 millions de dollars en 2022 ; cible 60 millions en 2027.
pri|sit|I|internal_migration|Les marchés de gros d'Anosibe et d'Andravoahangy sont animés en grande partie par des commerçants originaires des régions côtières installés dans la capitale depuis moins de dix ans.
pri|act|P|remittances|Formation à l'éducation financière des familles bénéficiaires de transferts de fonds afin de favoriser l'épargne et l'investissement productif.
pri|ins|I|remittances migration_data|La Banque centrale publiera chaque trimestre les flux d'argent reçus des travailleurs établis à l'étranger, par pays d'envoi et par canal, à partir des déclarations des banques et des opérateurs de téléphonie mobile.
pri|obj|P|return diaspora|Faciliter le retour des compétences et des capitaux de la diaspora par un statut fiscal avantageux pendant cinq ans pour les entreprises créées par des nationaux revenant de l'étranger.
pri|act|I|human_mobility|Harmoniser les règles de séjour des commerçants ressortissants de l'espace CEDEAO et supprimer les obstacles à la circulation des personnes et des marchandises le long des corridors.
pri|bud|I|remittances|Subvention de 300 millions d'ariary pour l'interopérabilité des plateformes de paiement mobile avec les sociétés internationales d'envoi d'argent, afin de réduire les frais supportés par les familles destinataires.
pri|sit|F||Le commerce extérieur reste dominé par les exportations de vanille, de nickel et de textiles, tandis que les importations de produits pétroliers et de riz creusent le déficit commercial. La concentration sur quelques produits rend les recettes d'exportation très sensibles aux cours mondiaux ; le plan vise à diversifier l'offre vers les produits de la mer, les huiles essentielles et les services numériques.
pri|obj|F||Faciliter le rapatriement des bénéfices et des dividendes des investisseurs étrangers dans un délai maximal de 15 jours afin d'améliorer l'attractivité du pays.
pri|act|F||Migration des entreprises publiques vers les normes comptables internationales IFRS d'ici 2027, avec l'appui de l'ordre des experts-comptables.
pri|sit|F||Le retour sur investissement moyen des projets agro-industriels est estimé à 14 %, un niveau insuffisant pour attirer les fonds de capital-investissement régionaux.
pri|sit|F||La traite bancaire et la lettre de change restent les principaux instruments de crédit interentreprises, alors que l'affacturage est quasi inexistant.
pri|ind|F||Nombre d'entreprises ayant migré vers la déclaration fiscale en ligne : 4 200 en 2023 ; cible 25 000 en 2027.
pri|sit|F||Les investissements directs étrangers ont atteint 560 millions de dollars en 2022, concentrés dans les mines, les télécommunications et l'hôtellerie.
pri|act|F||Transfert de fonds entre les comptes des entreprises et l'administration fiscale par virement instantané, grâce à l'interconnexion des banques avec le Trésor.
pri|obj|F||Promouvoir la migration des PME vers le cloud et les solutions de paiement électronique afin de réduire leurs coûts informatiques et leurs délais de facturation.
pri|ins|F||L'Agence de promotion des exportations et la direction du commerce extérieur tiennent conjointement le guichet unique des opérations de commerce international.
pri|bud|F||Frais de déplacement des missions de prospection commerciale à l'étranger : 420 millions d'ariary pour la participation à huit salons professionnels internationaux.
pri|sit|F||Le taux de change de l'ariary s'est déprécié de 18 % face à l'euro, ce qui renchérit les importations d'intrants et les remboursements de la dette extérieure des entreprises.
pri|act|F||Les sociétés de transport urbain seront accompagnées dans le renouvellement de leur flotte et la migration vers des véhicules électriques ou hybrides.
pri|sit|S||Le secteur informel représente 93 % de l'emploi non agricole et près de la moitié du PIB, avec des unités de production de très petite taille et faiblement capitalisées.
pri|obj|S||Améliorer le climat des affaires en réduisant à 48 heures le délai de création d'entreprise et en digitalisant le registre du commerce.
pri|act|S||Appui aux commerçants transfrontaliers de la frontière avec le Nigeria pour l'accès au crédit, à l'information sur les prix et aux procédures douanières simplifiées.
pri|sit|S||Le tourisme a accueilli 380 000 visiteurs internationaux en 2019 et fournit 44 000 emplois directs, mais la fréquentation s'est effondrée pendant la pandémie.
pri|ind|S||Taux d'accès des ménages à un compte de monnaie électronique : 32 % en 2023 ; cible 60 % en 2028.
pri|act|S||Développement de zones économiques spéciales à Toamasina et à Mahajanga avec guichet unique, foncier viabilisé et raccordement à l'électricité.
pri|sit|S||Les envois de colis et les paiements par téléphone mobile entre la capitale et les villes secondaires progressent de 25 % par an, portés par le commerce en ligne.
pri|obj|S||Accroître les exportations de produits agricoles transformés (vanille, girofle, cacao, litchi) vers les marchés régionaux et européens.
pri|act|S||Mise en place d'une ligne de crédit de 20 millions de dollars pour les PME dirigées par des jeunes, avec un taux d'intérêt bonifié et des garanties allégées.
pri|sit|S||Les femmes entrepreneures accèdent difficilement au crédit : seulement 11 % des prêts bancaires aux entreprises leur sont accordés.
pri|ind|S||Nombre d'entreprises formalisées grâce au statut simplifié d'entreprenant : 2 300 en 2023 ; cible 15 000 en 2027.
pri|act|S||Promotion des investissements hôteliers dans les zones touristiques prioritaires par l'octroi de réserves foncières et d'exonérations sur les équipements importés.
pri|obj|V||Faciliter l'accès au financement des entreprises dirigées par des femmes, des jeunes de moins de 35 ans et des personnes handicapées grâce à un guichet dédié.
pri|act|V||Les marchés publics réservent 15 % des lots aux PME appartenant à des femmes, à des jeunes ou à des personnes vivant avec un handicap.
pri|sit|V||Les artisans âgés, les femmes veuves et les personnes handicapées qui vendent sur les marchés ne bénéficient d'aucune couverture sociale ni d'accès aux crédits de la microfinance.
pri|ind|V||Part des bénéficiaires des programmes d'appui à l'entrepreneuriat issus des groupes vulnérables (femmes, jeunes ruraux, personnes handicapées) : 35 % en 2023, cible 50 %.
pri|ins|N||L'Economic Development Board assure la promotion des investissements, l'accompagnement des investisseurs et le suivi des conventions d'établissement.
pri|bud|N||Contribution de l'État au Fonds de développement industriel : 6 milliards d'ariary en 2025, destinés au cofinancement d'équipements de transformation.
pri|obj|N||Porter la part de l'industrie manufacturière dans le PIB de 11 % à 18 % d'ici 2030, en priorité dans l'agro-alimentaire et le textile.
pri|act|N||Révision du code des investissements pour garantir la stabilité fiscale et l'accès à l'arbitrage international des litiges.
pri|ind|N||Classement du pays dans l'indice de performance logistique : 120e en 2023, cible 90e en 2028.
pri|sit|N||Le coût de l'électricité pour les entreprises atteint 0,25 dollar par kWh, l'un des plus élevés de la région, et les délestages fréquents imposent l'achat de groupes électrogènes.
pri|act|N||Accompagnement des coopératives de producteurs de vanille vers la certification biologique et équitable.
""")

# --------------------------------------------------------------------------- rural development
BLOCKS.append("""
rur|sit|I|internal_migration|L'exode rural touche d'abord les jeunes de 15 à 29 ans : dans la région d'Amoron'i Mania, 27 % des ménages déclarent qu'au moins un membre est parti vivre en ville au cours des cinq dernières années. Les départs concernent surtout les garçons ayant achevé le collège, qui ne voient pas d'avenir dans une riziculture pratiquée sur moins d'un demi-hectare. Dans certains fokontany, les jeunes actifs ne représentent plus qu'un quart de la population.
rur|obj|P|internal_migration|Freiner la migration des jeunes ruraux vers les villes en développant des pôles agricoles offrant des revenus réguliers et l'accès à la terre.
rur|act|I|internal_migration|Sécurisation foncière des familles venues d'autres régions qui exploitent depuis des années des terres dans la plaine de Marovoay sans titre ni certificat.
rur|sit|P|remittances emigration|Dans les villages de la vallée du fleuve Sénégal, les transferts de fonds des émigrés financent l'essentiel des périmètres irrigués villageois, des moulins et des motopompes.
rur|act|P|return|Programme d'installation agricole des migrants de retour : attribution de parcelles aménagées, formation aux techniques maraîchères et accès au crédit de campagne.
rur|sit|I|labour_migration emigration|Pendant la saison sèche, la moitié des hommes actifs de certains villages partent travailler comme manœuvres à Abidjan ou sur les plantations ivoiriennes, laissant aux femmes la charge des champs et du bétail.
rur|obj|I|internal_migration|Stabiliser les jeunes dans leurs terroirs en leur garantissant l'accès à la terre et au crédit, plutôt que de les voir partir grossir les quartiers précaires des grandes villes.
rur|ind|P|internal_migration migration_data|Taux net de migration des communes rurales de la région, calculé à partir du recensement : -4,2 pour mille en 2018 ; suivi à chaque recensement et enquête intercensitaire.
rur|sit|P|climate_migration human_mobility|La dégradation des pâturages et la baisse des pluies poussent des éleveurs à migrer vers le sud et vers les pays côtiers, ce qui multiplie les conflits avec les agriculteurs.
rur|act|I|human_mobility|Mise en œuvre de la décision de la CEDEAO réglementant la transhumance : certificats internationaux de transhumance, balisage des couloirs et comités de gestion des conflits agropastoraux.
rur|sit|P|forced_displacement|Les attaques de groupes armés ont contraint des milliers d'agriculteurs à abandonner leurs champs ; dans la province du Soum, 60 % des terres cultivées en 2018 n'ont pas été semées en 2023 à cause des déplacements de population.
rur|act|P|forced_displacement|Distribution de semences, d'outils et de petits ruminants aux ménages déplacés internes et aux ménages hôtes dans les communes d'accueil, avec accès négocié à des parcelles de culture.
rur|sit|P|internal_migration climate_migration|La migration saisonnière des Antandroy et des Antanosy vers les zones de culture du coton, du riz et du maïs de l'Ouest constitue depuis longtemps une stratégie de survie face aux aléas climatiques.
rur|obj|I|diaspora|Associer les ressortissants de la commune vivant en France au financement des aménagements hydroagricoles, dans le cadre de projets de codéveloppement cofinancés par l'État.
rur|ind|I|remittances|Part des investissements agricoles des ménages financés par l'argent reçu de parents vivant hors du pays : 31 % dans la région de Kayes (enquête 2022).
rur|act|P|migration_governance|Intégration d'un volet migration et développement rural dans les plans communaux de développement des communes de forte émigration.
rur|sit|I|forced_displacement|Plus de 8 000 familles ont abandonné leurs villages du district d'Amboasary après les vols de zébus et les attaques des dahalo, s'installant dans les chefs-lieux de commune où elles vivent du salariat agricole.
rur|bud|P|return labour_migration|Fonds d'appui à la réintégration agricole des travailleurs migrants de retour : 1,4 milliard d'ariary pour 2025-2027.
rur|sit|I|climate_migration internal_migration|Dans les villages de l'Androy, les années de mauvaise récolte, ce sont des familles entières qui vendent leur bétail et partent vers le Boeny, le Menabe ou la région DIANA pour chercher du travail ou des terres.
rur|obj|P|climate_migration|Faire de la migration une stratégie d'adaptation choisie et non subie pour les ménages ruraux exposés aux sécheresses, en renforçant l'information sur les zones d'accueil et les droits fonciers.
rur|act|I|immigration|Programme d'enregistrement des contrats de métayage liant les propriétaires ivoiriens aux exploitants d'origine burkinabè installés dans les zones de cacao depuis les années 1970.
rur|sit|P|emigration|Dans le bassin arachidier, l'émigration des jeunes hommes vers l'Italie et l'Espagne a entraîné un vieillissement de la population agricole et l'abandon d'une partie des terres.
rur|act|P|migrants_general forced_displacement|Le ciblage du programme de filets sociaux productifs inclura les ménages de migrants, de déplacés et les familles d'accueil dans les communes rurales de la zone d'intervention.
rur|ind|P|forced_displacement|Nombre de ménages déplacés ayant repris une activité agricole dans leur commune d'origine ou d'accueil : 0 en 2023, cible 12 000 en 2027.
rur|sit|I|internal_migration|La colonisation agricole des terres du Moyen-Ouest par des paysans venus des Hautes Terres surpeuplées s'est accélérée depuis 2010, provoquant des tensions foncières avec les éleveurs sakalava.
rur|obj|P|remittances|Mobiliser les transferts de fonds des migrants pour le financement des chaînes de valeur agricoles à travers des fonds d'investissement villageois.
rur|act|I|trafficking labour_migration|Sensibilisation des familles rurales des Hautes Terres sur les risques liés aux intermédiaires qui proposent de placer leurs filles comme bonnes en ville ou à l'étranger contre une avance d'argent.
rur|ins|P|migration_data|Les directions régionales de l'agriculture collecteront, dans l'enquête agricole annuelle, des données sur les membres du ménage ayant migré et sur l'usage agricole de l'argent envoyé.
rur|sit|P|transit|Les villages situés sur les axes de transit migratoire vers l'Algérie tirent une partie de leurs revenus de la vente d'eau, de vivres et de services de transport aux migrants de passage.
rur|obj|I|internal_migration|Faire des villes secondaires de Fianarantsoa et d'Ambositra des points d'accueil pour les jeunes ruraux qui quittent leur village, afin d'éviter leur concentration dans la capitale.
rur|sit|F||L'invasion de criquets migrateurs de 2013 a détruit près de la moitié des cultures de riz et de maïs dans le Sud-Ouest, entraînant une hausse brutale des prix alimentaires.
rur|act|F||Aménagement de passes à poissons sur les barrages d'irrigation pour permettre la migration des anguilles et des poissons d'eau douce vers l'amont.
rur|bud|F||Frais de déplacement des techniciens vulgarisateurs : 210 millions d'ariary pour l'achat de motos et de carburant destinés aux visites d'exploitation.
rur|sit|F||Le retour sur investissement des périmètres irrigués de petite taille est plus rapide que celui des grands barrages, avec un délai de récupération estimé à cinq ans.
rur|act|F||Déplacement des bornes cadastrales détruites lors des crues et reconstitution des limites parcellaires par les guichets fonciers communaux.
rur|obj|F||Réduire les pertes post-récolte liées à la migration de l'humidité dans les sacs de stockage, en diffusant des silos hermétiques et des bâches de séchage.
rur|ind|F||Nombre de parcelles dont les données ont été migrées du registre papier vers le système informatisé du guichet foncier : 45 000 en 2023, cible 300 000.
rur|sit|F||Les exportations agricoles représentent 40 % des recettes du commerce extérieur, dominées par la vanille, le girofle et les litchis.
rur|act|F||Surveillance des maladies animales transfrontalières, notamment la fièvre aphteuse et la peste des petits ruminants, liées aux déplacements du bétail vers les marchés.
rur|sit|F||Les oiseaux granivores migrateurs, notamment le quelea, causent chaque année des pertes importantes sur le riz et le sorgho dans la vallée du fleuve.
rur|act|F||Retour au sol des résidus de récolte et apport de fumure organique pour restaurer la fertilité des parcelles dégradées.
rur|ins|F||Au sein de la chambre d'agriculture, la cellule des relations extérieures prospecte les marchés d'exportation et organise la participation des coopératives aux foires internationales.
rur|sit|S||Seulement 12 % des exploitations agricoles disposent d'un titre ou d'un certificat foncier, ce qui freine l'investissement dans l'irrigation et les cultures pérennes.
rur|obj|S||Doubler la production de riz paddy d'ici 2030 pour atteindre l'autosuffisance, grâce à l'extension des surfaces irriguées et à la mécanisation.
rur|act|S||Installation de 5 000 jeunes agriculteurs sur des périmètres aménagés avec un kit de démarrage, un accompagnement technique et un accès au crédit.
rur|sit|S||Les jeunes représentent 60 % de la population rurale mais n'ont accès qu'à 8 % des terres cultivées, les héritages n'étant partagés qu'au décès des parents. Faute de foncier, beaucoup travaillent comme salariés agricoles chez des parents ou comme métayers, sans garantie de récolte ni capacité d'investissement.
rur|act|S||Mise en place de greniers communautaires villageois pour constituer des stocks de sécurité alimentaire avant la période de soudure.
rur|ind|S||Rendement moyen du riz irrigué : 2,8 t/ha en 2023, cible 4,5 t/ha en 2030.
rur|sit|S||Les vols de zébus par les dahalo ont fait chuter le cheptel de certaines communes de 40 % en cinq ans et découragé l'investissement dans l'élevage.
rur|obj|S||Développer l'agroécologie et les cultures résistantes à la sécheresse dans le Grand Sud pour réduire la dépendance à l'aide alimentaire.
rur|act|S||Réhabilitation de 1 800 km de pistes rurales pour désenclaver les bassins de production et réduire le coût de transport des récoltes vers les marchés.
rur|sit|S||Les conflits entre agriculteurs et éleveurs autour des points d'eau et des champs non récoltés ont fait 58 morts dans la région en 2022.
rur|act|S||Vente de produits du terroir aux touristes via des circuits d'agritourisme organisés avec les tour-opérateurs de la région.
rur|ind|S||Proportion de ménages ruraux en insécurité alimentaire sévère pendant la soudure : 31 % en 2023, cible 15 % en 2030.
rur|obj|S||Rendre l'agriculture attractive pour les jeunes par la mécanisation, l'accès au numérique et la valorisation des métiers de la transformation.
rur|sit|S||Les marchés ruraux frontaliers avec le Niger jouent un rôle majeur dans l'écoulement du bétail et des céréales, mais les taxes informelles renchérissent les échanges.
rur|obj|V||Garantir l'accès des femmes rurales, des jeunes sans terre et des ménages dirigés par des personnes âgées aux intrants subventionnés et aux services de vulgarisation.
rur|act|V||Les critères d'éligibilité au programme de petite irrigation donnent la priorité aux veuves, aux ménages avec des enfants malnutris et aux exploitants en situation de handicap.
rur|sit|V||Les femmes chefs de ménage, les personnes âgées isolées et les ménages comptant des personnes handicapées sont surreprésentés parmi les ménages en insécurité alimentaire sévère.
rur|ind|V||Part des certificats fonciers délivrés au nom de femmes ou conjointement aux deux époux : 19 % en 2023, cible 40 %.
rur|ins|N||Les centres de services agricoles de district assurent l'intermédiation entre les producteurs et les prestataires de conseil, d'intrants et de financement.
rur|bud|N||Subvention des engrais et des semences améliorées : 28 milliards FCFA en 2025, au bénéfice d'environ 400 000 producteurs.
rur|act|N||Construction de 40 marchés ruraux et de magasins de stockage gérés par les organisations paysannes.
rur|obj|N||Porter le taux de couverture vaccinale du cheptel bovin contre le charbon symptomatique à 80 %.
rur|ind|N||Superficie irriguée aménagée ou réhabilitée : 120 000 ha en 2023, cible 250 000 ha en 2030.
rur|sit|N||La productivité agricole stagne depuis vingt ans, faute d'intrants, de semences améliorées et de maîtrise de l'eau.
rur|act|N||Déploiement d'un système d'information sur les prix agricoles diffusé par SMS aux producteurs et aux collecteurs.
""")

# --------------------------------------------------------------------------- security
BLOCKS.append("""
sec|sit|P|trafficking transit|Les réseaux de traite et de trafic illicite de migrants utilisent les pistes du nord pour acheminer des personnes vers la Libye, avec la complicité de certains agents aux postes de contrôle. Les enquêtes de la police judiciaire ont permis d'identifier onze réseaux entre 2021 et 2023, mais moins d'un tiers des suspects interpellés ont été jugés, faute de preuves et de coopération judiciaire avec les pays de destination.
sec|obj|P|trafficking|Renforcer la lutte contre la traite des personnes et le trafic de migrants par une meilleure coopération entre police, gendarmerie, justice et services sociaux.
sec|act|P|migration_governance|Formation des agents de la police aux frontières aux droits des migrants, à l'identification des personnes vulnérables et à l'orientation vers les services de protection.
sec|sit|I|trafficking|Des jeunes femmes de la côte Est sont recrutées par des intermédiaires pour des mariages arrangés en Chine, où certaines se retrouvent séquestrées et privées de leurs documents.
sec|act|P|forced_displacement|Sécurisation des sites de personnes déplacées internes par des patrouilles mixtes et des comités de vigilance incluant des femmes déplacées.
sec|sit|P|forced_displacement|Les attaques armées de 2022 dans la région de Tillabéri ont provoqué le déplacement de 110 000 personnes, dont une majorité de femmes et d'enfants, vers les chefs-lieux de département.
sec|ind|P|trafficking|Nombre de victimes de traite identifiées et orientées vers une prise en charge : 180 en 2023 ; cible 500 par an d'ici 2027.
sec|obj|I|transit trafficking|Contrôler les itinéraires empruntés par les convois de passeurs à travers le désert, tout en garantissant le sauvetage des personnes abandonnées par les chauffeurs.
sec|act|P|migration_governance migration_data|Déploiement du système d'information et de gestion des données migratoires (MIDAS) dans 12 postes frontières terrestres et aéroportuaires.
sec|sit|P|return|Le retour massif de migrants expulsés d'Algérie dans la ville d'Assamaka, sans eau ni abri suffisants, fait peser des risques sanitaires et sécuritaires sur la commune.
sec|act|I|trafficking emigration|Création d'une brigade spécialisée chargée des enquêtes sur les réseaux qui font passer clandestinement des personnes par la mer vers Mayotte à bord de kwassa-kwassa.
sec|ins|P|migration_governance|La Direction de la surveillance du territoire et la Direction de l'immigration et de l'émigration coordonnent le contrôle des entrées et des sorties à travers une base de données partagée.
sec|sit|I|forced_displacement|Fuyant les exactions des groupes armés, plus de 40 000 habitants des villages du Liptako ont trouvé abri chez des proches dans les quartiers périphériques de Dori, doublant la population de certains secteurs.
sec|obj|P|forced_displacement return|Créer les conditions sécuritaires d'un retour volontaire, digne et durable des personnes déplacées dans leurs localités d'origine.
sec|act|P|statelessness|Enrôlement biométrique des populations frontalières sans documents d'identité, avec examen au cas par cas des situations de risque d'apatridie chez les descendants de migrants.
sec|ind|I|emigration|Nombre de pirogues interceptées au départ des côtes avec des jeunes candidats à la traversée vers les Canaries : 76 en 2023.
sec|sit|P|labour_migration trafficking|Des travailleurs migrants recrutés pour les mines artisanales d'or du sud sont soumis au travail forcé et à la servitude pour dettes, selon les inspections conjointes de 2023.
sec|act|I|human_mobility|Mise en place de patrouilles conjointes avec les pays voisins le long des couloirs de transhumance afin de prévenir les vols de bétail et les affrontements entre éleveurs venus du Sahel et cultivateurs.
sec|obj|P|migrants_general statelessness|Garantir le respect des droits des migrants, des réfugiés et des apatrides lors des opérations de contrôle d'identité et de lutte contre le terrorisme.
sec|sit|I|return labour_migration|Les jeunes revenus de Libye racontent les enlèvements contre rançon, le travail sans salaire et les détentions dans des centres privés tenus par des milices.
sec|bud|P|migration_governance|Acquisition d'équipements de lecture de passeports biométriques et de vedettes de surveillance côtière pour la gestion des flux migratoires : 3,8 milliards FCFA.
sec|ins|I|trafficking labour_migration|Une cellule d'enquête conjointe avec les polices des pays du Golfe sera chargée de poursuivre les recruteurs qui envoient des mineures travailler comme domestiques avec des passeports falsifiés.
sec|sit|P|immigration|La présence de migrants en situation irrégulière dans les zones aurifères est souvent citée par les autorités locales comme source d'insécurité, sans que des données ne viennent étayer ce constat.
sec|act|P|forced_displacement|Prévention des violences basées sur le genre dans les sites de déplacés par l'éclairage solaire des points d'eau et des latrines et la formation des comités de protection.
sec|ind|I|migration_data migration_governance|Proportion des postes frontières officiels reliés en temps réel à la base de données centrale sur les entrées et sorties de voyageurs : 20 % en 2023, cible 80 % en 2027.
sec|sit|I|transit|À Gao et à Tombouctou, des hommes originaires de Guinée, du Cameroun ou de Côte d'Ivoire attendent parfois plusieurs mois un passage vers l'Algérie, exposés au racket et aux violences. Les logeurs et les chauffeurs qui les prennent en charge exigent des sommes croissantes, et ceux qui ne peuvent pas payer travaillent sur les chantiers ou les marchés en attendant de poursuivre leur route.
sec|act|P|trafficking labour_migration|Mise en place d'une ligne verte 24h/24 pour signaler les cas de traite et d'exploitation de travailleuses domestiques à l'étranger, reliée aux consulats et à la police.
sec|act|I|return|Mise en place d'un protocole d'accueil à la frontière pour les ressortissants expulsés par les pays voisins, avec vérification de l'identité, premiers soins et transport vers leur région d'origine.
sec|obj|I|labour_migration|Protéger les compatriotes employés comme domestiques au Moyen-Orient contre l'enfermement et la confiscation de leurs papiers, en lien avec les autorités des pays d'emploi.
sec|act|F||Migration du réseau de radiocommunication de la gendarmerie vers la norme numérique TETRA, couvrant les 22 chefs-lieux de région.
sec|bud|F||Frais de déplacement des unités d'intervention lors des opérations de maintien de l'ordre : 1,2 milliard d'ariary, en hausse de 15 %.
sec|sit|F||La politique de défense extérieure repose sur la coopération militaire avec les pays de la sous-région et la participation aux opérations de maintien de la paix.
sec|act|F||Déplacement de la caserne de sapeurs-pompiers hors du centre historique pour améliorer les délais d'intervention vers les nouveaux lotissements.
sec|obj|F||Renforcer la mobilité des forces de défense et de sécurité par l'acquisition de véhicules tout-terrain et d'hélicoptères de transport.
sec|ind|F||Nombre de retours d'expérience formalisés après les exercices de simulation de crise : 2 en 2023, cible 6 par an.
sec|sit|F||Les accidents de circulation liés à la mobilité urbaine par taxis-motos ont augmenté de 35 % en trois ans dans la capitale.
sec|act|F||Signature du traité de coopération policière et d'entraide judiciaire en matière pénale avec les États voisins.
sec|act|F||Sécurisation du transfert de fonds des recettes douanières vers le Trésor par des convois blindés et des paiements électroniques.
sec|sit|F||Le vol de câbles et le déplacement illégal des bornes de la frontière terrestre ont été signalés dans trois préfectures.
sec|obj|F||Sécuriser la migration des systèmes informatiques de l'état civil et de la police vers des serveurs nationaux pour protéger les données personnelles.
sec|sit|S||La contrebande de carburant et de médicaments de la rue à travers la frontière prive l'État de recettes douanières et finance des groupes criminels.
sec|sit|S||Les vols de zébus accompagnés de violences ont causé la mort de 240 personnes en 2022 dans les régions d'Anosy, d'Ihorombe et d'Atsimo-Andrefana.
sec|obj|S||Réduire la criminalité urbaine par la police de proximité, l'éclairage public et la vidéosurveillance des grands carrefours.
sec|act|S||Construction de 15 postes avancés de gendarmerie dans les zones rouges et recrutement de 2 000 gendarmes supplémentaires.
sec|ind|S||Taux de résolution des affaires de vols à main armée : 28 % en 2023, cible 50 % en 2028.
sec|sit|S||Les engins explosifs improvisés posés sur les axes routiers du nord ont fait 312 victimes civiles en 2023 et paralysé l'approvisionnement des marchés. Les camions de vivres circulent désormais sous escorte militaire, ce qui renchérit le prix des céréales et du carburant de 40 % dans les chefs-lieux isolés.
sec|act|S||Contrôle renforcé des marchandises aux postes frontières pour lutter contre le trafic d'armes légères, de stupéfiants et de produits contrefaits.
sec|obj|S||Lutter contre la radicalisation des jeunes dans les zones frontalières par l'insertion économique et le dialogue intercommunautaire.
sec|sit|S||La piraterie et la pêche illicite dans le golfe de Guinée menacent la sécurité maritime et les revenus des pêcheurs artisanaux.
sec|act|S||Sécurisation des zones touristiques par une brigade dédiée et un numéro d'urgence pour les visiteurs.
sec|ind|S||Nombre de comités locaux de sécurité fonctionnels dans les communes frontalières : 45 en 2023, cible 150 en 2027.
sec|obj|S||Prévenir les conflits fonciers violents par la médiation des autorités coutumières et la formalisation des droits sur la terre.
sec|sit|S||Dans les villes frontalières, les marchés hebdomadaires attirent des commerçants des deux pays et les litiges sur les taxes dégénèrent parfois en affrontements.
sec|obj|V||Améliorer la protection des femmes, des enfants, des personnes âgées et des personnes handicapées contre les violences par des unités de police spécialisées.
sec|act|V||Création de centres d'écoute et de prise en charge intégrée pour les femmes et les filles victimes de violences basées sur le genre dans chaque chef-lieu de région.
sec|sit|V||Les personnes atteintes d'albinisme font l'objet d'enlèvements et de meurtres rituels dans plusieurs régions, nécessitant une protection spécifique.
sec|ind|V||Nombre de mineurs en conflit avec la loi bénéficiant de mesures alternatives à la détention : 320 en 2023, cible 1 000.
sec|ins|N||Le Conseil national de sécurité, présidé par le chef de l'État, définit les orientations de la politique de sécurité intérieure et arbitre les priorités d'équipement.
sec|bud|N||Budget de la défense et de la sécurité : 9,6 % des dépenses publiques en 2025, dont 62 % pour les salaires.
sec|act|N||Informatisation des casiers judiciaires et interconnexion des commissariats avec les tribunaux de première instance.
sec|obj|N||Réduire la surpopulation carcérale de 180 % à 120 % par la construction de deux maisons centrales et le recours aux peines alternatives.
sec|ind|N||Ratio policiers pour 1 000 habitants : 0,6 en 2023, cible 1,0 en 2030.
sec|sit|N||La cybercriminalité, en particulier les escroqueries en ligne, a fait l'objet de 1 900 plaintes en 2023, soit trois fois plus qu'en 2019.
""")

# --------------------------------------------------------------------------- urban development
BLOCKS.append("""
urb|sit|P|internal_migration|La population de l'agglomération d'Antananarivo croît de 4,5 % par an, dont près de la moitié est due à l'exode rural et à la migration interne en provenance des régions du Sud et de l'Est.
urb|sit|I|internal_migration|Dans les quartiers bas d'Andohatapenaka et d'Ankasina, 58 % des chefs de ménage sont nés hors de la capitale et y sont arrivés après 2009, souvent pour fuir la crise agricole de leur région. Ces ménages louent le plus souvent une pièce unique en bois ou en tôle, construite sur des remblais illégaux dans la zone inondable, sans titre ni bail écrit.
urb|obj|P|internal_migration|Anticiper l'accueil des migrants internes dans les villes secondaires en viabilisant des parcelles à bas coût et en étendant les réseaux d'eau et d'électricité aux nouveaux quartiers.
urb|act|P|forced_displacement|Programme d'aménagement de sites d'accueil temporaire et de relogement pour les familles déplacées par les inondations dans la plaine de l'Ikopa, avec accompagnement social.
urb|ind|I|internal_migration migration_data|Part des nouveaux arrivants (moins de cinq ans de résidence) dans la population des quartiers précaires de la commune urbaine : indicateur calculé à partir du recensement, base 2018.
urb|act|I|internal_migration|Ouverture de bureaux d'accueil dans les arrondissements pour orienter les familles récemment arrivées des campagnes vers les services d'état civil, d'inscription scolaire et de santé.
urb|sit|P|forced_displacement|Les personnes déplacées internes installées à Kaya, Ouahigouya et Fada N'Gourma ont fait doubler la population de ces villes en trois ans, saturant les réseaux d'eau et les écoles.
urb|obj|P|forced_displacement|Intégrer durablement les personnes déplacées dans le tissu urbain des villes d'accueil par l'accès au foncier, au logement et aux services de base, plutôt que par des camps.
urb|act|I|internal_migration|Régularisation foncière des occupants des quartiers spontanés édifiés depuis 2015 par des familles venues des régions de l'intérieur, après enquête parcellaire et concertation.
urb|sit|P|climate_migration|La migration liée au climat, en provenance des zones sahéliennes touchées par la sécheresse, alimente la croissance des quartiers informels en zone inondable de la périphérie de Niamey.
urb|bud|P|forced_displacement|Construction de 2 400 logements sociaux et de 12 kilomètres de voirie dans les zones d'accueil des déplacés de Kaya et de Kongoussi : 22 milliards FCFA.
urb|sit|I|emigration remittances|Dans les villes de la région du fleuve, les maisons à étage construites par les fils partis en France ou en Italie restent souvent inoccupées une grande partie de l'année.
urb|act|P|diaspora|Programme d'accès au logement pour la diaspora : vente en ligne de parcelles viabilisées et de logements en VEFA dans les nouvelles zones d'extension urbaine, avec paiement échelonné depuis l'étranger.
urb|obj|I|remittances diaspora|Orienter l'épargne envoyée par les familles établies à l'étranger vers des programmes de logement sécurisés, afin de limiter l'étalement urbain non planifié.
urb|ins|P|migration_governance|La commune urbaine crée un service municipal de la migration chargé de l'accueil des nouveaux habitants, du suivi des données et de la coordination avec les ONG et l'OIM.
urb|sit|P|migrants_general|Les migrants, les vendeurs de rue et les jeunes sans emploi sont les plus exposés aux expulsions lors des opérations de libération de la voie publique.
urb|ind|P|forced_displacement|Nombre de ménages déplacés par les inondations urbaines relogés durablement hors des zones à risque : 0 en 2023, cible 3 500 en 2028.
urb|act|I|internal_migration|Construction de foyers d'hébergement à loyer modéré près des marchés pour les jeunes travailleurs saisonniers venus des villages, qui dorment aujourd'hui dans les étals ou sur les trottoirs.
urb|sit|P|transit|À Agadez, les ghettos où séjournent les migrants en transit sont implantés dans des quartiers non lotis sans accès à l'eau, à l'assainissement ni à l'électricité.
urb|obj|I|climate_migration internal_migration|Préparer les villes de Toliara et de Fort-Dauphin à recevoir, dans les vingt prochaines années, une partie des ruraux que la sécheresse chassera de l'Androy, par une planification urbaine d'anticipation.
urb|act|P|return|Facilitation de l'accès au logement pour les migrants de retour installés dans la capitale, par un fonds de garantie locative et l'intermédiation avec les bailleurs privés.
urb|sit|I|forced_displacement|Les familles chassées de leurs villages par les violences vivent chez des proches ou dans des maisons inachevées louées en périphérie de la ville, à raison de douze personnes en moyenne par logement.
urb|ins|P|migration_data|L'observatoire urbain produira chaque année un tableau de bord des flux migratoires et de la croissance des quartiers précaires, à partir de l'imagerie satellitaire et des registres des fokontany.
urb|obj|P|human_mobility|Prendre en compte la mobilité humaine dans le schéma directeur d'aménagement urbain, en prévoyant des réserves foncières pour l'accueil des populations attendues d'ici 2040.
urb|bud|I|internal_migration|Viabilisation de 800 parcelles destinées aux ménages à faible revenu nouvellement installés dans la commune, dont 40 % venus des districts ruraux depuis moins de trois ans : 6,3 milliards d'ariary.
urb|sit|P|immigration|La communauté immigrée d'origine comorienne, établie de longue date à Mahajanga, se concentre dans les quartiers centraux où elle joue un rôle important dans le commerce et l'artisanat.
urb|act|I|labour_migration|Appui aux associations de femmes dont le mari travaille dans les pays du Golfe pour la construction de logements en auto-construction assistée dans les quartiers périphériques.
urb|ind|P|forced_displacement|Proportion de déplacés vivant dans des abris d'urgence ou des logements surpeuplés dans les villes d'accueil : 64 % en 2023, cible 30 % en 2027.
urb|sit|I|internal_migration|Les enquêtes de quartier montrent que les habitants des bas quartiers venus du Sud travaillent surtout comme tireurs de pousse-pousse, gardiens ou blanchisseuses, et qu'un tiers d'entre eux repartent au village lors des récoltes.
urb|act|P|climate_migration|Élaborer un plan d'action municipal sur les migrations climatiques identifiant les quartiers d'arrivée, les besoins en services et les zones à risque à ne pas urbaniser.
urb|obj|P|migrants_general|Garantir l'accès des migrants et des locataires informels aux programmes municipaux d'amélioration des quartiers précaires, sans condition d'ancienneté de résidence.
urb|sit|I|forced_displacement|Depuis les expulsions de 2019 liées à la construction de la rocade, près de 600 familles vivent toujours dans des hébergements provisoires sans indemnisation ni solution de relogement.
urb|ins|I|diaspora|Un bureau municipal des ressortissants établis à l'étranger sera chargé de faciliter les démarches d'urbanisme, de permis de construire et de transaction foncière à distance.
urb|act|P|trafficking labour_migration|Contrôle des agences de placement installées dans les quartiers commerçants de la capitale, soupçonnées de servir de relais aux réseaux de traite vers le Moyen-Orient.
urb|sit|P|internal_migration|La migration des jeunes vers Abidjan, estimée à 60 000 personnes par an, alimente la croissance des quartiers précaires d'Abobo, de Yopougon et de Port-Bouët.
urb|sit|F||La mobilité urbaine à Antananarivo est marquée par des temps de trajet moyens de 75 minutes et une part modale des taxis-be de 60 % des déplacements motorisés. Le réseau de voirie, conçu pour une ville de 500 000 habitants, supporte aujourd'hui plus de 300 000 véhicules par jour, et les carrefours du centre sont saturés dès 6 heures du matin.
urb|act|F||Élaboration du plan de déplacements urbains de la capitale, avec un réseau de bus à haut niveau de service et des couloirs réservés aux transports collectifs.
urb|act|F||Déplacement des réseaux d'eau, d'électricité et de télécommunications situés sur l'emprise du futur échangeur, à la charge du maître d'ouvrage.
urb|ind|F||Nombre de déplacements quotidiens effectués en transport collectif : 1,1 million en 2023, cible 1,8 million en 2030.
urb|obj|F||Développer la mobilité douce par la création de 40 km de pistes cyclables et l'aménagement de trottoirs continus dans le centre-ville.
urb|act|F||Migration du cadastre urbain vers un système d'information foncière interopérable avec les services fiscaux de la commune.
urb|sit|F||Le retour sur investissement des projets de téléphérique urbain reste incertain compte tenu de la faible solvabilité des usagers et des coûts d'exploitation.
urb|bud|F||Frais de déplacement et de mission des agents municipaux pour les contrôles de chantier : 75 millions d'ariary.
urb|sit|F||Les glissements et déplacements de terrain sur les collines de la ville haute menacent plusieurs quartiers construits sur des pentes supérieures à 30 %.
urb|act|F||Déplacement de la gare routière interrégionale vers la périphérie nord afin de désengorger le centre et de réduire les embouteillages.
urb|obj|F||Faciliter les déplacements domicile-travail des habitants des quartiers périphériques grâce à une tarification sociale des transports publics.
urb|sit|F||Les transferts de fonds de l'État vers les communes urbaines représentent à peine 6 % de leurs recettes, qui dépendent surtout des taxes de marché.
urb|act|F||Retour à l'équilibre financier de la régie municipale des eaux par la révision des tarifs et la réduction des pertes techniques.
urb|ind|F||Vitesse commerciale moyenne des bus aux heures de pointe, indicateur clé du plan de mobilité urbaine : 9 km/h en 2023, cible 18 km/h en 2030.
urb|sit|F||Le lac urbain de la capitale, halte pour de nombreux oiseaux migrateurs, souffre d'un envasement rapide et de rejets d'eaux usées non traitées.
urb|sit|S||Près de 70 % de la population urbaine vit dans des quartiers précaires caractérisés par l'insécurité foncière, l'absence d'assainissement et des logements construits en matériaux de récupération.
urb|obj|S||Résorber l'habitat insalubre par la restructuration de 25 quartiers précaires et la construction de 30 000 logements sociaux d'ici 2030.
urb|act|S||Programme d'adressage et de numérotation des rues dans les six arrondissements, couplé à la mise à jour du rôle de la taxe foncière.
urb|sit|S||La croissance démographique naturelle et l'extension des limites communales expliquent l'essentiel de l'augmentation de la population urbaine entre les deux derniers recensements.
urb|ind|S||Proportion de ménages urbains ayant accès à l'eau potable par branchement domiciliaire : 38 % en 2023, cible 60 % en 2030.
urb|act|S||Construction de canaux de drainage et curage des exutoires dans les quartiers bas de la ville pour réduire les inondations en saison des pluies.
urb|sit|S||Le marché foncier urbain est dominé par les transactions informelles : moins de 15 % des parcelles disposent d'un titre enregistré.
urb|obj|S||Mettre en place un système de gestion des déchets solides couvrant 80 % des quartiers, avec collecte de proximité par des associations de jeunes.
urb|act|S||Réhabilitation des marchés municipaux et construction d'espaces aménagés pour les marchands ambulants afin de libérer les trottoirs.
urb|sit|S||Le loyer moyen d'une pièce dans les quartiers populaires a augmenté de 40 % en cinq ans, obligeant de nombreuses familles à vivre à plus de six par pièce.
urb|ind|S||Nombre de titres fonciers délivrés dans les quartiers restructurés : 2 000 en 2023, cible 15 000 en 2028.
urb|act|S||Reconstruction des toitures et des murs de 3 000 habitations endommagées par le cyclone dans les quartiers côtiers, avec des normes paracycloniques.
urb|obj|S||Renforcer le rôle des villes secondaires comme pôles de services et d'emplois afin de rééquilibrer l'armature urbaine nationale.
urb|sit|S||L'urbanisation rapide, avec un taux d'urbanisation passé de 22 % à 31 % en vingt ans, dépasse la capacité des communes à planifier et à équiper les nouveaux quartiers.
urb|act|S||Aménagement de la corniche et du front de mer pour développer le tourisme urbain et les loisirs des habitants.
urb|bud|S||Programme d'amélioration des quartiers précaires : 85 millions de dollars sur cinq ans, dont 60 % pour la voirie et le drainage.
urb|sit|S||Les ménages des quartiers précaires consacrent en moyenne 35 % de leurs revenus au loyer et 20 % à l'achat d'eau auprès de revendeurs.
urb|obj|V||Prendre en compte les besoins des femmes, des enfants, des personnes âgées et des personnes handicapées dans la conception des espaces publics, des trottoirs et des arrêts de bus.
urb|act|V||Attribution prioritaire des logements sociaux aux mères célibataires, aux ménages comptant une personne handicapée et aux retraités à faible pension.
urb|sit|V||Les enfants des rues, les personnes âgées sans soutien familial et les personnes souffrant de troubles mentaux sont de plus en plus nombreux dans le centre-ville.
urb|ind|V||Part des équipements publics municipaux accessibles aux personnes en fauteuil roulant : 10 % en 2023, cible 50 %.
urb|ins|N||L'Agence d'urbanisme et d'aménagement de la capitale élabore le plan d'urbanisme directeur et instruit les grandes demandes de permis de construire.
urb|bud|N||Investissements municipaux 2025 : 18 milliards d'ariary, dont 45 % pour la voirie, 25 % pour l'assainissement et 10 % pour l'éclairage public.
urb|obj|N||Doter chaque commune urbaine d'un plan d'urbanisme de détail approuvé et opposable aux tiers d'ici 2028.
urb|act|N||Installation de 5 000 lampadaires solaires dans les rues secondaires et les ruelles des arrondissements.
urb|ind|N||Taux de recouvrement de l'impôt foncier sur les propriétés bâties : 22 % en 2023, cible 60 %.
urb|sit|N||Le patrimoine bâti de la haute ville, classé sur la liste indicative de l'UNESCO, se dégrade faute d'entretien et de règlement de protection.
urb|act|N||Création d'espaces verts de proximité et plantation de 20 000 arbres d'alignement le long des avenues principales.
urb|ins|N||Le conseil municipal approuve le budget primitif et le programme d'investissements, après consultation des comités de quartier.
""")

# --------------------------------------------------------------------------- general / cross-cutting
BLOCKS.append("""
gen|sit|P|migrants_general transit|Le pays est à la fois un pays d'origine, de transit et de destination des migrations, avec environ 1,2 million de nationaux à l'étranger et 400 000 immigrés sur son territoire. Ces flux restent mal connus et peu pris en compte dans la planification : le précédent plan national ne mentionnait la migration qu'au titre de la sécurité des frontières.
gen|obj|P|migration_governance diaspora|Axe stratégique 5 : faire de la migration un levier de développement en valorisant les ressources de la diaspora et en protégeant les droits des migrants.
gen|sit|I|remittances|L'argent envoyé par les travailleurs établis hors du pays représente la deuxième source de devises après les exportations agricoles.
gen|ind|P|migration_data|Le cadre de suivi du plan ne comporte encore aucun indicateur sur la migration ; les données disponibles proviennent d'enquêtes ponctuelles non comparables.
gen|sit|P|migration_data emigration|On ne dispose d'aucune donnée fiable sur le nombre de Malgaches vivant à l'étranger ni sur l'émigration de travail non déclarée.
gen|obj|I|diaspora|Faire des compatriotes vivant hors du territoire des partenaires à part entière de la mise en œuvre du plan, par leurs compétences, leurs réseaux et leurs investissements.
gen|ins|P|migration_governance|Le suivi des engagements relatifs à la migration sera assuré par le comité de pilotage du plan, sur la base d'un rapport annuel préparé par l'Office national de la migration.
gen|sit|P|forced_displacement|Les crises sécuritaires et climatiques ont multiplié par dix le nombre de personnes déplacées internes depuis 2019, modifiant profondément la répartition de la population.
gen|sit|I|labour_migration|Chaque année, plusieurs milliers de jeunes femmes partent travailler comme domestiques en Jordanie, au Koweït ou en Arabie saoudite, souvent par des circuits non déclarés.
gen|obj|P|migrants_general statelessness|Ne laisser personne de côté, y compris les migrants, les personnes déplacées, les apatrides et les populations des zones enclavées.
gen|ins|I|diaspora|Un secrétariat d'État chargé des compatriotes établis à l'étranger sera rattaché à la Présidence pour coordonner l'action des ministères en faveur de ces citoyens.
gen|sit|P|human_mobility|La mobilité humaine est une composante ancienne des stratégies de subsistance des ménages sahéliens, qu'il s'agisse de la transhumance, des migrations saisonnières ou des départs de longue durée.
gen|bud|P|migration_governance|Le coût total des actions du plan relatives à la migration est estimé à 46 milliards FCFA, soit 0,8 % de l'enveloppe globale du plan.
gen|sit|I|climate_migration|D'ici 2050, les changements climatiques pourraient contraindre des centaines de milliers d'habitants du littoral et des zones arides à s'installer ailleurs dans le pays.
gen|obj|I|return|Créer les conditions pour que les jeunes partis en Libye et en Algérie puissent rentrer et reconstruire leur vie au pays dans la dignité.
gen|sit|P|trafficking|Le pays figure en catégorie 2 du rapport international sur la traite des personnes, en raison de la faiblesse des poursuites et de la protection des victimes.
gen|ind|I|statelessness|Nombre de personnes sans nationalité reconnue ayant obtenu un document attestant leur nationalité : 3 000 en 2023 ; cible 50 000 en 2030.
gen|sit|I|brain_drain|La fuite des cerveaux, qui touche notamment les médecins, les ingénieurs et les universitaires, s'explique par l'écart de rémunération et le manque d'équipements ; elle concernerait 15 % des diplômés du supérieur.
gen|act|P|diaspora|Organisation tous les deux ans d'assises nationales de la diaspora pour évaluer les politiques publiques la concernant.
gen|ins|I|immigration migration_governance|La Commission nationale des étrangers examine les demandes de carte de séjour de longue durée et donne un avis sur les mesures de régularisation.
gen|act|P|migration_data remittances|Réalisation d'une enquête nationale sur la migration et les transferts de fonds en 2026, représentative au niveau régional, avec l'appui de la Banque mondiale.
gen|sit|P|statelessness migration_data|L'absence de données sur l'apatridie et sur les migrants sans documents empêche d'estimer la population privée d'accès aux services de base.
gen|sit|F||La dette extérieure a été restructurée en 2021 dans le cadre commun du G20, ramenant le service de la dette à 12 % des recettes d'exportation.
gen|obj|F||Favoriser le retour à une croissance forte et inclusive, supérieure à 6 % par an, après la récession de 2020.
gen|act|F||La migration vers le budget-programme sera achevée en 2026 pour l'ensemble des ministères, avec des cadres de performance par programme.
gen|ins|F||Le ministère de l'Économie, des Finances et des Relations extérieures assure le secrétariat technique du plan et la mobilisation des financements extérieurs.
gen|bud|F||Transferts de fonds aux établissements publics et aux collectivités : 1 850 milliards FCFA sur la durée du plan, soit 14 % des dépenses totales.
gen|sit|F||Les déplacements officiels à l'étranger des délégations publiques ont coûté 42 millions de dollars en 2022, soit davantage que le budget d'investissement de la santé.
gen|ind|F||Taux de retour des questionnaires de suivi du plan par les ministères sectoriels : 55 % en 2023, cible 100 %.
gen|act|F||Ratification du traité portant création de la monnaie commune de la communauté régionale et adaptation de la législation bancaire nationale.
gen|sit|S||La population est estimée à 29 millions d'habitants en 2023, dont 62 % ont moins de 25 ans et 19 % vivent en milieu urbain.
gen|obj|S||Réduire le taux de pauvreté de 75 % à 55 % d'ici 2030 en créant des emplois productifs pour les jeunes et en renforçant la résilience des ménages ruraux.
gen|sit|S||Le pays figure parmi les dix plus exposés au monde aux cyclones tropicaux, aux sécheresses et aux inondations, qui coûtent en moyenne 2 % du PIB chaque année. Entre 2015 et 2023, onze cyclones majeurs ont frappé les côtes Est et Nord-Ouest et trois sécheresses successives ont touché le Grand Sud, avec des pertes agricoles supérieures à 60 % dans les districts les plus exposés.
gen|act|S||Mise en place d'un mécanisme national de financement des risques de catastrophe combinant fonds de contingence, assurance souveraine et crédit contingent.
gen|sit|S||Le chômage et le sous-emploi des jeunes constituent le principal défi social, avec plus de 350 000 nouveaux actifs par an.
gen|obj|S||Réduire les inégalités territoriales entre la capitale et les régions enclavées par des investissements prioritaires dans les routes, l'énergie et les services sociaux.
gen|sit|S||L'insécurité dans les zones frontalières, la piraterie maritime et la criminalité urbaine pèsent sur l'investissement et le tourisme.
gen|ind|S||Indice de développement humain : 0,487 en 2021 ; cible 0,550 en 2030, avec une réduction des écarts entre régions.
gen|act|S||Création d'un fonds de développement régional alimenté par 5 % des recettes minières pour financer des projets d'infrastructures dans les régions productrices.
gen|sit|S||La pression démographique sur les terres cultivables des Hautes Terres entraîne un morcellement extrême des exploitations, inférieures à 0,5 ha pour 60 % des ménages.
gen|obj|V||Garantir l'inclusion des femmes, des jeunes, des personnes âgées, des personnes handicapées et des peuples autochtones dans tous les programmes du plan.
gen|sit|V||Les groupes vulnérables identifiés par le diagnostic sont les enfants orphelins, les femmes chefs de ménage, les personnes handicapées, les personnes âgées sans soutien et les personnes vivant avec le VIH.
gen|ind|V||Part du budget du plan consacrée à des mesures ciblant les femmes, les enfants et les personnes handicapées : 8 % en 2024, cible 15 %.
gen|ins|N||Le comité de pilotage du plan, présidé par le Premier ministre, se réunit deux fois par an pour examiner le rapport de mise en œuvre et arbitrer les priorités.
gen|bud|N||Le coût global du plan est estimé à 38 milliards de dollars sur cinq ans, financé à 55 % par les ressources internes.
gen|obj|N||Porter le taux de croissance du PIB réel à 7 % en moyenne sur la période 2024-2028, tiré par l'agriculture, les mines et les services.
gen|act|N||Mise en place d'un système intégré de suivi-évaluation du plan, avec un tableau de bord en ligne accessible au public.
gen|sit|N||L'inflation a atteint 9,8 % en 2023 sous l'effet de la hausse des prix des produits alimentaires et énergétiques importés.
""")


# --------------------------------------------------------------------------- parsing & checks
def parse() -> list[dict]:
    """Turn the literal blocks into corpus records with sequential ids."""
    records: list[dict] = []
    for block in BLOCKS:
        for line in block.strip().splitlines():
            line = line.strip()
            if not line:
                continue
            sector, stage, kind, concepts, text = line.split("|", 4)
            kind_name, label = KINDS[kind]
            records.append(
                {
                    "id": f"{LANG}-{len(records) + 1:04d}",
                    "text": text.strip(),
                    "lang": LANG,
                    "label": label,
                    "concepts": concepts.split(),
                    "sector": SECTORS[sector],
                    "stage": STAGES[stage],
                    "kind": kind_name,
                    "source": SOURCE,
                }
            )
    return records


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    w = _words(text)
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def validate(records: list[dict]) -> list[str]:
    """Return every violation of the corpus rules (empty list = valid)."""
    problems: list[str] = []
    openings: dict[tuple[str, ...], str] = {}
    for r in records:
        rid, text = r["id"], r["text"]
        n = len(text.split())
        if not 8 <= n <= 90:
            problems.append(f"{rid}: {n} words")
        if r["label"] == 1:
            if not r["concepts"]:
                problems.append(f"{rid}: positive without concepts")
            bad = set(r["concepts"]) - CONCEPTS
            if bad:
                problems.append(f"{rid}: unknown concepts {sorted(bad)}")
            hit = OBVIOUS.search(text)
            if r["kind"] == "positive_implicit" and hit:
                problems.append(f"{rid}: implicit positive contains {hit.group(0)!r}")
            if r["kind"] == "positive" and not hit:
                problems.append(f"{rid}: explicit positive has no obvious word (make it implicit)")
        elif r["concepts"]:
            problems.append(f"{rid}: negative with concepts")
        key = tuple(text.lower().split()[:8])
        if key in openings:
            problems.append(f"{rid}: same first 8 words as {openings[key]}")
        openings.setdefault(key, rid)
    shingles = [(r["id"], _shingles(r["text"])) for r in records]
    for (a, sa), (b, sb) in itertools.combinations(shingles, 2):
        if sa and sb:
            jac = len(sa & sb) / len(sa | sb)
            if jac > 0.5:
                problems.append(f"{a} ~ {b}: 5-gram Jaccard {jac:.2f}")
    return problems


def summary(records: list[dict]) -> str:
    """Counts the corpus rules are stated in, for the report."""
    pos = [r for r in records if r["label"] == 1]
    neg = [r for r in records if r["label"] == 0]
    kinds = Counter(r["kind"] for r in records)
    lines = [
        f"total {len(records)}; positives {len(pos)} ({len(pos) / len(records):.1%}); "
        f"negatives {len(neg)} ({len(neg) / len(records):.1%})",
        "kinds: "
        + ", ".join(
            f"{k} {v} ({v / (len(pos) if k.startswith('positive') else len(neg)):.1%})"
            for k, v in sorted(kinds.items())
        ),
        "sectors (pos/neg): "
        + ", ".join(
            f"{s} {sum(r['label'] for r in records if r['sector'] == s)}/"
            f"{sum(1 - r['label'] for r in records if r['sector'] == s)}"
            for s in SECTORS.values()
        ),
        "stages: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["stage"] for r in records).items())),
        "concepts: "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(c for r in pos for c in r["concepts"]).items())),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate and print counts, do not write")
    args = parser.parse_args(argv)
    records = parse()
    problems = validate(records)
    print(summary(records))
    if problems:
        print(f"{len(problems)} problem(s):", *problems, sep="\n  ", file=sys.stderr)
        return 1
    if not args.check:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        with OUT.open("w", encoding="utf-8", newline="\n") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {len(records)} passages to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
