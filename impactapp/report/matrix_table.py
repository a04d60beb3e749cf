"""Page 1's consequence matrix as a table: wrapped column heads, rated cells, the money rows."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from .fit import Fit
from .graphics import swatches
from .layout import BAND, RULE, Kit
from .model import ConsequenceMatrix, Memo
from .tagging import table_headers
from .text import escape_text

LABEL_SHARE = 0.36  # of the frame width, for the row labels (less with many columns)
NARROW_LABEL_SHARE = 0.26
MAX_COLUMN = 95.0  # points: wider alternative columns only waste space


def _style(kit: Kit, name: str, size: float, **kw: object) -> ParagraphStyle:
    """``name``'s style at ``size`` points (the compact fits shrink the matrix text)."""
    base = kit.styles[name]
    return ParagraphStyle(f"{name}_{size}", parent=base, fontSize=size, leading=size * 1.2,
                          **kw)


def column_widths(kit: Kit, columns: int) -> tuple[float, float]:
    """The row label's width and each alternative column's width."""
    share = LABEL_SHARE if columns <= 4 else NARROW_LABEL_SHARE
    label_w = kit.width * share
    return label_w, min(MAX_COLUMN, (kit.width - label_w) / max(1, columns))


def _column_head(memo: Memo, index: int, kit: Kit, fit: Fit) -> list[Paragraph]:
    """The alternative's name, wrapped over as many lines as it needs (cut only past the fit's
    limit), and its role under it."""
    column = memo.matrix.columns[index]
    name = fit.cut_plain(column.name, fit.level.column_limit)
    head = [Paragraph(escape_text(name), _style(kit, "head_cell", fit.level.head_size))]
    marks = [memo.labels["reference_column"]] if column.reference else []
    if column.recommended:
        marks.append(memo.labels["recommended_marker"])
    if marks:
        head.append(kit.text(f"({', '.join(marks)})", "cell_small"))
    return head


def matrix_table(memo: Memo, kit: Kit, fit: Fit) -> Table:
    """Rows: pillars (lowest … highest, with counts) and key criteria, then investment and
    annual cost in NOK; columns: alternatives. The recommended column is framed."""
    matrix: ConsequenceMatrix = memo.matrix
    n = len(matrix.columns)
    label_w, col_w = column_widths(kit, n)
    size, pad = fit.level.matrix_size, fit.level.matrix_padding
    label = _style(kit, "cell_bold", size)
    indent = _style(kit, "cell_indent", size)
    money_cell = _style(kit, "cell", size, alignment=1)
    detail = _style(kit, "cell_small", min(6.5, size - 1.0))
    data: list[list[object]] = [
        [Paragraph(escape_text(memo.labels["matrix_criterion"]), label)]
        + [_column_head(memo, i, kit, fit) for i in range(n)]
    ]
    style: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), kit.fonts.bold),
        ("FONTSIZE", (0, 0), (-1, -1), size + 0.7),
        ("LEADING", (0, 0), (-1, -1), size * 1.2),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for r, row in enumerate(matrix.rows, start=1):
        if row.kind == "pillar":
            cells: list[object] = [Paragraph(escape_text(row.label), label)]
            for cell in row.cells:
                parts: list[object] = [swatches(cell.swatches, col_w - 6, kit.fonts,
                                                height=fit.level.swatch_height)]
                if cell.detail:
                    parts.append(Paragraph(escape_text(cell.detail), detail))
                cells.append(parts)
            style += [
                ("BACKGROUND", (0, r), (0, r), BAND),
                ("LINEABOVE", (0, r), (-1, r), 0.5, RULE),
                ("TOPPADDING", (0, r), (-1, r), pad + 1.4),
                ("BOTTOMPADDING", (0, r), (-1, r), pad + 1.4),
            ]
        else:
            cells = [Paragraph(escape_text(row.label), indent)]
            for c, cell in enumerate(row.cells, start=1):
                swatch = cell.swatches[0]
                cells.append(swatch.text)
                style += [
                    ("BACKGROUND", (c, r), (c, r), HexColor(swatch.fill)),
                    ("TEXTCOLOR", (c, r), (c, r), HexColor(swatch.ink)),
                ]
            style.append(("LINEBELOW", (0, r), (-1, r), 0.25, HexColor("#ffffff")))
        data.append(cells)
    first_money = len(data)
    for money in matrix.money:
        narrow = col_w < fit.full_money_width  # in millions, the unit beside the label
        values = money.short_values if narrow else money.values
        text = memo.labels["money_millions"].format(label=money.label) if narrow else money.label
        data.append([Paragraph(escape_text(text), label)]
                    + [Paragraph(escape_text(v), money_cell) for v in values])
    if matrix.money:
        style += [
            ("LINEABOVE", (0, first_money), (-1, first_money), 0.5, RULE),
            ("BACKGROUND", (0, first_money), (0, -1), BAND),
        ]
    for c, column in enumerate(matrix.columns, start=1):
        if column.recommended:
            style.append(("BOX", (c, 0), (c, -1), 1.4, HexColor("#000000")))
    table = Table(data, colWidths=[label_w] + [col_w] * n, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle(style))
    return table_headers(table, rows=1, columns=[0])
