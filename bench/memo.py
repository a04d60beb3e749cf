"""Benchmark of the decision memo: build_memo + render + PDF/A finishing, against a plain page,
and the tagged memo (PDF/A-2a + PDF/UA-1) against the untagged renderer in the same run."""

from __future__ import annotations

import argparse
import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from impactapp.catalog import load_catalog
from impactapp.report import build_memo
from impactapp.report.fonts import register_fonts
from impactapp.report.model import Memo
from impactapp.report.pdfa import finish, render_memo_pdf
from impactapp.report.render import MemoRenderer

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
    for name, short, case, target in (
        (f"memo, simplified case ({len(catalog.criteria)} criteria, 2 measures)", "simplified",
         simplified, 0.5),
        ("memo, full case (4 measures)", "full", full, 1.5),
    ):
        untagged = median_time(lambda case=case: _untagged(build_memo(case, catalog)), repeat)
        seconds = median_time(lambda case=case: render_memo_pdf(build_memo(case, catalog)),
                              repeat)
        report(name, seconds, target=target, baseline=("plain page", base))
        report(f"  tagged memo (PDF/A-2a + UA-1), {short}", seconds,
               baseline=("untagged render (PDF/A-2u)", untagged))
        report(f"  untagged render (PDF/A-2u), {short}", untagged)
        memo = build_memo(case, catalog)
        raw, structure = MemoRenderer().render_tagged(memo)
        finishing = median_time(
            lambda memo=memo, raw=raw, structure=structure: finish(raw, memo.info, structure),
            repeat)
        report("    of which tagged finishing (pikepdf)", finishing,
               baseline=("tagged memo", seconds))


def _untagged(memo: Memo) -> bytes:
    """The memo as the untagged renderer made it (PDF/A-2u): kept only for this comparison."""
    raw, _ = MemoRenderer(tagged=False).render_tagged(memo)
    return finish(raw, memo.info)
