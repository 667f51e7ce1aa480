"""Hand-written Spanish plan passages for the migration classifier corpus.

Every passage below was written individually for screener, in the register of
Ecuadorian municipal PDOTs and other Latin American plans. The script does not
generate text: it only attaches ids and metadata, validates the corpus against
the labelling rules (so a bad edit fails loudly instead of silently degrading the
classifier) and serialises it to screener/data/corpus/es.jsonl.

Run:  python tools/corpus/es_passages.py          # validate and write
      python tools/corpus/es_passages.py --check  # validate only

Entry format: (stage, kind, concepts, text). Stage and kind use short codes
(see STAGES and KINDS); concepts is a space-separated list, empty for negatives.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from screener import vocabulary

STAGES = {
    "sa": "situation_analysis",
    "ob": "objectives",
    "ac": "actions",
    "in": "indicators",
    "bu": "budget",
    "is": "institutions",
}

assert set(STAGES.values()) == set(vocabulary.STAGES), STAGES  # screener's own stages (screener.vocabulary)

KINDS = {
    "p": ("positive", 1),
    "pi": ("positive_implicit", 1),
    "n": ("negative", 0),
    "ff": ("hard_false_friend", 0),
    "st": ("hard_same_topic", 0),
    "vg": ("hard_vulnerable_groups", 0),
}

# The corpus labels every concept of the bundled lexicon but academic mobility (added later,
# switched off with --no-academic-mobility).
CONCEPTS = frozenset(vocabulary.CONCEPTS) - {"academic_mobility"}

# ---------------------------------------------------------------------------
# Education
# ---------------------------------------------------------------------------
EDUCATION = [
    ("sa", "pi", "immigration", "Según el registro del distrito educativo, en el periodo lectivo 2022-2023 se matricularon 1.284 estudiantes de nacionalidad venezolana en las unidades educativas fiscales del cantón, el 7,4% de la matrícula total. El 38% ingresó sin documentos de escolaridad previa y requirió examen de ubicación."),
    ("sa", "p", "emigration", "La emigración de padres y madres hacia Estados Unidos y España ha dejado a numerosos niños y adolescentes al cuidado de abuelos o tíos; los docentes del circuito reportan que estos estudiantes presentan mayores tasas de inasistencia y bajo rendimiento en el segundo quimestre."),
    ("ob", "p", "human_mobility migration_governance", "Garantizar el acceso, la permanencia y la culminación de estudios de niñas, niños y adolescentes en situación de movilidad humana, independientemente de su condición migratoria, conforme a la Ley Orgánica de Movilidad Humana y la Ley Orgánica de Educación Intercultural."),
    ("ac", "p", "return", "Programa de nivelación académica para hijos de familias retornadas desde España y Estados Unidos, con tutorías de lengua, historia nacional y acompañamiento psicopedagógico durante el primer año de reinserción escolar."),
    ("in", "pi", "immigration migration_data", "Indicador: porcentaje de estudiantes extranjeros matriculados que obtienen el reconocimiento de estudios previos en un plazo máximo de 30 días. Línea base 2023: 41%. Meta 2027: 85%. Fuente: Dirección Distrital de Educación."),
    ("bu", "p", "forced_displacement", "Proyecto de aulas temporales y kits escolares para niñez refugiada y desplazada en las parroquias fronterizas: USD 186.000, financiados en un 60% por cooperación internacional y en un 40% con recursos propios del GAD."),
    ("is", "p", "migration_governance human_mobility", "La Mesa Técnica de Educación y Movilidad Humana, coordinada por la Dirección Distrital y el Consejo Cantonal de Protección de Derechos, se reunirá bimestralmente para dar seguimiento a los casos de exclusión escolar de estudiantes migrantes."),
    ("sa", "p", "brain_drain emigration", "La fuga de profesionales calificados golpea también al sistema educativo: entre 2019 y 2023 renunciaron 63 docentes de bachillerato técnico de la zona, la mayoría para emigrar a Chile y España, y las vacantes de física y matemáticas siguen sin cubrirse."),
    ("ac", "p", "immigration", "Campañas contra la xenofobia en las unidades educativas, dirigidas a estudiantes, docentes y padres de familia, para prevenir el acoso escolar hacia alumnos inmigrantes venezolanos y colombianos."),
    ("sa", "pi", "transit", "En los meses de mayor flujo de personas en tránsito hacia el sur, las escuelas de la parroquia de frontera recibieron solicitudes de inscripción temporal de niños que permanecían apenas unas semanas; el sistema de matrícula no contempla esta situación de movilidad."),
    ("ob", "p", "diaspora", "Fortalecer los vínculos entre las instituciones educativas del cantón y la diáspora profesional, mediante mentorías virtuales en las que compatriotas residentes en el exterior acompañen a estudiantes de bachillerato en su orientación vocacional."),
    ("in", "p", "migration_data", "Número de unidades educativas que registran la condición migratoria y el país de procedencia de sus estudiantes en el sistema de gestión escolar: línea base 0; meta 2026: 48 unidades, es decir el 100% de las fiscales del cantón."),
    ("ac", "p", "trafficking", "Capacitación a 300 docentes y consejeros estudiantiles en la identificación de señales de trata de personas y tráfico ilícito de migrantes entre adolescentes, y activación de la ruta de protección con la Junta Cantonal."),
    ("sa", "p", "internal_migration", "La migración interna desde las comunidades altas hacia la cabecera cantonal ha provocado el cierre de 11 escuelas unidocentes rurales por falta de alumnos, mientras las escuelas urbanas operan con más de 40 estudiantes por aula."),
    ("ac", "p", "labour_migration", "Horarios flexibles y escuelas de temporada para los hijos de trabajadores migrantes agrícolas que llegan durante la cosecha de banano, evitando que interrumpan su escolaridad cada año."),
    ("sa", "p", "climate_migration", "Tras la sequía prolongada de 2023, varias familias de la zona seca migraron hacia la costa; las escuelas de origen perdieron el 15% de su matrícula y las receptoras no contaban con cupos ni docentes adicionales."),
    ("ob", "p", "statelessness immigration", "Asegurar que ningún niño o niña nacido en el cantón de padres inmigrantes quede sin inscripción de nacimiento ni acceso a la escuela por riesgo de apatridia."),
    ("bu", "p", "remittances diaspora", "Fondo concursable de becas complementado con remesas colectivas de asociaciones de migrantes en Madrid y Nueva Jersey: USD 45.000 anuales para estudiantes de bachillerato de zonas rurales."),
    ("in", "p", "human_mobility", "Tasa de abandono escolar de estudiantes en situación de movilidad humana. Línea base (2023): 9,8%. Meta (2027): 4%. Desagregación por sexo, edad y nacionalidad."),
    ("is", "p", "migrants_general", "Convenio entre el GAD municipal, la Dirección Distrital de Educación y una organización de la sociedad civil para la atención de estudiantes migrantes con necesidades educativas específicas."),
    ("sa", "pi", "emigration", "En las parroquias del norte, uno de cada cuatro estudiantes de educación básica vive con sus abuelos porque ambos padres trabajan en Estados Unidos; los orientadores señalan problemas de autoestima y de comunicación familiar."),
    ("sa", "pi", "remittances emigration", "Los hogares que reciben dinero de familiares que trabajan en España o Italia destinan una parte importante de esos ingresos al pago de pensiones de escuelas particulares, lo que explica la mayor matrícula privada del cantón."),
    ("ac", "pi", "immigration", "Cursos de nivelación y validación de estudios para adolescentes venezolanos y colombianos que llegaron al cantón sin certificados escolares, con apoyo de docentes itinerantes."),
    ("sa", "pi", "emigration", "Los muchachos que terminan el bachillerato en las comunidades de la sierra sur suelen abandonar el cantón antes de cumplir los veinte años para viajar a Nueva York, a menudo de forma irregular, lo que reduce la demanda de educación superior local."),
    ("ob", "pi", "return", "Facilitar la reinserción escolar de niñas y niños que vuelven al país con sus familias después de años de residir en el extranjero, reconociendo sus estudios y apoyando el aprendizaje del currículo nacional."),
    ("in", "pi", "immigration", "Porcentaje de estudiantes de otra nacionalidad con matrícula vigente que reciben apoyo psicosocial: línea base 2023: 12%; meta 2027: 60%."),
    ("sa", "pi", "brain_drain", "La salida de jóvenes con título universitario hacia Europa y Norteamérica deja a la provincia sin profesionales de ingeniería y medicina; la mitad de los graduados de la cohorte 2015 reside hoy fuera del país."),
    ("ac", "pi", "transit", "Espacios de aprendizaje temporales en el punto de atención de la frontera norte para niños que atraviesan el país con sus familias camino a Perú y Chile, con material lúdico y actividades de lectura."),
    ("sa", "pi", "internal_migration", "La llegada a la ciudad de familias de comunidades rurales de la provincia, que buscan mejores oportunidades, ha triplicado la demanda de educación inicial en los barrios periféricos del sur."),
    ("bu", "pi", "diaspora", "Aporte de la asociación de oriundos del cantón residentes en Murcia para la dotación de laboratorios de computación en tres colegios rurales: USD 28.500 en 2025."),
    ("is", "pi", "forced_displacement", "El comité interinstitucional de educación en emergencias incluirá a las agencias de Naciones Unidas y a las organizaciones que atienden a familias que huyeron de la violencia en Colombia, para coordinar la matrícula de sus hijos."),
    ("ac", "pi", "labour_migration", "Alfabetización nocturna para jornaleros de temporada que vienen desde la sierra a trabajar en las plantaciones de cacao y palma durante la cosecha."),
    ("ac", "ff", "", "Migración de la información académica del sistema de matrícula anterior a la nueva plataforma de gestión escolar, con depuración de registros duplicados y capacitación a las secretarías de 52 unidades educativas."),
    ("bu", "ff", "", "Los viáticos y gastos de desplazamiento de los asesores pedagógicos hacia las escuelas rurales se financiarán con el presupuesto de gasto corriente de la Dirección Distrital."),
    ("ac", "ff", "", "Retorno progresivo a clases presenciales tras el cierre por la pandemia: adecuación de baterías sanitarias, lavamanos y ventilación en 34 establecimientos educativos."),
    ("sa", "ff", "", "El análisis costo-beneficio estima un retorno de la inversión de 3,2 dólares por cada dólar invertido en educación inicial, gracias a menores tasas de repetición y mejores ingresos futuros."),
    ("ac", "ff", "", "Proyecto de educación ambiental sobre la migración de aves playeras en el estuario, con salidas de observación para estudiantes de octavo a décimo año."),
    ("sa", "ff", "", "Las cefaleas y la migraña figuran entre las principales causas de atención en los departamentos de consejería estudiantil, asociadas al uso prolongado de pantallas."),
    ("ac", "ff", "", "Plan de movilidad escolar segura: rutas peatonales señalizadas, pasos cebra y reductores de velocidad frente a 20 escuelas de la zona urbana."),
    ("in", "ff", "", "Transporte escolar para estudiantes de comunidades dispersas cuyo desplazamiento diario a la unidad educativa supera los 5 kilómetros; cobertura 2023: 640 estudiantes."),
    ("ac", "ff", "", "Convenios de cooperación académica con universidades del exterior para la actualización curricular de las carreras técnicas del instituto tecnológico superior."),
    ("in", "ff", "", "Indicador: porcentaje de docentes que completan el curso virtual de migración de contenidos a la nueva plataforma de aula virtual. Línea base: 22%. Meta: 90%."),
    ("ac", "ff", "", "Repatriación de piezas arqueológicas a la colección del museo escolar municipal, como parte del programa de educación patrimonial con colegios del cantón."),
    ("sa", "ff", "", "Estudio geotécnico por desplazamiento de tierra en el talud posterior de la escuela Juan Montalvo, que obliga a cerrar dos aulas prefabricadas hasta estabilizar la ladera."),
    ("sa", "st", "", "La tasa neta de matrícula en bachillerato es de 68% en el área urbana y 49% en el área rural; la principal causa de abandono es la incorporación temprana de los adolescentes al trabajo agrícola."),
    ("sa", "st", "", "El embarazo adolescente explica el 31% de los casos de abandono escolar de mujeres entre 15 y 17 años, según el registro de consejería estudiantil."),
    ("ac", "st", "", "Construcción de la unidad educativa del milenio en la parroquia rural, con capacidad para 1.200 estudiantes, laboratorios, biblioteca y cancha cubierta."),
    ("sa", "st", "", "Las escuelas unidocentes concentran el 22% de la oferta rural; en ellas un solo maestro atiende simultáneamente a estudiantes de primero a séptimo año de básica."),
    ("ac", "st", "", "Becas para estudiantes de los quintiles 1 y 2 que ingresan a institutos tecnológicos públicos, con cobertura de transporte y alimentación."),
    ("ob", "st", "", "Ampliar la cobertura de educación inicial para niños de 3 a 4 años del 44% al 70% hasta 2027, priorizando los barrios con mayor déficit de centros."),
    ("ac", "st", "", "Dotación de internet satelital a 37 escuelas rurales sin conectividad, para reducir la brecha digital evidenciada durante la educación a distancia."),
    ("in", "st", "", "Indicador: tasa de analfabetismo de la población de 15 años y más. Línea base censo 2022: 6,8%. Meta 2027: 4,5%."),
    ("ac", "st", "", "Educación intercultural bilingüe: contratación de 25 docentes kichwa hablantes y elaboración de textos en lengua materna para los centros comunitarios."),
    ("ac", "st", "", "Alimentación escolar con productos locales comprados a asociaciones de pequeños agricultores, beneficiando a 8.400 estudiantes de educación básica."),
    ("sa", "st", "", "El rezago escolar afecta al 14% de los estudiantes de educación general básica y se concentra en la parroquia con mayor pobreza por necesidades básicas insatisfechas."),
    ("bu", "st", "", "Presupuesto 2025 para mantenimiento de infraestructura educativa: USD 420.000 destinados a cubiertas, baterías sanitarias y cerramientos de 18 escuelas."),
    ("is", "st", "", "La Junta Cantonal de Protección de Derechos coordinará con la Dirección Distrital la restitución del derecho a la educación de adolescentes fuera del sistema escolar por trabajo infantil."),
    ("ob", "st", "", "Bachillerato técnico agropecuario con prácticas en fincas de la zona, para que los jóvenes rurales encuentren en el campo una opción de vida y de ingresos."),
    ("ob", "vg", "", "Se priorizará la atención educativa a los grupos de atención prioritaria: niñas, niños y adolescentes con discapacidad, adolescentes embarazadas, estudiantes de pueblos y nacionalidades indígenas y afroecuatorianos."),
    ("sa", "vg", "", "Las unidades educativas inclusivas deben garantizar ajustes razonables para estudiantes con discapacidad visual, auditiva, intelectual y física, así como para quienes presentan dificultades de aprendizaje."),
    ("ac", "vg", "", "Prevención de la violencia sexual en el ámbito educativo, con énfasis en niñas, adolescentes LGBTI y estudiantes con discapacidad."),
    ("ac", "vg", "", "Educación para personas adultas mayores y mujeres jefas de hogar que no culminaron la educación básica, con horarios nocturnos y de fin de semana."),
    ("bu", "vg", "", "Becas de permanencia para estudiantes en pobreza extrema, hijos de madres adolescentes y huérfanos por femicidio: USD 96.000 anuales."),
    ("ob", "n", "", "Consolidar la red de bibliotecas municipales con horarios extendidos, catálogo digital y clubes de lectura para niños y jóvenes."),
    ("ob", "n", "", "Mejorar los resultados de las pruebas Ser Estudiante en matemáticas, con un incremento de 40 puntos en el promedio cantonal hasta 2027."),
    ("ac", "n", "", "Formación continua de docentes en metodologías activas, evaluación formativa y uso pedagógico de tecnologías de la información."),
    ("bu", "n", "", "El GAD municipal financiará el programa vacacional de arte, música y deporte para estudiantes de educación básica durante el receso escolar de la sierra."),
    ("is", "n", "", "La Dirección de Cultura y Educación del GAD es responsable de la ejecución del programa; la coordinación con el Ministerio de Educación se realizará mediante convenio marco."),
]

# ---------------------------------------------------------------------------
# Employment
# ---------------------------------------------------------------------------
EMPLOYMENT = [
    ("sa", "pi", "immigration labour_migration", "El 62% de la población venezolana económicamente activa residente en el cantón trabaja en el sector informal, sobre todo en comercio ambulante, construcción y limpieza, y solo el 9% cuenta con afiliación a la seguridad social."),
    ("sa", "p", "labour_migration emigration", "La emigración laboral de hombres jóvenes hacia Estados Unidos ha reducido la oferta de mano de obra en la construcción y la agricultura; los maestros de obra reportan jornales 30% más altos que en los cantones vecinos."),
    ("ob", "p", "return labour_migration", "Promover la reinserción laboral de las personas migrantes retornadas mediante la certificación de competencias adquiridas en el exterior y la vinculación con empresas locales."),
    ("ac", "p", "immigration migration_governance", "Jornadas de regularización y orientación sobre derechos laborales para trabajadores inmigrantes, en coordinación con el Ministerio del Trabajo y la Defensoría del Pueblo."),
    ("in", "p", "human_mobility", "Indicador: número de personas en situación de movilidad humana colocadas en empleos formales a través de la bolsa de empleo municipal. Línea base 2023: 35. Meta 2027: 400."),
    ("bu", "p", "migrants_general", "Componente de empleabilidad para población migrante y comunidad de acogida: USD 310.000 en el cuatrienio, cofinanciado por la OIM y el GAD provincial."),
    ("sa", "p", "labour_migration internal_migration", "Cada temporada de zafra llegan a las haciendas azucareras unos 2.500 trabajadores migrantes temporales de las provincias de la sierra, alojados en campamentos sin servicios básicos adecuados."),
    ("ac", "p", "trafficking labour_migration", "Inspecciones conjuntas en plantaciones y talleres textiles para detectar trabajo forzoso y trata con fines de explotación laboral de personas migrantes."),
    ("is", "p", "migration_governance", "La Unidad de Movilidad Humana del GAD coordinará con la Dirección Regional de Trabajo la emisión de certificados de competencias y el registro de trabajadores extranjeros en el sistema del Ministerio."),
    ("sa", "p", "brain_drain labour_migration", "La fuga de cerebros se refleja en la falta de técnicos especializados: el 40% de las vacantes de mecánica industrial publicadas en 2023 no se cubrió, y varios técnicos formados en el SECAP emigraron a Canadá con programas de trabajo temporal."),
    ("ob", "p", "immigration forced_displacement", "Reducir la discriminación en la contratación de trabajadores migrantes y refugiados, promoviendo la igualdad salarial y el acceso a la seguridad social."),
    ("ac", "p", "return", "Capital semilla y asistencia técnica para 120 emprendimientos de ecuatorianos retornados, con prioridad para mujeres jefas de hogar deportadas desde Estados Unidos."),
    ("in", "p", "labour_migration migration_data", "Porcentaje de trabajadores migrantes temporales de la zafra con contrato escrito y afiliación al IESS: línea base 2022: 18%; meta 2026: 60%."),
    ("sa", "p", "internal_migration", "La migración rural-urbana de jóvenes ha concentrado el desempleo juvenil en la capital provincial, donde la tasa llega al 14,2%, frente al 5,1% en las parroquias rurales."),
    ("ac", "p", "diaspora", "Plataforma de contacto entre profesionales de la diáspora y empresas locales para asesorías en ingeniería, salud y tecnología."),
    ("sa", "p", "forced_displacement", "Las personas refugiadas reconocidas enfrentan obstáculos para emplearse porque muchos empleadores desconocen la validez de la visa de protección internacional y del documento que la acredita."),
    ("bu", "p", "human_mobility", "Partida 73.08: capacitación en oficios para población en movilidad humana y otras personas en situación de vulnerabilidad, USD 52.000 anuales."),
    ("ob", "p", "climate_migration labour_migration", "Generar alternativas de empleo en la zona afectada por la sequía para reducir la migración forzada por causas climáticas de pequeños productores hacia las ciudades."),
    ("is", "p", "statelessness migration_governance", "La ventanilla de empleo municipal aceptará como documento válido el certificado de persona apátrida emitido por la Cancillería, de acuerdo con la normativa de movilidad humana."),
    ("sa", "pi", "labour_migration immigration", "Las cuadrillas de cosecha de las florícolas están formadas en buena parte por trabajadores colombianos y venezolanos contratados por intermediarios, sin contrato escrito y con pagos por debajo del salario básico."),
    ("sa", "pi", "emigration", "En las comunidades de la cuenca alta casi no quedan hombres entre 20 y 40 años: la mayoría se fue a trabajar a Estados Unidos, y las mujeres asumen solas la agricultura y el cuidado."),
    ("ac", "pi", "return", "Orientación laboral para personas que vuelven a vivir en el cantón después de trabajar varios años en España o Estados Unidos, con validación de su experiencia en construcción, hotelería y cuidado."),
    ("ob", "pi", "labour_migration internal_migration", "Mejorar las condiciones de vivienda, salud y contratación de los jornaleros que llegan cada año desde otras provincias para la cosecha de café y cacao."),
    ("in", "pi", "immigration", "Número de personas extranjeras residentes inscritas en la Red Socio Empleo del cantón: línea base 2023: 210; meta 2027: 1.500."),
    ("sa", "pi", "brain_drain", "De los 180 enfermeros y médicos formados en la universidad local entre 2016 y 2020, 74 ejercen hoy en España, Alemania o Chile, atraídos por salarios cuatro veces mayores."),
    ("ac", "pi", "trafficking", "Operativos interinstitucionales para rescatar a mujeres extranjeras captadas con falsas ofertas de trabajo y obligadas a laborar en bares y centros nocturnos de la zona."),
    ("sa", "pi", "remittances", "El dinero que envían desde Estados Unidos los familiares de los trabajadores rurales sostiene el consumo de muchas familias, pero también eleva el salario de reserva y reduce la oferta de mano de obra agrícola."),
    ("ac", "pi", "immigration", "Homologación de títulos y certificación de competencias para profesionales venezolanos que residen en el cantón y trabajan en actividades por debajo de su calificación."),
    ("sa", "pi", "internal_migration", "Los jóvenes de las parroquias altas se trasladan a vivir a Cuenca y Guayaquil para trabajar en la construcción y el comercio, lo que envejece la población rural y deja tierras sin cultivar."),
    ("bu", "pi", "diaspora", "Fondo de garantía para créditos a emprendimientos impulsados por compatriotas que viven en el extranjero y desean invertir en el cantón: USD 150.000."),
    ("is", "pi", "labour_migration", "Se conformará una mesa con los gremios agrícolas, el Ministerio del Trabajo y las organizaciones de jornaleros temporeros que cruzan desde el sur de Colombia, para regular la intermediación laboral."),
    ("ac", "ff", "", "Migración de la nómina del personal municipal al nuevo sistema de gestión de talento humano, con validación de datos de 1.150 servidores."),
    ("is", "ff", "", "Movilidad interna de servidores públicos entre direcciones del GAD, conforme al reglamento de talento humano, para optimizar la distribución del personal."),
    ("bu", "ff", "", "Los gastos de desplazamiento y viáticos de los inspectores de trabajo que realizan controles en parroquias rurales se cubrirán con la partida de servicios generales."),
    ("sa", "ff", "", "El retorno esperado de la inversión en formación dual es de 18% anual, según la evaluación de impacto del programa de aprendices de 2021."),
    ("sa", "ff", "", "Las exportaciones no tradicionales generan 4.300 empleos directos; el comercio exterior de flores y brócoli depende de la apertura de nuevos mercados."),
    ("ac", "ff", "", "Empleo temporal para guardaparques comunitarios en el centro de rescate de tortugas marinas durante la temporada de anidación y migración hacia las playas del sur."),
    ("ac", "ff", "", "Capacitación en migración de servidores y bases de datos a la nube para técnicos informáticos de pequeñas empresas del cantón."),
    ("in", "ff", "", "Indicador: días de ausencia laboral por migraña y otras cefaleas crónicas en la empresa municipal de agua potable. Línea base: 47 días por año."),
    ("ac", "ff", "", "Plan de movilidad para trabajadores del parque industrial: rutas de bus nocturnas y una ciclovía que conecta con los barrios del norte."),
    ("sa", "ff", "", "Repatriación de utilidades de las empresas mineras de capital extranjero: solo el 8% de los ingresos del sector permanece en la economía cantonal en forma de salarios y compras locales."),
    ("sa", "ff", "", "El desplazamiento de la mano de obra hacia tareas digitales exige nuevos perfiles; la automatización afectará a cajeros, digitadores y operadores de bodega."),
    ("ac", "ff", "", "Feria de empleo con empresas del sector de comercio exterior, agentes de aduana y operadores logísticos del puerto."),
    ("sa", "st", "", "La tasa de desempleo juvenil (18 a 29 años) alcanza el 11,3%, casi el triple de la tasa general; el subempleo afecta al 46% de los jóvenes ocupados."),
    ("sa", "st", "", "El mercado laboral del cantón muestra una fuerte segmentación. Los empleos adecuados se concentran en el sector público, la banca y unas pocas agroindustrias, mientras que la mayoría de la población ocupada trabaja por cuenta propia en comercio, transporte y agricultura de subsistencia. Las mujeres tienen una tasa de participación 24 puntos menor que la de los hombres, y los jóvenes de 18 a 24 años enfrentan un desempleo tres veces mayor que el promedio."),
    ("sa", "st", "", "El 58% de la población ocupada del cantón trabaja en el sector informal, sin afiliación a la seguridad social ni contrato escrito."),
    ("ac", "st", "", "Programa Mi Primer Empleo: pasantías remuneradas en el GAD y en empresas privadas para 200 jóvenes recién graduados de bachillerato e institutos."),
    ("ob", "st", "", "Reducir la brecha salarial de género en el empleo agrícola, donde las mujeres perciben en promedio un 32% menos que los hombres por jornada."),
    ("in", "st", "", "Indicador: tasa de empleo adecuado. Línea base 2023: 34,5%. Meta 2027: 40%. Fuente: Encuesta Nacional de Empleo, Desempleo y Subempleo."),
    ("ac", "st", "", "Centro de formación en oficios de construcción, soldadura, gastronomía y belleza, con certificación del SECAP."),
    ("sa", "st", "", "El trabajo infantil afecta al 7% de los niños de 5 a 14 años, principalmente en labores agrícolas y comercio callejero."),
    ("sa", "st", "", "Los comerciantes autónomos del mercado central reclaman espacios regularizados; el censo municipal de 2023 registró 1.870 vendedores en la vía pública."),
    ("ac", "st", "", "Bolsa de empleo municipal articulada a la Red Socio Empleo, con atención presencial en la cabecera cantonal y en dos parroquias rurales."),
    ("sa", "st", "", "El cierre de dos camaroneras en 2022 dejó sin trabajo a 600 personas, la mayoría sin estudios secundarios y con escasas opciones de reconversión."),
    ("bu", "st", "", "Presupuesto del programa de empleo juvenil: USD 240.000 en 2025-2026, de los cuales el 70% corresponde a becas de capacitación."),
    ("sa", "st", "", "La estacionalidad de la cosecha de arroz genera picos de empleo entre abril y julio y desocupación el resto del año en las parroquias de la llanura."),
    ("is", "st", "", "Consejo cantonal de empleo integrado por cámaras de la producción, academia, sindicatos y el GAD para orientar la formación hacia la demanda laboral."),
    ("ac", "st", "", "Incentivos tributarios municipales a empresas que contraten jóvenes sin experiencia laboral previa en sus primeros dos años de operación."),
    ("ob", "vg", "", "Inclusión laboral de grupos de atención prioritaria: personas con discapacidad, mujeres víctimas de violencia, jóvenes en situación de pobreza y personas adultas mayores con capacidad de trabajo."),
    ("in", "vg", "", "Cumplimiento de la cuota de contratación de personas con discapacidad (4% de la nómina) y de sustitutos de personas con discapacidad severa en el GAD y sus empresas públicas."),
    ("ac", "vg", "", "Emprendimientos de mujeres indígenas y afroecuatorianas, personas LGBTI y madres jefas de hogar recibirán asistencia técnica y microcrédito."),
    ("ac", "vg", "", "Empleo protegido para jóvenes con discapacidad intelectual en los viveros y parques municipales, con acompañamiento de terapeutas ocupacionales."),
    ("ob", "vg", "", "Priorizar a personas privadas de libertad en fase de rehabilitación y a adolescentes infractores en los cursos de formación en oficios."),
    ("ob", "n", "", "Fomentar la economía popular y solidaria mediante compras públicas municipales a asociaciones de servicios de limpieza, alimentación y confección."),
    ("in", "n", "", "Trabajadores de la construcción certificados por competencias laborales: meta acumulada de 1.000 personas hasta 2027."),
    ("ac", "n", "", "Estudio de demanda laboral del cantón para identificar ocupaciones críticas en turismo, agroindustria y tecnología."),
    ("is", "n", "", "La Dirección de Desarrollo Económico administrará la bolsa de empleo y rendirá cuentas semestralmente al Concejo Municipal."),
    ("in", "n", "", "Indicador: número de personas capacitadas en competencias digitales básicas. Meta 2026: 2.500 personas, al menos la mitad mujeres."),
    ("ac", "n", "", "Reforma de la ordenanza de ferias para asignar espacios a productores artesanales y microempresarios locales en la plaza central."),
]

# ---------------------------------------------------------------------------
# Environment and climate change
# ---------------------------------------------------------------------------
ENVIRONMENT = [
    ("sa", "p", "climate_migration", "Las sequías recurrentes en las parroquias occidentales, con precipitaciones 35% inferiores al promedio histórico desde 2015, han impulsado la migración de familias campesinas hacia la cabecera cantonal y hacia la costa."),
    ("sa", "p", "forced_displacement climate_migration", "Las inundaciones de marzo de 2023 provocaron el desplazamiento de 1.340 personas de las riberas del río; 410 de ellas aún no han podido regresar a sus viviendas."),
    ("ob", "p", "climate_migration human_mobility", "Incorporar la movilidad humana asociada a desastres y cambio climático en el plan cantonal de adaptación, considerando tanto a las comunidades que se desplazan como a los barrios que las reciben."),
    ("ac", "p", "forced_displacement", "Protocolo de atención a población desplazada por eventos climáticos extremos: albergues temporales, registro de familias, protección de la niñez y apoyo para el regreso o la reubicación definitiva."),
    ("in", "p", "climate_migration migration_data", "Número de personas desplazadas por inundaciones y deslizamientos registradas anualmente por la Unidad de Gestión de Riesgos. Línea base 2023: 1.340. Se desagregará por sexo, edad y parroquia de origen."),
    ("sa", "p", "immigration", "El asentamiento de población migrante en las laderas del noroccidente de la ciudad, sin planificación ni servicios, ha incrementado la deforestación del bosque protector y la descarga de aguas servidas a las quebradas."),
    ("bu", "p", "climate_migration emigration", "Restauración de suelos y cosecha de agua en comunidades con alta emigración por sequía: USD 780.000, financiados por el Fondo Verde para el Clima y el GAD provincial."),
    ("is", "p", "climate_migration migration_governance", "La mesa técnica de gestión de riesgos incorporará a la Unidad de Movilidad Humana municipal para planificar la atención a familias desplazadas por desastres."),
    ("sa", "p", "internal_migration", "La colonización y la migración interna hacia la zona de amortiguamiento del parque nacional, impulsadas por la apertura de la vía, explican la pérdida de 6.200 hectáreas de bosque entre 2010 y 2022."),
    ("ac", "p", "return forced_displacement", "Acompañamiento técnico a las familias que retornan a sus fincas tras la erupción, con evaluación de la ceniza en los suelos y entrega de semillas y abonos."),
    ("ob", "p", "climate_migration", "Reducir la migración forzada por degradación ambiental en la cuenca alta, mediante la recuperación de páramos y la diversificación de ingresos de las familias."),
    ("sa", "p", "transit", "En el paso fronterizo se acumulan residuos sólidos generados por los flujos de migrantes en tránsito que pernoctan junto a la vía; la recolección municipal no cubre esa zona."),
    ("ac", "p", "forced_displacement climate_migration", "Reubicación planificada de 85 familias desplazadas por la erosión costera en la comunidad de Playa Norte, con participación de la comunidad en la selección del nuevo sitio."),
    ("in", "p", "human_mobility", "Porcentaje de planes parroquiales de gestión de riesgos que incluyen medidas para población en movilidad humana. Línea base: 0%. Meta 2027: 100%."),
    ("sa", "p", "climate_migration emigration", "El fenómeno de El Niño de 2016 y las pérdidas de cosechas que lo siguieron coinciden con el mayor pico de emigración de la provincia registrado en la última década."),
    ("ac", "p", "migrants_general", "Campañas de educación ambiental en barrios con alta presencia de población migrante, en varios idiomas y con promotores de la misma comunidad."),
    ("sa", "p", "remittances", "Las remesas se invierten en buena medida en la ampliación de la frontera agrícola y en viviendas construidas en zonas de riesgo, lo que presiona sobre las áreas de conservación."),
    ("ob", "p", "forced_displacement", "Prevenir el desplazamiento forzado de comunidades indígenas por proyectos extractivos y garantizar la consulta previa, libre e informada."),
    ("bu", "p", "migration_data climate_migration", "Estudio sobre movilidad humana y cambio climático en la provincia, con encuesta a 1.200 hogares: USD 65.000 con apoyo de la OIM."),
    ("sa", "pi", "climate_migration internal_migration", "Las familias de la zona seca que perdieron sus cosechas tres años seguidos han dejado sus comunidades para instalarse en los barrios periféricos de la ciudad, donde viven en terrenos sin servicios."),
    ("sa", "pi", "climate_migration labour_migration", "En la parroquia Santa Rosa quedan 40 de las 160 familias que vivían allí en 2010: la falta de agua para riego y las heladas cada vez más frecuentes empujaron a la mayoría a buscar trabajo en otras provincias."),
    ("ac", "pi", "forced_displacement", "Atención en albergues a las familias que debieron abandonar sus casas por el desbordamiento del río, con kits de higiene, agua segura y apoyo psicosocial, hasta que puedan volver o reasentarse."),
    ("ob", "pi", "climate_migration", "Lograr que las comunidades de la cuenca alta puedan permanecer en su territorio frente al cambio climático, evitando que la pérdida de agua y suelos obligue a las familias a dejar sus tierras."),
    ("in", "pi", "forced_displacement", "Número de familias que perdieron su vivienda por deslizamientos y permanecen en albergues o casas de acogida más de seis meses. Línea base 2023: 96. Meta 2027: 0."),
    ("sa", "pi", "internal_migration", "Los colonos llegados desde Loja y Manabí en las últimas dos décadas ocupan hoy gran parte de las riberas del río, donde practican ganadería extensiva sobre suelos frágiles."),
    ("sa", "pi", "emigration", "En los caseríos altos hay casas abandonadas y chacras sin cultivar porque sus dueños viven ahora en Estados Unidos; el páramo se quema sin control por falta de quien lo cuide."),
    ("ac", "pi", "forced_displacement", "Plan de reasentamiento para las 230 familias cuyas viviendas quedaron inhabitables tras el terremoto, con enfoque de derechos y restitución de medios de vida."),
    ("is", "pi", "climate_migration migration_data", "El COE cantonal deberá registrar el lugar de origen y de destino de las familias que salen de las zonas afectadas por sequía o inundación, para dar seguimiento a su situación."),
    ("bu", "pi", "diaspora", "Contribución de los clubes de oriundos del cantón en Chicago y Nueva York para la reforestación de la microcuenca alta: USD 22.000."),
    ("sa", "pi", "immigration", "Los barrios formados por familias colombianas y venezolanas recién llegadas sobre el relleno del estero carecen de alcantarillado y están expuestos a inundaciones en cada aguaje."),
    ("sa", "pi", "climate_migration", "Los pescadores artesanales de la isla, afectados por la subida del nivel del mar y la pérdida de manglar, se están mudando con sus familias al continente en busca de otros ingresos."),
    ("sa", "ff", "", "El estuario es un sitio de importancia internacional para aves migratorias: cada año arriban entre septiembre y marzo unas 20.000 aves playeras procedentes de Norteamérica."),
    ("ac", "ff", "", "Monitoreo de la migración de la ballena jorobada frente a la costa del cantón, con un protocolo de avistamiento responsable para operadores turísticos."),
    ("ac", "ff", "", "Construcción de escaleras de peces en la presa para permitir la migración reproductiva de los bagres aguas arriba."),
    ("sa", "ff", "", "Riesgo de migración de lixiviados del antiguo botadero hacia el acuífero; los pozos de monitoreo registran concentraciones de nitratos superiores a la norma."),
    ("sa", "ff", "", "Desplazamiento de tierra activo en la ladera de la vía a la parroquia alta: 3,5 hectáreas en movimiento, con grietas en viviendas y postes."),
    ("ac", "ff", "", "Programa de movilidad eléctrica municipal: sustitución de 40 vehículos de la flota por unidades eléctricas y estaciones de carga en el centro."),
    ("in", "ff", "", "Indicador: número de aves migratorias contadas en el censo neotropical de humedales. Línea base 2022: 18.400 individuos. Meta: mantener o superar."),
    ("ac", "ff", "", "Corredores biológicos para el desplazamiento de la fauna entre los remanentes de bosque, con pasos de fauna bajo la vía E35."),
    ("ac", "ff", "", "Migración del catastro de concesiones de agua al sistema de información geográfica del GAD provincial."),
    ("sa", "ff", "", "Modelación de la migración de la pluma de hidrocarburos en el suelo tras el derrame del oleoducto, como base para el plan de remediación."),
    ("bu", "ff", "", "Relocalización de redes de agua potable y alcantarillado por el ensanchamiento del canal de drenaje: USD 210.000."),
    ("sa", "ff", "", "Los colibríes y murciélagos que se desplazan estacionalmente entre pisos altitudinales dependen de los remanentes de bosque seco; su protección requiere acuerdos con los propietarios."),
    ("ob", "ff", "", "Retorno de caudales ecológicos al río aguas abajo de la central hidroeléctrica, con un caudal mínimo del 10% del caudal medio anual."),
    ("sa", "ff", "", "El pago por servicios ambientales muestra un retorno de la inversión medible en la reducción de los costos de tratamiento de agua potable."),
    ("sa", "st", "", "El cantón ha perdido el 28% de su cobertura de bosque nativo desde 1990, principalmente por la expansión de pastos para ganadería."),
    ("ac", "st", "", "Plan cantonal de adaptación al cambio climático: sistemas de alerta temprana para crecidas, reforestación de riberas y cosecha de agua lluvia."),
    ("sa", "st", "", "Las proyecciones climáticas indican un aumento de 1,5 °C en la temperatura media al 2050 y una mayor variabilidad de las lluvias en la sierra central."),
    ("in", "st", "", "Indicador: hectáreas de páramo bajo acuerdos de conservación con comunidades. Línea base: 4.200 ha. Meta 2027: 9.000 ha."),
    ("sa", "st", "", "El 35% de las viviendas de la parroquia se ubica en zonas de amenaza alta por inundación, según el mapa de riesgos actualizado en 2023."),
    ("ac", "st", "", "Sistema de alerta temprana comunitario en la cuenca del río, con pluviómetros, sirenas y brigadas voluntarias capacitadas."),
    ("ac", "st", "", "Recuperación de manglares en 300 hectáreas mediante acuerdos de uso sustentable con asociaciones de concheros y cangrejeros."),
    ("bu", "st", "", "Presupuesto de gestión integral de residuos sólidos: USD 1,2 millones para el relleno sanitario y la recolección diferenciada."),
    ("is", "st", "", "La Unidad de Gestión de Riesgos del GAD coordina con la Secretaría de Gestión de Riesgos la respuesta ante emergencias y la actualización de los planes de contingencia."),
    ("sa", "st", "", "La sequía de 2023 redujo en 40% la producción de maíz y fréjol en las parroquias occidentales, afectando la seguridad alimentaria de 2.300 familias."),
    ("ac", "st", "", "Ordenanza de protección de fuentes de agua que declara áreas de conservación municipal a 14 microcuencas abastecedoras."),
    ("ac", "st", "", "Entrega de kits de asistencia humanitaria con alimentos, agua y colchones a familias damnificadas por el invierno, coordinada con el MIES y la Cruz Roja."),
    ("sa", "st", "", "La contaminación del río por descargas de aguas servidas sin tratamiento afecta al 60% del tramo urbano; solo el 22% de las aguas residuales recibe tratamiento."),
    ("ob", "vg", "", "El plan de adaptación priorizará a los grupos más expuestos: adultos mayores, personas con discapacidad, mujeres rurales, niñez y pueblos indígenas de la cuenca alta."),
    ("sa", "vg", "", "Las mujeres rurales, las comunidades afroecuatorianas del manglar y las personas con enfermedades crónicas son especialmente vulnerables a las olas de calor."),
    ("ac", "vg", "", "Los sistemas de alerta temprana deben ser accesibles para personas con discapacidad auditiva y visual y para adultos mayores que viven solos."),
    ("is", "vg", "", "Participación de jóvenes, mujeres y nacionalidades indígenas en los comités de gestión de cuencas hidrográficas, con cuotas mínimas de representación."),
    ("ob", "n", "", "Consolidar el subsistema cantonal de áreas protegidas y sus planes de manejo, con financiamiento estable para guardaparques."),
    ("ac", "n", "", "Programa de arbolado urbano: plantación de 15.000 árboles nativos en parques, parterres y riberas urbanas."),
    ("ac", "n", "", "Inventario de emisiones de gases de efecto invernadero del cantón, con actualización cada cuatro años."),
    ("ac", "n", "", "Control de ruido en zonas de bares y discotecas mediante mediciones periódicas y las sanciones previstas en la ordenanza."),
    ("in", "n", "", "Indicador: porcentaje de residuos sólidos aprovechados mediante reciclaje y compostaje. Línea base: 6%. Meta 2027: 20%."),
    ("is", "n", "", "La Dirección de Gestión Ambiental ejerce la competencia de control y seguimiento de las actividades productivas sujetas a regularización ambiental."),
]

# ---------------------------------------------------------------------------
# Governance
# ---------------------------------------------------------------------------
GOVERNANCE = [
    ("is", "p", "migration_governance human_mobility", "El Consejo Cantonal de Protección de Derechos es responsable de formular, transversalizar, observar y evaluar las políticas públicas de movilidad humana en el cantón, en coordinación con la Cancillería."),
    ("ob", "p", "migration_governance return transit", "Aprobar hasta 2025 la Ordenanza Cantonal de Movilidad Humana, que establezca la política local de acogida, integración y protección de personas migrantes, retornadas y en tránsito."),
    ("sa", "p", "migration_data", "El cantón no dispone de datos confiables sobre la población migrante residente: el censo 2022 no desagrega por condición migratoria a nivel parroquial y los registros administrativos no son interoperables."),
    ("ac", "p", "migration_governance", "Creación de la Unidad de Movilidad Humana dentro de la Dirección de Desarrollo Social, con un equipo de tres profesionales en trabajo social, derecho y psicología."),
    ("in", "p", "migration_governance", "Indicador: ordenanza de movilidad humana aprobada y reglamentada. Línea base 2023: no existe. Meta 2025: ordenanza vigente con reglamento y presupuesto asignado."),
    ("bu", "p", "human_mobility", "Asignación anual del 0,5% del presupuesto de inversión municipal al Plan Cantonal de Movilidad Humana, equivalente a USD 120.000 en 2025."),
    ("sa", "p", "emigration diaspora", "Según la Cancillería, alrededor de 18.000 personas nacidas en el cantón residen en el exterior, principalmente en Nueva York, Madrid y Génova; muchas de ellas emigraron entre 1998 y 2005 y mantienen propiedades en el territorio."),
    ("ac", "p", "diaspora emigration", "Oficina municipal de atención a familiares de emigrantes, que orienta sobre trámites consulares, poderes y partidas de nacimiento para ecuatorianos residentes en el exterior."),
    ("is", "p", "migration_governance", "Red interinstitucional de protección de personas en movilidad humana integrada por el GAD, la Junta Cantonal, la Defensoría del Pueblo, el MIES, el Ministerio de Salud, ACNUR, OIM y organizaciones de la sociedad civil."),
    ("ob", "p", "migration_governance human_mobility return transit forced_displacement", "Objetivo estratégico 5: consolidar un modelo municipal de gestión de la movilidad humana basado en derechos. Para ello el GAD aprobará la ordenanza respectiva, creará una unidad técnica con presupuesto propio, integrará la variable migratoria en sus registros administrativos y coordinará con la Cancillería, el MIES, la Defensoría del Pueblo y los organismos internacionales la atención a personas migrantes, retornadas, en tránsito y refugiadas, así como a sus familias en el cantón."),
    ("ob", "p", "migrants_general", "Garantizar la participación ciudadana de las personas migrantes residentes en el cantón en las asambleas locales y en el presupuesto participativo."),
    ("ac", "p", "statelessness migration_governance", "Brigadas de registro civil para la inscripción tardía de nacimientos de hijos de padres extranjeros sin documentos, con el fin de prevenir la apatridia."),
    ("sa", "p", "return", "En los últimos cinco años retornaron al cantón unas 2.100 personas, la mayoría desde España tras la crisis económica y desde Estados Unidos por deportación; el GAD no cuenta con un servicio de atención específico."),
    ("in", "p", "migration_data", "Sistema cantonal de información sobre movilidad humana operativo, con datos actualizados de registro, atención y derivación de casos. Línea base: 0. Meta 2026: un sistema en funcionamiento."),
    ("in", "p", "brain_drain diaspora return", "Profesionales altamente calificados residentes en el exterior vinculados a proyectos municipales mediante el programa de retorno de talentos, presencial o virtual. Línea base: 0. Meta 2027: 25."),
    ("ac", "p", "trafficking migration_governance", "Formulación del protocolo cantonal contra la trata de personas y el tráfico ilícito de migrantes, articulado con el plan de acción nacional."),
    ("is", "p", "diaspora", "Se crea el Consejo Consultivo de la Diáspora, con representantes de las asociaciones de emigrantes del cantón en Estados Unidos, España e Italia, que sesionará virtualmente dos veces al año."),
    ("sa", "p", "immigration forced_displacement", "Las personas inmigrantes enfrentan barreras para acceder a trámites municipales porque el sistema exige cédula ecuatoriana y no admite pasaporte ni documento de refugiado."),
    ("ob", "p", "human_mobility migration_governance", "Transversalizar el enfoque de movilidad humana en todos los programas y proyectos del PDOT, en cumplimiento del artículo 392 de la Constitución."),
    ("bu", "p", "migration_governance", "Fortalecimiento del Consejo Cantonal de Protección de Derechos en materia de movilidad humana: USD 35.000 para diagnóstico, observatorio y capacitación."),
    ("ac", "p", "migration_data return remittances", "Inclusión de preguntas sobre migración internacional, retorno y remesas en la encuesta cantonal de hogares de 2025."),
    ("sa", "pi", "diaspora emigration", "Una parte importante de la población originaria del cantón vive fuera del país y mantiene propiedades, negocios y familia en el territorio; sin embargo, no existe ningún mecanismo municipal de consulta con esas personas."),
    ("ob", "pi", "immigration", "Asegurar que las personas extranjeras residentes puedan acceder a todos los servicios municipales con su pasaporte o con el documento de identidad de su país."),
    ("ac", "pi", "statelessness", "Identificar y documentar a las personas sin nacionalidad reconocida que residen en el cantón, y orientar su trámite de reconocimiento ante la autoridad nacional."),
    ("is", "pi", "emigration diaspora", "La Oficina de Atención al Ciudadano del Exterior brindará asesoría a familias cuyos miembros viven en Estados Unidos o Europa en trámites de poderes, pensiones alimenticias y bienes."),
    ("in", "pi", "immigration", "Número de trámites municipales que pueden realizarse con documento de identidad extranjero. Línea base 2023: 3 de 45. Meta 2026: 45 de 45."),
    ("sa", "pi", "trafficking", "La Fiscalía provincial abrió 23 investigaciones entre 2021 y 2023 por captación de adolescentes y mujeres extranjeras para explotación sexual en locales de la vía Panamericana."),
    ("ac", "pi", "transit", "Punto de información en el terminal terrestre para personas que atraviesan el país a pie o en bus hacia el sur, con orientación sobre rutas seguras, derechos y servicios."),
    ("sa", "pi", "return", "Cada año vuelven a establecerse en el cantón varios cientos de personas que vivían en España y Estados Unidos; muchas llegan sin ahorros, con deudas y sin redes de apoyo."),
    ("ob", "pi", "migration_governance immigration", "Contar con una política municipal de acogida e integración de la población extranjera, construida con participación de sus organizaciones y de la comunidad local."),
    ("bu", "pi", "diaspora", "Consulta en línea a los compatriotas residentes en el extranjero para priorizar proyectos del presupuesto participativo 2026: USD 8.000 para desarrollo y difusión de la plataforma."),
    ("is", "pi", "forced_displacement", "Convenio con la agencia de Naciones Unidas que protege a quienes han huido de su país por persecución o violencia, para brindar asesoría jurídica gratuita en la oficina municipal."),
    ("sa", "pi", "migration_data immigration", "Las bases de datos municipales no registran la nacionalidad ni el país de residencia anterior de los usuarios, por lo que se desconoce cuántas personas llegadas de otros países utilizan los servicios."),
    ("ac", "ff", "", "La migración de los sistemas municipales a la nueva plataforma de gestión integrada se realizará en tres fases. En la primera se trasladarán los módulos de catastro y rentas; en la segunda, contabilidad, presupuesto y nómina; y en la tercera, los trámites ciudadanos en línea. Cada fase incluirá pruebas en paralelo, depuración de datos históricos, capacitación al personal y un plan de contingencia para no interrumpir la recaudación."),
    ("ac", "ff", "", "Migración del sistema financiero-contable del GAD a una nueva versión en la nube, con depuración de cuentas y capacitación del personal."),
    ("is", "ff", "", "Reglamento de viáticos, movilizaciones y desplazamientos de servidores municipales dentro y fuera del país, actualizado conforme a la norma técnica del Ministerio del Trabajo."),
    ("is", "ff", "", "La política exterior y las relaciones internacionales son competencias exclusivas del Estado central; el GAD gestiona únicamente la cooperación internacional descentralizada."),
    ("ac", "ff", "", "Gestión de cooperación internacional no reembolsable con agencias del exterior para proyectos de agua y saneamiento rural."),
    ("sa", "ff", "", "El endeudamiento externo del municipio asciende a USD 14 millones con la banca multilateral, con vencimientos hasta 2034."),
    ("in", "ff", "", "Indicador: porcentaje de trámites municipales migrados a la plataforma de gobierno electrónico. Línea base: 15%. Meta 2027: 80%."),
    ("ac", "ff", "", "Migración del registro de la propiedad a un sistema digital interoperable con el catastro y con la Superintendencia de Ordenamiento Territorial."),
    ("bu", "ff", "", "Pasajes aéreos y desplazamientos del alcalde y los concejales para gestiones ante los ministerios en Quito: USD 18.000 anuales."),
    ("in", "ff", "", "Se evaluará el retorno social de la inversión de los proyectos del presupuesto participativo mediante una metodología de valor social."),
    ("ac", "ff", "", "Migración de la página web institucional a un dominio gob.ec, con estándares de accesibilidad y publicación de datos abiertos."),
    ("ac", "ff", "", "Hermanamiento con ciudades del exterior para intercambio técnico en gestión de residuos y promoción turística."),
    ("bu", "ff", "", "Los técnicos de la mancomunidad se trasladan semanalmente a las sedes de los cinco municipios socios; los gastos de movilización se reparten en proporción a los aportes."),
    ("sa", "st", "", "La participación ciudadana en las asambleas parroquiales cayó del 14% al 6% de la población adulta entre 2015 y 2023."),
    ("ac", "st", "", "Sistema de rendición de cuentas con audiencias públicas semestrales en cada parroquia rural y publicación de informes en línea."),
    ("sa", "st", "", "El índice de transparencia activa del GAD es de 62 sobre 100, según la evaluación realizada por la Defensoría del Pueblo."),
    ("is", "st", "", "El Consejo Cantonal de Protección de Derechos cuenta con tres agendas de igualdad vigentes: género, intergeneracional y discapacidad."),
    ("bu", "st", "", "Presupuesto participativo 2025: USD 2,4 millones distribuidos entre 12 parroquias según población, necesidades básicas insatisfechas y esfuerzo fiscal."),
    ("ac", "st", "", "Ventanilla única para permisos de construcción y funcionamiento, que reducirá los plazos de atención de 45 a 10 días."),
    ("sa", "st", "", "La recaudación propia representa solo el 18% de los ingresos municipales; la dependencia de las transferencias del Gobierno central limita la inversión."),
    ("in", "st", "", "Indicador: porcentaje de ordenanzas sometidas a consulta pública antes de su aprobación. Línea base: 20%. Meta: 100%."),
    ("is", "st", "", "Mancomunidad de cinco municipios para la gestión del relleno sanitario regional y la planificación del transporte intercantonal."),
    ("sa", "st", "", "Las Juntas Cantonales de Protección de Derechos atendieron 1.120 casos de vulneración de derechos en 2023, el 64% por violencia intrafamiliar."),
    ("ac", "st", "", "Actualización del catastro urbano y rural con el levantamiento de 42.000 predios y su valoración conforme a la normativa vigente."),
    ("sa", "st", "", "La oficina de registro civil carece de conectividad en tres parroquias, lo que retrasa la emisión de cédulas y partidas de nacimiento."),
    ("ob", "st", "", "Fortalecer las capacidades de los GAD parroquiales en planificación, contratación pública y gestión de proyectos."),
    ("is", "st", "", "Ordenanza de participación ciudadana que reconoce las asambleas barriales, los cabildos populares y las veedurías ciudadanas."),
    ("ob", "vg", "", "El Consejo Cantonal de Protección de Derechos priorizará la observancia de los derechos de mujeres, niñez y adolescencia, jóvenes, personas adultas mayores, personas con discapacidad y pueblos y nacionalidades."),
    ("is", "vg", "", "Se garantizará la representación de mujeres, jóvenes, personas con discapacidad y pueblos indígenas en el Consejo de Planificación cantonal."),
    ("in", "vg", "", "Agenda de igualdad intergeneracional y de discapacidad: porcentaje de edificios públicos con accesibilidad universal. Línea base: 30%. Meta 2027: 75%."),
    ("ac", "vg", "", "Las audiencias públicas contarán con intérpretes de lengua de señas y traducción al kichwa para garantizar la participación de personas sordas y comunidades indígenas."),
    ("bu", "vg", "", "Presupuesto para grupos de atención prioritaria, equivalente al 10% de los ingresos no tributarios según el COOTAD: niñez, adultos mayores, personas con discapacidad y mujeres víctimas de violencia."),
    ("is", "n", "", "La administración municipal se organiza en seis direcciones, dos empresas públicas y el registro de la propiedad."),
    ("ob", "n", "", "Elaborar el plan de uso y gestión del suelo en concordancia con el PDOT actualizado y las directrices del ente rector."),
    ("ac", "n", "", "Gobierno abierto: publicación mensual de los datos de contratación pública del GAD en formato abierto."),
    ("is", "n", "", "El Concejo Municipal aprobará anualmente el plan operativo y el presupuesto, previa resolución favorable del Consejo de Planificación."),
    ("in", "n", "", "Indicador: índice de cumplimiento de metas del PDOT reportado al sistema nacional de información. Meta anual: 85%."),
    ("ac", "n", "", "Capacitación obligatoria en ética pública y prevención de la corrupción para el personal de compras públicas."),
]

# ---------------------------------------------------------------------------
# Health
# ---------------------------------------------------------------------------
HEALTH = [
    ("sa", "p", "immigration", "En 2023 los centros de salud del distrito registraron 9.870 atenciones a personas inmigrantes, el 11% del total; la mayoría correspondió a controles prenatales, vacunación infantil y emergencias."),
    ("sa", "p", "transit human_mobility", "Las personas migrantes en tránsito llegan al puesto de salud fronterizo con deshidratación, lesiones en los pies, infecciones respiratorias y enfermedades no tratadas durante el trayecto."),
    ("ob", "p", "human_mobility", "Garantizar el acceso universal y gratuito a los servicios de salud para la población en movilidad humana, sin discriminación por nacionalidad ni condición migratoria."),
    ("ac", "p", "human_mobility transit immigration", "El proyecto Salud sin Fronteras fortalecerá tres unidades de primer nivel ubicadas en el corredor fronterizo. Incluye la contratación de dos médicos familiares y una psicóloga, la dotación de medicamentos esenciales, un sistema de referencia con el hospital provincial y la capacitación del personal en atención a personas en movilidad humana. La población objetivo son los migrantes en tránsito, la población venezolana y colombiana con vocación de permanencia y la comunidad de acogida de las parroquias fronterizas."),
    ("ac", "p", "immigration", "Jornadas de vacunación casa a casa en barrios con alta concentración de población migrante, para cerrar brechas de esquemas incompletos en niños menores de cinco años."),
    ("in", "p", "migrants_general", "Cobertura de control prenatal (cinco o más controles) en mujeres migrantes gestantes. Línea base 2023: 47%. Meta 2027: 80%."),
    ("bu", "p", "forced_displacement", "Atención en salud mental y apoyo psicosocial para personas refugiadas y solicitantes de asilo víctimas de violencia: USD 74.000, con financiamiento de cooperación internacional."),
    ("is", "p", "migration_governance", "El Distrito de Salud y la Unidad de Movilidad Humana del GAD establecerán una ruta de derivación para personas migrantes con enfermedades crónicas y VIH."),
    ("sa", "p", "emigration", "La emigración de padres y madres afecta la salud mental de niños y adolescentes: el 22% de los casos de depresión adolescente atendidos en 2023 correspondía a hijos de emigrantes."),
    ("sa", "p", "brain_drain emigration", "La emigración de médicos especialistas y enfermeras hacia Europa agrava el déficit de personal: el hospital básico opera sin pediatra ni anestesiólogo desde 2022."),
    ("ac", "p", "trafficking human_mobility", "Capacitación al personal de salud en detección y atención de víctimas de trata de personas y explotación sexual, con enfoque de género y de movilidad humana."),
    ("ac", "p", "return", "Tamizaje de salud mental y orientación para personas deportadas y retornadas, con atención en los centros de salud tipo C del cantón."),
    ("sa", "p", "labour_migration", "Los trabajadores migrantes temporales de las bananeras presentan intoxicaciones por plaguicidas y lesiones laborales, pero rara vez acuden a los servicios de salud por temor a perder el empleo."),
    ("in", "p", "migration_data", "Porcentaje de registros de atención que consignan la nacionalidad y la condición migratoria del paciente. Línea base: 35%. Meta: 95%."),
    ("ob", "p", "immigration", "Reducir la mortalidad materna e infantil en la población inmigrante mediante la captación temprana de embarazadas y el seguimiento a los recién nacidos."),
    ("sa", "p", "internal_migration", "La migración interna hacia los barrios periurbanos ha incrementado la demanda en el centro de salud del norte, que atiende a 38.000 personas con un equipo diseñado para 15.000."),
    ("bu", "p", "human_mobility", "Medicamentos e insumos para el puesto de salud del paso fronterizo, que atiende a población en movilidad humana: USD 96.000 anuales a cargo del Ministerio de Salud."),
    ("is", "p", "forced_displacement", "Convenio de cooperación con ACNUR y organizaciones humanitarias para fortalecer la atención en salud a refugiados y a la comunidad de acogida en la parroquia fronteriza."),
    ("sa", "p", "migration_data migrants_general", "No existe información sistematizada sobre el estado de salud de la población migrante del cantón; los registros del MSP no permiten desagregar por nacionalidad."),
    ("ac", "p", "climate_migration forced_displacement", "Brigadas de salud móviles en los asentamientos de familias desplazadas por la sequía, con atención de desnutrición infantil y enfermedades diarreicas."),
    ("sa", "pi", "immigration", "Uno de cada diez partos atendidos en el hospital general en 2023 correspondió a madres de nacionalidad venezolana, muchas sin controles previos durante el embarazo."),
    ("sa", "pi", "emigration", "Los adultos mayores que viven solos porque sus hijos trabajan en Estados Unidos o España presentan mayor prevalencia de depresión y de enfermedades crónicas sin control."),
    ("ac", "pi", "transit", "Atención primaria en el paso fronterizo para familias que cruzan el país caminando rumbo a Perú y Chile: hidratación, curación de heridas, vacunación y control de niños."),
    ("ob", "pi", "return", "Brindar apoyo psicosocial a quienes han vuelto al país tras ser deportados de Estados Unidos, con atención a la ansiedad, el consumo de alcohol y la violencia familiar."),
    ("in", "pi", "immigration", "Número de personas extranjeras con enfermedades crónicas (VIH, diabetes, hipertensión) en tratamiento regular en la red pública. Línea base: 310. Meta 2027: 900."),
    ("sa", "pi", "brain_drain", "Cerca de la mitad de los médicos que terminan el año de salud rural deja el país para especializarse en España, Argentina o México, y pocos vuelven a ejercer en la provincia."),
    ("ac", "pi", "trafficking", "Ruta de atención médica y psicológica para mujeres y adolescentes engañadas con ofertas de empleo en otro país y sometidas a explotación sexual."),
    ("sa", "pi", "remittances", "Muchas familias pagan consultas privadas y medicamentos con el dinero que les envían sus parientes desde Nueva York, lo que explica el alto gasto de bolsillo en salud en las parroquias del norte."),
    ("ac", "pi", "labour_migration internal_migration", "Brigadas médicas en los campamentos de jornaleros temporales que vienen de otras provincias para la cosecha de caña, con prevención de enfermedades vectoriales y salud ocupacional."),
    ("bu", "pi", "immigration", "Medicamentos antirretrovirales y pruebas rápidas para personas de otra nacionalidad sin seguro, atendidas en la red pública del cantón: USD 40.000."),
    ("is", "pi", "forced_displacement", "Las organizaciones que acompañan a personas que escaparon de la violencia armada en el sur de Colombia participarán en el comité cantonal de salud."),
    ("sa", "pi", "statelessness", "Hay niños nacidos en el cantón de padres extranjeros que no fueron inscritos y carecen de toda nacionalidad, por lo que no aparecen en el sistema de vacunación ni en el control del niño sano."),
    ("sa", "ff", "", "La migraña es la tercera causa de consulta neurológica en el hospital general, con 1.450 atenciones en 2023, principalmente en mujeres de 20 a 45 años."),
    ("ac", "ff", "", "Guía clínica para el manejo de la migraña y la cefalea tensional en el primer nivel de atención."),
    ("ac", "ff", "", "Investigación sobre la migración celular en el cáncer de cuello uterino, en convenio con la facultad de ciencias médicas de la universidad pública."),
    ("ac", "ff", "", "Migración de la historia clínica en papel al sistema de historia clínica electrónica en 14 unidades de salud del distrito."),
    ("ac", "ff", "", "Desplazamiento de brigadas médicas a las comunidades dispersas de la parroquia amazónica, con transporte fluvial y viáticos para el personal."),
    ("sa", "ff", "", "Se reportaron casos de larva migrans cutánea en niños de la zona costera, asociados al contacto con arena contaminada con heces de perros."),
    ("ac", "ff", "", "Adecuaciones para personas con movilidad reducida en los centros de salud: rampas, baños adaptados y señalética accesible."),
    ("in", "ff", "", "Indicador: tiempo de retorno de resultados de laboratorio a las unidades de primer nivel. Línea base: 7 días. Meta: 48 horas."),
    ("sa", "ff", "", "El comercio exterior de medicamentos y dispositivos médicos está sujeto al registro sanitario; las importaciones cubren el 70% de la demanda local."),
    ("bu", "ff", "", "Viáticos y desplazamientos del personal de vigilancia epidemiológica para la investigación de brotes de dengue: USD 12.000 anuales."),
    ("sa", "ff", "", "El retorno de la inversión en prevención del tabaquismo se estima en 4 dólares por cada dólar invertido en campañas y control."),
    ("sa", "ff", "", "Los mosquitos transmisores del dengue se desplazan a mayor altitud por el aumento de la temperatura: el Aedes aegypti ya se registra a 1.800 metros."),
    ("sa", "st", "", "La desnutrición crónica infantil afecta al 27% de los niños menores de dos años del cantón, con mayor prevalencia en las parroquias rurales indígenas."),
    ("sa", "st", "", "La razón de mortalidad materna es de 58 por cada 100.000 nacidos vivos; las principales causas son hemorragias y trastornos hipertensivos."),
    ("sa", "st", "", "El 40% de la población rural vive a más de una hora del establecimiento de salud más cercano, sin transporte público regular."),
    ("ac", "st", "", "Construcción del centro de salud tipo B en la parroquia norte, con servicios de maternidad de corta estancia y laboratorio."),
    ("in", "st", "", "Indicador: cobertura de vacunación con tercera dosis de pentavalente en menores de un año. Línea base: 78%. Meta: 95%."),
    ("sa", "st", "", "Los casos de dengue se triplicaron en 2023 tras las lluvias intensas; se requiere control vectorial y eliminación de criaderos."),
    ("sa", "st", "", "El embarazo adolescente alcanza 68 nacimientos por cada 1.000 mujeres de 15 a 19 años, por encima del promedio nacional."),
    ("ac", "st", "", "Salud mental comunitaria con psicólogos en cada centro de salud y una línea telefónica de atención en crisis."),
    ("bu", "st", "", "Presupuesto municipal para salud preventiva: USD 300.000 para agua segura, control de vectores y promoción de alimentación saludable."),
    ("is", "st", "", "Consejo cantonal de salud integrado por el distrito del MSP, el IESS, el GAD y las organizaciones comunitarias."),
    ("sa", "st", "", "El consumo problemático de alcohol y drogas en adolescentes alcanza una prevalencia del 12%, según la encuesta escolar de 2022."),
    ("ac", "st", "", "Brigadas de atención médica a comunidades indígenas de la zona alta, con pertinencia intercultural y articulación con parteras tradicionales."),
    ("sa", "st", "", "La diabetes y la hipertensión son la primera causa de muerte en adultos del cantón; la mitad de los pacientes desconoce su diagnóstico."),
    ("ob", "st", "", "Ampliar la cobertura del seguro social campesino a las familias agricultoras que aún no están afiliadas."),
    ("ob", "vg", "", "La política cantonal de salud incorporará un enfoque diferencial para los grupos que enfrentan mayores barreras de acceso: atención domiciliaria de adultos mayores que viven solos, adaptación de consultorios para personas con discapacidad física y sensorial, control prenatal temprano de adolescentes embarazadas, pertinencia cultural en las comunidades kichwas y formación del personal en trato no discriminatorio a personas LGBTI."),
    ("ob", "vg", "", "Atención preferente en salud a adultos mayores, mujeres embarazadas, niñez, personas con discapacidad y personas con enfermedades catastróficas."),
    ("ac", "vg", "", "Servicios de salud amigables para adolescentes y personas LGBTI, con personal capacitado en derechos sexuales y reproductivos."),
    ("ac", "vg", "", "Atención domiciliaria para adultos mayores postrados y personas con discapacidad severa, con visitas mensuales del equipo de salud."),
    ("ob", "vg", "", "Salud intercultural para pueblos y nacionalidades indígenas y afroecuatorianos, incorporando saberes ancestrales en el primer nivel."),
    ("ac", "vg", "", "Tamizaje neonatal y estimulación temprana para niños con discapacidad o con riesgo en su desarrollo."),
    ("ob", "n", "", "Fortalecer la red de laboratorios clínicos del distrito con equipos de química sanguínea y control de calidad externo."),
    ("ac", "n", "", "Campañas de donación voluntaria de sangre en coordinación con el banco de sangre de la Cruz Roja."),
    ("ob", "n", "", "Mejorar la gestión de desechos hospitalarios y cortopunzantes en todas las unidades de salud."),
    ("in", "n", "", "Indicador: porcentaje de unidades de salud con licenciamiento vigente de la autoridad de aseguramiento de la calidad. Meta: 100%."),
    ("is", "n", "", "El Ministerio de Salud Pública ejerce la rectoría; el GAD municipal apoya con infraestructura, promoción de la salud y control sanitario de mercados."),
    ("ac", "n", "", "Control de la rabia: vacunación antirrábica de 18.000 perros y gatos y esterilización de animales de compañía."),
]

# ---------------------------------------------------------------------------
# Private sector development and trade
# ---------------------------------------------------------------------------
PRIVATE_SECTOR = [
    ("sa", "p", "remittances", "La provincia recibió USD 412 millones en remesas en 2023, equivalentes al 14% de su producto bruto; el 70% provino de Estados Unidos y el 22% de España."),
    ("ob", "p", "remittances diaspora emigration", "Canalizar parte de las remesas hacia la inversión productiva mediante productos financieros de las cooperativas de ahorro y crédito dirigidos a emigrantes y sus familias."),
    ("ac", "p", "diaspora", "Rueda de negocios virtual con la diáspora del cantón en Nueva York y Madrid para promover la inversión en turismo comunitario, agroindustria y vivienda."),
    ("sa", "p", "immigration", "Los emprendedores inmigrantes venezolanos han abierto en los últimos cuatro años panaderías, peluquerías y talleres en el centro de la ciudad, pero el 80% opera sin RUC ni permiso municipal de funcionamiento."),
    ("ac", "p", "immigration migration_governance", "Simplificación del permiso de funcionamiento para emprendimientos de personas migrantes, aceptando pasaporte o visa vigente en lugar de cédula."),
    ("in", "p", "return", "Número de emprendimientos de migrantes retornados que superan los dos años de funcionamiento. Línea base 2023: 14. Meta 2027: 60."),
    ("bu", "p", "remittances migrants_general", "Línea de crédito respaldada en remesas en la cooperativa municipal de ahorro: USD 500.000 en capital de trabajo para familias de migrantes."),
    ("sa", "p", "remittances", "El costo de envío de remesas desde España al cantón promedia el 6,2% del monto enviado, por encima de la meta del 3% fijada en los Objetivos de Desarrollo Sostenible."),
    ("is", "p", "diaspora migration_governance", "La Agencia de Promoción de Inversiones del cantón tendrá una ventanilla específica para inversionistas de la diáspora, en coordinación con las oficinas consulares."),
    ("ob", "p", "human_mobility", "Fomentar la inclusión financiera de la población en movilidad humana, facilitando la apertura de cuentas de ahorro y el acceso a microcrédito con documentos de identidad extranjeros."),
    ("sa", "p", "forced_displacement", "Las personas refugiadas que llegan con experiencia en comercio y manufactura no pueden acceder a crédito porque las entidades financieras exigen historial crediticio local y garante ecuatoriano."),
    ("ac", "p", "transit", "Apoyo a pequeños negocios de alimentación y hospedaje ubicados en la ruta de paso de migrantes en tránsito, con capacitación en manipulación de alimentos y precios justos."),
    ("sa", "p", "return", "Un estudio de la universidad local muestra que el 45% de los migrantes retornados invirtió sus ahorros en un negocio, pero la mayoría cerró en menos de tres años por falta de asesoría y de mercado."),
    ("in", "p", "remittances migration_data", "Participación de las remesas en los depósitos de las cooperativas de ahorro y crédito del cantón. Línea base 2023: 31%. Fuente: Banco Central y Superintendencia de Economía Popular y Solidaria."),
    ("ac", "p", "trafficking", "Campaña con empresas hoteleras y de transporte para prevenir la trata de personas y la explotación sexual en el turismo, con adhesión al código de conducta."),
    ("ob", "p", "labour_migration", "Promover que las empresas agroexportadoras contraten a trabajadores migrantes temporales con condiciones justas, vivienda digna y pagos bancarizados."),
    ("bu", "p", "diaspora", "Fondo mixto de inversión diáspora-municipio para proyectos turísticos en las parroquias rurales: aporte municipal de USD 200.000 y meta de captación de USD 600.000."),
    ("sa", "p", "emigration remittances", "La emigración masiva del periodo 1999-2004 transformó la economía local: se multiplicaron las agencias de envíos, las ferreterías y la construcción, mientras la agricultura perdía mano de obra."),
    ("is", "p", "immigration human_mobility", "La Cámara de Comercio del cantón abrirá la afiliación a comerciantes inmigrantes con permiso de residencia y participará en la mesa cantonal de movilidad humana."),
    ("sa", "pi", "remittances", "El 38% de los hogares del cantón recibe dinero de familiares que trabajan en Estados Unidos o España; esos ingresos financian la construcción de viviendas y el consumo, pero pocas veces la inversión productiva."),
    ("ac", "pi", "diaspora", "Catálogo de oportunidades de inversión dirigido a los hijos del cantón que viven en Nueva York, Chicago y Murcia, difundido a través de sus asociaciones y redes sociales."),
    ("ob", "pi", "remittances", "Reducir el costo de los envíos de dinero desde el extranjero mediante acuerdos entre las cooperativas locales y empresas de transferencia internacional."),
    ("sa", "pi", "immigration", "Muchos negocios de comida rápida, barberías y tiendas de tecnología de la avenida principal son administrados por personas llegadas de Venezuela y Colombia en la última década."),
    ("ac", "pi", "return", "Asesoría empresarial para quienes regresan del extranjero con ahorros y desean abrir un negocio, con análisis de mercado, plan de negocios y acompañamiento durante el primer año."),
    ("in", "pi", "remittances", "Proporción de los giros recibidos desde el exterior por los hogares del cantón que se destina a emprendimientos productivos. Línea base: 6%. Meta 2027: 15%."),
    ("sa", "pi", "diaspora", "Los compatriotas que viven en Estados Unidos consumen productos nostálgicos del cantón, como quesos, panela y dulces tradicionales; existe un mercado de exportación aún poco aprovechado."),
    ("sa", "pi", "brain_drain", "Las empresas de software del cantón no encuentran programadores con experiencia: los más calificados se han mudado a Madrid y Toronto o trabajan desde aquí para firmas extranjeras, atraídos por salarios en euros y dólares."),
    ("ac", "pi", "immigration", "Microcréditos y capacitación financiera para emprendedoras extranjeras residentes que no acceden a la banca por falta de historial crediticio en el país."),
    ("bu", "pi", "remittances", "Cuenta de ahorro programado para hogares que reciben dinero de parientes en el exterior, con un aporte municipal de USD 0,50 por cada dólar ahorrado: USD 90.000."),
    ("sa", "pi", "labour_migration", "Las empacadoras de banano dependen de trabajadores de temporada llegados de la sierra y de Colombia, cuya rotación encarece la capacitación y afecta la calidad del producto."),
    ("is", "pi", "diaspora", "Las asociaciones de ecuatorianos residentes en Italia y España serán miembros del consejo consultivo de promoción de inversiones del cantón."),
    ("sa", "pi", "trafficking emigration", "Agencias de viaje informales del cantón cobran entre 12.000 y 18.000 dólares por llevar personas de forma clandestina hasta la frontera de México con Estados Unidos."),
    ("sa", "ff", "", "Las exportaciones de cacao fino de aroma del cantón sumaron USD 38 millones en 2023; el comercio exterior depende de cuatro empresas acopiadoras."),
    ("sa", "ff", "", "El retorno de la inversión del parque agroindustrial se estima en siete años, con una tasa interna de retorno del 14%."),
    ("sa", "ff", "", "La repatriación de capitales y utilidades de la inversión extranjera directa en el sector camaronero reduce el efecto multiplicador en la economía local."),
    ("ac", "ff", "", "Asistencia técnica para la migración de pequeños comercios a la facturación electrónica, obligatoria desde 2024."),
    ("ac", "ff", "", "Acompañamiento a microempresas en su migración al régimen tributario RIMPE y en el cumplimiento de sus obligaciones fiscales."),
    ("ac", "ff", "", "Ventanilla de comercio exterior para pymes exportadoras: certificados de origen, requisitos sanitarios y ferias internacionales."),
    ("in", "ff", "", "Indicador: número de empresas que migran sus ventas al comercio electrónico. Línea base 2023: 40. Meta 2027: 300."),
    ("ob", "ff", "", "Atraer inversión extranjera directa para la planta de procesamiento de frutas, con los incentivos tributarios de la ley de fomento productivo."),
    ("sa", "ff", "", "La movilidad de carga hacia el puerto se ve limitada por el mal estado de la vía, que incrementa los costos logísticos en 18%."),
    ("bu", "ff", "", "Viáticos para la participación de productores locales en ferias internacionales en Madrid y Miami: USD 25.000."),
    ("sa", "ff", "", "El desplazamiento de la demanda turística hacia plataformas digitales de alojamiento afecta a los hoteles tradicionales del centro histórico."),
    ("is", "ff", "", "La oficina de relaciones exteriores y cooperación del GAD provincial apoyará la promoción comercial de productos locales en mercados del exterior."),
    ("ac", "ff", "", "Migración de los datos de socios de la cooperativa municipal a un nuevo sistema bancario central, con auditoría de seguridad de la información."),
    ("sa", "st", "", "El comercio binacional en la frontera norte mueve unos USD 120 millones anuales en productos agrícolas, combustible y textiles; el contrabando afecta a los comerciantes formales."),
    ("sa", "st", "", "El turismo recibe 180.000 visitantes al año, el 20% extranjeros, con una estadía promedio de 1,8 noches."),
    ("sa", "st", "", "Las microempresas representan el 91% de los establecimientos económicos del cantón y generan el 48% del empleo."),
    ("ac", "st", "", "Centro de desarrollo empresarial con incubadora de emprendimientos, asesoría legal y tributaria y acceso a financiamiento."),
    ("in", "st", "", "Indicador: número de emprendimientos formalizados con RUC y permiso de funcionamiento. Meta 2027: 1.200."),
    ("ob", "st", "", "Fortalecer las cadenas de valor de café, cacao y lácteos con enfoque asociativo y acceso a mercados diferenciados."),
    ("sa", "st", "", "El acceso al crédito de las mujeres emprendedoras es limitado: solo el 23% de los microcréditos del cantón se otorga a mujeres."),
    ("bu", "st", "", "Fondo de garantías para pymes: USD 300.000 aportados por el GAD y la corporación financiera pública."),
    ("is", "st", "", "Mesa de competitividad cantonal integrada por la Cámara de Comercio, las asociaciones de productores y el GAD."),
    ("ac", "st", "", "Promoción del turismo comunitario en cinco comunidades kichwas, con capacitación en guianza, gastronomía y hospedaje."),
    ("sa", "st", "", "La informalidad comercial afecta los ingresos municipales por patentes; se estima que el 40% de los negocios no está registrado."),
    ("ac", "st", "", "Feria binacional de productores de la frontera sur para promover el intercambio de productos agrícolas y artesanías."),
    ("sa", "st", "", "La economía cantonal depende de los servicios financiados por la renta petrolera y el gasto público; la diversificación productiva es limitada."),
    ("ac", "vg", "", "Crédito preferente para emprendimientos de mujeres, jóvenes, personas con discapacidad y pueblos indígenas."),
    ("ac", "vg", "", "Ferias inclusivas para artesanos con discapacidad y organizaciones de adultos mayores productores."),
    ("ac", "vg", "", "Capacitación empresarial para mujeres víctimas de violencia de género y madres jefas de hogar."),
    ("ob", "vg", "", "Compras públicas inclusivas con prioridad para asociaciones de personas con discapacidad, mujeres rurales y comunidades afroecuatorianas."),
    ("ac", "n", "", "Modernización del camal municipal para obtener la certificación sanitaria y ampliar su capacidad de faenamiento."),
    ("ac", "n", "", "Plan de marketing territorial y marca ciudad para posicionar los productos y destinos del cantón."),
    ("is", "n", "", "La Dirección de Desarrollo Económico coordinará con el ministerio de producción la asistencia técnica a las pequeñas y medianas empresas."),
    ("in", "n", "", "Indicador: porcentaje de licencias únicas de actividades económicas otorgadas en línea. Línea base: 0%. Meta: 70%."),
    ("ob", "n", "", "Mejorar la infraestructura del mercado mayorista, con cubierta, cámaras de frío y zona de carga y descarga ordenada."),
    ("bu", "n", "", "Presupuesto de fomento productivo para el periodo 2025-2027: USD 650.000 en asistencia técnica, ferias y capital semilla."),
    ("is", "n", "", "Reglamento de uso del espacio público para actividades comerciales, con horarios, zonas permitidas y tasas diferenciadas."),
]

# ---------------------------------------------------------------------------
# Rural development
# ---------------------------------------------------------------------------
RURAL_DEVELOPMENT = [
    ("sa", "p", "emigration", "La emigración ha feminizado la agricultura familiar: en las parroquias rurales del cantón el 58% de las unidades productivas está a cargo de mujeres cuyos esposos o hijos emigraron al exterior."),
    ("sa", "p", "internal_migration", "Entre los censos de 2010 y 2022, las parroquias rurales perdieron el 12% de su población por migración hacia las ciudades, especialmente de jóvenes de 15 a 29 años."),
    ("ob", "p", "internal_migration", "Reducir la migración de jóvenes rurales generando empleo en agroindustria, turismo rural y servicios, con acceso a tierra y crédito para nuevos productores."),
    ("ac", "p", "return", "Reinserción productiva de migrantes retornados a sus comunidades: acceso a tierra en arriendo, asistencia técnica agropecuaria y crédito asociativo."),
    ("in", "p", "internal_migration migration_data", "Saldo migratorio de la población rural de 15 a 29 años entre censos. Línea base 2010-2022: -12%. Meta: reducir la pérdida a -6% en el próximo periodo intercensal."),
    ("bu", "p", "remittances diaspora", "Riego tecnificado cofinanciado con remesas colectivas de migrantes organizados en Nueva Jersey: USD 340.000, de los cuales el 60% aporta el GAD y el 40% la asociación."),
    ("sa", "p", "labour_migration emigration", "La producción de naranjilla y tomate de árbol depende cada vez más de trabajadores migrantes estacionales, pues la mano de obra familiar se ha reducido por la emigración."),
    ("sa", "p", "climate_migration", "La erosión y la pérdida de fertilidad de los suelos en la zona alta, sumadas a heladas más frecuentes, son causas directas de la migración de familias campesinas hacia la costa y el extranjero."),
    ("ac", "p", "migrants_general immigration", "Inclusión de familias migrantes colombianas y venezolanas asentadas en el área rural en las asociaciones de productores y en los programas de semillas y riego."),
    ("is", "p", "migration_governance return", "La mesa técnica de desarrollo rural incorporará a la Unidad de Movilidad Humana para articular los programas productivos con la atención a retornados y familias de migrantes."),
    ("sa", "p", "forced_displacement", "En la zona fronteriza, varias comunidades campesinas recibieron a familias colombianas desplazadas por el conflicto armado, que hoy trabajan como jornaleros en fincas de palma y cacao."),
    ("sa", "p", "brain_drain emigration", "La fuga de técnicos agropecuarios y veterinarios que emigran a Chile y España deja a las asociaciones de productores sin asistencia técnica; el GAD provincial tiene 9 de sus 22 plazas técnicas vacantes."),
    ("ob", "p", "emigration", "Atender a las familias rurales con miembros emigrados, en especial a las mujeres y los adultos mayores que sostienen la producción sin apoyo técnico."),
    ("ac", "p", "diaspora", "Fondo de inversión agrícola con aportes de la diáspora para la producción de café de especialidad y su comercialización en Estados Unidos."),
    ("sa", "p", "remittances", "Las remesas recibidas por los hogares rurales se destinan principalmente a vivienda y consumo; solo el 7% se invierte en la finca, según la encuesta de hogares de 2022."),
    ("in", "p", "return", "Número de familias retornadas que acceden a crédito productivo agropecuario. Línea base 2023: 8. Meta 2027: 120."),
    ("bu", "p", "labour_migration", "Construcción de albergues con servicios básicos para trabajadores migrantes temporales en la zona cafetalera: USD 110.000."),
    ("sa", "p", "human_mobility", "El diagnóstico participativo identificó la movilidad humana como uno de los principales factores de cambio en las comunidades rurales: migración internacional, trabajo estacional y llegada de nuevas familias."),
    ("ac", "p", "trafficking", "Campañas en ferias rurales y radios comunitarias sobre los riesgos de la migración irregular y del tráfico de migrantes por coyoteros."),
    ("is", "p", "climate_migration human_mobility", "El comité de gestión de la cuenca considerará la movilidad humana por causas climáticas al priorizar las inversiones en riego y conservación de suelos."),
    ("sa", "pi", "emigration", "En la comunidad de Chuquiribamba quedan sobre todo mujeres, niños y adultos mayores; los hombres jóvenes se han ido a trabajar a Estados Unidos y visitan muy pocas veces a sus familias."),
    ("sa", "pi", "remittances", "Buena parte de las nuevas casas de dos y tres pisos en las comunidades rurales se construyó con dinero enviado desde Nueva York y Madrid, mientras las parcelas permanecen sin cultivar."),
    ("ob", "pi", "emigration internal_migration", "Que los jóvenes rurales puedan construir su proyecto de vida en el campo y no se vean obligados a salir del cantón para encontrar trabajo."),
    ("ac", "pi", "labour_migration internal_migration", "Registro y capacitación en buenas prácticas agrícolas para los cosechadores que llegan cada temporada desde Bolívar y Chimborazo a la zona cafetalera."),
    ("sa", "pi", "internal_migration", "Los hijos de los productores de leche estudian y trabajan en Quito y Ambato y no piensan volver a la finca; la edad promedio de los productores es de 57 años."),
    ("in", "pi", "return", "Número de personas que volvieron a su comunidad después de vivir en el extranjero y que se integraron a una asociación de productores. Meta 2027: 80."),
    ("ac", "pi", "diaspora", "Venta directa de café, panela y quesos artesanales a través de las asociaciones de oriundos de la provincia en Estados Unidos, con apoyo para registro sanitario y envío."),
    ("sa", "pi", "labour_migration immigration", "En las fincas de palma de la zona norte trabajan jornaleros colombianos que cruzan la frontera por temporadas de tres o cuatro meses."),
    ("sa", "pi", "climate_migration", "Tras dos años sin lluvias suficientes, 70 familias de la comuna de San Pedro vendieron su ganado y se instalaron en la periferia de Portoviejo."),
    ("bu", "pi", "remittances", "Contrapartida municipal para proyectos productivos financiados por familias que reciben dinero de sus parientes en el extranjero: USD 75.000 en 2025-2026."),
    ("is", "pi", "emigration remittances", "La Asociación de Productores Agroecológicos de San Juan agrupa a 64 socias, en su mayoría mujeres cuyos esposos o hijos trabajan en Estados Unidos. Muchas combinan el dinero que reciben cada mes desde allá con la venta de hortalizas en la feria dominical, y han pedido al GAD apoyo para convertir esos ingresos en un fondo rotativo que financie invernaderos y riego por goteo. La asociación integrará el comité de gestión del proyecto."),
    ("is", "pi", "emigration", "Las organizaciones de mujeres cuyos esposos trabajan en España y Estados Unidos tendrán una representante en el comité de desarrollo rural."),
    ("ac", "pi", "immigration", "Adjudicación de parcelas en arriendo y asistencia técnica para familias extranjeras asentadas en la parroquia que ya trabajan como aparceros."),
    ("ac", "ff", "", "Control de la langosta centroamericana, cuya migración desde el norte amenaza los cultivos de maíz de la provincia."),
    ("sa", "ff", "", "Un desplazamiento de tierras en la vía a la parroquia alta interrumpe desde enero el transporte de leche a las plantas de acopio."),
    ("sa", "ff", "", "La tasa interna de retorno del sistema de riego es de 16%, con un periodo de recuperación de la inversión de ocho años."),
    ("sa", "ff", "", "Se ha detectado migración de nitratos hacia las aguas subterráneas por el uso excesivo de fertilizantes en los cultivos de flores y brócoli."),
    ("sa", "ff", "", "Las exportaciones de brócoli y rosas hacia Estados Unidos y Europa hacen del comercio exterior agrícola la principal fuente de divisas y de empleo rural del cantón."),
    ("sa", "ff", "", "Los peces migratorios del río, como el bocachico, son fuente de proteína para las comunidades ribereñas y requieren vedas estacionales."),
    ("bu", "ff", "", "Viáticos y movilización de técnicos agropecuarios para visitas de asistencia técnica a fincas: USD 28.000."),
    ("ac", "ff", "", "Movilidad rural: mejoramiento de 45 km de caminos vecinales para sacar la producción a los mercados."),
    ("ac", "ff", "", "Migración del registro de productores al sistema de información agropecuaria nacional, con georreferenciación de fincas."),
    ("sa", "ff", "", "El ganado se desplaza entre los potreros de altura y los de valle según la época del año; se requiere mejorar bebederos y cercas."),
    ("bu", "ff", "", "Reubicación de postes de energía y tuberías de riego por la ampliación de la vía interparroquial: USD 64.000."),
    ("sa", "st", "", "La pobreza por necesidades básicas insatisfechas alcanza el 78% en las parroquias rurales, frente al 34% en la cabecera cantonal."),
    ("sa", "st", "", "Solo el 18% de la superficie cultivable cuenta con riego; la producción depende de las lluvias y de sistemas comunitarios deteriorados."),
    ("sa", "st", "", "El 65% de las unidades productivas tiene menos de 5 hectáreas; la fragmentación de la tierra limita la rentabilidad y el acceso a crédito."),
    ("sa", "st", "", "La edad promedio de los productores agrícolas es de 54 años y solo el 9% tiene menos de 30, lo que plantea un reto de relevo generacional."),
    ("ac", "st", "", "Fomento de la agricultura familiar campesina con asistencia técnica, semillas certificadas y circuitos cortos de comercialización."),
    ("in", "st", "", "Indicador: hectáreas con riego tecnificado parcelario. Línea base: 1.200 ha. Meta 2027: 3.500 ha."),
    ("ac", "st", "", "Titulación de tierras a 800 familias campesinas en coordinación con la autoridad agraria nacional."),
    ("ac", "st", "", "Ferias agroecológicas semanales en la cabecera cantonal y en tres parroquias, con control de calidad y precios justos."),
    ("sa", "st", "", "El empleo rural no agrícola, en turismo comunitario, artesanías y procesamiento de alimentos, representa el 22% del ingreso de los hogares rurales."),
    ("bu", "st", "", "Presupuesto para mantenimiento de la red vial rural: USD 1,8 millones en lastrado, cunetas y alcantarillas."),
    ("is", "st", "", "El GAD provincial ejerce la competencia de fomento productivo agropecuario y riego; el municipal apoya con mercados y centros de acopio."),
    ("sa", "st", "", "Las juntas de regantes administran 42 sistemas comunitarios de riego con tarifas que no alcanzan para cubrir el mantenimiento."),
    ("sa", "st", "", "El acceso de los jóvenes rurales a la tierra es limitado: solo el 6% de los propietarios tiene menos de 30 años."),
    ("sa", "st", "", "Conectividad rural: el 70% de las comunidades no tiene internet fijo y la cobertura móvil es intermitente."),
    ("ac", "st", "", "Seguro agrícola subsidiado para pequeños productores de maíz y arroz ante sequías e inundaciones."),
    ("ob", "vg", "", "Prioridad en los programas productivos a mujeres rurales, jóvenes, adultos mayores agricultores y comunidades indígenas y montubias."),
    ("sa", "vg", "", "Las mujeres rurales, los pueblos indígenas y las personas con discapacidad tienen menor acceso a crédito y a asistencia técnica agropecuaria."),
    ("ac", "vg", "", "Huertos familiares para hogares con adultos mayores y personas con discapacidad en situación de pobreza extrema."),
    ("ac", "vg", "", "Escuelas de campo para mujeres campesinas y jóvenes indígenas, con metodologías de aprender haciendo."),
    ("in", "vg", "", "Porcentaje de beneficiarios de los programas de fomento agropecuario que son mujeres, jóvenes o personas con discapacidad. Meta 2027: 50%."),
    ("ac", "n", "", "Mejoramiento genético del ganado lechero mediante inseminación artificial y registros productivos."),
    ("bu", "n", "", "Centro de acopio de leche con tanque de enfriamiento de 5.000 litros para la asociación de la parroquia norte: USD 85.000."),
    ("ac", "n", "", "Control integrado de la mosca de la fruta en huertos de mango y cítricos, con trampas y liberación de insectos estériles."),
    ("in", "n", "", "Indicador: rendimiento promedio de maíz duro. Línea base: 4,2 t/ha. Meta 2027: 6 t/ha."),
    ("is", "n", "", "La Dirección de Desarrollo Rural coordina con las juntas parroquiales la planificación anual de la asistencia técnica."),
    ("ac", "n", "", "Vivero municipal de plantas frutales y forestales para la entrega a productores a precio de costo."),
]

# ---------------------------------------------------------------------------
# Security
# ---------------------------------------------------------------------------
SECURITY = [
    ("sa", "p", "trafficking", "Entre 2019 y 2023 se identificaron 47 víctimas de trata de personas en la provincia, el 70% mujeres y adolescentes, captadas principalmente con fines de explotación sexual y laboral."),
    ("sa", "p", "trafficking emigration", "El tráfico ilícito de migrantes hacia Estados Unidos opera a través de redes de coyoteros con presencia en las parroquias rurales; las familias se endeudan con prestamistas para pagar el viaje."),
    ("ob", "p", "trafficking", "Prevenir la trata de personas y el tráfico ilícito de migrantes, fortaleciendo la detección temprana, la protección de víctimas y la persecución del delito."),
    ("is", "p", "trafficking migration_governance", "Mesa cantonal contra la trata de personas y el tráfico de migrantes, con participación de Fiscalía, Policía, Junta Cantonal, MIES y organizaciones sociales."),
    ("in", "p", "trafficking migration_data", "Número de víctimas de trata identificadas y derivadas a servicios de protección. Línea base 2023: 6. Meta: 100% de las víctimas identificadas con atención integral."),
    ("sa", "p", "immigration", "Las denuncias por discriminación y agresiones xenófobas contra personas migrantes venezolanas se duplicaron tras los episodios de violencia de 2019; persiste el estigma que asocia migración con delincuencia."),
    ("ac", "p", "immigration", "Campaña comunicacional contra la xenofobia y la discriminación hacia personas migrantes, en medios locales y redes sociales."),
    ("sa", "p", "transit", "Los migrantes en tránsito que cruzan por pasos irregulares en la frontera norte son víctimas frecuentes de robo, extorsión y violencia sexual por parte de grupos delictivos."),
    ("is", "p", "migration_governance human_mobility", "El Comité de Seguridad Ciudadana incluirá un eje de protección de personas en movilidad humana, con participación de la Jefatura Política y de la Unidad de Movilidad Humana."),
    ("ac", "p", "forced_displacement", "Protocolo de atención a personas desplazadas por la violencia del crimen organizado en barrios del sur, con albergue temporal y acompañamiento legal."),
    ("bu", "p", "trafficking", "Casa de acogida para víctimas de trata y explotación sexual: USD 120.000 anuales, en convenio con una organización especializada."),
    ("sa", "p", "forced_displacement", "Las extorsiones y amenazas de bandas delictivas han obligado a decenas de familias a desplazarse de los barrios de la zona portuaria hacia otras ciudades."),
    ("ob", "p", "human_mobility transit", "Garantizar la seguridad y la protección de las personas en movilidad humana en el espacio público y en las rutas de tránsito del cantón."),
    ("in", "p", "immigration migration_data", "Porcentaje de la población que asocia la inseguridad con la presencia de migrantes, según la encuesta de victimización. Línea base 2023: 61%. Meta 2027: 35%."),
    ("ac", "p", "migrants_general", "Capacitación a la Policía Nacional y a los agentes de control municipal en derechos de las personas migrantes y en procedimientos sin discriminación."),
    ("sa", "p", "statelessness trafficking", "Los hijos de madres extranjeras víctimas de trata nacidos en el cantón corren riesgo de apatridia, porque sus madres carecen de documentos para inscribirlos."),
    ("ac", "p", "return", "Acompañamiento a personas deportadas y retornadas forzosamente para prevenir su captación por redes delictivas, con orientación laboral y apoyo psicosocial."),
    ("is", "p", "migration_governance", "La Jefatura Política, la unidad de control migratorio de la Policía Nacional y el GAD coordinarán los controles en la terminal terrestre con pleno respeto de los derechos de las personas."),
    ("bu", "p", "human_mobility", "Señalización, iluminación y puntos de auxilio en la ruta del paso fronterizo utilizada por población en movilidad humana: USD 58.000."),
    ("sa", "pi", "trafficking", "Redes que ofrecen a mujeres jóvenes empleos bien pagados en el extranjero terminan reteniendo sus documentos y obligándolas a trabajar en condiciones de esclavitud."),
    ("sa", "pi", "trafficking emigration", "Los pasadores cobran hasta 15.000 dólares por llevar a jóvenes del cantón por tierra hasta la frontera mexicana; varios han muerto o desaparecido en el trayecto."),
    ("ac", "pi", "transit", "Patrullajes preventivos y puntos de auxilio en la carretera por donde caminan cada día cientos de personas que cruzan el país desde Colombia rumbo al sur."),
    ("ob", "pi", "immigration", "Eliminar la discriminación y la violencia contra personas de otras nacionalidades que residen en el cantón, promoviendo la convivencia pacífica."),
    ("in", "pi", "forced_displacement", "Número de familias que abandonaron su vivienda por amenazas o extorsión y recibieron protección municipal. Línea base: sin registro. Meta 2026: registro implementado."),
    ("sa", "pi", "immigration", "Las encuestas de percepción muestran que muchos vecinos culpan a los extranjeros recién llegados del aumento de los robos, aunque las estadísticas policiales no lo confirman."),
    ("ac", "pi", "trafficking", "Control de agencias de empleo y de modelaje que reclutan adolescentes con ofertas de trabajo en el exterior, en coordinación con la Fiscalía."),
    ("sa", "pi", "forced_displacement", "Comunidades de la parroquia fronteriza han acogido a familias que escaparon de los enfrentamientos entre grupos armados al otro lado del río San Miguel."),
    ("is", "pi", "transit", "Las organizaciones humanitarias que atienden a quienes llegan a pie desde la frontera norte se integrarán al Comité de Seguridad Ciudadana."),
    ("bu", "pi", "trafficking", "Fondo para la protección y reintegración de víctimas de explotación sexual y laboral captadas con engaños para viajar a otro país: USD 45.000."),
    ("ac", "pi", "statelessness", "Asesoría legal para personas sin nacionalidad reconocida detenidas en controles policiales, para evitar privaciones de libertad arbitrarias."),
    ("sa", "pi", "emigration", "Las familias que pagaron a intermediarios para enviar a sus hijos a Estados Unidos sufren amenazas de los prestamistas cuando no pueden cubrir las deudas."),
    ("ac", "ff", "", "Migración del sistema de videovigilancia a la plataforma del ECU 911, con integración de 120 cámaras municipales."),
    ("ac", "ff", "", "Desplazamiento de patrullas policiales a las zonas de mayor incidencia delictiva según el mapa de calor del distrito."),
    ("ac", "ff", "", "Plan de movilidad segura: control de velocidad, semaforización y educación vial para reducir los siniestros de tránsito."),
    ("ac", "ff", "", "Repatriación de bienes culturales patrimoniales robados y recuperados en el exterior, en coordinación con el Instituto Nacional de Patrimonio Cultural."),
    ("bu", "ff", "", "Viáticos y desplazamientos de agentes de control municipal para operativos en parroquias rurales: USD 15.000."),
    ("sa", "ff", "", "La migración de datos del sistema de denuncias al nuevo sistema de gestión policial dejó sin registro tres meses de 2022."),
    ("in", "ff", "", "Indicador del plan de movilidad: siniestros de tránsito por cada 100.000 habitantes. Línea base: 28. Meta: 18."),
    ("is", "ff", "", "La cooperación binacional en seguridad es competencia del Ministerio de Relaciones Exteriores; el GAD participa como invitado en las comisiones de vecindad."),
    ("sa", "ff", "", "Desplazamientos de masa en la vía principal obligan a cierres nocturnos por seguridad vial durante la temporada invernal."),
    ("ac", "ff", "", "La migración de aves en la zona del aeródromo aumenta el riesgo de impactos con aeronaves; se requiere un plan de control de fauna."),
    ("sa", "ff", "", "El retorno del comercio nocturno a las calles del centro tras el fin del toque de queda ha mejorado la percepción de seguridad."),
    ("ac", "ff", "", "Ciberseguridad: migración de los servidores municipales a un centro de datos certificado y respaldo diario de la información."),
    ("sa", "st", "", "La tasa de homicidios intencionales del cantón subió de 8 a 34 por cada 100.000 habitantes entre 2019 y 2023."),
    ("sa", "st", "", "Control del contrabando de combustible y mercancías en la frontera: en 2023 se decomisaron 240.000 galones de diésel y gasolina."),
    ("ac", "st", "", "Recuperación de espacios públicos con iluminación LED, cámaras y actividades culturales nocturnas."),
    ("sa", "st", "", "El 65% de los delitos contra la propiedad se concentra en cuatro barrios del centro y en los alrededores de la terminal terrestre."),
    ("sa", "st", "", "Violencia intrafamiliar y de género: 1.540 denuncias en 2023; el 82% de las víctimas son mujeres."),
    ("ob", "st", "", "Prevenir el reclutamiento de adolescentes por bandas delictivas mediante deporte, cultura y empleo juvenil."),
    ("in", "st", "", "Indicador: tasa de robo a personas por cada 100.000 habitantes. Línea base 2023: 410. Meta 2027: 300."),
    ("bu", "st", "", "Presupuesto de seguridad ciudadana: USD 900.000 para cámaras, alarmas comunitarias y agentes de control."),
    ("is", "st", "", "Consejo cantonal de seguridad ciudadana presidido por el alcalde, con la Policía Nacional, la Fiscalía, las Fuerzas Armadas y representantes barriales."),
    ("ac", "st", "", "Brigadas barriales de seguridad y alarmas comunitarias en 60 barrios, con capacitación en prevención situacional."),
    ("sa", "st", "", "Los puntos de venta de drogas al menudeo cerca de centros educativos han aumentado; la Policía identificó 35 en 2023."),
    ("sa", "st", "", "La frontera norte presenta actividades de minería ilegal y cultivos ilícitos que financian a grupos armados irregulares."),
    ("ac", "st", "", "Centro de mediación comunitaria para la resolución pacífica de conflictos vecinales y de linderos."),
    ("sa", "st", "", "Las extorsiones a comerciantes y transportistas crecieron un 300% en 2023; muchas víctimas no denuncian por temor a represalias."),
    ("ac", "st", "", "Control de armas y municiones en los puntos de acceso fronterizo, en coordinación con las Fuerzas Armadas."),
    ("ob", "vg", "", "Los programas de prevención de la violencia priorizarán a mujeres, niñas, niños, adolescentes, personas LGBTI y adultos mayores."),
    ("bu", "vg", "", "Casa de acogida para mujeres víctimas de violencia de género y sus hijos: USD 95.000 anuales."),
    ("ac", "vg", "", "Protección a defensoras y defensores de derechos humanos, periodistas y líderes comunitarios indígenas amenazados."),
    ("ob", "vg", "", "Espacios públicos seguros para la niñez, las mujeres y las personas con discapacidad, con diseño participativo."),
    ("bu", "n", "", "Cuerpo de bomberos: adquisición de dos autobombas y equipos de rescate vehicular, USD 640.000."),
    ("ac", "n", "", "Plan de contingencia para las fiestas de cantonización, con puestos de primeros auxilios y control de aforos."),
    ("is", "n", "", "Ordenanza de control de la venta y el consumo de alcohol en el espacio público, con horarios y sanciones."),
    ("ac", "n", "", "Capacitación de agentes de control municipal en uso progresivo de la fuerza y atención al ciudadano."),
    ("in", "n", "", "Indicador: tiempo promedio de respuesta a emergencias del servicio integrado de seguridad. Línea base: 14 minutos. Meta: 9 minutos."),
    ("ac", "n", "", "Estudio anual de percepción de seguridad y victimización por barrio."),
]

# ---------------------------------------------------------------------------
# Urban development
# ---------------------------------------------------------------------------
URBAN_DEVELOPMENT = [
    ("sa", "p", "immigration", "El 18% de los hogares de los asentamientos informales del norte de la ciudad está encabezado por personas migrantes venezolanas y colombianas, que pagan arriendos elevados por cuartos sin ventilación ni servicios propios."),
    ("sa", "p", "internal_migration", "La migración campo-ciudad explica el 60% del crecimiento urbano entre 2010 y 2022; la mancha urbana se expandió 940 hectáreas, gran parte en zonas de riesgo."),
    ("ob", "p", "human_mobility", "Garantizar el derecho a la vivienda adecuada y a la ciudad de la población en movilidad humana, sin discriminación en el acceso al arrendamiento."),
    ("ac", "p", "immigration", "Mediación de arrendamientos para prevenir desalojos arbitrarios y cobros abusivos a familias migrantes, con asesoría jurídica gratuita."),
    ("in", "p", "migrants_general", "Porcentaje de hogares migrantes que viven en condiciones de hacinamiento. Línea base 2023: 42%. Meta 2027: 25%."),
    ("bu", "p", "forced_displacement", "Mejoramiento de vivienda en barrios receptores de población refugiada: USD 650.000, con un 50% de beneficiarios de la comunidad de acogida."),
    ("is", "p", "migration_governance", "La Dirección de Vivienda y la Unidad de Movilidad Humana coordinarán el acceso de familias migrantes a los programas municipales de vivienda social."),
    ("sa", "p", "transit", "En 2022 y 2023 se instalaron campamentos improvisados de migrantes en tránsito en parques y bajo los puentes de la ciudad, sin baterías sanitarias ni agua."),
    ("ac", "p", "transit human_mobility", "Albergue temporal municipal para personas en movilidad humana en tránsito, con capacidad para 120 personas y una estancia máxima de cinco noches."),
    ("sa", "p", "remittances", "Las remesas impulsaron la construcción de viviendas sin permisos en la periferia, muchas de ellas deshabitadas porque sus dueños siguen en el exterior."),
    ("ob", "p", "climate_migration forced_displacement", "Planificar la expansión urbana considerando la llegada de familias desplazadas por desastres y cambio climático, con suelo seguro y servicios."),
    ("ac", "p", "return", "Bono municipal de vivienda para migrantes retornados en situación de vulnerabilidad, complementario al bono del ministerio del ramo."),
    ("sa", "p", "internal_migration climate_migration", "Los nuevos barrios de la ladera oriental fueron ocupados por familias rurales que migraron a la ciudad tras las sequías de la década pasada."),
    ("in", "p", "migration_data", "Censo de arrendatarios y hogares migrantes en los barrios del centro histórico, actualizado cada dos años. Línea base: no existe. Meta 2025: primer censo publicado."),
    ("ac", "p", "immigration", "Regularización de predios y acceso a servicios básicos en barrios consolidados por población inmigrante, con participación de las directivas barriales."),
    ("sa", "p", "emigration", "En el centro histórico el 14% de las viviendas está desocupado; muchos propietarios emigraron y dejaron sus casas a cargo de familiares o sin mantenimiento."),
    ("bu", "p", "transit migrants_general", "Baterías sanitarias y puntos de agua en la terminal terrestre y en el parque de la frontera, utilizados por migrantes en tránsito y usuarios locales: USD 90.000."),
    ("is", "p", "diaspora", "Convenio con asociaciones de la diáspora para cofinanciar la rehabilitación de la plaza central y de casas patrimoniales del centro histórico."),
    ("sa", "p", "forced_displacement", "El barrio Nueva Esperanza se formó con familias desplazadas por el terremoto de 2016 que no recibieron reasentamiento y ocuparon terrenos municipales."),
    ("sa", "pi", "internal_migration immigration", "El crecimiento de los barrios del borde norte no responde a la dinámica natural de la población. Según las fichas socioeconómicas levantadas en 2023, el 46% de los jefes de hogar nació en otra provincia y el 11% en otro país; la mayoría llegó en los últimos diez años buscando empleo en la construcción y el comercio. Estas familias ocupan lotes sin escrituras, compran el agua a tanqueros y dependen de una sola línea de bus para llegar al centro."),
    ("sa", "pi", "immigration", "En los inquilinatos del centro viven hasta tres familias venezolanas por vivienda, compartiendo un solo baño, lo que genera conflictos con los vecinos y riesgos sanitarios."),
    ("sa", "pi", "internal_migration", "La llegada constante de familias del campo que buscan trabajo en la ciudad ha generado 23 asentamientos informales en las laderas del noroccidente."),
    ("ob", "pi", "remittances emigration", "Ordenar la construcción de viviendas financiadas con dinero enviado desde el extranjero, que hoy se levantan sin permisos ni criterios técnicos en suelo rural."),
    ("ac", "pi", "transit", "Adecuación de un espacio de pernocta con duchas y servicios higiénicos para las personas que cruzan la ciudad caminando rumbo a la frontera sur."),
    ("sa", "pi", "emigration", "En los barrios periféricos se levantan casas de tres pisos cuyos dueños viven en Nueva York; permanecen cerradas la mayor parte del año y elevan el precio del suelo."),
    ("in", "pi", "immigration", "Número de familias extranjeras beneficiarias de vivienda de interés social. Línea base 2023: 0. Meta 2027: 150."),
    ("ac", "pi", "forced_displacement", "Reasentamiento de las familias que perdieron sus casas en el deslave de 2022 y viven desde entonces en casas de parientes o en albergues."),
    ("sa", "pi", "internal_migration", "La población del cantón creció 2,8% anual entre censos, muy por encima del crecimiento natural, por la llegada de familias de Manabí y Esmeraldas atraídas por el puerto."),
    ("bu", "pi", "diaspora", "Aporte de la colonia de compatriotas residentes en Génova para la remodelación del parque central: USD 40.000 en 2025."),
    ("is", "pi", "immigration", "Las organizaciones de vecinos extranjeros participarán en los comités barriales de planificación y en el presupuesto participativo urbano."),
    ("ob", "pi", "climate_migration internal_migration", "Preparar a la ciudad para recibir a las familias que salen del campo por la pérdida de cosechas, con suelo urbanizado, vivienda asequible y servicios."),
    ("sa", "pi", "immigration", "Los recién llegados de Venezuela y Haití se concentran en los barrios cercanos al mercado, donde el arriendo de un cuarto supera los 120 dólares mensuales."),
    ("ob", "ff", "", "Plan de Movilidad Urbana Sostenible: carriles exclusivos para buses, 35 km de ciclovías y peatonalización del centro histórico."),
    ("ac", "ff", "", "El Plan Maestro de Movilidad plantea reorganizar las 14 líneas de buses urbanos en un sistema troncal-alimentador, con carril exclusivo en la avenida principal, paradas accesibles y pago electrónico. Los desplazamientos diarios entre los barrios del sur y el centro superan los 85.000 viajes; el tiempo promedio en bus es de 48 minutos y el 30% de los usuarios realiza al menos un transbordo."),
    ("sa", "ff", "", "Según la encuesta de movilidad origen-destino, el 42% de los desplazamientos diarios se realiza en transporte público y el 28% a pie."),
    ("bu", "ff", "", "Desplazamiento de redes de agua potable y alcantarillado por la construcción del paso deprimido: USD 1,1 millones."),
    ("sa", "ff", "", "Los desplazamientos diarios de trabajadores desde los cantones vecinos hacia la ciudad congestionan los accesos en horas pico."),
    ("in", "ff", "", "Indicador: tiempo promedio de viaje casa-trabajo en transporte público. Línea base: 52 minutos. Meta: 40 minutos."),
    ("ac", "ff", "", "Migración del catastro urbano a un sistema de información geográfica web con consulta ciudadana de predios."),
    ("ac", "ff", "", "Traslado del mercado mayorista a la periferia norte para descongestionar el centro y ordenar la carga y descarga."),
    ("bu", "ff", "", "Retorno de la inversión en parqueaderos soterrados mediante concesión a 20 años, con una tasa interna estimada de 11%."),
    ("ac", "ff", "", "Sistema de bicicletas públicas con 40 estaciones para fomentar la movilidad activa en el centro de la ciudad."),
    ("sa", "ff", "", "Desplazamiento de tierras en el barrio La Loma: 18 viviendas con daños estructurales y vías agrietadas."),
    ("ac", "ff", "", "Soterramiento y traslado de redes eléctricas y de telecomunicaciones en el centro histórico."),
    ("is", "ff", "", "Ordenanza de movilidad que regula taxis, tricimotos y plataformas digitales de transporte de pasajeros."),
    ("ac", "ff", "", "Parque lineal en el humedal urbano, refugio de aves migratorias, con senderos elevados y miradores."),
    ("sa", "st", "", "El déficit habitacional cuantitativo alcanza 8.400 viviendas y el cualitativo 21.000, concentrados en la periferia sur."),
    ("sa", "st", "", "El 35% de la superficie urbana corresponde a asentamientos de hecho sin títulos de propiedad ni servicios completos."),
    ("ac", "st", "", "Legalización de asentamientos humanos de hecho y regularización de barrios con obras de agua y alcantarillado."),
    ("ac", "st", "", "Vivienda de interés social: construcción de 1.200 unidades en el proyecto Ciudad Jardín, con financiamiento mixto."),
    ("in", "st", "", "Indicador: cobertura de alcantarillado sanitario en el área urbana. Línea base: 71%. Meta 2027: 90%."),
    ("sa", "st", "", "El hacinamiento afecta al 19% de los hogares urbanos, con más de tres personas por dormitorio."),
    ("sa", "st", "", "El espacio público verde es de 4,2 m² por habitante, por debajo de los 9 m² recomendados por la Organización Mundial de la Salud."),
    ("ob", "st", "", "Aplicar el plan de uso y gestión del suelo con un límite urbano claro, tratamientos urbanísticos y captura de plusvalía."),
    ("bu", "st", "", "Presupuesto de regeneración urbana del malecón: USD 3,5 millones en cuatro años."),
    ("sa", "st", "", "Los arriendos en el centro han subido 30% desde 2019 por la expansión de alojamientos turísticos de corta estancia."),
    ("ac", "st", "", "Mejoramiento integral de barrios periféricos con aceras, alumbrado, áreas verdes y equipamiento comunitario."),
    ("sa", "st", "", "El control urbano identificó 600 edificaciones construidas sin permiso en 2023, la mayoría en zonas de protección."),
    ("is", "st", "", "La empresa pública municipal de vivienda gestionará el suelo y los proyectos habitacionales de interés social."),
    ("sa", "st", "", "Los comerciantes informales ocupan las aceras de las calles comerciales, reduciendo el paso peatonal a menos de un metro."),
    ("ac", "vg", "", "Accesibilidad universal en aceras, cruces y edificios públicos para personas con discapacidad y adultos mayores."),
    ("ob", "vg", "", "La vivienda social priorizará a mujeres jefas de hogar, personas con discapacidad, adultos mayores y familias en pobreza extrema."),
    ("ac", "vg", "", "Ciudad segura para mujeres y niñas: auditorías de seguridad urbana con enfoque de género en parques y paradas de bus."),
    ("ac", "vg", "", "Parques inclusivos con juegos adaptados para niñas y niños con discapacidad motriz y sensorial."),
    ("ac", "n", "", "Mantenimiento de parques, jardines y áreas verdes con personal municipal y convenios barriales."),
    ("ac", "n", "", "Nomenclatura urbana y numeración de predios para facilitar la ubicación de direcciones y servicios."),
    ("is", "n", "", "Ordenanza de ornato y fachadas para el centro histórico, con incentivos tributarios a la restauración."),
    ("in", "n", "", "Indicador: porcentaje de vías urbanas pavimentadas o adoquinadas. Línea base: 58%. Meta 2027: 70%."),
    ("is", "n", "", "La Dirección de Planificación Territorial emitirá los informes de regulación municipal en un plazo de cinco días."),
    ("bu", "n", "", "Ampliación del cementerio municipal con 2.000 bóvedas y área de cremación: USD 480.000."),
]

# ---------------------------------------------------------------------------
# General (plan-wide diagnosis, vision, legal and institutional framework)
# ---------------------------------------------------------------------------
GENERAL = [
    ("sa", "p", "immigration migration_data", "Según el censo de 2022, residen en el cantón 6.420 personas nacidas en el extranjero, el 4,1% de la población; el 71% nació en Venezuela y el 19% en Colombia, y la mayoría inmigró después de 2017."),
    ("sa", "p", "emigration migration_data", "El saldo migratorio internacional del cantón es negativo: entre 2018 y 2022 salieron del país y no regresaron unas 9.300 personas, según los registros de entradas y salidas de la autoridad migratoria."),
    ("ob", "p", "human_mobility migration_data", "Eje transversal de movilidad humana: todas las metas del plan se desagregarán por condición migratoria cuando la información disponible lo permita."),
    ("is", "p", "migration_governance", "De acuerdo con la Ley Orgánica de Movilidad Humana, los GAD municipales deben coordinar con la autoridad nacional la implementación de planes y programas para personas migrantes en su territorio."),
    ("sa", "p", "forced_displacement internal_migration", "El municipio ha recibido desde 2018 a más de 3.000 personas desplazadas internas por el conflicto armado, registradas ante la Unidad para las Víctimas, la mayoría procedentes de zonas rurales del departamento."),
    ("ac", "p", "immigration migration_governance", "Jornadas de regularización migratoria y entrega del Permiso por Protección Temporal a población venezolana, en coordinación con Migración Colombia y la personería municipal."),
    ("sa", "p", "return", "Entre 2019 y 2023 fueron retornadas desde Estados Unidos y México 4.800 personas originarias del municipio; la mayoría llega sin documentos, con deudas y sin empleo."),
    ("ob", "p", "migration_governance", "Alinear el plan municipal con el Pacto Mundial para una Migración Segura, Ordenada y Regular y con la política nacional de movilidad humana."),
    ("in", "p", "migration_data", "Indicador: proporción de metas del PDOT con datos desagregados por condición migratoria. Línea base: 0%. Meta 2027: 40%."),
    ("bu", "p", "human_mobility", "Presupuesto del eje de movilidad humana: USD 1,3 millones en el periodo 2024-2027, equivalente al 1,8% del presupuesto de inversión."),
    ("sa", "p", "statelessness immigration", "El registro civil reporta 38 niños nacidos en el cantón de padres inmigrantes sin documentos que no han podido ser inscritos, con el consiguiente riesgo de apatridia."),
    ("sa", "p", "migrants_general migration_data", "El diagnóstico no incluye información sobre población migrante, pese a que las organizaciones locales reportan una presencia creciente en los barrios del sur."),
    ("ac", "p", "brain_drain", "Programa de retención de talento para frenar la fuga de cerebros, con becas de investigación y contratación de jóvenes profesionales en proyectos municipales."),
    ("is", "p", "migration_governance human_mobility", "La Comisión Permanente de Igualdad y Género del Concejo Municipal incorporará la temática de movilidad humana en su agenda legislativa."),
    ("sa", "p", "emigration remittances", "El municipio es uno de los principales expulsores de población del departamento: se estima que uno de cada cinco hogares tiene al menos un migrante en Estados Unidos y recibe remesas."),
    ("ob", "p", "climate_migration migration_governance", "Integrar la prevención de la migración forzada por causas ambientales en los instrumentos de ordenamiento territorial del municipio."),
    ("ac", "p", "labour_migration migration_governance", "Convenio con el Ministerio de Trabajo para el programa de trabajo temporal en Canadá, con reclutamiento transparente y sin cobros a los trabajadores migrantes."),
    ("in", "p", "diaspora", "Número de asociaciones de la diáspora con acuerdos de cooperación vigentes con el municipio. Línea base 2023: 1. Meta 2027: 6."),
    ("sa", "p", "transit", "El distrito es paso obligado de la ruta migratoria hacia Estados Unidos; las autoridades estiman que cada mes cruzan por la zona más de 15.000 personas."),
    ("sa", "p", "emigration remittances return immigration migration_data", "La movilidad humana es un rasgo estructural del cantón. Desde la crisis financiera de 1999, miles de familias enviaron a alguno de sus miembros a Estados Unidos o España, y las remesas llegaron a financiar buena parte de la vivienda y del comercio. En la última década el patrón cambió: disminuyó la emigración hacia Europa, aumentó el retorno desde España y, a partir de 2017, el cantón se convirtió también en lugar de llegada de población venezolana. Los registros municipales, sin embargo, no permiten cuantificar ninguno de estos procesos."),
    ("sa", "pi", "emigration", "La población del cantón disminuyó un 6% entre los dos últimos censos pese a que los nacimientos superan a las defunciones; la diferencia se explica por la salida de jóvenes hacia Estados Unidos y España."),
    ("sa", "pi", "immigration", "Una de cada veinte personas que viven hoy en el cantón nació en otro país, proporción que era inferior al 1% hace quince años."),
    ("ob", "pi", "diaspora", "Reconocer a los compatriotas que viven en el exterior como parte de la comunidad cantonal, con derecho a ser informados y consultados sobre el desarrollo local."),
    ("in", "pi", "immigration migration_data", "Población residente nacida en el extranjero, por parroquia, sexo y año de llegada. Fuente: censo de población y registros administrativos. Periodicidad: intercensal."),
    ("sa", "pi", "remittances", "El dinero enviado desde Estados Unidos es la principal fuente de ingresos para el 27% de los hogares del municipio, por encima de la agricultura."),
    ("ac", "pi", "return", "Ventanilla única para personas deportadas que llegan al municipio, con orientación sobre documentos, empleo, salud y reunificación familiar."),
    ("sa", "pi", "statelessness", "Residen en el cantón personas a quienes ningún Estado reconoce como nacionales, sin que el municipio conozca su número ni su situación."),
    ("sa", "pi", "brain_drain", "Más de la mitad de los becarios del cantón que cursaron posgrados en universidades extranjeras no volvió a vivir en el país, según el registro de la entidad nacional de becas."),
    ("in", "p", "statelessness migration_governance", "Casos de riesgo de apatridia identificados por el municipio y derivados a la autoridad de movilidad humana. Línea base: sin dato. Meta: 100% de los casos derivados en un plazo de 15 días."),
    ("ob", "pi", "transit", "Ofrecer atención humanitaria digna a las personas que atraviesan el territorio en su camino hacia el norte, sin distinción de nacionalidad."),
    ("is", "pi", "immigration", "Se designará en cada dirección municipal un punto focal para la atención de usuarios extranjeros, coordinado por la Dirección de Desarrollo Social."),
    ("bu", "pi", "emigration trafficking", "Campaña informativa sobre los riesgos de viajar de forma irregular a Estados Unidos con ayuda de coyotes, dirigida a adolescentes y familias de las aldeas: USD 15.000."),
    ("sa", "pi", "internal_migration", "Entre 2010 y 2022 llegaron a vivir al cantón unas 12.000 personas procedentes de otras provincias, atraídas por la expansión de la actividad minera y petrolera."),
    ("ac", "pi", "immigration migration_data", "Inclusión de la variable de nacionalidad en todos los registros de beneficiarios de programas municipales, para conocer el alcance de los servicios entre la población extranjera."),
    ("sa", "pi", "forced_displacement internal_migration", "Cientos de familias campesinas llegaron al casco urbano huyendo de las amenazas de grupos armados en las veredas, y hoy viven en invasiones sin servicios."),
    ("ac", "ff", "", "Migración de la información del PDOT vigente al nuevo sistema de planificación del ente rector, con validación de metas e indicadores."),
    ("sa", "ff", "", "El sector externo de la economía provincial se caracteriza por exportaciones de banano, camarón y cacao, y por importaciones de insumos agrícolas y combustibles."),
    ("ob", "ff", "", "Priorizar la inversión pública según su retorno económico y social, con análisis costo-beneficio y valor actual neto positivo."),
    ("is", "ff", "", "Migración de la empresa municipal de agua al régimen jurídico de empresa pública, conforme a la ley de la materia y a su nuevo estatuto."),
    ("bu", "ff", "", "Viáticos de desplazamiento del equipo técnico para los talleres de actualización del PDOT en las 12 parroquias: USD 9.500."),
    ("is", "ff", "", "La agenda internacional del municipio se limita a la cooperación descentralizada y a la promoción del comercio exterior de productos locales."),
    ("is", "ff", "", "El componente de asentamientos humanos, movilidad, energía y conectividad del PDOT analiza la red vial, el transporte y los servicios básicos."),
    ("in", "ff", "", "Indicador: porcentaje de la información geográfica del plan migrada al geoportal municipal. Línea base: 35%. Meta: 100%."),
    ("ob", "ff", "", "Desplazamiento del límite urbano hacia el norte para incorporar 120 hectáreas de suelo de expansión con planes parciales."),
    ("bu", "ff", "", "Financiamiento externo del plan: créditos del banco público de desarrollo y de la banca multilateral para agua potable y vialidad."),
    ("sa", "ff", "", "El retorno a la normalidad fiscal después de la pandemia permitirá recuperar los niveles de inversión en obra pública."),
    ("sa", "ff", "", "Movilidad cantonal: la red vial suma 640 km, de los cuales solo el 22% está pavimentado, y el transporte intercantonal tiene frecuencias limitadas."),
    ("sa", "st", "", "Según el censo de 2022, el cantón tiene 148.300 habitantes, con una edad mediana de 28 años y un índice de envejecimiento en aumento."),
    ("sa", "st", "", "La estructura poblacional del cantón atraviesa una transición demográfica avanzada. La tasa de natalidad bajó de 24 a 15 nacimientos por cada mil habitantes entre 2001 y 2022, la esperanza de vida al nacer alcanza los 77 años y el grupo de 65 años y más ya representa el 9% de la población. Esta tendencia exigirá ampliar los servicios de cuidado, la salud geriátrica y los espacios públicos adaptados, y reducirá la presión sobre la educación inicial."),
    ("sa", "st", "", "La tasa global de fecundidad descendió de 2,9 a 2,1 hijos por mujer entre 2010 y 2022, lo que anticipa una menor presión sobre la matrícula escolar."),
    ("sa", "st", "", "El 48% de la población vive en el área rural, distribuida en 12 parroquias con densidades inferiores a 30 habitantes por km²."),
    ("sa", "st", "", "La pobreza por ingresos afecta al 31% de la población y la pobreza extrema al 11%, con brechas marcadas entre el área urbana y la rural."),
    ("ob", "st", "", "El plan se alinea con el Plan Nacional de Desarrollo y con la Agenda 2030, en particular con los ODS 1, 6, 8 y 11."),
    ("is", "st", "", "Ejes estratégicos del plan: económico productivo, biofísico, sociocultural, asentamientos humanos y político institucional."),
    ("sa", "st", "", "La pirámide poblacional muestra una base amplia y una tasa de dependencia de 58 personas por cada 100 en edad de trabajar, lo que abre una ventana de bono demográfico."),
    ("sa", "st", "", "El 24% de la población se autoidentifica como indígena, el 9% como afroecuatoriana y el 6% como montubia, según el último censo."),
    ("is", "st", "", "El sistema de seguimiento y evaluación del PDOT generará reportes anuales de avance de metas y un informe de evaluación de medio término."),
    ("sa", "st", "", "El cantón limita con el Perú a lo largo de 48 km; el puente internacional concentra el intercambio comercial y turístico binacional."),
    ("sa", "st", "", "Los visitantes extranjeros representan el 35% de las llegadas turísticas, principalmente de Estados Unidos, Colombia y Alemania."),
    ("bu", "st", "", "El presupuesto total de inversión del plan asciende a USD 72 millones para el periodo 2024-2027, financiado en un 64% con transferencias del Gobierno central."),
    ("sa", "st", "", "La tasa de dependencia de los adultos mayores pasará de 12 a 17 por cada 100 personas en edad de trabajar hacia 2035, según las proyecciones del instituto de estadística."),
    ("ob", "vg", "", "Enfoques transversales del plan: igualdad de género, intergeneracional, interculturalidad y discapacidad, aplicados en todas las fases."),
    ("is", "vg", "", "Son grupos de atención prioritaria las personas adultas mayores, niñas, niños y adolescentes, mujeres embarazadas, personas con discapacidad, personas privadas de libertad y quienes padecen enfermedades catastróficas."),
    ("sa", "vg", "", "En el cantón hay 5.800 personas con discapacidad registradas; el 46% tiene discapacidad física y el 21% intelectual."),
    ("ob", "vg", "", "Agenda local de las mujeres y de las personas LGBTI para la igualdad y la no discriminación, con metas en empleo, salud y participación."),
    ("sa", "vg", "", "Los pueblos kichwa y shuar, las comunidades afroecuatorianas y los montubios presentan los mayores niveles de pobreza y las menores coberturas de servicios."),
    ("ob", "n", "", "Visión al 2035: un cantón productivo, seguro, ordenado y sostenible, con servicios de calidad y una ciudadanía participativa."),
    ("is", "n", "", "La actualización del PDOT siguió la guía metodológica del ente rector de planificación, con talleres participativos en todas las parroquias."),
    ("sa", "n", "", "El mapa de actores identifica 84 organizaciones sociales, 12 juntas parroquiales y 9 instituciones públicas con presencia en el territorio."),
    ("ob", "n", "", "El modelo territorial deseado define zonas de conservación, producción agropecuaria, expansión urbana y protección de riesgos."),
    ("is", "n", "", "El plan se articula con el PDOT provincial y con los planes de las juntas parroquiales mediante una mesa de coordinación multinivel."),
    ("in", "n", "", "Indicador: porcentaje de ejecución presupuestaria de inversión. Línea base 2023: 68%. Meta anual: 90%."),
]

SECTORS = [
    ("education", EDUCATION),
    ("employment", EMPLOYMENT),
    ("environment", ENVIRONMENT),
    ("governance", GOVERNANCE),
    ("health", HEALTH),
    ("private_sector", PRIVATE_SECTOR),
    ("rural_development", RURAL_DEVELOPMENT),
    ("security", SECURITY),
    ("urban_development", URBAN_DEVELOPMENT),
    ("general", GENERAL),
]

# ---------------------------------------------------------------------------
# Validation and serialisation
# ---------------------------------------------------------------------------
SOURCE = "written for screener"
LANG = "es"
OUT = Path(__file__).resolve().parents[2] / "screener" / "data" / "corpus" / "es.jsonl"

# Words that make a positive "explicit"; an implicit positive must contain none.
OBVIOUS = re.compile(
    r"migr|refug|desplaz|d[ée]plac|displac|di[aá]spora|remesa|remittance"
    r"|transfert de fonds|retorn|return|retour|\btratas?\b|trafficking|traite"
    r"|movilidad humana|mobilit[ée] humaine|human mobility|exili|\bexil"
    r"|asylum|\basilo|\basile",
    re.IGNORECASE,
)
# Field vocabulary outside the brief's list that still makes a passage explicit.
EXPLICIT_EXTRA = re.compile(r"apatridia|ap[aá]trida|fuga de (cerebros|talentos|profesionales)", re.IGNORECASE)
WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    toks = words(text)
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def build_records() -> list[dict]:
    records = []
    for sector, entries in SECTORS:
        for stage, kind, concepts, text in entries:
            kind_name, label = KINDS[kind]
            records.append({
                "id": f"{LANG}-{len(records) + 1:04d}",
                "text": text,
                "lang": LANG,
                "label": label,
                "concepts": concepts.split(),
                "sector": sector,
                "stage": STAGES[stage],
                "kind": kind_name,
                "source": SOURCE,
            })
    return records


def validate(records: list[dict]) -> list[str]:
    """Return every rule violation; an empty list means the corpus is usable."""
    problems = []
    openings: dict[tuple[str, ...], str] = {}
    for r in records:
        rid, text = r["id"], r["text"]
        n_words = len(text.split())
        if not 8 <= n_words <= 90:
            problems.append(f"{rid}: {n_words} words (want 8-90)")
        if r["label"] == 1 and not r["concepts"]:
            problems.append(f"{rid}: positive without concepts")
        if r["label"] == 0 and r["concepts"]:
            problems.append(f"{rid}: negative with concepts")
        unknown = set(r["concepts"]) - CONCEPTS
        if unknown:
            problems.append(f"{rid}: unknown concepts {sorted(unknown)}")
        if r["kind"] == "positive_implicit" and OBVIOUS.search(text):
            problems.append(f"{rid}: implicit positive uses obvious word {OBVIOUS.search(text).group(0)!r}")
        if r["kind"] == "positive" and not (OBVIOUS.search(text) or EXPLICIT_EXTRA.search(text)):
            problems.append(f"{rid}: explicit positive without any migration word (make it implicit?)")
        opening = tuple(words(text)[:8])
        if opening in openings:
            problems.append(f"{rid}: same first 8 words as {openings[opening]}")
        openings.setdefault(opening, rid)
    sh = [(r["id"], shingles(r["text"])) for r in records]
    for i, (id_a, a) in enumerate(sh):
        for id_b, b in sh[i + 1:]:
            if a and b:
                jac = len(a & b) / len(a | b)
                if jac > 0.5:
                    problems.append(f"{id_a}/{id_b}: 5-gram Jaccard {jac:.2f}")
    return problems


def summary(records: list[dict]) -> str:
    pos = [r for r in records if r["label"] == 1]
    neg = [r for r in records if r["label"] == 0]
    lines = [f"total {len(records)}; positives {len(pos)} ({len(pos) / len(records):.1%}); "
             f"negatives {len(neg)} ({len(neg) / len(records):.1%})"]
    kinds = Counter(r["kind"] for r in records)
    for k, c in sorted(kinds.items()):
        base = len(pos) if k.startswith("positive") else len(neg)
        lines.append(f"  kind {k}: {c} ({c / base:.1%} of its label)")
    for s, c in sorted(Counter((r["sector"], r["label"]) for r in records).items()):
        lines.append(f"  sector {s[0]} label {s[1]}: {c}")
    for s, c in sorted(Counter(r["stage"] for r in records).items()):
        lines.append(f"  stage {s}: {c}")
    concepts = Counter(c for r in pos for c in r["concepts"])
    for c in sorted(CONCEPTS):
        lines.append(f"  concept {c}: {concepts[c]}")
    return "\n".join(lines)


def check_balance(records: list[dict]) -> list[str]:
    """Corpus-level targets from the brief (share of kinds, coverage)."""
    problems = []
    pos = [r for r in records if r["label"] == 1]
    neg = [r for r in records if r["label"] == 0]
    kinds = Counter(r["kind"] for r in records)
    if len(records) < 650:
        problems.append(f"only {len(records)} passages (want >= 650)")
    if kinds["positive_implicit"] < 0.35 * len(pos):
        problems.append("implicit positives below 35%")
    for k, share in (("hard_false_friend", 0.30), ("hard_same_topic", 0.35), ("hard_vulnerable_groups", 0.10)):
        if kinds[k] < share * len(neg):
            problems.append(f"{k} below {share:.0%} of negatives")
    by_sector = Counter((r["sector"], r["label"]) for r in records)
    for sector, _ in SECTORS:
        if by_sector[(sector, 0)] + by_sector[(sector, 1)] < 25 or not by_sector[(sector, 0)] or not by_sector[(sector, 1)]:
            problems.append(f"sector {sector} under-covered")
    concepts = Counter(c for r in pos for c in r["concepts"])
    for c in CONCEPTS:
        if concepts[c] < 8:
            problems.append(f"concept {c}: only {concepts[c]} positives")
    return problems


def main(argv: list[str]) -> int:
    records = build_records()
    problems = validate(records) + check_balance(records)
    print(summary(records))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    if "--check" not in argv:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        with OUT.open("w", encoding="utf-8", newline="\n") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"\nwrote {len(records)} passages to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
