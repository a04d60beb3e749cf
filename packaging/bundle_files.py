"""What the PyInstaller spec puts into the bundle besides code.

The shipped data goes where ``impactapp.resources`` and the package-relative lookups find it
in a wheel as well (``impactapp/_data/<name>``, ``impactapp/report/fonts``, ...), and the
licence files of every distribution the program runs on go to ``licenses/<distribution>/``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent

#: Top-level data folders, placed in ``impactapp/_data/`` (the same list as setup.py's).
DATA_DIRS = ("criteria", "forms", "examples", "archive", "docs/guide", "regions")
#: Data inside the package, at the same place in the bundle.
PACKAGE_DATA_DIRS = ("impactapp/report/fonts", "impactapp/archive/schemas", "impactapp/ui/icons")

#: Libraries every Linux desktop has, which must match the running system rather than the
#: build machine (the font configuration, the display server's client libraries, D-Bus, GLib
#: and their compression and crypto helpers): left out of the bundle, as AppImage does.
DESKTOP_LIBRARIES = re.compile(
    r"^lib(X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|xcb(-[a-z0-9]+)*|xkbcommon(-x11)?|fontconfig"
    r"|freetype|dbus-1|systemd|gcrypt|gpg-error|glib-2\.0|gthread-2\.0|gobject-2\.0"
    r"|gmodule-2\.0|pcre2-8|expat|z|lzma|zstd|lz4|bz2|brotli(common|dec|enc)|png16|bsd|md|cap"
    r"|ffi|wayland-(client|cursor|egl)|uuid|blkid|mount|selinux)\.so(\.\d+)*$"
)

_LICENCE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source, folder in the bundle) pairs for the data, the translations and our licences."""
    pairs = [(str(root / name), f"impactapp/_data/{name}") for name in DATA_DIRS]
    pairs += [(str(root / name), name) for name in PACKAGE_DATA_DIRS]
    compiled = sorted((root / "impactapp" / "ui" / "i18n").glob("*.qm"))
    if not compiled:
        raise SystemExit("No compiled translations (impactapp/ui/i18n/*.qm): run `make package`, "
                         "which builds them, or `make impactapp/ui/i18n/impactapp_nb.qm`.")
    pairs += [(str(path), "impactapp/ui/i18n") for path in compiled]
    pairs.append((str(root / "packaging" / "licenses"), "licenses"))
    missing = [source for source, _ in pairs if not Path(source).exists()]
    if missing:
        raise SystemExit(f"Missing from the source tree: {', '.join(missing)}")
    return pairs


def runtime_distributions(name: str = "impactapp") -> list[metadata.Distribution]:
    """The installed distribution ``name`` and everything it needs at run time (extras that
    are asked for included, test and build extras left out), in a stable order."""
    found: dict[str, metadata.Distribution] = {}
    pending: list[tuple[str, frozenset[str]]] = [(name, frozenset())]
    while pending:
        wanted, extras = pending.pop()
        key = canonicalize_name(wanted)
        if key in found:
            continue
        try:
            dist = metadata.distribution(wanted)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency for another platform
        found[key] = dist
        for line in dist.requires or []:
            requirement = Requirement(line)
            marker = requirement.marker
            environments = [{"extra": extra} for extra in extras] or [{"extra": ""}]
            if marker is None or any(marker.evaluate(env) for env in environments):
                pending.append((requirement.name, frozenset(requirement.extras)))
    return [found[key] for key in sorted(found)]


def licence_files(distributions: list[metadata.Distribution]) -> list[tuple[str, str]]:
    """(licence file, folder in the bundle) pairs for each distribution and for Python."""
    pairs = []
    for dist in distributions:
        folder = f"licenses/{canonicalize_name(dist.metadata['Name'])}"
        for file in dist.files or []:
            parts = file.parts
            info = next((i for i, part in enumerate(parts) if part.endswith(".dist-info")), None)
            if info is None or not _LICENCE_NAME.search(file.name):
                continue
            # Keep the sub-folders (numpy ships several LICENSE.md) below dist-info/licenses.
            inner = parts[info + 1:-1]
            if inner[:1] == ("licenses",):
                inner = inner[1:]
            pairs.append((str(file.locate()), "/".join((folder, *inner))))
    python_licence = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}." \
        f"{sys.version_info[1]}" / "LICENSE.txt"
    if not python_licence.exists():
        python_licence = Path(sys.base_prefix) / "LICENSE.txt"  # Windows and macOS installers
    if python_licence.exists():
        pairs.append((str(python_licence), "licenses/python"))
    return pairs


def unreachable_libraries(binaries: list[tuple[str, str, str]],
                          imports_of: Callable[[str], set[tuple[str, str]]]) -> set[str]:
    """Destinations of top-level shared libraries nothing kept in ``binaries`` links to.

    PyInstaller collects a plugin's dependencies before the spec drops the plugin (the GTK
    theme brings the GTK stack): these are what remains of them. Roots are every binary in a
    folder (extension modules, Qt libraries and plugins) and the Python library; ``imports_of``
    gives the (name, path) pairs a binary links to, transitively (as ldd does on Linux).
    """
    top_level = {dest for dest, _, _ in binaries
                 if "/" not in dest and not dest.startswith("libpython")}
    needed: set[str] = set()
    for dest, source, _ in binaries:
        if dest not in top_level:
            needed.update(name for name, _ in imports_of(source))
    return {dest for dest in top_level if dest not in needed}


def strip_binaries(binaries: list[tuple[str, str, str]], workdir: Path,
                   prefix: str = sys.base_prefix) -> list[tuple[str, str, str]]:
    """``binaries`` with debug symbols stripped where that is safe, as copies in ``workdir``.

    A Python built from source (pyenv) keeps 18 MB of debug symbols in libpython, and some
    wheels ship unstripped extension modules. Libraries that auditwheel patched (in a
    ``*.libs`` folder, or with a run path) are left alone: stripping those breaks them (numpy's
    OpenBLAS then fails to load). Without the binutils tools, nothing changes.
    """
    strip, readelf = shutil.which("strip"), shutil.which("readelf")
    if strip is None or readelf is None:
        return binaries
    python_root = Path(prefix).resolve()
    result = []
    for dest, source, kind in binaries:
        path = Path(source).resolve()
        own_python = path.is_relative_to(python_root) and "site-packages" not in path.parts
        if own_python or _safe_to_strip(path, readelf):
            copy = workdir / "stripped" / dest
            copy.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([strip, "--strip-unneeded", "-o", str(copy), str(path)], check=True)
            source = str(copy)
        result.append((dest, source, kind))
    return result


def _safe_to_strip(path: Path, readelf: str) -> bool:
    """True for a wheel's ELF file that auditwheel did not patch (no run path, not grafted)."""
    if "site-packages" not in path.parts or any(p.endswith(".libs") for p in path.parts):
        return False
    dynamic = subprocess.run([readelf, "-d", str(path)], capture_output=True, text=True)
    return dynamic.returncode == 0 and "RPATH" not in dynamic.stdout and \
        "RUNPATH" not in dynamic.stdout
