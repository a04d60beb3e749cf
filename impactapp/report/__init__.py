"""The decision memo: ``build_memo`` (a pure view model), a reportlab renderer, PDF/A finishing.

``build_memo(case, catalog)`` gives the ``Memo``; ``pdfa.render_memo_pdf(memo)`` gives its
tagged PDF/A-2a and PDF/UA-1 bytes (reportlab and pikepdf are imported only there);
``summary_text`` and ``summary_html`` give page 1 for the clipboard.
"""

from .memo import build_memo
from .model import Memo
from .records import IndicatorValue
from .summary import summary_html, summary_text

__all__ = ["IndicatorValue", "Memo", "build_memo", "summary_html", "summary_text"]
