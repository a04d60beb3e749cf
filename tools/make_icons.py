"""Render packaging/icons/impactapp.svg into the icon files the program and its bundles use.

    python tools/make_icons.py [--check]

Writes impactapp/ui/icons/impactapp-<size>.png (the window icon and the Linux desktop icons),
packaging/icons/impactapp.ico (Windows) and packaging/icons/impactapp.icns (macOS). The files
are committed; run this after changing the SVG. ``--check`` renders in memory and exits 1 when
a committed PNG no longer matches the SVG.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from icon_files import icns_bytes, ico_bytes

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "packaging" / "icons" / "impactapp.svg"
PNG_DIR = ROOT / "impactapp" / "ui" / "icons"
ICO = ROOT / "packaging" / "icons" / "impactapp.ico"
ICNS = ROOT / "packaging" / "icons" / "impactapp.icns"

#: Sizes committed as PNG files (hicolor theme sizes and the window icon's).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn on a transparent square of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data)


def icon_files(svg: Path = SVG) -> dict[Path, bytes]:
    """Every generated file's path and content."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG file")
    pngs = {size: png_bytes(render(renderer, size))
            for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    files = {PNG_DIR / f"impactapp-{size}.png": pngs[size] for size in PNG_SIZES}
    files[ICO] = ico_bytes([pngs[size] for size in ICO_SIZES])
    files[ICNS] = icns_bytes({size: pngs[size] for size in ICNS_SIZES})
    return files


def stale_pngs(files: dict[Path, bytes]) -> list[Path]:
    """Committed PNGs whose pixels differ from a fresh rendering (encoders may differ in
    bytes, so pixels are compared)."""
    stale = []
    for path, data in files.items():
        if path.suffix != ".png":
            continue
        committed = QImage(str(path))
        fresh = QImage.fromData(data)
        if committed.isNull() or committed.convertToFormat(QImage.Format.Format_ARGB32) != \
                fresh.convertToFormat(QImage.Format.Format_ARGB32):
            stale.append(path)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="compare the committed PNGs with the SVG, write nothing")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter needs it
    files = icon_files()
    if args.check:
        stale = stale_pngs(files)
        for path in stale:
            print(f"{path.relative_to(ROOT)}: out of date, run tools/make_icons.py")
        return 1 if stale else 0
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    for path, data in files.items():
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT)}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
