"""Gives the Linux bundle an ICU data library with only what ImpactApp's languages need.

PySide6's ``libicudata.so.73`` carries all of ICU's data (32 MB): locale data for some 800
locales, collation, time zone names, converters. Qt calls ICU for four things only (the
symbols ``libQt6Core`` imports): collation (QCollator, localeAwareCompare), locale-aware case
mapping (QLocale::toUpper/toLower), time zone display names and codecs (QStringConverter for
encodings Qt does not implement itself). Number and date formatting, month names and text
boundaries come from Qt's own tables. The program's languages are Norwegian (bokmål, nynorsk
and the macro-language ``no`` they inherit from) and English, so the trimmed package keeps:

- every item that is not per-locale data (converters, normalisation, the collation base table,
  time zone rules and meta zones, likely subtags, plural rules, the pools and indexes);
- per-locale items (``<tree>/<locale>.res``) of the languages in KEPT_LANGUAGES, in every tree;

and leaves out the transliterators (Qt never calls ``utrans``) and the word dictionaries for
Chinese, Japanese, Thai, Khmer, Lao and Burmese line breaking (Qt never calls ``ubrk``; ICU
treats a missing dictionary as "no dictionary" rather than failing). A locale whose data is
left out falls back to ICU's default and root data, as in any ICU built without it: a Swedish
system locale sorts å, ä and ö as root does. ``IMPACTAPP_FULL_ICU=1`` at build time keeps the
full library.

The replacement library is the new package wrapped in a shared object with the same SONAME and
the same exported symbol (``icudt73_dat``), built with binutils' ``as`` and ``ld`` (PyInstaller
already requires binutils on Linux).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from elf_symbol import soname, symbol_data
from icu_package import CommonData, read_package, write_package

#: Languages whose locale data stays, with ``root`` (the fallback every locale ends at).
# Northern Sami (se) too: an official language in several Norwegian municipalities, whose
# caseworkers may run a Sami system locale (sorting of á, č, đ, ŋ, š, ŧ, ž); 79 KB.
KEPT_LANGUAGES = frozenset({"root", "en", "nb", "nn", "no", "se"})
#: Trees Qt never reads: transliteration rules.
DROPPED_TREES = frozenset({"translit"})
FULL_ICU_ENV_VAR = "IMPACTAPP_FULL_ICU"
LIBRARY = re.compile(r"libicudata\.so\.\d+")
SYMBOL = r"icudt\d+_dat"
# A locale id (language, then script/region/variant parts, some of them empty as in
# ``de__PHONEBOOK``); ``res_index`` is each tree's list of locales, not a locale.
_LOCALE = re.compile(r"([a-z]{2,3}|root)(_[A-Za-z0-9]*)*")


@dataclass(frozen=True)
class Trimmed:
    """What trimming did: the library built, and the package's size and items before/after."""

    library: Path
    bytes_before: int
    bytes_after: int
    items_before: int
    items_after: int

    def summary(self) -> str:
        """One line for the build log."""
        return (f"ICU data trimmed to the languages {', '.join(sorted(KEPT_LANGUAGES))}: "
                f"{self.bytes_before / 1e6:.1f} MB -> {self.bytes_after / 1e6:.1f} MB, "
                f"{self.items_after} of {self.items_before} items kept")


def locale_of(path: str) -> str | None:
    """The locale a package item (``coll/nb.res``) holds data for, None for shared data."""
    leaf = path.rpartition("/")[2]
    stem, _, extension = leaf.rpartition(".")
    if extension != "res" or stem == "res_index" or not _LOCALE.fullmatch(stem):
        return None
    return stem


def kept(path: str) -> bool:
    """Whether the item at ``path`` (inside the package, without its ``icudt73l/`` prefix)
    stays in the trimmed package."""
    tree = path.rpartition("/")[0]
    if tree in DROPPED_TREES:
        return False
    if tree == "brkitr" and path.endswith(".dict"):
        return False
    locale = locale_of(path)
    return locale is None or locale.split("_")[0] in KEPT_LANGUAGES


def trimmed_package(package: CommonData) -> CommonData:
    """``package`` with only the items ``kept`` accepts."""
    items = tuple(item for item in package.items if kept(item.name.partition("/")[2]))
    return CommonData(package.header, items)


def build_library(package: bytes, symbol: str, library_soname: str, workdir: Path) -> Path:
    """A shared library named ``library_soname`` exporting ``package`` as ``symbol``."""
    workdir.mkdir(parents=True, exist_ok=True)
    data = workdir / f"{symbol}.dat"
    data.write_bytes(package)
    source, objfile = workdir / f"{symbol}.s", workdir / f"{symbol}.o"
    quoted = str(data).replace("\\", "\\\\").replace('"', '\\"')
    source.write_text(
        "\t.section .rodata\n"
        "\t.balign 16\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, STT_OBJECT\n"
        f"{symbol}:\n"
        f'\t.incbin "{quoted}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    library = workdir / library_soname
    subprocess.run(["as", "-o", str(objfile), str(source)], check=True)
    subprocess.run(["ld", "-shared", "-soname", library_soname, "--hash-style=both",
                    "-z", "noexecstack", "--build-id", "-o", str(library), str(objfile)],
                   check=True)
    built = library.read_bytes()
    if symbol_data(built, re.escape(symbol)) != (symbol, package) or \
            soname(built) != library_soname:
        raise RuntimeError(f"{library} does not export the trimmed ICU data as {symbol}")
    return library


def trim_library(original: Path, workdir: Path) -> Trimmed:
    """Builds the trimmed counterpart of the ICU data library ``original`` in ``workdir``."""
    elf = original.read_bytes()
    symbol, blob = symbol_data(elf, SYMBOL)
    package = read_package(blob)
    smaller = trimmed_package(package)
    written = write_package(smaller)
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "items-kept.txt").write_text(
        "".join(f"{item.name}\n" for item in smaller.items), encoding="ascii")
    library = build_library(written, symbol, soname(elf), workdir)
    return Trimmed(library, len(blob), len(written), len(package.items), len(smaller.items))


def trim_icu_data(binaries: list[tuple[str, str, str]],
                  workdir: Path) -> list[tuple[str, str, str]]:
    """``binaries`` (PyInstaller's TOC) with ICU's data library replaced by a trimmed one.

    Unchanged when ``IMPACTAPP_FULL_ICU`` is set, when there is no ICU data library, or when
    binutils' ``as`` or ``ld`` are missing (the bundle then ships the full data).
    """
    sources = {Path(source).resolve() for dest, source, _ in binaries
               if LIBRARY.fullmatch(Path(dest).name)}
    if os.environ.get(FULL_ICU_ENV_VAR) or not sources:
        print("ICU data: kept as it is" if sources else "ICU data: no libicudata in the bundle")
        return binaries
    if len(sources) != 1:
        raise SystemExit(f"More than one ICU data library to trim: {sorted(map(str, sources))}")
    if shutil.which("as") is None or shutil.which("ld") is None:
        print("WARNING: binutils' as/ld not found: the bundle keeps the full ICU data (32 MB)")
        return binaries
    trimmed = trim_library(sources.pop(), workdir / "icu")
    print(trimmed.summary())
    return [(dest, str(trimmed.library) if LIBRARY.fullmatch(Path(dest).name) else source, kind)
            for dest, source, kind in binaries]
