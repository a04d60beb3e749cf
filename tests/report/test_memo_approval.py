"""The memo says plainly when one person assessed and approved (the two-person rule off)."""

from __future__ import annotations

import copy

from impactapp.report import build_memo
from impactapp.report.pdfa import render_memo_pdf

from .conftest import flat, pdf_text


def test_a_second_person_s_approval_needs_no_remark(full, catalog):
    memo = build_memo(full, catalog)
    assert full.caseworker != full.approved_by
    assert memo.review.same_person == ""


def test_one_person_assessing_and_approving_is_said_plainly_in_both_languages(full, catalog):
    case = copy.deepcopy(full)
    case.approved_by = f"  {case.caseworker.upper()} "
    nb = build_memo(case, catalog, "nb").review.same_person
    en = build_memo(case, catalog, "en").review.same_person
    assert nb.startswith("Saken er vurdert og godkjent av samme person (")
    assert "slått av kravet om at en annen person godkjenner" in nb
    assert en.startswith("The case was assessed and approved by the same person (")
    text = flat(pdf_text(render_memo_pdf(build_memo(case, catalog, "en"))))
    assert flat(en) in text
