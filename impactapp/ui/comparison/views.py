"""The two views together: one source of cases, the comparison table and the portfolio."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ...domain.clock import Clock
from ...domain.model import Catalog
from ...store import Opener
from .comparison_view import ComparisonView
from .portfolio_view import PortfolioView
from .source import ComparisonSource

if TYPE_CHECKING:
    from ..main_window import MainWindow


class ComparisonViews(QObject):
    """Builds the views over one ComparisonSource; ``invalidate`` when cases have changed."""

    case_activated = Signal(int)

    def __init__(self, opener: Opener, catalog: Catalog, lang: str,
                 parent: QObject | None = None, clock: Clock | None = None):
        super().__init__(parent)
        # No Qt parent: the source lives as long as a view (or this object) refers to it.
        self.source = ComparisonSource(opener, catalog, lang)
        self.comparison = ComparisonView(self.source, catalog, lang)
        self.portfolio = PortfolioView(self.source, self.comparison, catalog, lang, clock=clock)
        self.comparison.case_activated.connect(self.case_activated)

    def add_to(self, main: MainWindow) -> None:
        """Put both views in the main window's side bar."""
        main.add_view(self.tr("Compare"), self.comparison)
        main.add_view(self.tr("Portfolio"), self.portfolio)

    def invalidate(self) -> None:
        """Cases were added, changed or removed: read them again (now, or when next shown)."""
        self.source.invalidate()
