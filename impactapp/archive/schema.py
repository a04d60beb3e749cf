"""Checks an arkivmelding against the KS Fiks Arkiv schemas shipped in ``schemas/`` (MIT)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
SCHEMA_FILE = "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd"


@cache
def _schema() -> etree.XMLSchema:
    """The parsed schema (its import of metadatakatalog.xsd is read from the same folder)."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / SCHEMA_FILE), parser))


def schema_errors(xml: bytes) -> list[str]:
    """What makes ``xml`` invalid against the arkivmelding schema, as "line N: message"
    strings; empty when it is valid."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    try:
        document = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        return [f"line {exc.lineno}: {exc.msg}"]
    schema = _schema()
    if schema.validate(document):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]
