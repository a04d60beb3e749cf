"""The decision memo: ``build_memo`` (a pure view model), a reportlab renderer, PDF/A finishing.

``build_memo(case, catalog)`` gives the ``Memo`` (``portfolio.build_portfolio`` and
``budget.build_budget_report`` the other view models); ``renderers.get().render_memo(memo)``
gives its file, by default tagged PDF/A-2a and PDF/UA-1 (``pdf_renderer``: reportlab and
pikepdf are imported only when a renderer is asked for); ``summary_text`` and
``summary_html`` give page 1 for the clipboard.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .memo import build_memo
    from .model import Memo
    from .records import IndicatorValue
    from .summary import summary_html, summary_text

#: Where each public name lives: imported on first use, so that a command asking only for
#: ``report.renderers`` (the CLI, at start) does not pay for the memo's view model.
_HOMES = {"build_memo": ".memo", "Memo": ".model", "IndicatorValue": ".records",
          "summary_html": ".summary", "summary_text": ".summary"}

__all__ = ["IndicatorValue", "Memo", "build_memo", "summary_html", "summary_text"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value
    return value
