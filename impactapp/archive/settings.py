"""archive/archive.yaml: the municipality's archive codes and export permissions, with file:line
errors like the rest of the catalog.

Codes differ between sak/arkiv systems (tilgangsrestriksjon, journalposttype, arkivdel, ...):
they are configuration, never constants in the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from impactapp.catalog.check import FileCheck
from impactapp.catalog.document import open_catalog_file
from impactapp.catalog.errors import CatalogError, CatalogInvalid
from impactapp.resources import resource_dir

FOLDER = "archive"
FILE = "archive.yaml"
CODE_KEYS = (
    "arkivdel",
    "journalposttype",
    "journalstatus",
    "saksstatus",
    "dokumentstatus",
    "dokumenttype",
    "tilknyttet_registrering_som",
    "variantformat",
    "format",
)
KEYS = ("file_mode", "units", "exemption", *CODE_KEYS)
_MODE = re.compile(r"0?[0-7]{3}")
#: The only placeholder the skjermingshjemmel template may hold.
BASIS = "{basis}"


@dataclass(frozen=True)
class Code:
    """A Fiks Arkiv code: a short kode and an optional longer beskrivelse."""

    kode: str
    beskrivelse: str = ""


@dataclass(frozen=True)
class Unit:
    """A unit's own archive part and its identifier in the archive ("" when not known)."""

    arkivdel: Code | None = None
    enhet: str = ""


@dataclass(frozen=True)
class Exemption:
    """How an exempt case is screened: codes by offentleglova section, a default, the text."""

    by_section: dict[str, Code]
    default: Code
    skjermingshjemmel: str  # a template holding {basis}
    public_title: str

    def restriction(self, basis: str) -> Code:
        """The tilgangsrestriksjon for a legal basis such as "offl. § 23 første ledd"."""
        match = re.search(r"§\s*(\d+)", basis)
        if match and match.group(1) in self.by_section:
            return self.by_section[match.group(1)]
        return self.default

    def legal_basis(self, basis: str) -> str:
        """The skjermingshjemmel text for the case's basis."""
        return self.skjermingshjemmel.replace(BASIS, basis.strip())


@dataclass(frozen=True)
class ArchiveSettings:
    """Everything archive.yaml configures."""

    file_mode: int
    codes: dict[str, Code]
    exemption: Exemption
    units: dict[str, Unit] = field(default_factory=dict)

    def code(self, name: str) -> Code:
        return self.codes[name]

    def arkivdel(self, unit: str) -> Code:
        own = self.units.get(unit)
        return own.arkivdel if own is not None and own.arkivdel is not None else \
            self.codes["arkivdel"]

    def enhet(self, unit: str) -> str:
        own = self.units.get(unit)
        return own.enhet if own is not None else ""


def load_archive_settings(folder: Path | None = None) -> ArchiveSettings:
    """Read and check archive.yaml (the configured one, else the shipped one); raise
    CatalogInvalid listing every problem."""
    folder = Path(folder) if folder is not None else resource_dir(FOLDER)
    errors: list[CatalogError] = []
    opened = open_catalog_file(folder, FILE, KEYS, errors)
    settings = _parse(*opened) if opened else None
    if errors or settings is None:
        raise CatalogInvalid(errors)
    return settings


def _parse(check: FileCheck, top: dict[str, Any]) -> ArchiveSettings | None:
    mode = _file_mode(check, top)
    codes = {name: _code(check, top, (), name) for name in CODE_KEYS}
    exemption = _exemption(check, top)
    units = _units(check, top)
    if mode is None or exemption is None or units is None or None in codes.values():
        return None
    return ArchiveSettings(file_mode=mode, codes=codes, exemption=exemption,  # type: ignore[arg-type]
                           units=units)


def _file_mode(check: FileCheck, top: dict[str, Any]) -> int | None:
    text = check.string(top, (), "file_mode")
    if text is None:
        return None
    if not _MODE.fullmatch(text.strip()):
        check.error(("file_mode",), f"'{text}' is not an octal file mode such as \"0640\"")
        return None
    mode = int(text, 8)
    if mode & 0o600 != 0o600:
        check.error(("file_mode",), f"'{text}' must let the owner read and write (6 first)")
    elif mode & 0o111:
        check.error(("file_mode",), f"'{text}' must not make the files executable")
    elif mode & 0o022:
        check.error(("file_mode",), f"'{text}' must not let others than the owner write")
    else:
        return mode
    return None


def _code(check: FileCheck, m: dict[str, Any], path: tuple, key: str) -> Code | None:
    if key not in m:
        return None  # reported as missing by the mapping check
    return _code_value(check, m[key], (*path, key))


def _code_value(check: FileCheck, value: Any, path: tuple) -> Code | None:
    entry = check.mapping(value, path, ("kode",), ("beskrivelse",))
    if entry is None:
        return None
    kode = check.string(entry, path, "kode")
    beskrivelse = check.string(entry, path, "beskrivelse") if "beskrivelse" in entry else ""
    if kode is None or beskrivelse is None:
        return None
    return Code(kode.strip(), beskrivelse.strip())


def _exemption(check: FileCheck, top: dict[str, Any]) -> Exemption | None:
    if "exemption" not in top:
        return None
    path = ("exemption",)
    entry = check.mapping(top["exemption"], path,
                          ("by_section", "default", "skjermingshjemmel", "public_title"))
    if entry is None:
        return None
    default = _code(check, entry, path, "default")
    template = check.string(entry, path, "skjermingshjemmel")
    if template is not None and BASIS not in template:
        check.error((*path, "skjermingshjemmel"),
                    f"must contain {BASIS}, where the case's legal basis goes")
        template = None
    public_title = check.string(entry, path, "public_title")
    sections = _sections(check, entry, path)
    if default is None or template is None or public_title is None or sections is None:
        return None
    return Exemption(sections, default, template.strip(), public_title.strip())


def _sections(check: FileCheck, entry: dict[str, Any], path: tuple) -> dict[str, Code] | None:
    if "by_section" not in entry:
        return None
    value = entry["by_section"]
    p = (*path, "by_section")
    if not isinstance(value, dict):
        check.error(p, "a mapping from section number to code expected")
        return None
    out: dict[str, Code] = {}
    complete = True
    for section, code_value in value.items():
        if not (isinstance(section, str) and section.isdigit()):
            check.error((*p, str(section)),
                        "the section must be a number in quotes, such as \"23\"")
            complete = False
            continue
        code = _code_value(check, code_value, (*p, section))
        if code is None:
            complete = False
        else:
            out[section] = code
    return out if complete else None


def _units(check: FileCheck, top: dict[str, Any]) -> dict[str, Unit] | None:
    if "units" not in top:
        return None
    value = top["units"]
    if value is None:
        return {}
    if not isinstance(value, dict):
        check.error(("units",), "a mapping from unit name to its archive part expected")
        return None
    out: dict[str, Unit] = {}
    complete = True
    for name, unit_value in value.items():
        p = ("units", str(name))
        entry = check.mapping(unit_value, p, (), ("arkivdel", "enhet"))
        if entry is None:
            complete = False
            continue
        arkivdel = _code(check, entry, p, "arkivdel")
        enhet = check.string(entry, p, "enhet") if "enhet" in entry else ""
        if ("arkivdel" in entry and arkivdel is None) or enhet is None:
            complete = False
            continue
        out[str(name)] = Unit(arkivdel, enhet.strip())
    return out if complete else None
