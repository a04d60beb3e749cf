"""The arkivmelding for KS Fiks Arkiv: built from a case, valid against the shipped schema for an
open and an exempt case, and a broken message is rejected by the same check."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from impactapp.archive import (
    FAGSYSTEM,
    ArchiveError,
    arkivmelding_xml,
    filed_entry_key,
    load_archive_settings,
    plan_filing,
    schema_errors,
)
from impactapp.archive.arkivmelding import MD, NS
from impactapp.casefile import read_case_file
from impactapp.domain.model import Confidentiality

ROOT = Path(__file__).resolve().parents[2]
UID = "5f0c8f3e-9d1a-4c55-8a1e-2b7d9e4c1a20"
FILED_AT = datetime(2026, 11, 30, 9, 15, 0, tzinfo=UTC)
PDF = b"%PDF-1.7\n% a memo stands in here\n%%EOF\n"
Q = {"a": NS, "m": MD}


@pytest.fixture(scope="module")
def settings():
    return load_archive_settings(ROOT / "archive")


@pytest.fixture
def open_case(catalog):
    case = read_case_file(ROOT / "tests" / "data" / "parking_fees.yaml", catalog)
    assert not case.confidentiality.exempt
    return case


@pytest.fixture
def exempt_case(catalog):
    case = read_case_file(ROOT / "examples" / "tomtekjop-barnehage-haugenstua.yaml", catalog)
    assert case.confidentiality.exempt
    return case


def parse(xml: bytes) -> etree._Element:
    return etree.fromstring(xml)


def text(root: etree._Element, path: str) -> str:
    found = root.findall(path, Q)
    assert len(found) == 1, path
    return found[0].text


def test_an_open_case_files_as_a_valid_saksmappe_with_one_internal_journalpost(
        open_case, settings):
    xml = arkivmelding_xml(plan_filing(open_case, UID, PDF, settings, FILED_AT))
    assert schema_errors(xml) == []
    root = parse(xml)
    assert text(root, "a:antallFiler") == "1"
    folder = root.find("a:mappe", Q)
    assert folder.get("{http://www.w3.org/2001/XMLSchema-instance}type") == "saksmappe"
    assert text(folder, "a:tittel") == open_case.title
    assert text(folder, "a:offentligTittel") == open_case.title
    assert text(folder, "a:administrativEnhet/m:navn") == open_case.unit
    assert text(folder, "a:saksansvarlig/m:navn") == open_case.caseworker
    entry = root.find("a:registrering", Q)
    assert entry.get("{http://www.w3.org/2001/XMLSchema-instance}type") == "journalpost"
    assert text(entry, "a:journalposttype/m:kode") == "X"
    assert text(entry, "a:journalposttype/m:beskrivelse") == \
        "Organinternt dokument uten oppfølging"
    assert text(entry, "a:opprettetDato") == "2026-11-30T09:15:00+00:00"
    assert root.findall(".//a:skjerming", Q) == []
    # The journalpost points at the saksmappe by the case's key.
    assert text(entry, "a:referanseForelderMappe/m:referanseEksternNoekkel/m:noekkel") == UID
    assert text(folder, "a:referanseEksternNoekkel/m:noekkel") == UID
    assert text(entry, "a:referanseEksternNoekkel/m:fagsystem") == FAGSYSTEM == "ImpactApp"


def test_the_main_document_names_format_checksum_size_and_archive_variant(open_case, settings):
    root = parse(arkivmelding_xml(plan_filing(open_case, UID, PDF, settings, FILED_AT)))
    descriptions = root.findall("a:registrering/a:dokumentbeskrivelse", Q)
    assert len(descriptions) == 1
    description = descriptions[0]
    assert text(description, "a:tilknyttetRegistreringSom/m:beskrivelse") == "Hoveddokument"
    objects = description.findall("a:dokumentobjekt", Q)
    assert len(objects) == 1
    obj = objects[0]
    assert text(obj, "a:variantformat/m:beskrivelse") == "Arkivformat"
    assert text(obj, "a:format/m:kode") == "RA-PDF"
    assert text(obj, "a:sjekksum") == hashlib.sha256(PDF).hexdigest()
    assert text(obj, "a:sjekksumAlgoritme") == "SHA-256"
    assert text(obj, "a:filstoerrelse") == str(len(PDF))
    assert text(obj, "a:referanseDokumentfil") == "notat.pdf"


def test_an_exempt_case_is_screened_with_its_legal_basis_and_a_public_title(
        exempt_case, settings):
    xml = arkivmelding_xml(plan_filing(exempt_case, UID, PDF, settings, FILED_AT))
    assert schema_errors(xml) == []
    root = parse(xml)
    for where in ("a:mappe", "a:registrering"):
        element = root.find(where, Q)
        assert text(element, "a:skjerming/a:skjermingshjemmel") == "offl. § 23 første ledd"
        assert text(element, "a:skjerming/a:tilgangsrestriksjon/m:kode") == "23"
        assert text(element, "a:tittel") == exempt_case.title
        public = text(element, "a:offentligTittel")
        assert public == "Konsekvensvurdering, unntatt offentlighet"
        assert "Haugenstua" not in public
    document = root.find("a:registrering/a:dokumentbeskrivelse", Q)
    assert text(document, "a:skjerming/a:tilgangsrestriksjon/m:kode") == "23"
    assert len(root.findall(".//a:skjerming", Q)) == 3


def test_a_basis_naming_no_configured_section_gets_the_default_restriction(
        exempt_case, settings):
    exempt_case.confidentiality = Confidentiality(exempt=True, basis="fvl. § 13 første ledd")
    settings = replace(settings, exemption=replace(settings.exemption, by_section={}))
    root = parse(arkivmelding_xml(plan_filing(exempt_case, UID, PDF, settings, FILED_AT)))
    assert text(root, "a:registrering/a:skjerming/a:tilgangsrestriksjon/m:kode") == "UO"
    assert text(root, "a:registrering/a:skjerming/a:skjermingshjemmel") == \
        "fvl. § 13 første ledd"


def test_an_exempt_case_without_a_legal_basis_cannot_be_filed(exempt_case, settings):
    exempt_case.confidentiality = Confidentiality(exempt=True, basis="  ")
    with pytest.raises(ArchiveError, match="exempt from public disclosure but names no legal"):
        plan_filing(exempt_case, UID, PDF, settings, FILED_AT)


def test_the_same_revision_at_the_same_moment_gives_the_same_bytes_and_key(open_case, settings):
    first = arkivmelding_xml(plan_filing(open_case, UID, PDF, settings, FILED_AT))
    again = arkivmelding_xml(plan_filing(open_case, UID, PDF, settings, FILED_AT))
    assert first == again
    assert filed_entry_key(first) == f"{UID}/revisjon-{open_case.revision}"
    open_case.revision += 1
    later = arkivmelding_xml(plan_filing(open_case, UID, PDF, settings, FILED_AT))
    assert filed_entry_key(later) == f"{UID}/revisjon-{open_case.revision}"
    assert filed_entry_key(later) != filed_entry_key(first)
    # The case folder keeps its key across revisions: every revision goes into one saksmappe.
    assert text(parse(later), "a:mappe/a:referanseEksternNoekkel/m:noekkel") == UID


def test_the_clock_decides_the_dates(open_case, settings):
    later = datetime(2027, 1, 2, 8, 0, 0, tzinfo=UTC)
    root = parse(arkivmelding_xml(plan_filing(open_case, UID, PDF, settings, later)))
    assert text(root, "a:registrering/a:opprettetDato") == "2027-01-02T08:00:00+00:00"
    assert text(root, "a:registrering/a:journaldato") == "2027-01-02"


def test_codes_come_from_the_settings(open_case, settings):
    codes = {**settings.codes, "journalposttype": settings.codes["journalposttype"].__class__(
        "N", "Notat uten oppfølging")}
    own = replace(settings, codes=codes)
    root = parse(arkivmelding_xml(plan_filing(open_case, UID, PDF, own, FILED_AT)))
    assert text(root, "a:registrering/a:journalposttype/m:kode") == "N"
    assert text(root, "a:registrering/a:journalposttype/m:beskrivelse") == \
        "Notat uten oppfølging"


def _broken(xml: bytes, change) -> bytes:
    root = parse(xml)
    change(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def test_a_message_missing_a_required_element_is_rejected(open_case, settings):
    xml = arkivmelding_xml(plan_filing(open_case, UID, PDF, settings, FILED_AT))

    def drop_type(root):
        entry = root.find("a:registrering", Q)
        entry.remove(entry.find("a:journalposttype", Q))

    errors = schema_errors(_broken(xml, drop_type))
    assert errors and any("journalposttype" in e for e in errors)


def test_a_file_size_that_is_not_a_number_is_rejected(open_case, settings):
    xml = arkivmelding_xml(plan_filing(open_case, UID, PDF, settings, FILED_AT))

    def bad_size(root):
        root.find(".//a:filstoerrelse", Q).text = "about 40 kB"

    errors = schema_errors(_broken(xml, bad_size))
    assert errors and any("filstoerrelse" in e for e in errors)


def test_codes_in_the_wrong_namespace_are_rejected(open_case, settings):
    xml = arkivmelding_xml(plan_filing(open_case, UID, PDF, settings, FILED_AT))
    wrong = xml.replace(b"<n5mdk:kode>X</n5mdk:kode>", b"<kode>X</kode>")
    assert wrong != xml
    assert schema_errors(wrong)


def test_text_that_is_not_xml_is_rejected_with_its_line():
    assert schema_errors(b"<arkivmelding>\n<unclosed>")[0].startswith("line 2:")


def test_hostile_text_is_escaped_and_control_characters_are_dropped(open_case, settings):
    open_case.title = "Bjelle\x07 <mappe>&amp; ]]> \"sitat\" \x00slutt\ufffe"
    open_case.caseworker = "Ola\x1b[31m Nordmann"
    root = parse(arkivmelding_xml(plan_filing(open_case, UID, PDF, settings, FILED_AT)))
    assert text(root, "a:mappe/a:tittel") == "Bjelle <mappe>&amp; ]]> \"sitat\" slutt"
    assert text(root, "a:mappe/a:saksansvarlig/m:navn") == "Ola[31m Nordmann"
    assert schema_errors(etree.tostring(root)) == []


def test_a_unit_with_its_own_archive_part_is_filed_there(open_case, settings):
    from impactapp.archive.settings import Code, Unit

    own = replace(settings, units={open_case.unit: Unit(Code("BYM", "Bymiljø"), "BYM-01")})
    xml = arkivmelding_xml(plan_filing(open_case, UID, PDF, own, FILED_AT))
    assert schema_errors(xml) == []
    root = parse(xml)
    assert text(root, "a:mappe/a:arkivdel/m:kode") == "BYM"
    assert text(root, "a:mappe/a:administrativEnhet/m:identifikator") == "BYM-01"
    assert text(root, "a:mappe/a:administrativEnhet/m:navn") == open_case.unit
