"""The PDF/A renderer: reportlab lays each document out on A4, pikepdf finishes it as a
tagged PDF/A-2a and PDF/UA-1 file (the registry's ``"pdf"``, its default)."""

from __future__ import annotations

from types import MappingProxyType

from .budget import BudgetReport
from .budget_render import render_budget_pdf
from .model import Memo
from .pdfa import render_memo_pdf
from .portfolio import PortfolioReport
from .portfolio_render import render_portfolio_pdf
from .renderers import DocumentRenderer


class PdfRenderer(DocumentRenderer):
    """Memo, portfolio report and budget as archivable, accessible PDF files."""

    identifier = "pdf"
    verbose_name = MappingProxyType({"nb": "PDF/A (arkivformat)", "en": "PDF/A (archival)"})
    media_type = "application/pdf"
    suffix = ".pdf"

    def render_memo(self, memo: Memo) -> bytes:
        return render_memo_pdf(memo)

    def render_portfolio(self, report: PortfolioReport) -> bytes:
        return render_portfolio_pdf(report)

    def render_budget(self, report: BudgetReport) -> bytes:
        return render_budget_pdf(report)
