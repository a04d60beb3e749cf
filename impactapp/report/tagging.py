"""Tagged PDF on reportlab: every flowable's drawing in marked content, recorded as a structure.

reportlab writes no structure tree. ``tagged_document.TaggedDocument`` (a document-template
mixin) arms each flowable as its frame lays it out: a paragraph, a figure or a table cell is
drawn between ``/P <</MCID n>> BDC`` and ``EMC`` while the ``StructureRecorder`` here notes
which structure element (``P``, ``H1``-``H3``, ``Figure``, ``TH``/``TD`` ...) owns MCID n of
that page; page headers and footers (the page templates' ``onPage``) are drawn as
``/Artifact``. After the build, ``structure.write_structure`` turns the record into the PDF's
StructTreeRoot and ParentTree. A flowable says how it is tagged with ``pdf_role`` (a class or
instance attribute); paragraphs are tagged by their style's name, so the pieces of a split
paragraph are tagged alike.

A report built on ``render.OutlinedDocument`` (memo, portfolio, budget) is tagged already; it
hands the record to the finishing step: ``doc.build(...)``, then
``pdfa.finish(buffer.getvalue(), info, doc.structure)``. Tables name their header cells with
``table_headers``, layout-only tables say so with ``layout_table``, and charts get their text
with ``figure(drawing, alt)``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable, Table

#: Paragraph styles that are headings, by name; every other paragraph is a P.
HEADING_STYLES = {"title": "H1", "h1": "H1", "h2": "H2", "h2_glance": "H2", "h3": "H3"}
#: Paragraph styles that continue the body of the list item before them.
CONTINUATION_STYLES = frozenset({"under_swatch"})


@dataclass(eq=False)
class Node:
    """A structure element: its type, attributes, and children (elements or MCIDs)."""

    role: str
    parent: Node | None = field(default=None, repr=False)
    children: list[Node | tuple[int, int]] = field(default_factory=list)  # (page, MCID)
    alt: str | None = None
    lang: str | None = None
    scope: str | None = None  # TH: Row or Column
    back: Node | None = field(default=None, repr=False)  # current before this one opened

    def add(self, role: str, **attrs: Any) -> Node:
        child = Node(role, parent=self, **attrs)
        self.children.append(child)
        return child

    def last_child(self, role: str) -> Node | None:
        """The last child when it is an element of ``role``."""
        last = self.children[-1] if self.children else None
        return last if isinstance(last, Node) and last.role == role else None


class StructureRecorder:
    """Records the structure while the canvas draws, and writes the marked-content operators."""

    def __init__(self) -> None:
        self.root = Node("Document")
        self._current = self.root
        self._mcids: dict[int, int] = {}  # page index -> next MCID
        self._sealed = 0  # >0 while drawing inside marked content or an artifact
        self._headings: list[tuple[int, int]] = []  # (level styled, level tagged), open

    # -- elements ---------------------------------------------------------------------------

    def open(self, role: str, **attrs: Any) -> Node:
        """Open an element under the current one (headings never skip a level; list items
        gather in a list)."""
        parent = self._current
        if role in ("H1", "H2", "H3", "H4", "H5", "H6"):
            role = f"H{self._heading_level(int(role[1]))}"
        elif role == "LI":
            parent = parent.last_child("L") or parent.add("L")
        node = parent.add(role, **attrs)
        node.back = self._current
        self._current = node
        return node

    def _heading_level(self, styled: int) -> int:
        """The level a heading styled at ``styled`` is tagged at: one below the open heading
        styled higher, so no level is skipped (an h3 straight under an h1 is tagged H2, and
        so are its siblings)."""
        while self._headings and self._headings[-1][0] >= styled:
            self._headings.pop()
        level = self._headings[-1][1] + 1 if self._headings else 1
        self._headings.append((styled, level))
        return level

    def continue_list(self) -> Node | None:
        """Make the body of the last list item the current element, if the last element is a
        list; returns the element to ``resume`` after (None: nothing changed)."""
        lst = self._current.last_child("L")
        item = lst.last_child("LI") if lst else None
        body = item.last_child("LBody") if item else None
        if body is None:
            return None
        back, self._current = self._current, body
        return back

    def resume(self, node: Node) -> None:
        """Make ``node`` the current element again (after ``continue_list``)."""
        self._current = node

    def close(self, node: Node) -> None:
        """Close ``node`` (and anything left open inside it)."""
        self._current = node.back or self.root

    # -- marked content ---------------------------------------------------------------------

    @property
    def sealed(self) -> bool:
        """True inside marked content or an artifact, where nothing more is tagged."""
        return self._sealed > 0

    def begin_content(self, canvas: Any, node: Node) -> None:
        """Start marked content owned by ``node`` with the page's next MCID."""
        page = canvas.getPageNumber() - 1
        mcid = self._mcids.get(page, 0)
        self._mcids[page] = mcid + 1
        node.children.append((page, mcid))
        canvas._code.append(f"/{node.role} <</MCID {mcid}>> BDC")
        self._sealed += 1

    def end_content(self, canvas: Any) -> None:
        canvas._code.append("EMC")
        self._sealed -= 1

    @contextlib.contextmanager
    def artifact(self, canvas: Any) -> Iterator[None]:
        """Draw the block as an artifact (page furniture a screen reader skips)."""
        if self.sealed:
            yield
            return
        canvas._code.append("/Artifact BMC")
        self._sealed += 1
        try:
            yield
        finally:
            self._sealed -= 1
            canvas._code.append("EMC")

    @contextlib.contextmanager
    def element(self, canvas: Any, role: str, content: bool = True,
                continues: Node | None = None, **attrs: Any) -> Iterator[Node | None]:
        """Draw the block as element ``role``: as its marked content (``content``), or as a
        container whose parts tag themselves. The rest of a paragraph or table split over a
        page joins the element it ``continues`` when nothing was read in between."""
        if self.sealed:
            yield None
            return
        if continues is not None and self._current.children \
                and self._current.children[-1] is continues:
            node, continues.back, self._current = continues, self._current, continues
        else:
            node = self.open(role, **attrs)
        if content:
            self.begin_content(canvas, node)
        try:
            yield node
        finally:
            if content:
                self.end_content(canvas)
            self.close(node)


def recorder_of(canvas: Any) -> StructureRecorder | None:
    """The canvas's structure recorder (None on an untagged canvas)."""
    return getattr(canvas, "structure_recorder", None)


@contextlib.contextmanager
def tagged(canvas: Any, role: str, content: bool = True, **attrs: Any) -> Iterator[None]:
    """Draw the block as structure element ``role`` when the canvas is tagged (for flowables
    that draw several parts, such as a list item's label and body)."""
    recorder = recorder_of(canvas)
    if recorder is None:
        yield
        return
    with recorder.element(canvas, role, content, **attrs):
        yield


@contextlib.contextmanager
def artifact(canvas: Any) -> Iterator[None]:
    """Draw the block as an artifact when the canvas is tagged."""
    recorder = recorder_of(canvas)
    if recorder is None:
        yield
        return
    with recorder.artifact(canvas):
        yield


# -- tables -----------------------------------------------------------------------------------


class TableTagger:
    """A table's render callback: cells as TH (in the header rows and columns) or TD in rows,
    backgrounds and rules as artifacts. reportlab hands it on to the parts of a split table."""

    def __init__(self, header_rows: int = 0, header_columns: Iterable[int] = (),
                 layout: bool = False) -> None:
        self.header_rows = header_rows
        self.header_columns = frozenset(header_columns)
        self.layout = layout  # a layout table: only its backgrounds and rules are tagged
        self._stack: list[contextlib.ExitStack] = []

    def __call__(self, table: Table, event: str, *args: Any) -> None:
        canvas = table.canv
        recorder = recorder_of(canvas)
        if recorder is None:
            return
        repeated = getattr(table, "pdf_continues", None) is not None and args \
            and args[0] < table.repeatRows  # a header row repeated on the next page
        if event in ("startBG", "startLines") or (repeated and event == "startRow"):
            self._enter(recorder.artifact(canvas))
        elif event in ("endBG", "endLines") or (repeated and event == "endRow"):
            self._stack.pop().close()
        elif self.layout:  # only text typed straight into a layout cell needs a paragraph
            if event == "startCell":
                text = args[2] if isinstance(args[2], str) and args[2].strip() else None
                self._enter(recorder.element(canvas, "P") if text else contextlib.nullcontext())
            elif event == "endCell":
                self._stack.pop().close()
        elif event == "startRow":
            self._enter(recorder.element(canvas, "TR", content=False))
        elif event == "startCell":
            row, column = args[0], args[1]
            if row < self.header_rows:
                self._enter(recorder.element(canvas, "TH", scope="Column"))
            elif column in self.header_columns:
                self._enter(recorder.element(canvas, "TH", scope="Row"))
            else:
                self._enter(recorder.element(canvas, "TD"))
        elif event in ("endRow", "endCell"):
            self._stack.pop().close()

    def _enter(self, manager: contextlib.AbstractContextManager) -> None:
        stack = contextlib.ExitStack()
        stack.enter_context(manager)
        self._stack.append(stack)


def table_headers(table: Table, rows: int = 1, columns: Iterable[int] = ()) -> Table:
    """Mark ``table``'s first ``rows`` rows (column heads) and its ``columns`` (row heads, such
    as the label columns of label-value pairs) as header cells."""
    table._renderCB = TableTagger(rows, columns)
    return table


def layout_table(table: Table) -> Table:
    """Mark ``table`` as layout only: its cells' contents are tagged as if they stood alone."""
    table.pdf_role = "layout"
    return table


def figure(flowable: Flowable, alt: str) -> Flowable:
    """Tag ``flowable`` (a chart, the goal strip) as a Figure whose alternative text is
    ``alt``."""
    vars(flowable)["pdf_alt"] = alt
    vars(flowable)["pdf_role"] = "Figure"
    return flowable
