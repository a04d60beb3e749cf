"""The icon: committed PNG sizes match the SVG, and the .ico/.icns containers hold them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from .conftest import ROOT, load_script

PNG_DIR = ROOT / "impactapp" / "ui" / "icons"


@pytest.fixture(scope="module")
def make_icons(qapp):
    return load_script(ROOT / "tools" / "make_icons.py")


def test_every_committed_png_has_its_size_and_matches_the_svg(make_icons):
    files = make_icons.icon_files()
    for size in make_icons.PNG_SIZES:
        image = QImage(str(PNG_DIR / f"impactapp-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert make_icons.stale_pngs(files) == []


def test_a_changed_png_is_reported_stale(make_icons, tmp_path):
    files = make_icons.icon_files()
    fake = tmp_path / "impactapp-16.png"
    image = QImage(str(PNG_DIR / "impactapp-16.png"))
    image.setPixelColor(8, 8, image.pixelColor(0, 0))
    image.save(str(fake))
    png16 = PNG_DIR / "impactapp-16.png"
    assert make_icons.stale_pngs({fake: files[png16]}) == [fake]


def test_the_small_icon_is_the_tile_colour_with_a_white_leaf():
    # Legible at 16 px: the corners are transparent, the edge is the tile, the centre white.
    image = QImage(str(PNG_DIR / "impactapp-16.png"))
    assert image.pixelColor(0, 0).alpha() == 0
    tile = image.pixelColor(1, 8)
    assert (tile.red(), tile.green(), tile.blue()) == pytest.approx((0x14, 0x65, 0x5B), abs=12)
    colours = [image.pixelColor(x, y) for x in range(16) for y in range(16)]
    white = [c for c in colours if min(c.red(), c.green(), c.blue()) > 220 and c.alpha() == 255]
    assert len(white) >= 20  # the leaf is a shape, not a speck


def test_the_ico_holds_every_windows_size_as_png(icon_files):
    images = icon_files.read_ico((ROOT / "packaging" / "icons" / "impactapp.ico").read_bytes())
    assert [icon_files.png_size(png)[0] for png in images] == [16, 24, 32, 48, 64, 128, 256]


def test_the_icns_holds_the_macos_sizes_up_to_1024(icon_files):
    elements = icon_files.read_icns(
        (ROOT / "packaging" / "icons" / "impactapp.icns").read_bytes())
    sizes = {code: icon_files.png_size(png)[0] for code, png in elements.items()}
    assert sizes == {code: size for code, size in icon_files.ICNS_TYPES}


def test_containers_round_trip_and_reject_what_they_cannot_hold(icon_files):
    png = (PNG_DIR / "impactapp-32.png").read_bytes()
    big = (PNG_DIR / "impactapp-512.png").read_bytes()
    assert icon_files.read_ico(icon_files.ico_bytes([png])) == [png]
    assert icon_files.read_icns(icon_files.icns_bytes({32: png})) == {b"icp5": png,
                                                                       b"ic11": png}
    with pytest.raises(ValueError, match="512x512"):
        icon_files.ico_bytes([big])
    with pytest.raises(ValueError, match="not a PNG"):
        icon_files.png_size(b"GIF89a")
    with pytest.raises(ValueError, match="past the end"):
        icon_files.read_icns(b"icns\x00\x00\x00\x10ic07\x00\x00\x00\x20")
