"""The program's icon (a leaf on a tile), loaded from the PNG sizes shipped in ``icons/``.

PNG files rather than the SVG source: they need no SVG image plugin in the bundle, and the
small sizes are rendered once, at build time, from packaging/icons/impactapp.svg.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICON_DIR = Path(__file__).resolve().parent / "icons"


def icon_files() -> list[Path]:
    """The shipped PNG sizes of the icon, smallest first."""
    return sorted(ICON_DIR.glob("impactapp-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def app_icon() -> QIcon:
    """The icon with every shipped size, so each place (title bar, task bar) gets a sharp one."""
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon
