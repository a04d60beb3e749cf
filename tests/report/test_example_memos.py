"""Every shipped example case renders to a valid tagged PDF/A-2a memo of a readable length."""

import io

import page
import pikepdf
import pytest

from impactapp.casefile import read_case_file
from impactapp.examples import example_paths
from impactapp.report import build_memo
from impactapp.report.pdfa import render_memo_pdf


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.stem)
def test_the_example_renders_to_a_valid_memo(path, catalog):
    case = read_case_file(path, catalog)
    data = render_memo_pdf(build_memo(case, catalog))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages = len(pdf.pages)
    assert 2 <= pages <= 10
    assert [f.rule_id for f in page.validate_pdf_bytes(data, profile="2a").failures] == []
