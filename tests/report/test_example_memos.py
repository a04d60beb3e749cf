"""Every shipped example case, in bokmål and English, renders to a memo of a readable length that
is both tagged PDF/A-2a and PDF/UA-1."""

import io

import page
import pikepdf
import pytest

from impactapp.examples import example_paths

PROFILES = (page.ValidationProfile.PDF_A_2A, page.ValidationProfile.PDF_UA_1)


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.stem)
def test_the_example_renders_to_a_valid_memo(path, lang, example_pdf):
    data = example_pdf(path, lang)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages = len(pdf.pages)
    assert 2 <= pages <= 10
    for profile in PROFILES:
        report = page.validate_pdf_bytes(data, profile=profile)
        assert [(f.rule_id, f.message) for f in report.failures] == [], profile
        assert report.is_compliant
