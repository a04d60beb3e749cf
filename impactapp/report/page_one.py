"""Page 1, "at a glance": header, recommendation, consequence matrix with the money, SDG goals,
climate against the zero alternative, key figures; set as tightly as it must be to fit."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from .fit import LEVELS, Fit
from .graphics import sdg_strip
from .layout import TABLE_TEXT_LIMIT, Kit
from .matrix_table import matrix_table
from .model import Field, Memo
from .tagging import figure, layout_table
from .text import escape_text

EXEMPT_INK = HexColor("#b2182b")


def exempt_box(memo: Memo, kit: Kit) -> list[Flowable]:
    """The exempt marking in a framed band (bold and framed, so it survives greyscale); a
    basis too long for one table cell is a bold paragraph instead."""
    if not memo.header.exempt:
        return []
    if len(memo.header.exempt_marking) > TABLE_TEXT_LIMIT:
        return [kit.text(memo.header.exempt_marking, "exempt"), Spacer(1, 6)]
    table = layout_table(
        Table([[kit.text(memo.header.exempt_marking, "exempt")]], colWidths=[kit.width]))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), kit.fonts.bold),
        ("BOX", (0, 0), (-1, -1), 1.2, EXEMPT_INK),
        ("TEXTCOLOR", (0, 0), (-1, -1), EXEMPT_INK),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [table, Spacer(1, 6)]


def header(memo: Memo, kit: Kit, fit: Fit) -> list[Flowable]:
    labels = memo.labels
    title = fit.cut(labels["title"], memo.header.title, fit.level.title_limit)  # first on page 2
    fields = tuple(
        Field(f.label, fit.cut(f.label, f.value, fit.level.field_limit)) for f in memo.header.fields
    )
    kicker = f"{labels['at_a_glance']} · {labels['memo_date']}: " \
        f"{memo.header.memo_date or labels['not_given']} · {memo.header.status}"
    heading = kit.heading(kicker, "kicker", room=False)
    heading[-1].outline_entry = (labels["at_a_glance"], 0)  # the bookmark names the page only
    return [
        *exempt_box(memo, kit),
        *heading,
        kit.passage(title, "title"),
        *kit.facts_table(fields),
    ]


def recommendation(memo: Memo, kit: Kit, fit: Fit) -> list[Flowable]:
    labels, rec, level = memo.labels, memo.recommendation, fit.level
    out: list[Flowable] = [*kit.heading(labels["recommendation"], "h2_glance", None, room=False)]
    if rec.alternative_id:
        name = fit.cut(labels["recommended_alternative"], rec.alternative_name, level.title_limit)
        out.append(kit.labelled(labels["recommended_alternative"], name))
    text = fit.cut(labels["recommendation"], rec.text, level.recommendation_limit)
    out.append(kit.passage(text) if rec.justification.strip() else kit.text(text))
    return out


def consequences(memo: Memo, kit: Kit, fit: Fit) -> list[Flowable]:
    return [
        *kit.heading(memo.labels["matrix"], "h2_glance", None, room=False),
        matrix_table(memo, kit, fit),
        Spacer(1, 3),
        kit.text(memo.matrix.note, "small"),
    ]


def goals(memo: Memo, kit: Kit) -> list[Flowable]:
    """The goal strip from confirmed targets; with none confirmed, one line saying so."""
    labels, sdg = memo.labels, memo.sdg
    out: list[Flowable] = [*kit.heading(labels["sdg_heading"], "h2_glance", None, room=False)]
    if not sdg.touched:
        out.append(kit.text(sdg.note or labels["sdg_none_confirmed"]))
        return out
    listed = "; ".join(
        f"<b>{m.number} {escape_text(m.name)}</b> ({m.symbol} {escape_text(m.word)})"
        for m in sdg.touched
    )
    # the listed goals name each symbol in words, so page 1 needs no separate legend
    strip = sdg_strip(sdg, kit.width, kit.fonts, box_limit=22)
    figure(strip, f"{labels['sdg_heading']}: " + "; ".join(
        f"{m.number} {m.name} ({m.symbol} {m.word})" for m in sdg.touched))
    return [*out, strip, Spacer(1, 3), kit.markup(listed, "glance")]


def climate_and_counts(memo: Memo, kit: Kit, fit: Fit) -> list[Flowable]:
    """Climate against the zero alternative and the key figures side by side (every text is
    cut to the fit's limits, so both columns stay short)."""
    labels, level = memo.labels, fit.level
    climate: list[Flowable] = kit.heading(labels["climate_heading"], "h2_glance", None, room=False)
    for line in memo.climate:
        name = fit.cut(labels["climate"], line.alternative_name, level.column_limit)
        text = fit.cut(f"{labels['climate']}: {line.alternative_name}", line.text,
                       level.climate_limit)
        climate.append(kit.labelled(name, text, "glance"))
    if not memo.climate:
        climate.append(kit.text(labels["not_given"], "glance"))
    counts: list[Flowable] = kit.heading(labels["key_figures"], "h2_glance", None, room=False)
    counts += [kit.text(fit.cut(labels["key_figures"], line, level.names_limit), "glance")
               for line in memo.counts.lines]
    table = layout_table(Table([[climate, counts]],
                               colWidths=[kit.width * 0.55, kit.width * 0.45], hAlign="LEFT"))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), kit.fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, 0), 12),
    ]))
    return [table]


def laid_out(memo: Memo, kit: Kit, fit: Fit) -> list[Flowable]:
    """Everything page 1 carries, in reading order, at one level of tightness."""
    return [
        *header(memo, kit, fit),
        *recommendation(memo, kit, fit),
        *consequences(memo, kit, fit),
        *goals(memo, kit),
        *climate_and_counts(memo, kit, fit),
    ]


def height_of(flowables: list[Flowable], width: float, limit: float) -> float:
    """The height the flowables take stacked in a frame ``width`` wide."""
    total = 0.0
    for flowable in flowables:
        _, h = flowable.wrap(width, limit)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def page_one(memo: Memo, kit: Kit) -> tuple[list[Flowable], Fit]:
    """Page 1 at the roomiest level that fits the frame, and the texts it had to cut.

    Past the tightest level (a case far beyond any real one) the page is scaled down to fit
    rather than let anything spill onto page 2.
    """
    pointer = memo.labels["full_text_pointer"]
    for level in LEVELS:
        fit = Fit(level, pointer)
        flowables = laid_out(memo, kit, fit)
        if height_of(flowables, kit.width, kit.height) <= kit.height:
            return flowables, fit
    return [KeepInFrame(kit.width, kit.height, flowables, mode="shrink")], fit


def full_texts(memo: Memo, kit: Kit, fit: Fit) -> list[Flowable]:
    """The texts page 1 cut, in full, at the start of page 2."""
    if not fit.cuts:
        return []
    out: list[Flowable] = [*kit.heading(memo.labels["full_texts"])]
    for label, text in fit.cuts:
        out += [*kit.heading(label, "h3", outline=None), kit.text(text)]
    return out
