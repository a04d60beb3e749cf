"""Reading a tagged PDF back as a screen reader would: the structure tree with each element's text.

The text comes from the file itself: each page's content stream is parsed, every text operator
is decoded through its font's ToUnicode map and credited to the marked content (MCID) around it,
and the StructTreeRoot is walked in order. Text painted outside both an MCID and an /Artifact
is reported as untagged.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

import pikepdf
from pikepdf import Array, Dictionary, Name

_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}
_LINE_MOVES = {"BT", "Td", "TD", "T*", "Tm"}
#: Operators that paint: paths, shadings, images and forms, and text.
PAINT_OPERATORS = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", *TEXT_OPERATORS}


def _cmap(font: Dictionary) -> dict[int, str]:
    """A simple font's codes to text, from its ToUnicode bfchar entries (none: no text)."""
    out: dict[int, str] = {}
    if "/ToUnicode" not in font:
        return out
    body = font.ToUnicode.read_bytes().partition(b"endcodespacerange")[2]
    for code, target in _BFCHAR.findall(body):
        out[int(code, 16)] = bytes.fromhex(target.decode()).decode("utf-16-be")
    return out


def _decode(operands: list, cmap: dict[int, str]) -> str:
    parts = []
    for operand in operands:
        items = operand if isinstance(operand, Array) else [operand]
        for item in items:
            if isinstance(item, pikepdf.String):
                parts.append("".join(cmap.get(b, "") for b in bytes(item)))
    return "".join(parts)


@dataclass
class PageText:
    """A page's text by the MCID that owns it, and the text painted untagged."""

    by_mcid: dict[int, str] = field(default_factory=dict)
    untagged: list[str] = field(default_factory=list)
    unmarked: list[str] = field(default_factory=list)  # painting operators outside any BDC/BMC


def read_page(page: pikepdf.Page) -> PageText:
    """Credit every text operator on ``page`` to its marked content."""
    fonts = page.obj.Resources.get("/Font", Dictionary())
    cmaps = {str(name): _cmap(font) for name, font in fonts.items()}
    result = PageText()
    stack: list[int | str | None] = []  # MCID, "artifact", or None for other marked content
    cmap: dict[int, str] = {}
    moved = False  # a new line or text object began since the last text operator
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in PAINT_OPERATORS and not stack:
            result.unmarked.append(op)
        if op == "BDC":
            props = operands[1]
            mcid = props.get("/MCID") if isinstance(props, Dictionary) else None
            artifact = operands[0] == Name.Artifact
            stack.append("artifact" if artifact else (int(mcid) if mcid is not None else None))
        elif op == "BMC":
            stack.append("artifact" if operands[0] == Name.Artifact else None)
        elif op == "EMC":
            stack.pop()
        elif op == "Tf":
            cmap = cmaps.get(str(operands[0]), {})
        elif op in _LINE_MOVES:
            moved = True
        elif op in TEXT_OPERATORS:
            text = (" " if moved or op != "Tj" else "") + _decode(list(operands), cmap)
            moved = False
            owner = next((s for s in reversed(stack) if s is not None), None)
            if owner == "artifact":
                continue
            if isinstance(owner, int):
                result.by_mcid[owner] = result.by_mcid.get(owner, "") + text
            else:
                result.untagged.append(text)
    return result


def _kids(elem: Dictionary) -> list:
    kids = elem.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, Array) else [kids]


def _element_lines(elem: Dictionary, depth: int, texts: dict, page_of: dict,
                   page: int) -> tuple[list[str], bool]:
    """The element's lines, and whether it has content on ``page``."""
    own_page = page_of.get(elem.get("/Pg").objgen) if "/Pg" in elem else None
    text, on_page, lines = [], False, []
    for kid in _kids(elem):
        if isinstance(kid, int):
            on_page |= own_page == page
            if own_page == page:
                text.append(texts[own_page].by_mcid.get(kid, ""))
        elif isinstance(kid, Dictionary) and kid.get("/Type") == Name.MCR:
            kid_page = page_of[kid.Pg.objgen]
            on_page |= kid_page == page
            if kid_page == page:
                text.append(texts[kid_page].by_mcid.get(int(kid.MCID), ""))
        elif isinstance(kid, Dictionary):
            sub, sub_on = _element_lines(kid, depth + 1, texts, page_of, page)
            if sub_on:
                lines += sub
                on_page = True
    label = "  " * depth + str(elem.S)[1:]
    attrs = []
    if "/A" in elem and "/Scope" in elem.A:
        attrs.append(f"Scope={str(elem.A.Scope)[1:]}")
    if "/Lang" in elem:
        attrs.append(f"Lang={elem.Lang}")
    if "/Alt" in elem:
        attrs.append(f'Alt="{elem.Alt}"')
    if attrs:
        label += " [" + ", ".join(attrs) + "]"
    joined = " ".join("".join(text).split())
    if joined:
        label += ": " + joined
    return [label, *lines], on_page


def structure_outline(data: bytes, page: int = 0) -> str:
    """The structure tree of page ``page`` (0-based) as indented text, in reading order."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page_of = {p.obj.objgen: i for i, p in enumerate(pdf.pages)}
        texts = {i: read_page(p) for i, p in enumerate(pdf.pages)}
        lines: list[str] = []
        for top in _kids(pdf.Root.StructTreeRoot):
            lines += _element_lines(top, 0, texts, page_of, page)[0]
        return "\n".join(lines)


def unmarked_painting(data: bytes) -> list[tuple[int, str]]:
    """Every painting operator (text, paths, images, forms) outside any marked content."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [(i, op) for i, p in enumerate(pdf.pages) for op in read_page(p).unmarked]


def untagged_text(data: bytes) -> list[tuple[int, str]]:
    """Every text painted outside both an MCID's marked content and an artifact, by page."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [(i, text) for i, p in enumerate(pdf.pages) for text in read_page(p).untagged]
