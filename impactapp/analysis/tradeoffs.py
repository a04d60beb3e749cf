"""Trade-offs counted for many alternatives at once, by the domain's rule.

``impactapp.domain.tradeoffs`` defines a trade-off for one alternative: a negative criterion B
(rated <= −1) paired with a positive criterion A (>= +1) of another pillar, or with any
positive when B is distributional; the pairs that share B are one trade-off. The same rule is
applied here to a whole matrix of ratings by counting positives per pillar, so 10,000
alternatives cost a few array operations instead of 10,000 loops. Tests check the two agree.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from impactapp.domain.model import Catalog
from impactapp.domain.tradeoffs import DISTRIBUTION

from .tables import alternative_rows


def trade_off_matrix(raw: np.ndarray, criteria: tuple[str, ...], catalog: Catalog) -> np.ndarray:
    """Boolean (alternative x criterion): the criterion is the negative side of a trade-off."""
    signs = np.sign(np.nan_to_num(raw, nan=0.0))
    pillars = [catalog.criteria[c].pillar for c in criteria]
    positive = signs > 0
    total = positive.sum(axis=1)
    out = np.zeros(raw.shape, dtype=bool)
    for pillar in dict.fromkeys(pillars):
        in_pillar = np.array([p == pillar for p in pillars])
        # A distributional harm pairs with any positive; any other with another pillar's.
        same = 0 if pillar == DISTRIBUTION else positive[:, in_pillar].sum(axis=1)
        partners = total - same
        out[:, in_pillar] = (signs[:, in_pillar] < 0) & (partners > 0)[:, None]
    return out


def handled_matrix(
    handled: pd.DataFrame, alternatives: pd.DataFrame, criteria: tuple[str, ...]
) -> np.ndarray:
    """Boolean (alternative x criterion): a handling is written for that negative criterion."""
    out = np.zeros((len(alternatives), len(criteria)), dtype=bool)
    if handled.empty or not len(criteria):
        return out
    rows = alternative_rows(
        alternatives, handled["case_id"].tolist(), handled["alt_id"].tolist()
    )
    columns = pd.Index(criteria).get_indexer(handled["negative"])
    keep = (rows >= 0) & (columns >= 0)
    out[rows[keep], columns[keep]] = True
    return out
