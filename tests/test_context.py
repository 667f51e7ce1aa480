"""ConText-style attributes: negation, hypothesis, history, passing mention, per language."""

import pytest

from screener.nlp.context import classify_context, is_passing_mention


def ctx(sentence, term, lang):
    i = sentence.index(term)
    return classify_context(sentence, i, i + len(term), lang)


@pytest.mark.parametrize("sentence,term,lang", [
    ("No se dispone de datos sobre la población migrante en el cantón.", "migrante", "es"),
    ("Sin datos de migración no es posible planificar.", "migración", "es"),
    ("There is no information on returnees in the district.", "returnees", "en"),
    ("The plan lacks any data on internal migration.", "internal migration", "en"),
    ("Il n'existe pas de données sur les migrants internes.", "migrants internes", "fr"),
    ("Aucune mesure ne vise les déplacés internes.", "déplacés internes", "fr"),
])
def test_negated(sentence, term, lang):
    c = ctx(sentence, term, lang)
    assert c.negated and not c.asserted
    assert any(t.startswith("negated:") for t in c.triggers)


@pytest.mark.parametrize("sentence,term,lang", [
    ("La población migrante accede a los servicios de salud del cantón.", "migrante", "es"),
    ("Los servicios públicos no llegan de forma adecuada a la población migrante.", "migrante", "es"),
    ("Returnee migrants face barriers to employment and credit.", "Returnee migrants", "en"),
    ("The plan does not mention health, but remittances are large.", "remittances", "en"),
    ("Les transferts de fonds de la diaspora financent l'habitat.", "transferts de fonds", "fr"),
])
def test_asserted(sentence, term, lang):
    assert ctx(sentence, term, lang).asserted


@pytest.mark.parametrize("sentence,term,lang,attr", [
    ("If displacement occurs after the floods, shelters will open.", "displacement", "en", "hypothetical"),
    ("En caso de desplazamiento masivo, se activará el plan de contingencia.", "desplazamiento masivo", "es", "hypothetical"),
    ("En cas de déplacement de population, la commune ouvrira des sites.", "déplacement de population", "fr", "hypothetical"),
    ("Historically, emigration to Spain was high.", "emigration", "en", "historical"),
    ("Históricamente, la emigración hacia España fue alta.", "emigración", "es", "historical"),
    ("Autrefois, l'exode rural vidait les villages.", "exode rural", "fr", "historical"),
])
def test_hypothetical_and_historical(sentence, term, lang, attr):
    c = ctx(sentence, term, lang)
    assert getattr(c, attr)
    assert not c.asserted


@pytest.mark.parametrize("sentence,term,expected", [
    ("Beneficiarios: mujeres, niños, personas con discapacidad y población en movilidad humana.", "movilidad humana", True),
    ("Target groups include women, youth, returnee migrants and persons with disabilities.", "returnee migrants", True),
    ("Bénéficiaires : femmes, jeunes, personnes handicapées et migrants de retour.", "migrants de retour", True),
    ("Returnee migrants face barriers to employment, credit and housing.", "Returnee migrants", False),
    ("Entre 2020 y 2023, la Junta registró el retorno de 310 personas ecuatorianas, la mayoría desde Estados Unidos y España, "
     "muchas de ellas tras perder su trabajo o por procesos de deportación.", "deportación", False),
])
def test_passing(sentence, term, expected):
    i = sentence.index(term)
    assert is_passing_mention(sentence, i, i + len(term), "en") is expected


def test_terminator_limits_scope():
    # "no" before "but" does not reach "remittances" after it
    assert ctx("Health is not covered, but remittances are analysed.", "remittances", "en").asserted
