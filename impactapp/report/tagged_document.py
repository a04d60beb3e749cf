"""The document-template side of tagging: flowables armed to draw as structure elements.

``TaggedDocument`` arms every flowable its frames lay out (and the pieces a split makes):
the flowable's drawOn, per instance, opens its structure element on the canvas's
``tagging.StructureRecorder``; page templates' ``onPage`` (running heads, banners, footers)
draws artifacts.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import ActionFlowable, Flowable, KeepInFrame, Paragraph, Spacer, Table

from .tagging import (
    CONTINUATION_STYLES,
    HEADING_STYLES,
    Node,
    StructureRecorder,
    TableTagger,
    recorder_of,
)


def _role(flowable: Flowable) -> str | None:
    """How ``flowable`` is tagged: a structure type, "layout", "table" or None (draws nothing
    worth reading)."""
    role = getattr(flowable, "pdf_role", "")
    if role != "":
        return role
    if isinstance(flowable, (Spacer, ActionFlowable)):
        return None
    if isinstance(flowable, Paragraph):
        return HEADING_STYLES.get(flowable.style.name, "P")
    if isinstance(flowable, Table):
        return "table"
    if isinstance(flowable, KeepInFrame):
        return "layout"
    if isinstance(flowable, Drawing):
        return "Figure" if getattr(flowable, "pdf_alt", None) else "Artifact"
    return "P"


def _children(flowable: Flowable) -> list[Flowable]:
    """The flowables a layout flowable draws (a layout table's cells, a KeepInFrame's content)."""
    if isinstance(flowable, Table):
        out: list[Flowable] = []
        for row in flowable._cellvalues:
            for cell in row:
                cells = cell if isinstance(cell, (list, tuple)) else [cell]
                out += [c for c in cells if isinstance(c, Flowable)]
        return out
    return list(getattr(flowable, "_content", []))


def arm(flowable: Flowable) -> Flowable:
    """Make ``flowable`` tag what it draws on a tagged canvas (its drawOn, per instance)."""
    if "drawOn" in vars(flowable):
        return flowable
    draw_on: Callable[..., None] = type(flowable).drawOn

    def tagged_draw_on(canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        recorder = recorder_of(canvas)
        if recorder is None or recorder.sealed:
            draw_on(flowable, canvas, x, y, _sW)
            return
        _draw_tagged(recorder, flowable, draw_on, canvas, x, y, _sW)

    split: Callable[..., list[Flowable]] = type(flowable).split

    def armed_split(width: float, height: float) -> list[Flowable]:
        """The pieces of a split flowable (a frame draws the first at once) are armed too,
        each after the first continuing the one before."""
        pieces = [arm(piece) for piece in split(flowable, width, height)]
        for before, after in itertools.pairwise(pieces):
            vars(after)["pdf_continues"] = before
        if pieces and "pdf_continues" in vars(flowable):  # the rest of a rest
            vars(pieces[0])["pdf_continues"] = flowable.pdf_continues
        return pieces

    vars(flowable)["drawOn"] = tagged_draw_on  # past Drawing's attribute validation
    vars(flowable)["split"] = armed_split
    return flowable


def _draw_tagged(recorder: StructureRecorder, flowable: Flowable, draw_on: Callable[..., None],
                 canvas: Any, x: float, y: float, _sW: float) -> None:
    role = _role(flowable)
    if role is None:
        draw_on(flowable, canvas, x, y, _sW)
    elif role == "Artifact":
        with recorder.artifact(canvas):
            draw_on(flowable, canvas, x, y, _sW)
    elif role == "layout":
        if isinstance(flowable, Table) and flowable._renderCB is None:
            flowable._renderCB = TableTagger(layout=True)
        for child in _children(flowable):
            arm(child)
        draw_on(flowable, canvas, x, y, _sW)
    elif role == "table":
        if flowable._renderCB is None:
            flowable._renderCB = TableTagger(flowable.repeatRows or 0)
        with recorder.element(canvas, "Table", content=False,
                              continues=_continued(flowable)) as node:
            draw_on(flowable, canvas, x, y, _sW)
        vars(flowable)["pdf_node"] = node
    else:
        _draw_element(recorder, flowable, role, draw_on, canvas, x, y, _sW)


def _continued(flowable: Flowable) -> Node | None:
    """The element of the piece this piece of a split flowable continues (None: a whole
    flowable, or its first piece)."""
    return getattr(getattr(flowable, "pdf_continues", None), "pdf_node", None)


def _draw_element(recorder: StructureRecorder, flowable: Flowable, role: str,
                  draw_on: Callable[..., None], canvas: Any, x: float, y: float,
                  _sW: float) -> None:
    """A leaf element (a paragraph, a heading, a figure) or a container whose parts tag
    themselves (``pdf_container``)."""
    style = getattr(flowable, "style", None)
    attrs: dict[str, Any] = {"alt": getattr(flowable, "pdf_alt", None),
                             "lang": getattr(style, "pdf_lang", None)
                             or getattr(flowable, "pdf_lang", None)}
    back = recorder.continue_list() if getattr(style, "name", None) in CONTINUATION_STYLES \
        else None
    try:
        content = not getattr(flowable, "pdf_container", False)
        with recorder.element(canvas, role, content=content, continues=_continued(flowable),
                              **attrs) as node:
            draw_on(flowable, canvas, x, y, _sW)
        vars(flowable)["pdf_node"] = node
    finally:
        if back is not None:
            recorder.resume(back)


class TaggedDocument:
    """A document-template mixin (put it before ``BaseDocTemplate``) that tags what it lays
    out: flowables as structure elements, page templates' headers and footers as artifacts.
    After ``build``, ``self.structure`` holds the record for ``structure.write_structure``.
    Set ``tagging = False`` on an instance to build the untagged file."""

    tagging = True
    structure: StructureRecorder | None = None

    def build(self, flowables: list[Flowable], *args: Any,
              canvasmaker: Callable[..., Any] = Canvas, **kwargs: Any) -> None:
        """Build as the template does (pass ``canvasmaker`` by name), on a canvas that records
        the structure."""
        if not self.tagging:
            super().build(flowables, *args, canvasmaker=canvasmaker, **kwargs)  # type: ignore[misc]
            return
        recorder = self.structure = StructureRecorder()

        def make_canvas(*a: Any, **k: Any) -> Any:
            canvas = canvasmaker(*a, **k)
            canvas.structure_recorder = recorder
            return canvas

        super().build(flowables, *args, canvasmaker=make_canvas, **kwargs)  # type: ignore[misc]

    def handle_pageBegin(self) -> None:
        """The page template's onPage (running head, banner, footer) draws artifacts."""
        recorder = self.structure if self.tagging else None
        if recorder is None:
            super().handle_pageBegin()  # type: ignore[misc]
            return
        with recorder.artifact(self.canv):  # type: ignore[attr-defined]
            super().handle_pageBegin()  # type: ignore[misc]

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        """Arm the flowables a split put back on the list (new objects) before they draw."""
        if self.tagging and flowables:
            arm(flowables[0])
        super().handle_flowable(flowables)  # type: ignore[misc]
