"""Benchmark of the decision memo: build_memo + render + PDF/A finishing, against a plain page."""

from __future__ import annotations

import argparse
import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from impactapp.catalog import load_catalog
from impactapp.report import build_memo
from impactapp.report.fonts import register_fonts
from impactapp.report.pdfa import render_memo_pdf

from .core import median_time, report
from .synthetic import make_case


def _plain_page() -> bytes:
    """One page of text in the memo's embedded font: what any reportlab PDF costs."""
    fonts = register_fonts()
    style = ParagraphStyle("body", fontName=fonts.regular, fontSize=9, leading=12)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=fonts.regular)
    doc.build([Paragraph("Beslutningsnotat. " * 200, style)])
    return buffer.getvalue()


def bench_memo(args: argparse.Namespace) -> None:
    """A simplified case (2 measures, every criterion rated) and a full case (4 measures), each
    from the case to PDF/A bytes; baseline: a plain one-page reportlab document."""
    catalog = load_catalog()
    simplified = make_case(1, catalog, measures=2)
    simplified.depth = "simplified"
    full = make_case(2, catalog, measures=4)
    full.depth = "full"
    repeat = max(3, args.repeat)
    base = median_time(_plain_page, repeat)
    report("plain one-page reportlab document", base)
    for name, case, target in (
        (f"memo, simplified case ({len(catalog.criteria)} criteria, 2 measures)", simplified,
         0.5),
        ("memo, full case (4 measures)", full, 1.5),
    ):
        seconds = median_time(lambda case=case: render_memo_pdf(build_memo(case, catalog)),
                              repeat)
        report(name, seconds, target=target, baseline=("plain page", base))
