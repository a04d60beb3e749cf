"""Reads a data symbol's bytes and the SONAME out of a 64-bit ELF shared library.

Enough of the ELF format (the section headers, ``.dynsym`` and ``.dynamic``) to take the ICU
data package out of ``libicudata.so`` without binutils' text output to parse. PySide6's Linux
wheels exist for x86-64 and AArch64 only, both 64-bit.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

SHT_DYNSYM = 11
SHT_DYNAMIC = 6
SHN_UNDEF = 0
DT_NULL, DT_SONAME = 0, 14


class NotElfLibrary(ValueError):
    """The bytes are not a 64-bit ELF file with the symbol or entry asked for."""


@dataclass(frozen=True)
class _Section:
    type: int
    address: int
    offset: int
    size: int
    link: int


def _sections(elf: bytes) -> tuple[str, list[_Section]]:
    """The byte order prefix and the section headers of ``elf``."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2:
        raise NotElfLibrary("not a 64-bit ELF file")
    order = "<" if elf[5] == 1 else ">"
    shoff, = struct.unpack_from(order + "Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from(order + "HH", elf, 0x3A)
    sections = []
    for index in range(shnum):
        _, kind, _, address, offset, size, link, _, _, _ = struct.unpack_from(
            order + "IIQQQQIIQQ", elf, shoff + index * shentsize)
        sections.append(_Section(kind, address, offset, size, link))
    return order, sections


def _string(elf: bytes, table: _Section, offset: int) -> str:
    """The NUL-terminated string at ``offset`` in the string table section ``table``."""
    start = table.offset + offset
    return elf[start:elf.index(b"\0", start)].decode("ascii")


def symbol_data(elf: bytes, pattern: str) -> tuple[str, bytes]:
    """The name and bytes of the one defined dynamic symbol whose name matches ``pattern``."""
    order, sections = _sections(elf)
    found = []
    for table in (s for s in sections if s.type == SHT_DYNSYM):
        names = sections[table.link]
        for start in range(table.offset, table.offset + table.size, 24):
            name_offset, _, _, shndx, value, size = struct.unpack_from(order + "IBBHQQ", elf,
                                                                       start)
            name = _string(elf, names, name_offset)
            if shndx != SHN_UNDEF and shndx < len(sections) and re.fullmatch(pattern, name):
                found.append((name, sections[shndx], value, size))
    if len(found) != 1:
        raise NotElfLibrary(f"{len(found)} defined symbols match {pattern!r}, expected one")
    name, section, value, size = found[0]
    start = section.offset + value - section.address
    if not section.offset <= start <= start + size <= section.offset + section.size:
        raise NotElfLibrary(f"symbol {name} lies outside its section")
    return name, elf[start:start + size]


def soname(elf: bytes) -> str:
    """The library's DT_SONAME (the name programs that link to it ask the loader for)."""
    order, sections = _sections(elf)
    for dynamic in (s for s in sections if s.type == SHT_DYNAMIC):
        for start in range(dynamic.offset, dynamic.offset + dynamic.size, 16):
            tag, value = struct.unpack_from(order + "qQ", elf, start)
            if tag == DT_NULL:
                break
            if tag == DT_SONAME:
                return _string(elf, sections[dynamic.link], value)
    raise NotElfLibrary("the library has no SONAME")
