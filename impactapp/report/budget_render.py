"""The sustainability budget as an A4 landscape PDF/A-2u: the portfolio report's layout, fonts
and finishing, with the path chart drawn after the path table."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, PolyLine, String
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from .budget import BudgetReport, ChartSeries
from .formats import format_number
from .graphics import _drawing
from .layout import MUTED, RULE
from .pdfa import finish
from .portfolio_render import PortfolioRenderer
from .tagging import figure

CHART_HEIGHT = 150.0


def _ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round values for the vertical axis."""
    span = max(high - low, 1.0)
    raw = span / count
    magnitude = 10 ** (len(str(int(raw))) - 1)
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = (low // step) * step
    ticks = []
    value = start
    while value <= high + step / 2:
        ticks.append(value)
        value += step
    return ticks


class BudgetRenderer(PortfolioRenderer):
    """Lays a ``BudgetReport`` out on landscape A4 pages."""

    pagesize = landscape(A4)
    figure_widths = (0.6, 0.4)

    def chart(self, series: tuple[ChartSeries, ...], width: float, lang: str) -> Drawing:
        """The reference path, the emissions after the decided measures and the target path,
        year by year, with a legend."""
        fonts = self.fonts
        drawing = _drawing(width, CHART_HEIGHT, fonts)
        years = sorted({year for s in series for year, _ in s.points})
        values = [v for s in series for _, v in s.points]
        ticks = _ticks(min(0.0, *values), max(values))
        left, right, bottom, top = 56.0, width - 190.0, 18.0, CHART_HEIGHT - 8.0
        low, high = ticks[0], ticks[-1]

        def x(year: int) -> float:
            if len(years) == 1:
                return (left + right) / 2
            return left + (year - years[0]) / (years[-1] - years[0]) * (right - left)

        def y(value: float) -> float:
            return bottom + (value - low) / max(high - low, 1e-9) * (top - bottom)

        for tick in ticks:
            drawing.add(Line(left, y(tick), right, y(tick), strokeColor=RULE, strokeWidth=0.3))
            drawing.add(String(left - 4, y(tick) - 3, format_number(tick, lang, decimals=0),
                               fontName=fonts.regular, fontSize=7, fillColor=MUTED,
                               textAnchor="end"))
        step = max(1, len(years) // 10)
        for year in years[::step]:
            drawing.add(String(x(year), bottom - 11, str(year), fontName=fonts.regular,
                               fontSize=7, fillColor=MUTED, textAnchor="middle"))
        for i, s in enumerate(series):
            colour = HexColor(s.colour)
            points: list[float] = []
            for year, value in s.points:
                points += [x(year), y(value)]
            drawing.add(PolyLine(points, strokeColor=colour, strokeWidth=1.6,
                                 strokeDashArray=list(s.dash) or None))
            ly = top - 6 - i * 14
            drawing.add(Line(right + 14, ly + 3, right + 34, ly + 3, strokeColor=colour,
                             strokeWidth=1.6, strokeDashArray=list(s.dash) or None))
            drawing.add(String(right + 38, ly, s.name, fontName=fonts.regular, fontSize=7.5))
        return drawing

    def story(self, report: BudgetReport) -> list[Flowable]:  # type: ignore[override]
        """The portfolio story, with the chart after the path table."""
        kit = self.kit
        out = self.opening(report)
        for i, table in enumerate(report.tables):
            # A short unit table starts on a new page rather than split from its heading (a
            # page break, not KeepTogether: that would hide the table from the structure tree).
            if i > 0 and len(table.rows) <= 8:
                out.append(CondPageBreak(60 + 16 * len(table.rows)))
            out += self.table(table)
            if i == report.chart_after and report.chart:
                out.append(Spacer(1, 6))
                out.append(kit.text(report.chart_title, "small"))
                lang = "en" if report.info.language == "en" else "nb"
                out.append(figure(self.chart(report.chart, kit.width, lang),
                                  _chart_text(report, lang)))
        return out


def _chart_text(report: BudgetReport, lang: str) -> str:
    """The chart's content as text (its alternative text): each line's first and last year."""
    parts = []
    for s in report.chart:
        if not s.points:
            continue
        (y0, v0), (y1, v1) = s.points[0], s.points[-1]
        first, last = (format_number(v, lang, decimals=0) for v in (v0, v1))
        parts.append(f"{s.name}: {first} ({y0}) – {last} ({y1})")
    intro = ("Chart of emissions in tonnes CO2e per year, as in the table above"
             if lang == "en" else "Diagram over utslipp i tonn CO2e per år, som i tabellen over")
    return f"{report.chart_title or intro}. {intro}: " + "; ".join(parts) + "."


def render_budget_pdf(report: BudgetReport) -> bytes:
    """The budget as tagged PDF/A-2a and PDF/UA-1 bytes: render, then finish as the memo and
    the portfolio report are finished."""
    raw, structure = BudgetRenderer().render_tagged(report)
    return finish(raw, report.info, structure)
