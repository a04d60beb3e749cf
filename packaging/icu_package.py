"""Reads and writes ICU's common data package (the ``.dat`` that ``libicudata`` carries).

The format (ICU's ``udata.h`` and ``ucmndata.h``): a data header (a 16-bit header size, the
magic bytes ``DA 27``, a ``UDataInfo`` with the byte order and the format ``CmnD`` version 1,
then a copyright string), and after it a table of contents: a 32-bit item count, one pair of
32-bit offsets (name, data) per item, the NUL-terminated item names, then the items. Offsets
count from the start of the table. ICU finds an item by a binary search over the names in byte
order and takes its length to be the distance to the next item's data, so the items must be
sorted by name and stored in that order. Each item is itself an ICU data file with its own
header; this module never looks inside one.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

MAGIC = b"\xda\x27"
FORMAT = b"CmnD"
#: ICU aligns every item on 16 bytes (its data files contain 64-bit and 128-bit values).
ALIGNMENT = 16
#: The filler ICU's own tools (icupkg, pkgdata) put between items.
PADDING = b"\xaa"


class NotCommonData(ValueError):
    """The bytes are not an ICU common data package this module can read."""


@dataclass(frozen=True)
class Item:
    """One named data file of the package, such as ``icudt73l/coll/nb.res``."""

    name: str
    data: bytes


@dataclass(frozen=True)
class CommonData:
    """A package: its header (kept byte for byte) and its items in table order."""

    header: bytes
    items: tuple[Item, ...]

    @property
    def byte_order(self) -> str:
        """The struct prefix for the package's byte order (``<`` or ``>``)."""
        return _byte_order(self.header)


def _byte_order(header: bytes) -> str:
    """``<`` for a little-endian package, ``>`` for a big-endian one (``UDataInfo.isBigEndian``)."""
    return ">" if header[8] else "<"


def read_package(blob: bytes) -> CommonData:
    """The header and items of the package in ``blob`` (the last item runs to the end)."""
    if len(blob) < 32 or blob[2:4] != MAGIC:
        raise NotCommonData("no ICU data header (magic bytes DA 27 missing)")
    order = _byte_order(blob[:32])
    header_size = struct.unpack_from(order + "H", blob, 0)[0]
    data_format, format_version = blob[12:16], blob[16]
    if data_format != FORMAT or format_version != 1:
        raise NotCommonData(f"data format {data_format!r} version {format_version}, "
                            "not a common data package (CmnD version 1)")
    toc = header_size
    (count,) = struct.unpack_from(order + "I", blob, toc)
    entries = [struct.unpack_from(order + "II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        start = toc + name_offset
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        end = toc + entries[index + 1][1] if index + 1 < count else len(blob)
        if not toc + data_offset <= end <= len(blob):
            raise NotCommonData(f"item {name} lies outside the package")
        items.append(Item(name, blob[toc + data_offset:end]))
    return CommonData(blob[:header_size], tuple(items))


def write_package(package: CommonData) -> bytes:
    """The package as bytes ICU reads: items sorted by name, each on a 16-byte boundary."""
    items = sorted(package.items, key=lambda item: item.name.encode("ascii"))
    names = [item.name.encode("ascii") for item in items]
    if len(set(names)) != len(names):
        raise ValueError("two items have the same name")
    order = package.byte_order
    header = package.header
    if len(header) % ALIGNMENT:
        raise NotCommonData("the header size is not a multiple of 16")
    table_size = 4 + 8 * len(items)
    name_offsets, offset = [], table_size
    for name in names:
        name_offsets.append(offset)
        offset += len(name) + 1
    data_offsets = []
    for item in items:
        offset = _aligned(offset)
        data_offsets.append(offset)
        offset += len(item.data)
    out = bytearray(header)
    out += struct.pack(order + "I", len(items))
    for name_offset, data_offset in zip(name_offsets, data_offsets, strict=True):
        out += struct.pack(order + "II", name_offset, data_offset)
    for name in names:
        out += name + b"\0"
    for item, data_offset in zip(items, data_offsets, strict=True):
        out += PADDING * (len(header) + data_offset - len(out))
        out += item.data
    out += PADDING * (_aligned(len(out)) - len(out))
    return bytes(out)


def _aligned(offset: int) -> int:
    """``offset`` rounded up to the next multiple of ALIGNMENT."""
    return -(-offset // ALIGNMENT) * ALIGNMENT
