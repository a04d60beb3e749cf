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


def no_target_text() -> str:
    return QCoreApplication.translate("Steering", "No target set for this indicator.")


def target_line(target_words: str, source_words: str) -> str:
    """E.g. "Target: at most 10 % by 2030 (from the configuration)."."""
    text = QCoreApplication.translate("Steering", "Target: %1 (%2).")
    return text.replace("%1", target_words).replace("%2", source_words)


def target_text(target: IndicatorTarget, unit: str, lang: str) -> str:
    """E.g. "at most 10 % by 2030"."""
    if target.direction == LOWER:
        pattern = QCoreApplication.translate("Steering", "at most %1 %2 by %3")
    else:
        pattern = QCoreApplication.translate("Steering", "at least %1 %2 by %3")
    return pattern.replace("%1", format_number(target.value, lang)).replace(
        "%2", unit).replace("%3", str(target.year)).replace("  ", " ")


def source_text(target: IndicatorTarget, configured: IndicatorTarget | None, lang: str) -> str:
    """Where the target comes from, and what it replaces."""
    if target.source == FROM_CONFIG:
        return QCoreApplication.translate(
            "Steering", "from the municipality's configuration (targets.yaml)")
    text = QCoreApplication.translate("Steering", "set in the program by %1 on %2")
    text = text.replace("%1", target.set_by).replace("%2", target.set_at[:10])
    if configured is not None:
        replaces = QCoreApplication.translate("Steering", "replaces the configuration's %1")
        text += "; " + replaces.replace("%1", format_number(configured.value, lang))
    return text


def trend_text(trend: str | None) -> str:
    """The last periods' movement in words."""
    if trend == RIGHT:
        return QCoreApplication.translate("Steering", "moving the right way")
    if trend == WRONG:
        return QCoreApplication.translate("Steering", "moving the wrong way")
    if trend == FLAT:
        return QCoreApplication.translate("Steering", "no clear change")
    return QCoreApplication.translate("Steering", "too few figures for a trend")


def status_text(status: str) -> str:
    """Met, on path, off path, or unknown (``TargetGap.status``)."""
    if status == "met":
        return QCoreApplication.translate("Steering", "target met")
    if status == "on_path":
        return QCoreApplication.translate("Steering", "on path to the target")
    if status == "off_path":
        return QCoreApplication.translate("Steering", "not on path to the target")
    return QCoreApplication.translate("Steering", "path unknown")


def gap_text(gap: TargetGap, unit: str, lang: str) -> str:
    """E.g. "Latest figure 2023: 11.2 · gap 1.2 % · moving the wrong way · not on path"."""
    if gap.latest is None or gap.gap is None:
        return QCoreApplication.translate(
            "Steering", "No figure for the municipality yet: the gap cannot be shown.")
    latest = QCoreApplication.translate("Steering", "Latest figure %1: %2")
    still = QCoreApplication.translate("Steering", "gap %1")
    parts = [
        latest.replace("%1", gap.period or "").replace("%2", format_number(gap.latest, lang)),
        still.replace("%1", f"{format_number(round(max(gap.gap, 0.0), 6), lang)} {unit}".strip()),
        trend_text(gap.trend),
        status_text(gap.status),
    ]
    return " · ".join(parts)
