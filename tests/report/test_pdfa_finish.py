"""pdfa.finish on PDFs that carry what PDF/A forbids or what validators misread."""

from __future__ import annotations

import io
import zlib

import page
import pikepdf
from pikepdf import Array, Dictionary, Name

from impactapp.report.model import DocumentInfo
from impactapp.report.pdfa import finish

INFO = DocumentInfo(title="Bompenger (rush)", author="Kari Nordmann", subject="Notat",
                    keywords=("11.6", "13.2"), language="nb-NO")


def _content_ending_in_cr() -> bytes:
    """Page content whose Flate data ends in a carriage return (Adler-32's low byte 0x0D)."""
    n = 0
    while True:
        data = b"q Q\n" + b"%" * n + b"\n"
        if zlib.adler32(data) & 0xFF == 0x0D:
            return data
        n += 1


def _unsafe_pdf() -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    page_obj = pdf.pages[0].obj
    page_obj.Contents = pdf.make_stream(_content_ending_in_cr())
    page_obj.Trans = Dictionary()
    page_obj.Annots = Array([
        pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Link, Rect=[0, 0, 10, 10], F=4,
            A=Dictionary(S=Name.URI, URI=pikepdf.String("file:///etc/passwd")),
        )),
        pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Link, Rect=[0, 20, 10, 30], F=4,
            A=Dictionary(S=Name.Launch, F=pikepdf.String("calc.exe")),
        )),
    ])
    pdf.Root.OpenAction = Dictionary(S=Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_finish_removes_scripts_launch_actions_file_links_and_empty_transitions():
    data = finish(_unsafe_pdf(), INFO)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert "/OpenAction" not in pdf.Root
        page_obj = pdf.pages[0].obj
        assert len(page_obj.get("/Annots", Array())) == 0
        assert "/Trans" not in page_obj


def test_no_stream_ends_in_a_carriage_return_after_finishing():
    data = finish(_unsafe_pdf(), INFO)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                assert not obj.read_raw_bytes().endswith(b"\r")
    report = page.validate_pdf_bytes(data, profile="2u")
    assert "PDFA2U-STREAM-LENGTH-001" not in [f.rule_id for f in report.failures]


def test_a_title_with_parentheses_is_written_outside_object_streams():
    data = finish(_unsafe_pdf(), INFO)
    assert b"/ObjStm" not in data
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert str(pdf.docinfo.Title) == "Bompenger (rush)"


def test_a_font_program_ending_in_a_carriage_return_is_padded_and_finishing_ends():
    from impactapp.report.pdfa import _avoid_cr_before_endstream

    program = _content_ending_in_cr()  # any bytes whose Flate data would end in CR
    pdf = pikepdf.new()
    font = pdf.make_stream(program)
    font.Length1 = len(program)
    _avoid_cr_before_endstream(pdf)  # zero padding never changes the checksum: must not hang
    padded = font.read_bytes()
    assert padded.startswith(program) and zlib.adler32(padded) & 0xFF != 0x0D
    assert int(font.Length1) == len(padded)
