"""The steering views' shared wording: a target, its gap and the trend, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.indicator_targets import (
    FLAT,
    FROM_CONFIG,
    LOWER,
    RIGHT,
    WRONG,
    IndicatorTarget,
    TargetGap,
)
from ...domain.numbers import format_number

_CONTEXT = "Steering"


def tr(text: str) -> str:
    """``text`` translated in the steering views' context."""
    return QCoreApplication.translate(_CONTEXT, text)


def target_text(target: IndicatorTarget, unit: str, lang: str) -> str:
    """E.g. "under 10 % by 2030"."""
    pattern = tr("at most %1 %2 by %3") if target.direction == LOWER else tr(
        "at least %1 %2 by %3")
    return pattern.replace("%1", format_number(target.value, lang)).replace(
        "%2", unit).replace("%3", str(target.year)).replace("  ", " ")


def source_text(target: IndicatorTarget, configured: IndicatorTarget | None, lang: str) -> str:
    """Where the target comes from, and what it replaces."""
    if target.source == FROM_CONFIG:
        return tr("from the municipality's configuration (targets.yaml)")
    text = tr("set in the program by %1 on %2").replace("%1", target.set_by).replace(
        "%2", target.set_at[:10])
    if configured is not None:
        text += "; " + tr("replaces the configuration's %1").replace(
            "%1", format_number(configured.value, lang))
    return text


def trend_text(trend: str | None) -> str:
    """The last periods' movement in words."""
    return {RIGHT: tr("moving the right way"), WRONG: tr("moving the wrong way"),
            FLAT: tr("no clear change")}.get(trend or "", tr("too few figures for a trend"))


def status_text(gap: TargetGap) -> str:
    """Met, on path, off path, or unknown."""
    return {"met": tr("target met"), "on_path": tr("on path to the target"),
            "off_path": tr("not on path to the target"),
            "unknown": tr("path unknown")}[gap.status]


def gap_text(gap: TargetGap, unit: str, lang: str) -> str:
    """E.g. "Latest 2023: 11.2 · gap 1.2 · moving the wrong way · not on path"."""
    if gap.latest is None or gap.gap is None:
        return tr("No figure for the municipality yet: the gap cannot be shown.")
    still = max(gap.gap, 0.0)
    parts = [
        tr("Latest figure %1: %2").replace("%1", gap.period or "").replace(
            "%2", format_number(gap.latest, lang)),
        tr("gap %1").replace("%1", f"{format_number(still, lang)} {unit}".strip()),
        trend_text(gap.trend),
        status_text(gap),
    ]
    return " · ".join(parts)
