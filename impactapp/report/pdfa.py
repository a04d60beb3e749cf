"""Finishing reportlab's PDF as PDF/A-2u with pikepdf.

reportlab has no PDF/A switch. This module adds what archiving needs and removes what it
forbids: an sRGB output intent, XMP metadata from the memo (declaring part 2, conformance U),
ToUnicode maps without <0000> entries (every glyph must map to real text for level U), no
empty /Trans page entries, no JavaScript, launch actions or links to local files. The file is
saved without object streams: page-validation misreads literal strings with parentheses
inside object streams. No stream's data may end in a carriage return either: followed by the
line feed before ``endstream`` it reads as a CR LF end-of-line, and the stream then seems one
byte shorter than its /Length (page-validation reports STREAM-LENGTH-001).
"""

from __future__ import annotations

import io
import logging
import re
import time
import zlib
from datetime import UTC, date, datetime

import pikepdf
from pikepdf import Array, Dictionary, Name, Pdf, Stream
from pikepdf import pdfa as pikepdf_pdfa

from .model import DocumentInfo, Memo
from .render import MemoRenderer
from .structure import declare_pdfua_schema, write_structure
from .tagging import StructureRecorder
from .text import one_line

_log = logging.getLogger(__name__)

#: pikepdf validates level B only; after declaring U its one expected finding is this rule
#: (pdfaid:conformance is 'U', expected 'B').
CONFORMANCE_RULE = "ISO_19005_2:6.6.4-3"
#: pikepdf knows no XMP extension schemas, which PDF/A needs to carry the PDF/UA identification
#: (pdfuaid is not one of its predefined schemas; page-validation requires the description).
#: In a tagged file these are its further expected findings, exactly.
UA_SCHEMA_FINDINGS = frozenset({
    ("ISO_19005_2:6.6.2.3.1-1", message) for message in (
        "XMP namespace pdfaExtension=http://www.aiim.org/pdfa/ns/extension/ is not permitted",
        "XMP namespace pdfaSchema=http://www.aiim.org/pdfa/ns/schema# is not permitted",
        "XMP namespace pdfaProperty=http://www.aiim.org/pdfa/ns/property# is not permitted",
        "XMP property pdfuaid:part is not permitted",
        "XMP property pdfaExtension:schemas is not permitted",
    )
})


def expected_pikepdf_finding(rule: str, message: str) -> bool:
    """True for the findings pikepdf's level-B check makes on a correct tagged file: the
    declared conformance letter, and the schemas it does not know (``UA_SCHEMA_FINDINGS``)."""
    return rule == CONFORMANCE_RULE or (rule, message) in UA_SCHEMA_FINDINGS
_FLAVOUR = "2b"
#: The date a file states when its memo has none (reproducible output, never the clock).
FIXED_DATE = date(2000, 1, 1)
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_CMAP_BLOCK = 100  # the most entries one beginbfchar block may hold
_UNSAFE_ACTIONS = {"/JavaScript", "/Launch", "/GoToR", "/GoToE", "/ImportData", "/SubmitForm",
                   "/ResetForm", "/Movie", "/Sound", "/Rendition", "/SetOCGState", "/Hide"}


def _utf16(code_point: int) -> bytes:
    """A code point as the UTF-16BE hex a ToUnicode map wants (surrogate pair above U+FFFF)."""
    if code_point <= 0xFFFF:
        return b"%04X" % code_point
    offset = code_point - 0x10000
    return b"%04X%04X" % (0xD800 + (offset >> 10), 0xDC00 + (offset & 0x3FF))


def clean_to_unicode(cmap: bytes) -> bytes:
    """The CMap without entries mapping to U+0000 (reportlab fills unused codes with them),
    with code points above U+FFFF written as surrogate pairs, in blocks of at most 100."""
    head, marker, rest = cmap.partition(b"endcodespacerange")
    body, end, tail = rest.partition(b"endbfchar")
    if not marker or not end:
        return cmap
    pairs = []
    for code, target in _BFCHAR.findall(body):
        point = int(target, 16)
        if point == 0:
            continue
        if len(target) % 4:  # a bare code point above U+FFFF, not UTF-16
            target = _utf16(point)
        pairs.append((code, target))
    blocks = [head, marker, b"\n"]
    for start in range(0, len(pairs), _CMAP_BLOCK):
        chunk = pairs[start:start + _CMAP_BLOCK]
        blocks.append(b"%d beginbfchar\n" % len(chunk))
        blocks += [b"<%s> <%s>\n" % pair for pair in chunk]
        blocks.append(b"endbfchar\n")
    blocks.append(tail.lstrip(b"\r\n"))
    return b"".join(blocks)


def _fix_fonts(pdf: Pdf) -> None:
    """Clean the ToUnicode map of every font, wherever it is used (pages and forms alike)."""
    for obj in pdf.objects:
        if isinstance(obj, Dictionary) and obj.get("/Type") == Name.Font:
            cmap = obj.get("/ToUnicode")
            if isinstance(cmap, Stream):
                cmap.write(clean_to_unicode(cmap.read_bytes()))


def _unsafe_action(action: object) -> bool:
    if not isinstance(action, Dictionary):
        return False
    kind = str(action.get("/S", ""))
    if kind in _UNSAFE_ACTIONS:
        return True
    return kind == "/URI" and str(action.get("/URI", "")).lower().startswith("file:")


def _strip_actions(pdf: Pdf) -> None:
    """No JavaScript, launch actions or links to local files survive (PDF/A forbids the first
    two; the last would point an archive reader at their own disk)."""
    root = pdf.Root
    if _unsafe_action(root.get("/OpenAction")):
        del root["/OpenAction"]
    for holder in (root, *(page.obj for page in pdf.pages)):
        if "/AA" in holder:
            del holder["/AA"]
    names = root.get("/Names")
    if isinstance(names, Dictionary) and "/JavaScript" in names:
        del names["/JavaScript"]
    for page in pdf.pages:
        if "/Trans" in page.obj and len(page.obj.Trans.keys()) == 0:
            del page.obj["/Trans"]
        annots = page.obj.get("/Annots")
        if not isinstance(annots, Array):
            continue
        kept = [a for a in annots if not _unsafe_action(a.get("/A"))]
        for a in kept:
            if "/AA" in a:
                del a["/AA"]
        if len(kept) != len(annots):
            page.obj.Annots = Array(kept)


def _written_last_byte(data: bytes) -> int:
    """The last byte of the stream as saved: Flate data ends with the Adler-32 checksum of the
    uncompressed data, most significant byte first."""
    return zlib.adler32(data) & 0xFF


def _avoid_cr_before_endstream(pdf: Pdf) -> None:
    """Pad every stream whose compressed data would end in CR: a font program with a zero
    byte past its tables (counted in /Length1), page content and CMaps with a line feed.
    Metadata stays uncompressed and ends in its packet trailer; ICC profiles and images are
    left alone (their size is part of their format)."""
    for obj in pdf.objects:
        if not isinstance(obj, Stream) or obj.get("/Type") == Name.Metadata:
            continue
        if "/N" in obj or obj.get("/Subtype") == Name.Image:
            continue
        data = obj.read_bytes()
        if _written_last_byte(data) != 0x0D:
            continue
        font_program = "/Length1" in obj
        # Zero bytes would not do: they leave the checksum's last byte as it is. A font's
        # parsers ignore bytes past its tables; content streams take a line feed.
        while _written_last_byte(data) == 0x0D:
            data += b"\x01" if font_program else b"\n"
        obj.write(data)
        if font_program:
            obj.Length1 = len(data)


def _set_metadata(pdf: Pdf, info: DocumentInfo) -> None:
    """Document information; ``prepare`` copies it into the XMP packet."""
    docinfo = pdf.docinfo
    docinfo[Name.Title] = pikepdf.String(one_line(info.title))
    docinfo[Name.Author] = pikepdf.String(one_line(info.author))
    docinfo[Name.Subject] = pikepdf.String(one_line(info.subject))
    docinfo[Name.Keywords] = pikepdf.String(", ".join(info.keywords))
    docinfo[Name.Creator] = pikepdf.String("ImpactApp")
    for empty in [k for k, v in docinfo.items() if str(v) == ""]:
        del docinfo[empty]
    pdf.Root.Lang = pikepdf.String(info.language)


def _made(info: DocumentInfo) -> datetime:
    """When the file says it was made: the memo's date at midnight UTC, never the clock."""
    return datetime.combine(info.made or FIXED_DATE, datetime.min.time(), tzinfo=UTC)


def _set_dates(pdf: Pdf, meta: pikepdf.models.PdfMetadata, made: datetime) -> None:
    """The same creation and modification date in the document information and the XMP."""
    stamp = made.strftime("D:%Y%m%d%H%M%S+00'00")
    pdf.docinfo[Name.CreationDate] = pikepdf.String(stamp)
    pdf.docinfo[Name.ModDate] = pikepdf.String(stamp)
    for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
        meta[key] = made.isoformat()


def finish(pdf_bytes: bytes, info: DocumentInfo,
           structure: StructureRecorder | None = None) -> bytes:
    """reportlab's bytes as PDF/A-2u bytes; with the ``structure`` recorded while they were
    drawn (``tagging.TaggedDocument``), as tagged PDF/A-2a and PDF/UA-1 bytes."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        _fix_fonts(pdf)
        _strip_actions(pdf)
        _set_metadata(pdf, info)
        if structure is not None:
            write_structure(pdf, structure)
        pikepdf_pdfa.prepare(pdf, _FLAVOUR)  # output intent (sRGB), XMP, conformance B
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            # U: every glyph maps to Unicode (see _fix_fonts); A: and the file is tagged
            meta["pdfaid:conformance"] = "U" if structure is None else "A"
            meta["dc:language"] = [info.language]
            _set_dates(pdf, meta, _made(info))
            if structure is not None:
                meta["pdfuaid:part"] = "1"
        if structure is not None:
            declare_pdfua_schema(pdf)
        _avoid_cr_before_endstream(pdf)
        if "/ID" in pdf.trailer:  # reportlab's is made from the clock; qpdf's from the content
            del pdf.trailer["/ID"]
        out = io.BytesIO()
        pdf.save(out, **pikepdf_pdfa.resolve_save_kwargs(
            _FLAVOUR, object_stream_mode=pikepdf.ObjectStreamMode.disable,
            deterministic_id=True))
    return out.getvalue()


def render_memo_pdf(memo: Memo, renderer: MemoRenderer | None = None) -> bytes:
    """The memo as tagged PDF/A-2a and PDF/UA-1 bytes (PDF/A-2u from an untagged renderer):
    render, then finish."""
    start = time.perf_counter()
    raw, structure = (renderer or MemoRenderer()).render_tagged(memo)
    data = finish(raw, memo.info, structure)
    # Sizes and times only: the memo's text may be exempt from disclosure (see logsetup).
    _log.info("memo rendered: %d bytes in %.2f s", len(data), time.perf_counter() - start)
    return data
