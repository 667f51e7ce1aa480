"""TXT, Markdown and HTML loaders, and language detection on realistic plan prose."""

from __future__ import annotations

from pathlib import Path

import pytest

import docx_factory as f
from screener.errors import EmptyDocumentError, NoTextLayerError, UnsupportedFormatError
from screener.loaders import load_bytes
from screener.loaders.html import load_html
from screener.loaders.language import detect_language
from screener.loaders.text import decode_text, load_text, strip_inline


def txt(data: bytes | str, name: str = "plan.txt"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    doc = load_text(Path(name), data, fmt="txt")
    f.check_document(doc)
    return doc


def md(data: str):
    doc = load_text(Path("plan.md"), data.encode("utf-8"), fmt="md")
    f.check_document(doc)
    return doc


def html(data: bytes | str):
    if isinstance(data, str):
        data = data.encode("utf-8")
    doc = load_html(Path("plan.html"), data)
    f.check_document(doc)
    return doc


def blocks(doc):
    return [(b.kind, b.text) for b in doc.blocks]


# ----------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "data, encoding",
    [
        ("Migración".encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + "Migración".encode("utf-8"), "utf-8"),
        (b"\xff\xfe" + "Migración".encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + "Migración".encode("utf-16-be"), "utf-16-be"),
        ("Migración – «œuvre»".encode("cp1252"), "cp1252"),
        (b"Migraci\xf3n \x81", "latin-1"),  # 0x81 is undefined in cp1252
    ],
)
def test_decode_text(data, encoding):
    text, enc = decode_text(data)
    assert enc == encoding
    assert text.startswith("Migraci") and "\ufeff" not in text


def test_utf16_text_file_loads_through_the_registry():
    data = b"\xff\xfe" + ("Plan de desarrollo\n\n" + f.ES_PARAGRAPH).encode("utf-16-le")
    doc = load_bytes(Path("plan.txt"), data)
    assert doc.format == "txt" and doc.language == "es"
    assert doc.blocks[-1].text == f.ES_PARAGRAPH


def test_cp1252_text_keeps_accents_and_reports_encoding():
    doc = txt(("Éducation et migration\n\n" + f.FR_PARAGRAPH).encode("cp1252"))
    assert doc.blocks[-1].text == f.FR_PARAGRAPH
    assert doc.metadata["encoding"] == "cp1252"


def test_binary_junk_is_unsupported():
    junk = bytes(range(1, 32)) * 40 + b"some text"
    with pytest.raises(UnsupportedFormatError, match="binary"):
        load_text(Path("x.txt"), junk, fmt="txt")
    with pytest.raises(UnsupportedFormatError):
        load_bytes(Path("x.txt"), b"abc\x00\x01\x02" * 50)


def test_whitespace_only_text_is_empty():
    with pytest.raises(EmptyDocumentError):
        load_text(Path("x.txt"), b" \n\n\t \n", fmt="txt")


# ----------------------------------------------------------------------------- plain text


PLAIN = """PLAN NACIONAL DE DESARROLLO

CAPÍTULO II
DIAGNÓSTICO

1. INTRODUCCIÓN

El presente plan establece las prioridades del gobierno
para la población migrante y las comunidades de acogida.

3.2 Salud
La migración aumenta la demanda en los centros de salud de la frontera.

- Atención primaria
- Vacunación de niños
  y niñas migrantes

Índice de cuadros ........ 5
"""


def test_plain_text_paragraphs_headings_and_lists():
    doc = txt(PLAIN)
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [
        ("heading", "PLAN NACIONAL DE DESARROLLO", 1),
        ("heading", "CAPÍTULO II DIAGNÓSTICO", 1),
        ("heading", "1. INTRODUCCIÓN", 2),
        ("paragraph", "El presente plan establece las prioridades del gobierno para la población migrante y las comunidades de acogida.", None),
        ("heading", "3.2 Salud", 3),
        ("paragraph", "La migración aumenta la demanda en los centros de salud de la frontera.", None),
        ("list_item", "Atención primaria", None),
        ("list_item", "Vacunación de niños y niñas migrantes", None),
        ("paragraph", "Índice de cuadros ........ 5", None),
    ]
    assert doc.pages is None and doc.language == "es"
    assert doc.section_path(doc.blocks[5].section) == ["CAPÍTULO II DIAGNÓSTICO", "1. INTRODUCCIÓN", "3.2 Salud"]


def test_sentences_are_not_headings():
    doc = txt("1. Fortalecer la atención a los migrantes en las escuelas.\n\nLa población creció.\n")
    assert [b.kind for b in doc.blocks] == ["list_item", "paragraph"]


def test_form_feeds_are_page_breaks():
    doc = txt("Page one text.\n\nStill page one.\fPage two text.\f\fPage four text.\f")
    assert doc.pages == 4  # the trailing form feed opens no page; the empty third page counts
    assert [(b.text, b.page) for b in doc.blocks] == [
        ("Page one text.", 1), ("Still page one.", 1), ("Page two text.", 2), ("Page four text.", 4),
    ]


def test_crlf_line_endings():
    doc = txt("Título\r\n\r\nPrimera línea\r\nsegunda línea\r\n")
    assert blocks(doc)[-1] == ("paragraph", "Primera línea segunda línea")


# ----------------------------------------------------------------------------- markdown


MARKDOWN = """---
title: "Plan de Développement Communal"
---

Plan de développement
=====================

Le **plan** vise à _intégrer_ la [migration](https://example.org) dans les politiques de la commune,
y compris `snake_case_name` et les données.

## Santé {#sante}

* Accès aux soins pour les migrants
* Vaccination
  des enfants
    - sous-point
1. premier
2) deuxième

| Secteur | Budget |
|---|--:|
| Santé | 100 |
| Éducation \\| formation | 200 |

> Citation du maire
> sur deux lignes

```
code *non* modifié
```

Sous-titre
----------

***

### Fin ###
Texte ~~barré~~ final <br> et ![carte](map.png).
"""


def test_markdown_structure():
    doc = md(MARKDOWN)
    assert doc.language == "fr" and doc.pages is None
    assert doc.metadata["title"] == "Plan de Développement Communal"
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [
        ("heading", "Plan de développement", 1),
        ("paragraph", "Le plan vise à intégrer la migration dans les politiques de la commune, y compris snake_case_name et les données.", None),
        ("heading", "Santé", 2),
        ("list_item", "Accès aux soins pour les migrants", None),
        ("list_item", "Vaccination des enfants", None),
        ("list_item", "sous-point", None),
        ("list_item", "premier", None),
        ("list_item", "deuxième", None),
        ("table_row", "Secteur | Budget", None),
        ("table_row", "Santé | 100", None),
        ("table_row", "Éducation | formation | 200", None),
        ("paragraph", "Citation du maire sur deux lignes", None),
        ("paragraph", "code *non* modifié", None),
        ("heading", "Sous-titre", 2),
        ("heading", "Fin", 3),
        ("paragraph", "Texte barré final et carte.", None),
    ]
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert rows[2].cells == ("Éducation | formation", "200")
    assert [s.parent for s in doc.sections] == [None, 0, 0, 2]


def test_markdown_without_front_matter_takes_title_from_first_h1():
    doc = md("# Plan local\n\nThe plan covers migration and the labour market in the district.\n")
    assert doc.metadata["title"] == "Plan local"


def test_strip_inline_keeps_words():
    assert strip_inline("**bold** and *it* and __b__ and a_b_c and \\*literal\\*") == "bold and it and b and a_b_c and *literal*"


def test_markdown_form_feed_pages():
    doc = md("# Uno\n\ntexto\f# Dos\n\nmás texto\n")
    assert doc.pages == 2 and [s.page for s in doc.sections] == [1, 2]


# ----------------------------------------------------------------------------- html


PAGE = """<!DOCTYPE html>
<html lang="es"><head><meta charset="windows-1252"><title>Plan  Municipal</title>
<meta name="author" content="Alcaldía"><style>p { color: red }</style>
<script>var x = "<p>no es texto</p>";</script></head>
<body><header><nav><a href="/">Inicio</a> <a href="/a">Acerca</a></nav>Sitio web del municipio</header>
<div class="content"><article><header><h1>Plan de Desarrollo</h1></header>
<p>La <b>migraci&oacute;n</b> es un desaf&iacute;o para el muni<i>cipio</i> y sus servicios.<br>Segunda l&iacute;nea.</p>
<h2>Salud</h2>
<ul><li>Acceso a salud<ul><li>Vacunas</li></ul></li><li>Agua potable</li></ul>
<table><caption>Presupuesto</caption>
<tr><th>Sector</th><th colspan="2">Monto</th></tr>
<tr><td>Salud</td><td>10</td><td><table><tr><td>a</td><td>b</td></tr></table>x</td></tr></table>
<table><tr><td><p>Texto en una tabla de maquetaci&oacute;n.</p></td></tr></table>
<blockquote><p>Una cita</p></blockquote><pre>bloque
  de c&oacute;digo</pre>
<div>suelto<br><br>otro p&aacute;rrafo <span hidden>oculto</span><span style="display: none">invisible</span></div>
<noscript>sin js</noscript><template><p>plantilla</p></template><!-- comentario -->
</article></div>
<footer>Copyright 2024</footer></body></html>"""


def test_html_structure():
    doc = html(PAGE.encode("cp1252"))
    assert doc.format == "html" and doc.pages is None and doc.language == "es"
    assert doc.metadata == {"title": "Plan Municipal", "author": "Alcaldía"}
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Plan de Desarrollo"),
        ("paragraph", "La migración es un desafío para el municipio y sus servicios. Segunda línea."),
        ("heading", "Salud"),
        ("list_item", "Acceso a salud"),
        ("list_item", "Vacunas"),
        ("list_item", "Agua potable"),
        ("paragraph", "Presupuesto"),
        ("table_row", "Sector | Monto"),
        ("table_row", "Salud | 10 | x"),
        ("table_row", "a | b"),
        ("paragraph", "Texto en una tabla de maquetación."),
        ("paragraph", "Una cita"),
        ("paragraph", "bloque de código"),
        ("paragraph", "suelto"),
        ("paragraph", "otro párrafo"),
    ]
    tables = [b.table for b in doc.blocks if b.kind == "table_row"]
    assert tables == [0, 0, 1]
    for junk in ("Inicio", "Sitio web", "Copyright", "no es texto", "color", "oculto", "invisible", "sin js", "plantilla", "comentario"):
        assert junk not in doc.text


def test_html_main_element_is_preferred():
    page = "<html><body><div>Menú lateral del sitio</div><main><h1>Plan</h1><p>" + f.EN_PARAGRAPH + "</p></main></body></html>"
    doc = html(page)
    assert blocks(doc) == [("heading", "Plan"), ("paragraph", f.EN_PARAGRAPH)]
    assert doc.language == "en"


def test_html_charset_from_bom_and_default_utf8():
    body = "<p>" + f.FR_PARAGRAPH + "</p>"
    assert html(b"\xef\xbb\xbf" + body.encode("utf-8")).blocks[0].text == f.FR_PARAGRAPH
    assert html(b"\xff\xfe" + body.encode("utf-16-le")).blocks[0].text == f.FR_PARAGRAPH
    assert html(body.encode("utf-8")).blocks[0].text == f.FR_PARAGRAPH
    latin = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">' + body
    assert html(latin.encode("cp1252")).blocks[0].text == f.FR_PARAGRAPH


def test_html_lang_attribute_used_when_text_is_too_short():
    doc = html('<html lang="fr-FR"><body><h1>Santé</h1></body></html>')
    assert doc.language == "fr"


def test_html_without_text_is_empty_or_needs_ocr():
    with pytest.raises(EmptyDocumentError):
        load_html(Path("e.html"), b"<html><body><script>x()</script></body></html>")
    with pytest.raises(NoTextLayerError):
        load_html(Path("i.html"), b"<html><body><img src='scan1.png'><img src='scan2.png'></body></html>")


def test_deeply_nested_html_does_not_crash():
    page = "<div>" * 3000 + "<p>" + f.EN_PARAGRAPH + "</p>" + "</div>" * 3000
    doc = html(page)
    assert f.EN_PARAGRAPH in doc.text


def test_html_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    page = f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]><html><body><p>Texto &xxe; fin del plan.</p></body></html>'
    doc = html(page)
    assert "TOP SECRET" not in doc.text


# ----------------------------------------------------------------------------- language


PT = (
    "O plano reconhece que a migração interna e a chegada de pessoas dos países vizinhos transformam a procura "
    "de serviços de saúde e de educação nos municípios da fronteira, e que os governos locais não têm recursos suficientes."
)
DE = (
    "Der Plan erkennt an, dass die Binnenmigration und die Ankunft von Menschen aus den Nachbarländern die Nachfrage "
    "nach Gesundheits- und Bildungsdiensten in den Grenzgemeinden verändert und dass die Gemeinden nicht genug Mittel haben."
)


@pytest.mark.parametrize(
    "text, lang",
    [(f.EN_PARAGRAPH, "en"), (f.ES_PARAGRAPH, "es"), (f.FR_PARAGRAPH, "fr"), (PT, "pt"), (DE, "de")],
)
def test_language_detection_on_plan_prose(text, lang):
    assert detect_language(text) == lang
    assert txt(text).language == lang


def test_language_undetermined_for_numbers_and_short_text():
    assert detect_language("2024 2025 100 200 300") == "und"
    assert detect_language("Salud") == "und"


# ----------------------------------------------------------------------------- damaged markup


def test_defuse_markup_escapes_only_tags_that_cannot_close():
    from screener.loaders.html import defuse_markup

    normal = '<p class="x">a</p><!-- note --><img src="data:image/png;base64,' + "A" * 5000 + '">'
    assert defuse_markup(normal) == normal
    damaged = "<p>ok</p>" + "<a " * 400 + "<b>x</b>"
    fixed = defuse_markup(damaged)
    assert fixed.startswith("<p>ok</p>&lt;a ") and fixed.endswith("<b>x</b>")
    assert defuse_markup("<p>a</p><!-- never closed") == "<p>a</p>&lt;!-- never closed"


def test_damaged_html_with_unclosed_tags_still_yields_text():
    page = "<h1>Plan</h1><p>" + f.EN_PARAGRAPH + "</p>" + "<a " * 5000 + "<!--" * 2000
    doc = html(page)
    assert doc.blocks[0].text == "Plan" and doc.blocks[1].text == f.EN_PARAGRAPH


def test_markdown_unclosed_markers_are_kept_as_text():
    doc = md("Texto con **asterisco sin cerrar y <!-- comentario abierto y [enlace roto\n")
    assert doc.blocks[0].text == "Texto con **asterisco sin cerrar y <!-- comentario abierto y [enlace roto"
