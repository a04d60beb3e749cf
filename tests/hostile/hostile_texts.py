"""Hostile texts, the case's text fields they are put into, and what each output must show.

What a text field accepts (the decision these tests hold the program to): any Unicode text,
line breaks and tabs included, up to 20,000 characters, except control characters (other than
line feed and tab) and lone surrogates. Typed into the wizard, those never arrive (Qt drops
them); in a case file they are refused, naming the field; CR LF and a lone CR in a case file
are line breaks, read as LF. Text is compared in NFC: a case file is read in NFC, so é typed
as e + U+0301 comes back as the one character é.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFontFile

from impactapp.domain.model import Case, Confidentiality, ReviewVerdict
from impactapp.report.fonts import FONT_DIR
from impactapp.report.render import MemoRenderer

TEXTS: dict[str, str] = {
    "markup": "<b>x</b> &amp; <script>alert(1)</script>",
    "reportlab_markup": '<para autoLeading="max"><font color="red" size="40">stor</font></para>'
                        "<br/>&lt;",
    "sql": "'); DROP TABLE cases;--",
    "hyperlink_formula": '=HYPERLINK("http://x","y")',
    "cmd_formula": "+cmd|' /C calc'!A0",
    "minus_formula": "-1+1",
    "at_formula": "@SUM(A1)",
    "leading_tab": "\tinnrykket med tabulator",
    "tabs_and_lines": "Kolonne 1\tKolonne 2\nLinje 2\n\nLinje 4",
    "sami": "Áŋŧčđšžŋ Sámegiella",
    "right_to_left": "مرحبا שלום",
    "emoji": "🌍♻️👩‍👩‍👧",
    "combining": "Tromso\u0308 og a\u030arstid, e\u0301",
    "bidi_and_zero_width": "\u202eevil\u202c\u200bgood\u2060end",
    "yaml_lookalikes": "!!python/object:os.system *alias &anchor 0301 1e5 yes ~ # - [x]: {y}",
    "json_lookalikes": '{"title": null, "\\u0000": NaN} \\ "',
    "long_line": "Langtekst uten linjeskift, " * 200,
}

#: The text fields of a case, as paths into the case made by ``case_with``.
FIELDS: tuple[str, ...] = (
    "title", "case_number", "unit", "caseworker", "decision_body", "depth_reason", "problem",
    "goals", "principled_questions", "prerequisites", "confidentiality.basis",
    "screening[0].reason", "alternatives[0].name", "alternatives[0].description",
    "alternatives[1].name", "alternatives[1].description", "alternatives[1].ghg.method",
    "alternatives[1].ghg.reason", "alternatives[1].assessments[0].justification",
    "alternatives[1].assessments[0].mitigation", "alternatives[1].sdg_targets[0].note",
    "alternatives[1].trade_offs[0].handling", "recommendation.justification", "review[0].note",
    "review[0].answer",
)
#: The fields the comparison's CSV and XLSX carry (the recommended measure's name).
TABLE_COLUMNS: dict[str, str] = {
    "title": "title", "case_number": "case_number", "unit": "unit",
    "decision_body": "decision_body", "alternative_name": "alternatives[1].name",
}

_PART = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def _steps(path: str) -> list[str | int]:
    steps: list[str | int] = []
    for part in path.split("."):
        name, index = _PART.fullmatch(part).groups()  # type: ignore[union-attr]
        steps.append(name)
        if index is not None:
            steps.append(int(index))
    return steps


def get_path(case: Case, path: str) -> Any:
    obj: Any = case
    for step in _steps(path):
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)
    return obj


def set_path(case: Case, path: str, value: Any) -> None:
    steps = _steps(path)
    parent: Any = case
    for step in steps[:-1]:
        parent = parent[step] if isinstance(step, int) else getattr(parent, step)
    setattr(parent, steps[-1], value)  # type: ignore[arg-type]


def tagged(text: str, field: str) -> str:
    """The text as it goes into ``field``: followed by the field's number, so every output can
    be checked field by field."""
    return f"{text} [f{FIELDS.index(field):02d}]"


def case_with(base: Case, text: str) -> Case:
    """``base`` (a complete case) exempt, with ``text`` (tagged) in every text field."""
    case = copy.deepcopy(base)
    case.confidentiality = Confidentiality(exempt=True, basis="")
    case.review = [ReviewVerdict("problem", "improve")]
    measure = case.alternatives[1]
    assert measure.ghg is not None and measure.sdg_targets and measure.trade_offs
    for field in FIELDS:
        set_path(case, field, tagged(text, field))
    return case


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- the memo --------------------------------------------------------------------------------


def _font_characters() -> frozenset[int]:
    """What both user-text faces of the embedded font can draw (read from the TTF files)."""
    faces = [TTFontFile(str(FONT_DIR / f"{name}.ttf")).charToGlyph
             for name in ("DejaVuSans", "DejaVuSans-Bold")]
    return frozenset(faces[0]) & frozenset(faces[1])


FONT_CHARACTERS = _font_characters()
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff]+")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printed(text: str) -> str:
    """What the memo prints for ``text``: in NFC, control characters dropped, a tab as a space,
    and U+FFFD for a character the embedded font cannot draw (emoji)."""
    text = _CONTROL.sub("", nfc(text)).replace("\t", " ")
    return "".join(ch if ord(ch) in FONT_CHARACTERS or ch == "\n" else "\ufffd" for ch in text)


def body_text(pdf: Path) -> str:
    """The text of every page's body, without the running head and the footer (a text that
    flows over a page break would otherwise have them in its middle)."""
    layout = MemoRenderer()
    bottom, top = layout.margin_bottom, layout.pagesize[1] - layout.margin_top
    parts: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if bottom - 1 <= y <= top + 1:
            parts.append(text)

    for page in PdfReader(pdf).pages:
        page.extract_text(visitor_text=visit)
        parts.append("\n")
    return "".join(parts)


def found_in_pdf(text: str, pdf_text: str) -> bool:
    """Whether the memo's extracted text shows ``text`` as printed, wrapped anywhere.

    Right-to-left runs are drawn (and so extracted) in visual order: each run is looked for
    reversed, and the rest of the text in order.
    """
    flat_pdf = "".join(pdf_text.split())
    expected = printed(text)
    runs = _RIGHT_TO_LEFT.findall(expected)
    if not runs:
        return "".join(expected.split()) in flat_pdf
    rest = _RIGHT_TO_LEFT.sub(" ", expected).split()
    return all(run[::-1] in flat_pdf for run in runs) and all(part in flat_pdf for part in rest)
