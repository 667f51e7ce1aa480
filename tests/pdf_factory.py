"""Build plan-like test PDFs with fpdf2, so PDF tests need no binary fixtures.

``PlanPDF`` writes headings, paragraphs (wrapped by fpdf2, or as explicit lines to
control where a word is hyphenated), tables, two-column pages, image-only pages and
running headers/footers. It uses DejaVu Sans when the machine has it (full Unicode),
else the core Helvetica font (latin-1 only: keep fixture text latin-1).
The benchmark imports ``plan_like_pdf`` from here too.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from fpdf import FPDF

_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"), Path("/usr/share/fonts/TTF"))


def _dejavu() -> tuple[Path, Path] | None:
    for d in _FONT_DIRS:
        regular, bold = d / "DejaVuSans.ttf", d / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            return regular, bold
    return None


class PlanPDF(FPDF):
    """An A4 plan document with optional running header and footer."""

    def __init__(self, header_text: str | None = None, footer: str | None = "Page {n} of {nb}", unicode_font: bool = True):
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_format = footer
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        fonts = _dejavu() if unicode_font else None
        if fonts:
            self.add_font("body", "", str(fonts[0]))
            self.add_font("body", "B", str(fonts[1]))
            self.family_name = "body"
        else:
            self.family_name = "helvetica"
        self.unicode = bool(fonts)
        self.alias_nb_pages("{nb}")

    # -- page furniture -------------------------------------------------------------
    def header(self) -> None:
        if self.header_text:
            self.set_font(self.family_name, "", 8)
            self.set_y(8)
            self.cell(0, 5, self.header_text.format(n=self.page_no()), align="C")
            self.set_y(20)

    def footer(self) -> None:
        if self.footer_format:
            self.set_y(-13)
            self.set_font(self.family_name, "", 8)
            self.cell(0, 5, self.footer_format.format(n=self.page_no(), nb="{nb}"), align="C")

    # -- content --------------------------------------------------------------------
    def heading(self, text: str, size: float = 16, bold: bool = True) -> None:
        self.set_font(self.family_name, "B" if bold else "", size)
        self.ln(2)
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def para(self, text: str, size: float = 10, w: float = 0, x: float | None = None) -> None:
        """A paragraph wrapped by fpdf2."""
        self.set_font(self.family_name, "", size)
        if x is not None:
            self.set_x(x)
        self.multi_cell(w, size * 0.5, text, new_x="LMARGIN" if x is None else "LEFT", new_y="NEXT")
        self.ln(3)

    def para_lines(self, lines: list[str], size: float = 10) -> None:
        """A paragraph whose line breaks are exactly ``lines`` (to place hyphenations)."""
        self.set_font(self.family_name, "", size)
        for line in lines:
            self.cell(0, size * 0.5, line, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def table_rows(
        self,
        rows: list[tuple[str, ...]],
        col_widths: tuple[float, ...] | None = None,
        size: float = 9,
        *,
        padding: float | None = None,
        v_align: str | None = None,
        borders: str | None = None,
        repeat_headings: int = 1,
    ) -> None:
        """A table whose first row is the (bold) header; ``padding`` (mm), ``v_align``
        ("TOP", "MIDDLE") and ``borders`` (an fpdf2 borders layout, e.g. "NONE") vary its
        look the way word processors do (fpdf2 defaults otherwise)."""
        self.set_font(self.family_name, "", size)
        options: dict = {"repeat_headings": repeat_headings}
        if padding is not None:
            options["padding"] = padding
        if v_align is not None:
            options["v_align"] = v_align
        if borders is not None:
            options["borders_layout"] = borders
        with self.table(col_widths=col_widths, line_height=size * 0.5, **options) as table:
            for r in rows:
                row = table.row()
                for c in r:
                    row.cell(c)
        self.ln(3)

    def two_columns(self, left: list[str], right: list[str], size: float = 10, right_first: bool = True) -> None:
        """Two text columns; drawn right column first so that drawing order is not reading order."""
        self.set_font(self.family_name, "", size)
        top = self.get_y()
        colw = (self.w - self.l_margin - self.r_margin - 10) / 2
        order = [(self.l_margin + colw + 10, right), (self.l_margin, left)]
        if not right_first:
            order.reverse()
        bottom = top
        for x, paras in order:
            self.set_y(top)
            for p in paras:
                self.set_x(x)
                self.multi_cell(colw, size * 0.5, p, new_x="LEFT", new_y="NEXT")
                self.ln(3)
            bottom = max(bottom, self.get_y())
        self.set_y(bottom)
        self.set_x(self.l_margin)

    def image_page(self, seed: int = 0) -> None:
        """A page holding only a picture of text (what a scanner produces)."""
        from PIL import Image, ImageDraw

        self.add_page()
        img = Image.new("L", (600, 800), 255)
        draw = ImageDraw.Draw(img)
        rnd = random.Random(seed)
        for y in range(40, 760, 18):
            x = 40
            while x < 540:
                w = rnd.randint(10, 60)
                draw.rectangle((x, y, x + w, y + 8), fill=0)
                x += w + 8
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        buf.seek(0)
        self.image(buf, x=10, y=10, w=self.w - 20)

    def bytes(self) -> bytes:
        return bytes(self.output())


# -- text helpers ---------------------------------------------------------------------

SENTENCES_EN = [
    "The government will strengthen the socio-economic integration of migrants and refugees.",
    "Returning migrants will receive support to access employment and training programmes.",
    "Local authorities in the border regions need more resources to deliver basic services.",
    "The national statistics office will collect data on internal and international migration.",
    "Remittances are an important source of income for rural households in the south.",
    "Climate change and land degradation are pushing families to move towards the cities.",
    "The ministry of health will extend primary care to all residents, including migrants.",
    "Schools in the receiving municipalities will enrol the children of displaced families.",
]
SENTENCES_ES = [
    "El gobierno fortalecerá la integración socioeconómica de las personas migrantes y refugiadas.",
    "Las personas retornadas recibirán apoyo para acceder al empleo y a la formación profesional.",
    "Los municipios de la frontera necesitan más recursos para prestar los servicios básicos.",
    "El instituto de estadística recogerá datos sobre la migración interna e internacional.",
    "Las remesas son una fuente importante de ingresos para los hogares rurales del país.",
    "El cambio climático y la degradación de las tierras empujan a las familias hacia las ciudades.",
]


def prose(n_sentences: int, seed: int = 0, sentences: list[str] = SENTENCES_EN) -> str:
    rnd = random.Random(seed)
    return " ".join(rnd.choice(sentences) for _ in range(n_sentences))


def caesar(text: str, shift: int = 3) -> str:
    """What a broken font encoding looks like: every letter mapped to another one."""
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def plan_like_pdf(pages: int = 300, seed: int = 7) -> bytes:
    """A long plan: numbered chapters and sections, prose, indicator tables, running header/footer."""
    rnd = random.Random(seed)
    pdf = PlanPDF(header_text="Plan Nacional de Desarrollo 2024-2028", footer="- {n} -")
    pdf.add_page()
    pdf.heading("Plan Nacional de Desarrollo 2024-2028", size=20)
    chapter = 0
    while pdf.page_no() < pages:
        chapter += 1
        pdf.heading(f"{chapter}. CAPÍTULO {chapter}: DESARROLLO TERRITORIAL" if pdf.unicode else f"{chapter}. CHAPTER {chapter}", size=16)
        for section in range(1, 5):
            if pdf.page_no() >= pages:
                break
            pdf.heading(f"{chapter}.{section} Salud y migración en la región {section}", size=13)
            for k in range(rnd.randint(3, 6)):
                pdf.para(prose(rnd.randint(4, 9), seed=rnd.randrange(10**9), sentences=SENTENCES_ES if pdf.unicode else SENTENCES_EN))
            if section % 2 == 0:
                pdf.table_rows(
                    [("Indicador", "Línea de base" if pdf.unicode else "Linea de base", "Meta 2028")]
                    + [(f"Indicador {chapter}.{section}.{r} de cobertura", f"{rnd.randint(1, 90)}%", f"{rnd.randint(10, 99)}%") for r in range(1, 6)],
                    col_widths=(90, 40, 40),
                )
    # fpdf2 may have spilled onto one more page; that is fine for a benchmark.
    return pdf.bytes()
