"""Memos built and rendered once per test session: rendering is the slow part of these tests."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from impactapp.casefile import read_case_file
from impactapp.report import IndicatorValue, build_memo
from impactapp.report.pdfa import render_memo_pdf

from .cases import full_case, hostile_case

DATA = Path(__file__).resolve().parent.parent / "data"

#: The latest value of one indicator, as an import would provide it.
INDICATOR_VALUES = {
    ("ind.low_income_households", "0301"): IndicatorValue(
        value=13.7, period="2023", unit="%", source="SSB", table="06947",
        fetched=date(2026, 11, 2),
    ),
}


def pdf_text(data: bytes, use_pdftotext: bool | None = None) -> str:
    """The PDF's text in content order, each page ended by a form feed (\\f).

    pdftotext -raw when installed (raw order, because its layout analysis drops the spaces in
    "x < y & y > z"), else pypdf. Both give one form feed per page: tests split pages on it,
    so the result must not depend on which tool the machine has at that moment.
    """
    if use_pdftotext is None:
        use_pdftotext = shutil.which("pdftotext") is not None
    if use_pdftotext:
        result = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=data,
                                capture_output=True, check=True)
        return result.stdout.decode("utf-8")
    import io

    from pypdf import PdfReader

    return "".join(page.extract_text() + "\f" for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    """Whitespace runs (line breaks included) as single spaces, to find text wrapped anywhere."""
    return " ".join(text.split())


@pytest.fixture(scope="session")
def parking_case(catalog):
    return read_case_file(DATA / "parking_fees.yaml", catalog)


@pytest.fixture(scope="session")
def parking_memo(parking_case, catalog):
    return build_memo(parking_case, catalog)


@pytest.fixture(scope="session")
def full(catalog):
    return full_case(catalog)


@pytest.fixture(scope="session")
def full_memo(full, catalog):
    return build_memo(full, catalog, indicator_values=INDICATOR_VALUES)


@pytest.fixture(scope="session")
def hostile(parking_case):
    return hostile_case(parking_case)


@pytest.fixture(scope="session")
def hostile_memo(hostile, catalog):
    return build_memo(hostile, catalog)


@pytest.fixture(scope="session")
def pdfs(parking_memo, full_memo, hostile_memo) -> dict[str, bytes]:
    """Each memo rendered and finished as PDF/A once."""
    return {
        "parking": render_memo_pdf(parking_memo),
        "full": render_memo_pdf(full_memo),
        "hostile": render_memo_pdf(hostile_memo),
    }


@pytest.fixture(scope="session")
def texts(pdfs) -> dict[str, str]:
    return {name: pdf_text(data) for name, data in pdfs.items()}


@pytest.fixture(scope="session")
def example_pdf(catalog):
    """``example_pdf(path, lang)``: the example case's memo in ``lang``, rendered once."""
    from impactapp.casefile import read_case_file

    cache: dict[tuple[str, str], bytes] = {}

    def render(path: Path, lang: str) -> bytes:
        key = (path.stem, lang)
        if key not in cache:
            case = read_case_file(path, catalog)
            cache[key] = render_memo_pdf(build_memo(case, catalog, lang))
        return cache[key]

    return render
