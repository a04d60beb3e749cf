"""The Windows .ico and macOS .icns containers around PNG images, written and read back.

Both formats are a small directory of images: an .ico holds one PNG per size (Windows Vista
and later read PNG entries), an .icns one PNG per type code. Used by make_icons.py and its tests.
"""

from __future__ import annotations

import struct

#: .icns type codes of PNG images, by the pixel size stored (the @2x codes hold the same
#: pixels as a larger plain code; Finder and the Dock pick whichever fits the display).
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header (its IHDR chunk)."""
    if not png.startswith(_PNG_SIGNATURE) or png[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    return struct.unpack(">II", png[16:24])


def ico_bytes(pngs: list[bytes]) -> bytes:
    """An .ico file holding ``pngs`` (square, 1 to 256 pixels), smallest first."""
    images = sorted(pngs, key=lambda png: png_size(png)[0])
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    entries, data = [], []
    for png in images:
        width, height = png_size(png)
        if width != height or not 1 <= width <= 256:
            raise ValueError(f"an .ico image must be square, 1-256 px, not {width}x{height}")
        side = width % 256  # 0 stands for 256
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        data.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(data)


def read_ico(data: bytes) -> list[bytes]:
    """The images of an .ico file, in directory order."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1:
        raise ValueError("not an .ico file")
    images = []
    for index in range(count):
        *_, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        images.append(data[offset:offset + size])
    return images


def icns_bytes(pngs_by_size: dict[int, bytes]) -> bytes:
    """An .icns file with every type code of ICNS_TYPES whose size ``pngs_by_size`` has."""
    body = b"".join(
        code + struct.pack(">I", 8 + len(pngs_by_size[size])) + pngs_by_size[size]
        for code, size in ICNS_TYPES
        if size in pngs_by_size
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_icns(data: bytes) -> dict[bytes, bytes]:
    """The elements of an .icns file by type code."""
    if data[:4] != b"icns" or struct.unpack_from(">I", data, 4)[0] != len(data):
        raise ValueError("not an .icns file")
    elements, pos = {}, 8
    while pos < len(data):
        code, length = data[pos:pos + 4], struct.unpack_from(">I", data, pos + 4)[0]
        if length < 8 or pos + length > len(data):
            raise ValueError(f"element {code!r} runs past the end of the file")
        elements[code] = data[pos + 8:pos + length]
        pos += length
    return elements
