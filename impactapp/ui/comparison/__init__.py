"""The comparison view (every case in one table) and the portfolio view (what they add up to)."""

from .views import ComparisonViews

__all__ = ["ComparisonViews"]
