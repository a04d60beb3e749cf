"""Page 1, "at a glance": header, recommendation, consequence matrix, SDG goals, climate, counts."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from .graphics import sdg_strip, swatches
from .layout import BAND, RULE, TABLE_TEXT_LIMIT, Kit
from .model import ConsequenceMatrix, Memo
from .text import escape_text

EXEMPT_INK = HexColor("#b2182b")
LABEL_SHARE = 0.36  # of the frame width, for the matrix's row labels
MAX_COLUMN = 95.0  # points: wider alternative columns only waste space


def exempt_box(memo: Memo, kit: Kit) -> list[Flowable]:
    """The exempt marking in a framed band (bold and framed, so it survives greyscale); a
    basis too long for one table cell is a bold paragraph instead."""
    if not memo.header.exempt:
        return []
    if len(memo.header.exempt_marking) > TABLE_TEXT_LIMIT:
        return [kit.text(memo.header.exempt_marking, "exempt"), Spacer(1, 6)]
    table = Table([[kit.text(memo.header.exempt_marking, "exempt")]], colWidths=[kit.width])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), kit.fonts.bold),
        ("BOX", (0, 0), (-1, -1), 1.2, EXEMPT_INK),
        ("TEXTCOLOR", (0, 0), (-1, -1), EXEMPT_INK),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [table, Spacer(1, 6)]


def header(memo: Memo, kit: Kit) -> list[Flowable]:
    labels = memo.labels
    return [
        *exempt_box(memo, kit),
        *kit.heading(labels["at_a_glance"], "kicker"),
        kit.text(memo.header.title, "title"),
        *kit.facts_table(memo.header.fields),
    ]


def recommendation(memo: Memo, kit: Kit) -> list[Flowable]:
    labels, rec = memo.labels, memo.recommendation
    out: list[Flowable] = [*kit.heading(labels["recommendation"], "h2", outline=None)]
    if rec.alternative_id:
        out.append(kit.labelled(labels["recommended_alternative"], rec.alternative_name))
    out.append(kit.text(rec.text))
    return out


def _column_head(memo: Memo, index: int, kit: Kit) -> list[Flowable]:
    column = memo.matrix.columns[index]
    head = [kit.text(column.short_name, "head_cell")]
    marks = [memo.labels["reference_column"]] if column.reference else []
    if column.recommended:
        marks.append(memo.labels["recommended_marker"])
    if marks:
        head.append(kit.text(f"({', '.join(marks)})", "cell_small"))
    return head


def matrix_table(memo: Memo, kit: Kit) -> Table:
    """Rows: pillars (lowest … highest, with counts) and key criteria; columns: alternatives.

    Criterion cells are coloured table cells with the sign and number; pillar cells draw their
    extremes as swatches. The recommended alternative's column is framed.
    """
    matrix: ConsequenceMatrix = memo.matrix
    n = len(matrix.columns)
    label_w = kit.width * LABEL_SHARE
    col_w = min(MAX_COLUMN, (kit.width - label_w) / max(1, n))
    data: list[list[object]] = [
        [kit.text(memo.labels["matrix_criterion"], "cell_bold")]
        + [_column_head(memo, i, kit) for i in range(n)]
    ]
    style: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), kit.fonts.bold),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for r, row in enumerate(matrix.rows, start=1):
        if row.kind == "pillar":
            cells: list[object] = [kit.text(row.label, "cell_bold")]
            for cell in row.cells:
                parts: list[object] = [swatches(cell.swatches, col_w - 6, kit.fonts)]
                if cell.detail:
                    parts.append(kit.text(cell.detail, "cell_small"))
                cells.append(parts)
            style += [
                ("BACKGROUND", (0, r), (0, r), BAND),
                ("LINEABOVE", (0, r), (-1, r), 0.5, RULE),
                ("TOPPADDING", (0, r), (-1, r), 3),
                ("BOTTOMPADDING", (0, r), (-1, r), 3),
            ]
        else:
            cells = [kit.text(row.label, "cell_indent")]
            for c, cell in enumerate(row.cells, start=1):
                swatch = cell.swatches[0]
                cells.append(swatch.text)
                style += [
                    ("BACKGROUND", (c, r), (c, r), HexColor(swatch.fill)),
                    ("TEXTCOLOR", (c, r), (c, r), HexColor(swatch.ink)),
                ]
            style.append(("LINEBELOW", (0, r), (-1, r), 0.25, HexColor("#ffffff")))
        data.append(cells)
    for c, column in enumerate(matrix.columns, start=1):
        if column.recommended:
            style.append(("BOX", (c, 0), (c, -1), 1.4, HexColor("#000000")))
    table = Table(data, colWidths=[label_w] + [col_w] * n, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def consequences(memo: Memo, kit: Kit) -> list[Flowable]:
    return [
        *kit.heading(memo.labels["matrix"], "h2", outline=None),
        matrix_table(memo, kit),
        Spacer(1, 3),
        kit.text(memo.matrix.note, "small"),
    ]


def goals(memo: Memo, kit: Kit) -> list[Flowable]:
    labels, sdg = memo.labels, memo.sdg
    out: list[Flowable] = [
        *kit.heading(labels["sdg_heading"], "h2", outline=None),
        sdg_strip(sdg, kit.width, kit.fonts),
        Spacer(1, 4),
    ]
    if sdg.touched:
        listed = "; ".join(
            f"<b>{m.number} {escape_text(m.name)}</b> ({m.symbol} {escape_text(m.word)})"
            for m in sdg.touched
        )
        out.append(kit.markup(listed))
    if sdg.note:
        out.append(kit.text(sdg.note, "small"))
    out.append(kit.text(sdg.legend, "small"))
    return out


def climate_and_counts(memo: Memo, kit: Kit) -> list[Flowable]:
    """Climate lines and the counts side by side; stacked when a text is too long for a
    column (a table row cannot flow across pages)."""
    labels = memo.labels
    climate: list[Flowable] = kit.heading(labels["climate"], "h2", None, room=False)
    climate += [kit.labelled(line.alternative_name, line.text) for line in memo.climate]
    if not memo.climate:
        climate.append(kit.text(labels["not_given"]))
    counts: list[Flowable] = kit.heading(labels["key_figures"], "h2", None, room=False)
    counts += [kit.text(line) for line in memo.counts.lines]
    longest = max((len(c.alternative_name) + len(c.text) for c in memo.climate), default=0)
    if longest > TABLE_TEXT_LIMIT:
        return climate + counts
    table = Table([[climate, counts]], colWidths=[kit.width * 0.6, kit.width * 0.4],
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), kit.fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, 0), 12),
    ]))
    return [table]


def page_one(memo: Memo, kit: Kit) -> list[Flowable]:
    """Everything page 1 carries, in reading order."""
    return [
        *header(memo, kit),
        *recommendation(memo, kit),
        *consequences(memo, kit),
        *goals(memo, kit),
        *climate_and_counts(memo, kit),
    ]
