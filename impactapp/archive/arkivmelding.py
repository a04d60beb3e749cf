"""A Filing as the arkivmelding XML of KS Fiks Arkiv (message type arkivmelding.opprett, v1).

The message creates a saksmappe and a journalpost beside it that refers to it by the external
key; element order follows the schema's sequences (the schema rejects any other order).
"""

from __future__ import annotations

from lxml import etree

from .filing import FAGSYSTEM, Filing, Screening
from .settings import Code

NS = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1"
MD = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
_NSMAP = {None: NS, "n5mdk": MD, "xsi": XSI}


def _el(parent: etree._Element, name: str, text: str | None = None,
        ns: str = NS) -> etree._Element:
    child = etree.SubElement(parent, f"{{{ns}}}{name}")
    if text is not None:
        child.text = text
    return child


def _code(parent: etree._Element, name: str, code: Code) -> None:
    """A kode/beskrivelse pair (the children belong to the metadata catalogue)."""
    element = _el(parent, name)
    _el(element, "kode", code.kode, MD)
    if code.beskrivelse:
        _el(element, "beskrivelse", code.beskrivelse, MD)


def _key(parent: etree._Element, name: str, key: str, ns: str = NS) -> None:
    element = _el(parent, name, ns=ns)
    _el(element, "fagsystem", FAGSYSTEM, MD)
    _el(element, "noekkel", key, MD)


def _screening(parent: etree._Element, screening: Screening | None) -> None:
    if screening is not None:
        element = _el(parent, "skjerming")
        _code(element, "tilgangsrestriksjon", screening.restriction)
        _el(element, "skjermingshjemmel", screening.legal_basis)


def _names(parent: etree._Element, name: str, navn: str, identifier: str = "") -> None:
    if navn or identifier:
        element = _el(parent, name)
        if navn:
            _el(element, "navn", navn, MD)
        if identifier:
            _el(element, "identifikator", identifier, MD)


def _case_folder(root: etree._Element, filing: Filing) -> None:
    folder = _el(root, "mappe")
    folder.set(f"{{{XSI}}}type", "saksmappe")
    _el(folder, "tittel", filing.title)
    _el(folder, "offentligTittel", filing.public_title)
    _code(folder, "arkivdel", filing.arkivdel)
    _screening(folder, filing.screening)
    _key(folder, "referanseEksternNoekkel", filing.case_key)
    _el(folder, "saksdato", filing.case_date.isoformat())
    _names(folder, "administrativEnhet", filing.unit, filing.unit_id)
    _names(folder, "saksansvarlig", filing.caseworker)
    _code(folder, "saksstatus", filing.code("saksstatus"))


def _document(entry: etree._Element, filing: Filing) -> None:
    description = _el(entry, "dokumentbeskrivelse")
    _code(description, "dokumenttype", filing.code("dokumenttype"))
    _code(description, "dokumentstatus", filing.code("dokumentstatus"))
    _el(description, "tittel", filing.title)
    _code(description, "tilknyttetRegistreringSom", filing.code("tilknyttet_registrering_som"))
    _el(description, "dokumentnummer", "1")
    _screening(description, filing.screening)  # the memo itself is exempt, not only its entry
    obj = _el(description, "dokumentobjekt")
    _el(obj, "versjonsnummer", "1")
    _code(obj, "variantformat", filing.code("variantformat"))
    _code(obj, "format", filing.code("format"))
    _el(obj, "mimeType", "application/pdf")
    _el(obj, "filnavn", filing.document.name)
    _el(obj, "referanseDokumentfil", filing.document.name)
    _el(obj, "sjekksum", filing.document.sha256)
    _el(obj, "sjekksumAlgoritme", "SHA-256")
    _el(obj, "filstoerrelse", str(filing.document.size))


def _journal_entry(root: etree._Element, filing: Filing) -> None:
    entry = _el(root, "registrering")
    entry.set(f"{{{XSI}}}type", "journalpost")
    _el(entry, "opprettetDato", filing.filed_at.isoformat(timespec="seconds"))
    parent = _el(entry, "referanseForelderMappe")
    # Inside referanseTilMappe the key is the metadata catalogue's element.
    _key(parent, "referanseEksternNoekkel", filing.case_key, MD)
    _screening(entry, filing.screening)
    _document(entry, filing)
    _el(entry, "tittel", filing.title)
    _el(entry, "offentligTittel", filing.public_title)
    _key(entry, "referanseEksternNoekkel", filing.entry_key)
    _code(entry, "journalposttype", filing.code("journalposttype"))
    _code(entry, "journalstatus", filing.code("journalstatus"))
    _el(entry, "journaldato", filing.filed_at.date().isoformat())
    _el(entry, "dokumentetsDato", filing.filed_at.date().isoformat())


def arkivmelding_xml(filing: Filing) -> bytes:
    """The UTF-8 bytes of arkivmelding.xml for ``filing`` (one file: the memo PDF)."""
    root = etree.Element(f"{{{NS}}}arkivmelding", nsmap=_NSMAP)
    _el(root, "system", FAGSYSTEM)
    _el(root, "antallFiler", "1")
    _case_folder(root, filing)
    _journal_entry(root, filing)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def filed_entry_key(xml: bytes) -> str | None:
    """The journalpost key of an arkivmelding.xml written before; None when there is none."""
    try:
        root = etree.fromstring(xml, parser=etree.XMLParser(resolve_entities=False,
                                                            no_network=True))
    except etree.XMLSyntaxError:
        return None
    found = root.find(f"{{{NS}}}registrering/{{{NS}}}referanseEksternNoekkel/{{{MD}}}noekkel")
    return found.text if found is not None and found.text else None
