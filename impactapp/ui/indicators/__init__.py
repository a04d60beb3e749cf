"""The indicator view: the common indicator set, its figures over time and compared."""

from .view import IndicatorView

__all__ = ["IndicatorView"]
