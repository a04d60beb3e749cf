"""The pages after page 1: every section of the assessment, in the order MEMO.md lists them.

User text of any length flows in paragraphs (never inside table rows), so a 20,000-character
justification wraps and runs across pages instead of failing the layout.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from .flowables import SwatchLine
from .graphics import district_grid
from .layout import RULE, Kit
from .model import Memo, RatingLine, Swatch, TargetLine
from .tagging import figure, table_headers
from .text import escape_text

SWATCH_WIDTH = 30.0
#: Room (points) a rated row needs: the row and two lines of its justification.
ROW_ROOM = 40


def _swatch_row(
    swatch: Swatch, markup: str, kit: Kit, bar: str | None = None
) -> list[Flowable]:
    """A rating (or a goal colour bar) on the left and a line of markup beside it, on a new
    page when too little room is left for it and the start of its text."""
    line = SwatchLine(swatch, kit.markup(markup, "row"), kit.fonts, fill=bar,
                      swatch_width=SWATCH_WIDTH)
    return [CondPageBreak(ROW_ROOM), line]


def problem_and_goals(memo: Memo, kit: Kit) -> list[Flowable]:
    labels = memo.labels
    return [
        *kit.heading(labels["problem_goals"]),
        *kit.heading(labels["problem"], "h3", outline=None),
        kit.passage(memo.problem) if memo.problem else kit.text(labels["none_stated"]),
        *kit.heading(labels["goals"], "h3", outline=None),
        kit.passage(memo.goals) if memo.goals else kit.text(labels["none_stated"]),
        *kit.heading(labels["principled"]),
        kit.passage(memo.principled_questions) if memo.principled_questions
        else kit.text(labels["none_stated"]),
    ]


def alternatives(memo: Memo, kit: Kit) -> list[Flowable]:
    out: list[Flowable] = [*kit.heading(memo.labels["alternatives"])]
    for alt in memo.alternatives:
        out += kit.heading(alt.heading, "h2", outline=None)
        if alt.description:
            out.append(kit.passage(alt.description))
        out += [kit.labelled(f.label, f.value) for f in alt.facts]
    return out


def _rating(line: RatingLine, memo: Memo, kit: Kit) -> list[Flowable]:
    labels = memo.labels
    words = [escape_text(line.rating_label)]
    if line.certainty:
        words.append(f"{escape_text(labels['certainty'])}: {escape_text(line.certainty)}")
    markup = f"<b>{escape_text(line.criterion)}</b> · " + " · ".join(words)
    out: list[Flowable] = _swatch_row(line.swatch, markup, kit)
    if line.justification:
        out.append(kit.passage(line.justification, "under_swatch"))
    if line.mitigation:
        out.append(kit.labelled(labels["mitigation"], line.mitigation, "under_swatch"))
    out.append(Spacer(1, 2))
    return out


def consequence_sections(memo: Memo, kit: Kit) -> list[Flowable]:
    labels = memo.labels
    out: list[Flowable] = []
    for section in memo.consequences:
        out += kit.heading(section.heading)
        for measure in section.measures:
            out += kit.heading(measure.heading, "h2", outline=None)
            out += [kit.labelled(f.label, f.value) for f in measure.facts]
            for line in measure.lines:
                out += _rating(line, memo, kit)
            if not measure.lines:
                out.append(kit.text(labels["no_ratings"]))
        if section.screened_out:
            out += kit.heading(labels["screened_out"], "h3", outline=None)
            out += [kit.labelled(f.label, f.value, "indent_small") for f in section.screened_out]
    return out


def districts(memo: Memo, kit: Kit) -> list[Flowable]:
    labels = memo.labels
    out: list[Flowable] = [*kit.heading(labels["districts"])]
    out.append(kit.text(labels["districts_note"] if memo.districts else labels["districts_none"],
                        "small"))
    for grid in memo.districts:
        alt = f"{grid.heading}: " + "; ".join(
            f"{c.name} {c.swatch.text if c.swatch else labels['not_rated']}" for c in grid.cells)
        out += [*kit.heading(grid.heading, "h2", outline=None),
                figure(district_grid(grid, kit.width, kit.fonts), alt), Spacer(1, 3)]
    return out


def _target(line: TargetLine, memo: Memo, kit: Kit) -> list[Flowable]:
    markup = (f"<b>{escape_text(line.target)}</b> ({escape_text(line.symbol)} "
              f"{escape_text(line.word)}) {escape_text(line.text)}")
    if line.unofficial:
        markup += f" <i>({escape_text(memo.labels['unofficial'])})</i>"
    swatch = Swatch(line.symbol, line.colour, "#000000")
    out: list[Flowable] = _swatch_row(swatch, markup, kit, bar=_light(line.colour))
    if line.note:
        out.append(kit.labelled(memo.labels["note"], line.note, "under_swatch"))
    return out


def _light(colour: str) -> str:
    """A light tint of a goal colour, dark enough to see and light enough for black text."""
    c = HexColor(colour)
    r, g, b = (int(255 * (v + (1 - v) * 0.55)) for v in (c.red, c.green, c.blue))
    return f"#{r:02x}{g:02x}{b:02x}"


def targets(memo: Memo, kit: Kit) -> list[Flowable]:
    labels = memo.labels
    out: list[Flowable] = [*kit.heading(labels["sdg_targets"])]
    for measure in memo.targets:
        heading = measure.heading
        out += kit.heading(heading, "h2", outline=None)
        for line in measure.lines:
            out += _target(line, memo, kit)
        if not measure.lines:
            out.append(kit.text(labels["no_targets"]))
    return out


def trade_offs(memo: Memo, kit: Kit) -> list[Flowable]:
    """Per measure: each negative effect against the positives it is traded for, and how it
    is handled (or, in bold, that it is not)."""
    labels = memo.labels
    out: list[Flowable] = [*kit.heading(labels["trade_offs"])]
    headings = {alt.alternative_id: alt.heading for alt in memo.alternatives}
    current = None
    for t in memo.trade_offs:
        if t.alternative_id != current:
            current = t.alternative_id
            out += kit.heading(headings.get(current, t.alternative_name), "h2", outline=None)
        out.append(kit.markup(
            f"<b>{escape_text(t.negative_name)}</b> {escape_text(labels['against'])} "
            + escape_text(", ".join(t.positive_names))
        ))
        if t.handled:
            out.append(kit.labelled(labels["handling"], t.handling, "indent"))
        else:
            out.append(kit.markup(f"<b>{escape_text(labels['unhandled'])}</b>", "indent"))
    if not memo.trade_offs:
        out.append(kit.text(labels["no_trade_offs"]))
    return out


def indicators(memo: Memo, kit: Kit) -> list[Flowable]:
    labels = memo.labels
    out: list[Flowable] = [*kit.heading(labels["indicators"])]
    if not memo.indicators:
        return [*out, kit.text(labels["no_indicators"])]
    rows: list[list[object]] = [[
        kit.text(labels[key], "cell_bold")
        for key in ("indicator", "region", "expected", "latest_value")
    ]]
    for ind in memo.indicators:
        latest = [kit.text(ind.latest, "cell")]
        if ind.follow_up:
            latest.append(kit.text(ind.follow_up, "cell_small_left"))
        if ind.source:
            latest.append(kit.text(ind.source, "cell_small_left"))
        rows.append([kit.text(ind.name, "cell"), kit.text(ind.region, "cell"),
                     kit.text(ind.expected, "cell"), latest])
    shares = (0.36, 0.16, 0.14, 0.34)
    table = table_headers(Table(rows, colWidths=[kit.width * s for s in shares], hAlign="LEFT",
                                repeatRows=1, splitInRow=1), rows=1, columns=[0])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), kit.fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return [*out, table]


def prerequisites(memo: Memo, kit: Kit) -> list[Flowable]:
    return [*kit.heading(memo.labels["prerequisites"]),
            kit.passage(memo.prerequisites) if memo.prerequisites
            else kit.text(memo.labels["none_stated"])]


def review(memo: Memo, kit: Kit) -> list[Flowable]:
    labels = memo.labels
    out: list[Flowable] = [*kit.heading(labels["review"])]
    for line in memo.review.lines:
        out.append(kit.markup(
            f"<b>{escape_text(line.step)}:</b> {escape_text(line.verdict)}", "body"))
        if line.note:
            out.append(kit.labelled(labels["note"], line.note, "indent"))
        if line.answer:
            out.append(kit.labelled(labels["answer"], line.answer, "indent"))
    if not memo.review.lines:
        out.append(kit.text(labels["no_review"]))
    out.append(kit.text(memo.review.approval))
    if memo.review.same_person:
        out.append(kit.text(memo.review.same_person))
    return out


def details(memo: Memo, kit: Kit) -> list[Flowable]:
    """Every section after page 1, in MEMO.md's order."""
    return [
        *problem_and_goals(memo, kit),
        *alternatives(memo, kit),
        *consequence_sections(memo, kit),
        *districts(memo, kit),
        *targets(memo, kit),
        *trade_offs(memo, kit),
        *indicators(memo, kit),
        *prerequisites(memo, kit),
        *review(memo, kit),
    ]
