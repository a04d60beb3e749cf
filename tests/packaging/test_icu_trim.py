"""The Linux bundle's trimmed ICU data: the package format, which items stay, the replacement
library, and Qt giving the same results with it as with PySide6's full data."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

# The build scripts import each other by bare name, as the PyInstaller spec does.
if str(ROOT / "packaging") not in sys.path:
    sys.path.insert(0, str(ROOT / "packaging"))

import elf_symbol
import icu_package
import icu_trim

PYSIDE_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
FULL_LIBRARIES = sorted(PYSIDE_LIB.glob("libicudata.so.*"))
needs_full_library = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not FULL_LIBRARIES,
    reason="PySide6's Linux wheel ships libicudata.so")
needs_binutils = pytest.mark.skipif(
    shutil.which("as") is None or shutil.which("ld") is None, reason="binutils missing")


def _header(data_format: bytes = b"CmnD", big_endian: bool = False) -> bytes:
    """A 32-byte ICU data header (MappedData + UDataInfo + padding)."""
    order = ">" if big_endian else "<"
    info = struct.pack(order + "HHBBBB4s4s4s", 20, 0, int(big_endian), 0, 2, 0, data_format,
                       bytes([1, 0, 0, 0]), bytes([73, 0, 0, 0]))
    return struct.pack(order + "H", 32) + b"\xda\x27" + info + bytes(32 - 4 - len(info))


@pytest.fixture(scope="module")
def full_library() -> Path:
    return FULL_LIBRARIES[-1]


@pytest.fixture(scope="module")
def full_package(full_library) -> tuple[bytes, icu_package.CommonData]:
    _, blob = elf_symbol.symbol_data(full_library.read_bytes(), icu_trim.SYMBOL)
    return blob, icu_package.read_package(blob)


@pytest.fixture(scope="module")
def trimmed(full_library, tmp_path_factory) -> icu_trim.Trimmed:
    return icu_trim.trim_library(full_library, tmp_path_factory.mktemp("icu"))


def _probe(env_extra: dict[str, str]) -> dict:
    """The ICU probe's JSON from the source tree, in a fresh process."""
    env = {**os.environ, "LANG": "C.UTF-8", "TZ": "UTC", **env_extra}
    env.pop("LC_ALL", None)
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "icu_probe.py")], env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout)


# --- the package format -------------------------------------------------------------------


def test_a_written_package_is_sorted_by_name_and_aligned_and_reads_back():
    items = (icu_package.Item("icudt73l/zone/nb.res", b"Z" * 5),
             icu_package.Item("icudt73l/coll/nb.res", b"C" * 16),
             icu_package.Item("icudt73l/B.res", b"B" * 33))
    blob = icu_package.write_package(icu_package.CommonData(_header(), items))
    (count,) = struct.unpack_from("<I", blob, 32)
    offsets = [struct.unpack_from("<II", blob, 36 + 8 * i)[1] for i in range(count)]
    assert count == 3 and all((32 + o) % 16 == 0 for o in offsets) and len(blob) % 16 == 0
    back = icu_package.read_package(blob)
    # Byte order, not alphabetical order: ICU's binary search compares with strcmp.
    assert [i.name for i in back.items] == ["icudt73l/B.res", "icudt73l/coll/nb.res",
                                            "icudt73l/zone/nb.res"]
    for item, data in zip(back.items, (b"B" * 33, b"C" * 16, b"Z" * 5), strict=True):
        assert item.data[:len(data)] == data and set(item.data[len(data):]) <= {0xAA}
    assert back.header == _header()


def test_a_big_endian_package_keeps_its_byte_order():
    items = (icu_package.Item("icudt73b/root.res", b"R" * 16),)
    blob = icu_package.write_package(icu_package.CommonData(_header(big_endian=True), items))
    assert struct.unpack_from(">I", blob, 32)[0] == 1
    assert icu_package.read_package(blob).items == items


def test_data_that_is_not_a_common_package_is_refused():
    with pytest.raises(icu_package.NotCommonData, match="ResB"):
        icu_package.read_package(_header(b"ResB") + bytes(16))
    with pytest.raises(icu_package.NotCommonData, match="magic"):
        icu_package.read_package(bytes(64))


@needs_full_library
def test_pysides_package_reads_and_writes_back_byte_for_byte(full_package):
    blob, package = full_package
    assert len(package.items) > 3000
    assert icu_package.write_package(package) == blob


# --- which items stay ---------------------------------------------------------------------


@pytest.mark.parametrize(("path", "stays"), [
    ("nb.res", True), ("nb_NO.res", True), ("nn_NO.res", True), ("no.res", True),
    ("no_NO_NY.res", True), ("en_GB.res", True), ("en_US_POSIX.res", True), ("root.res", True),
    ("coll/nb.res", True), ("zone/en_001.res", True), ("curr/no.res", True),
    ("de.res", False), ("sv_SE.res", False), ("coll/zh.res", False), ("zone/ja.res", False),
    ("coll/de__PHONEBOOK.res", False), ("coll/es_.res", False), ("nnh.res", False),
    ("res_index.res", True), ("coll/res_index.res", True), ("pool.res", True),
    ("zone/pool.res", True), ("zoneinfo64.res", True), ("metaZones.res", True),
    ("likelySubtags.res", True), ("supplementalData.res", True),
    ("curr/supplementalData.res", True), ("zone/tzdbNames.res", True), ("icuver.res", True),
    ("coll/ucadata.icu", True), ("cnvalias.icu", True), ("gb18030.cnv", True),
    ("nfkc.nrm", True), ("brkitr/word.brk", True), ("brkitr/nb.res", True),
    ("brkitr/cjdict.dict", False), ("brkitr/thaidict.dict", False),
    ("translit/root.res", False), ("translit/en.res", False),
])
def test_locale_data_stays_for_norwegian_english_and_root_only(path, stays):
    assert icu_trim.kept(path) is stays


@needs_full_library
def test_the_trimmed_package_keeps_all_shared_data_and_the_kept_languages(full_package):
    _, package = full_package
    smaller = icu_trim.trimmed_package(package)
    before = {item.name.partition("/")[2] for item in package.items}
    after = {item.name.partition("/")[2] for item in smaller.items}
    dropped = before - after
    assert all(icu_trim.locale_of(p) or p.startswith("translit/") or p.endswith(".dict")
               for p in dropped)
    assert {p for p in before if p.endswith((".cnv", ".icu", ".nrm", ".spp", ".cfu"))} <= after
    assert {p for p in before if icu_trim.locale_of(p) is None and ".dict" not in p
            and not p.startswith("translit/")} <= after
    languages = {icu_trim.locale_of(p).split("_")[0] for p in after if icu_trim.locale_of(p)}
    assert languages == {"root", "en", "nb", "nn", "no", "se"}
    assert {"coll/nb.res", "coll/no.res", "coll/se.res", "zone/nb.res", "nb_NO.res",
            "en_GB.res"} <= after


# --- the replacement library --------------------------------------------------------------


@needs_full_library
@needs_binutils
def test_the_replacement_library_exports_the_trimmed_package_under_the_same_name(
        full_library, trimmed):
    original = full_library.read_bytes()
    built = trimmed.library.read_bytes()
    assert elf_symbol.soname(built) == elf_symbol.soname(original) == full_library.name
    name, blob = elf_symbol.symbol_data(built, icu_trim.SYMBOL)
    assert name == elf_symbol.symbol_data(original, icu_trim.SYMBOL)[0]
    assert len(blob) == trimmed.bytes_after < trimmed.bytes_before / 3
    assert len(icu_package.read_package(blob).items) == trimmed.items_after
    assert len(built) < 12_000_000 < 30_000_000 < len(original)


def test_a_file_that_is_not_elf_or_lacks_the_symbol_is_refused(tmp_path):
    with pytest.raises(elf_symbol.NotElfLibrary, match="64-bit ELF"):
        elf_symbol.symbol_data(b"MZ" + bytes(100), icu_trim.SYMBOL)
    with pytest.raises(elf_symbol.NotElfLibrary, match="0 defined symbols"):
        elf_symbol.symbol_data(Path(sys.executable).resolve().read_bytes(), icu_trim.SYMBOL)


@needs_full_library
@needs_binutils
def test_the_spec_hook_swaps_the_library_and_nothing_else(full_library, tmp_path, monkeypatch):
    monkeypatch.delenv(icu_trim.FULL_ICU_ENV_VAR, raising=False)
    toc = [(f"PySide6/Qt/lib/{full_library.name}", str(full_library), "BINARY"),
           (full_library.name, str(full_library), "BINARY"),
           ("PySide6/Qt/lib/libicuuc.so.73", str(PYSIDE_LIB / "libicuuc.so.73"), "BINARY")]
    swapped = icu_trim.trim_icu_data(toc, tmp_path)
    assert [(d, k) for d, _, k in swapped] == [(d, k) for d, _, k in toc]
    assert swapped[0][1] == swapped[1][1] == str(tmp_path / "icu" / full_library.name)
    assert swapped[2] == toc[2]
    assert (tmp_path / "icu" / "items-kept.txt").read_text().count("\n") < 1200

    monkeypatch.setenv(icu_trim.FULL_ICU_ENV_VAR, "1")
    assert icu_trim.trim_icu_data(toc, tmp_path / "again") == toc
    monkeypatch.delenv(icu_trim.FULL_ICU_ENV_VAR)
    monkeypatch.setattr(icu_trim.shutil, "which", lambda name: None)
    assert icu_trim.trim_icu_data(toc, tmp_path / "again") == toc
    assert not (tmp_path / "again").exists()


# --- Qt with the trimmed data -------------------------------------------------------------


@needs_full_library
@needs_binutils
def test_qt_gives_the_same_results_with_the_trimmed_data(full_library, trimmed):
    full = _probe({})
    with_trimmed = _probe({"LD_PRELOAD": str(trimmed.library)})
    assert full["icu_data_library"] == str(full_library.resolve())
    assert with_trimmed["icu_data_library"] == str(trimmed.library.resolve())
    assert with_trimmed["results"] == full["results"]
    # ... and the results are Norwegian ones, not root's that a missing locale falls back to.
    order = with_trimmed["results"]["collation"]["nb_NO"]["default"]
    assert order.index("Z") < order.index("Æ") < order.index("Ø") < order.index("Å") \
        < order.index("aa")
    assert with_trimmed["results"]["case"]["nb_NO"][0].startswith("ÆØÅ ÆØÅ STRASSE")
    assert with_trimmed["results"]["time_zones"]["Europe/Oslo nb_NO"][0] == \
        "sentraleuropeisk normaltid"


@needs_full_library
@needs_binutils
def test_a_language_left_out_falls_back_to_root_order(trimmed, tmp_path):
    script = tmp_path / "swedish.py"
    script.write_text(
        "import functools\n"
        "from PySide6.QtCore import QCollator, QLocale\n"
        "c = QCollator(QLocale('sv_SE'))\n"
        "print(''.join(sorted('özåaäo', key=functools.cmp_to_key(c.compare))))\n",
        encoding="utf-8")
    env = {**os.environ, "LANG": "C.UTF-8"}
    env.pop("LC_ALL", None)

    def swedish(**extra: str) -> str:
        return subprocess.run([sys.executable, str(script)], env={**env, **extra},
                              capture_output=True, text=True, check=True).stdout.strip()

    assert swedish() == "aozåäö"
    assert swedish(LD_PRELOAD=str(trimmed.library)) == "aåäoöz"
