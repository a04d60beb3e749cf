"""Ratings of every scale on one footing: the impact7 range from −3 to +3.

A criterion may use another scale (DFØ's nine-step fan runs −4..+4). Comparing raw values
across scales would make a "−3" on the fan look as bad as a "−3" on impact7, though it is one
step short of the fan's worst. Normalising maps each scale linearly onto −3..+3: its ends onto
−3 and +3, zero onto zero, and the order and sign of every value kept (a slight harm stays a
harm). The result may be a fraction (fan −1 -> −0.75), so the raw value is always kept beside
it, labelled with its scale.
"""

from __future__ import annotations

from impactapp.domain.model import Catalog, Scale

#: The common footing: impact7's range.
COMMON_EXTENT = 3
COMMON_SCALE = "impact7"


def extent(scale: Scale) -> int:
    """The largest distance from 0 on the scale (3 for impact7, 4 for DFØ's fan)."""
    return max(abs(scale.minimum), abs(scale.maximum))


def factor(scale: Scale) -> float:
    """What a raw value of the scale is multiplied by to land on −3..+3."""
    size = extent(scale)
    return 1.0 if size == 0 else COMMON_EXTENT / size


def needs_normalising(scale: Scale) -> bool:
    """Whether the scale's values differ from their common-footing values."""
    return extent(scale) != COMMON_EXTENT


def normalise(value: int, scale: Scale) -> float:
    """``value`` of ``scale`` on the −3..+3 footing."""
    return value * factor(scale)


def criterion_factors(catalog: Catalog, criteria: list[str]) -> list[float]:
    """The normalising factor of each criterion's scale (1.0 for a scale the catalog lacks)."""
    out = []
    for criterion in criteria:
        scale = catalog.scales.get(catalog.criteria[criterion].scale)
        out.append(1.0 if scale is None else factor(scale))
    return out
