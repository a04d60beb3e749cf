"""Build hook: the wheel carries the top-level data (criteria/, forms/, examples/, the user
guide) in ``impactapp/_data/``, where ``impactapp.resources`` looks for it, and the compiled
translations (.qm), compiled here from the .ts sources when they are missing.

Everything else about the project is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: Top-level data folders (the same list as packaging/bundle_files.py's).
DATA_DIRS = ("criteria", "forms", "examples", "archive", "docs/guide", "regions")
I18N = ROOT / "impactapp" / "ui" / "i18n"


def lrelease() -> str | None:
    """Qt's translation compiler, from PySide6 in the build environment or the PATH."""
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations() -> None:
    """Compile every .ts that has no .qm yet; fail when that is impossible (a wheel without
    translations would show an English program to bokmål users)."""
    missing = [ts for ts in sorted(I18N.glob("*.ts")) if not ts.with_suffix(".qm").exists()]
    if not missing:
        return
    tool = lrelease()
    if tool is None:
        raise SystemExit("The compiled translations (impactapp/ui/i18n/*.qm) are missing and "
                         "no lrelease tool was found: run `make wheel`, or build without "
                         "isolation in an environment with PySide6.")
    for ts in missing:
        subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


class BuildWithData(build_py):
    """build_py that also copies the shipped data into the package."""

    def run(self) -> None:
        # An editable install (make run, make test) reads data and translations from the
        # source checkout, where make compiles the .qm files once PySide6 is installed: on a
        # fresh clone there is no lrelease yet, and nothing to copy.
        editable = getattr(self, "editable_mode", False)
        if not editable:
            compile_translations()
        super().run()
        if editable:
            return
        target = Path(self.build_lib) / "impactapp" / "_data"
        for name in DATA_DIRS:
            source = ROOT / name
            if not source.is_dir():
                raise SystemExit(f"{name}/ is missing from the source tree")
            shutil.copytree(source, target / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithData})
