"""The decision memo: ``build_memo`` (a pure view model), a reportlab renderer, PDF/A finishing.

``build_memo(case, catalog)`` gives the ``Memo`` (``portfolio.build_portfolio`` and
``budget.build_budget_report`` the other view models); ``renderers.get().render_memo(memo)``
gives its file, by default tagged PDF/A-2a and PDF/UA-1 (``pdf_renderer``: reportlab and
pikepdf are imported only when a renderer is asked for); ``summary_text`` and
``summary_html`` give page 1 for the clipboard.
"""

from .memo import build_memo
from .model import Memo
from .records import IndicatorValue
from .summary import summary_html, summary_text

__all__ = ["IndicatorValue", "Memo", "build_memo", "summary_html", "summary_text"]
