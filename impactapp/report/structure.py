"""The recorded structure written into the PDF: StructTreeRoot, ParentTree and what PDF/UA asks.

``write_structure`` turns a ``tagging.StructureRecorder``'s tree into structure elements, gives
every page its /StructParents key into the ParentTree (a number tree from the page to the
element owning each of its MCIDs), marks the file tagged and shows the title in the viewer's
window. ``outline`` prints the tree as indented text: what a screen reader reads, in order.
"""

from __future__ import annotations

from collections.abc import Iterator

import pikepdf
from pikepdf import Array, Dictionary, Name, Pdf

from .tagging import Node, StructureRecorder


def _text_of(pdf_page_texts: dict[tuple[int, int], str], node: Node) -> str:
    return " ".join(pdf_page_texts.get(k, "") for k in node.children if isinstance(k, tuple))


def write_structure(pdf: Pdf, recorder: StructureRecorder) -> None:
    """Write ``recorder``'s tree into ``pdf`` as its logical structure."""
    pages = [p.obj for p in pdf.pages]
    parents: dict[int, dict[int, pikepdf.Object]] = {i: {} for i in range(len(pages))}
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))

    def build(node: Node, parent: pikepdf.Object) -> pikepdf.Object:
        elem = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + node.role),
                                            P=parent))
        kids = Array()
        first_page = next((c[0] for c in node.children if isinstance(c, tuple)), None)
        if first_page is not None:
            elem.Pg = pages[first_page]
        for child in node.children:
            if isinstance(child, Node):
                kids.append(build(child, elem))
                continue
            page, mcid = child
            parents[page][mcid] = elem
            if page == first_page:
                kids.append(mcid)
            else:
                kids.append(Dictionary(Type=Name.MCR, Pg=pages[page], MCID=mcid))
        elem.K = kids
        if node.alt:
            elem.Alt = pikepdf.String(node.alt)
        if node.lang:
            elem.Lang = pikepdf.String(node.lang)
        if node.scope:
            elem.A = Dictionary(O=Name.Table, Scope=Name("/" + node.scope))
        return elem

    document = build(recorder.root, root)
    root.K = Array([document])
    nums = Array()
    for index, page in enumerate(pages):
        page.StructParents = index
        owners = parents[index]
        nums.append(index)
        nums.append(Array([owners[m] for m in range(len(owners))]))
        if "/Annots" not in page:
            page.Tabs = Name.S
    root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
    root.ParentTreeNextKey = len(pages)
    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)


def _lines(node: Node, depth: int, texts: dict[tuple[int, int], str] | None) -> Iterator[str]:
    attrs = []
    if node.scope:
        attrs.append(f"Scope={node.scope}")
    if node.lang:
        attrs.append(f"Lang={node.lang}")
    if node.alt:
        attrs.append(f'Alt="{node.alt}"')
    text = _text_of(texts, node) if texts is not None else ""
    line = "  " * depth + node.role
    if attrs:
        line += " [" + ", ".join(attrs) + "]"
    if text.strip():
        line += ": " + " ".join(text.split())
    yield line
    for child in node.children:
        if isinstance(child, Node):
            yield from _lines(child, depth + 1, texts)


def outline(node: Node, texts: dict[tuple[int, int], str] | None = None) -> str:
    """The tree under ``node`` as indented lines ("H1: Title", "  TD: +2"), with each element's
    own text when ``texts`` maps (page, MCID) to it."""
    return "\n".join(_lines(node, 0, texts))


#: The PDF/UA identification schema described for PDF/A, whose XMP may only hold properties of
#: predefined schemas or of extension schemas it describes.
_PDFUA_EXTENSION = """<rdf:Description rdf:about=""
 xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
 xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
"""


def declare_pdfua_schema(pdf: Pdf) -> None:
    """Describe the pdfuaid schema in the XMP packet (kept uncompressed), once."""
    metadata = pdf.Root.Metadata
    xmp = metadata.read_bytes().decode("utf-8")
    if "pdfaExtension:schemas" in xmp:
        return
    head, marker, tail = xmp.rpartition("</rdf:RDF>")
    metadata.write((head + _PDFUA_EXTENSION + marker + tail).encode("utf-8"))
