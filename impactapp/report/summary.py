"""Page 1 of the memo as plain text and as HTML, for the GUI's "Copy summary".

Both carry what page 1 carries: header, recommendation, the consequence table with the costs,
the SDG goals, the climate lines and the key figures. The HTML escapes every text and colours
the table cells with the memo's palette (sign and number stay in the cells, as in print).
"""

from __future__ import annotations

from html import escape

from .model import ConsequenceMatrix, Field, Memo


def _matrix_lines(matrix: ConsequenceMatrix, first_heading: str) -> list[str]:
    rows = [[first_heading, *(c.name for c in matrix.columns)]]
    for row in matrix.rows:
        label = row.label if row.kind == "pillar" else f"  {row.label}"
        cells = [f"{c.text} ({c.detail})" if c.detail else c.text for c in row.cells]
        rows.append([label, *cells])
    rows += [[money.label, *money.values] for money in matrix.money]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
            for r in rows]


def summary_text(memo: Memo) -> str:
    """Page 1 as plain text (columns aligned with spaces)."""
    labels, header = memo.labels, memo.header
    lines = [header.title]
    if header.exempt:
        lines.append(header.exempt_marking)
    lines += [f"{f.label}: {f.value}" for f in header.fields]
    lines.append(f"{labels['memo_date']}: {header.memo_date or labels['not_given']}")
    lines += ["", labels["recommendation"]]
    if memo.recommendation.alternative_id:
        lines.append(f"{labels['recommended_alternative']}: {memo.recommendation.alternative_name}")
    lines.append(memo.recommendation.text)
    lines += ["", labels["matrix"], *_matrix_lines(memo.matrix, labels["matrix_criterion"])]
    lines += ["", labels["sdg_heading"]]
    lines += [f"{m.number} {m.name}: {m.symbol} {m.word}" for m in memo.sdg.touched]
    if memo.sdg.note:
        lines.append(memo.sdg.note)
    lines += ["", labels["climate_heading"]]
    lines += [f"{c.alternative_name}: {c.text}" for c in memo.climate] or [labels["not_given"]]
    lines += ["", labels["key_figures"], *memo.counts.lines]
    return "\n".join(lines) + "\n"


def _cell_html(text: str, fill: str, ink: str, detail: str = "") -> str:
    extra = f"<br><small>{escape(detail)}</small>" if detail else ""
    return (f'<td style="background:{fill};color:{ink};text-align:center">'
            f"{escape(text)}{extra}</td>")


def summary_html(memo: Memo) -> str:
    """Page 1 as an HTML fragment (headings, paragraphs and one coloured table)."""
    labels, header = memo.labels, memo.header
    out = [f"<h1>{escape(header.title)}</h1>"]
    if header.exempt:
        out.append(f"<p><strong>{escape(header.exempt_marking)}</strong></p>")
    dated = (*header.fields, Field(labels["memo_date"], header.memo_date or labels["not_given"]))
    out.append("<p>" + "<br>".join(
        f"<strong>{escape(f.label)}:</strong> {escape(f.value)}" for f in dated
    ) + "</p>")
    out.append(f"<h2>{escape(labels['recommendation'])}</h2>")
    if memo.recommendation.alternative_id:
        out.append(f"<p><strong>{escape(labels['recommended_alternative'])}:</strong> "
                   f"{escape(memo.recommendation.alternative_name)}</p>")
    out.append(f"<p>{escape(memo.recommendation.text)}</p>")
    out.append(f"<h2>{escape(labels['matrix'])}</h2>")
    head = "".join(f"<th>{escape(c.name)}</th>" for c in memo.matrix.columns)
    out.append(f'<table border="1" cellspacing="0" cellpadding="3"><tr>'
               f"<th>{escape(labels['matrix_criterion'])}</th>{head}</tr>")
    for row in memo.matrix.rows:
        label = f"<strong>{escape(row.label)}</strong>" if row.kind == "pillar" \
            else escape(row.label)
        cells = "".join(
            _cell_html(c.text, c.fill, c.swatches[0].ink, c.detail) for c in row.cells
        )
        out.append(f"<tr><td>{label}</td>{cells}</tr>")
    for money in memo.matrix.money:
        cells = "".join(f'<td style="text-align:center">{escape(v)}</td>' for v in money.values)
        out.append(f"<tr><td><strong>{escape(money.label)}</strong></td>{cells}</tr>")
    out.append("</table>")
    out.append(f"<p><small>{escape(memo.matrix.note)}</small></p>")
    out.append(f"<h2>{escape(labels['sdg_heading'])}</h2><ul>")
    out += [f"<li>{m.number} {escape(m.name)}: {escape(m.symbol)} {escape(m.word)}</li>"
            for m in memo.sdg.touched]
    out.append("</ul>")
    if memo.sdg.note:
        out.append(f"<p>{escape(memo.sdg.note)}</p>")
    out.append(f"<h2>{escape(labels['climate_heading'])}</h2><ul>")
    out += [f"<li><strong>{escape(c.alternative_name)}:</strong> {escape(c.text)}</li>"
            for c in memo.climate]
    out.append("</ul>")
    out.append(f"<h2>{escape(labels['key_figures'])}</h2><ul>")
    out += [f"<li>{escape(line)}</li>" for line in memo.counts.lines]
    out.append("</ul>")
    return "\n".join(out) + "\n"
