"""Cases the memo tests render: a full, exempt, English case, and a case full of hostile text."""

from __future__ import annotations

import copy
from datetime import datetime
from pathlib import Path

from impactapp.casefile import read_case_file
from impactapp.domain.model import Case, Catalog, Confidentiality

DATA = Path(__file__).resolve().parent / "data"

#: Strings that look like markup, entities or worse; the memo must print each one literally.
HOSTILE = {
    "title": "<b>Bold?</b> & <font size=99>huge</font>",
    "unit": '<a href="file:///etc/passwd">link</a>',
    "problem": "&amp; stays &amp; and an unbalanced <i> tag, then </para> and <br",
    "decision_body": "Bystyret <script>alert(1)</script>",
    "prerequisites": "Right to left: שלום עולם and مرحبا بالعالم, emoji 🌍🚲😀, Sami ŋ đ ŧ.",
}
LONG_WORD = "ŧ" * 20_000
#: A legal basis far too long for the footer or a table cell, with markup in it.
EXEMPT_BASIS = "offl. § 13 <b>jf.</b> fvl. § 13 " + "og videre " * 200
CONTROL_TEXT = "Bell\x07 null\x00 escape\x1b end\r\nsecond line"


def full_case(catalog: Catalog) -> Case:
    """An approved full-depth case in English, exempt from disclosure, with two measures."""
    case = read_case_file(DATA / "toll_ring.yaml", catalog)
    case.status = "approved"
    case.revision = 2
    case.approved_by = "Ola Nordmann"
    case.approved_at = datetime(2026, 11, 20, 14, 2)
    return case


def hostile_case(base: Case) -> Case:
    """``base`` with hostile text in its fields, a 20,000-character word and control characters."""
    case = copy.deepcopy(base)
    for field, text in HOSTILE.items():
        setattr(case, field, text)
    case.confidentiality = Confidentiality(exempt=True, basis=EXEMPT_BASIS)
    case.goals = LONG_WORD
    case.principled_questions = CONTROL_TEXT
    case.measures[0].name = "Tiltak <script>alert(1)</script>"
    case.measures[0].assessments[0].justification = "x < y & y > z"
    return case
