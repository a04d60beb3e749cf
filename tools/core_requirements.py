"""Print the requirements of the core environment (make core-test): the project's
dependencies and test tools from pyproject.toml, without Qt (PySide6 and pytest-qt)."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
#: Distributions that bring Qt, by the start of their name.
QT = ("pyside6", "shiboken6", "pytest-qt")


def core_requirements(pyproject: Path = PYPROJECT) -> list[str]:
    """Every dependency and test requirement except those that bring Qt."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    return [r for r in wanted if not _name(r).startswith(QT)]


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


if __name__ == "__main__":
    sys.stdout.write("".join(f"{r}\n" for r in core_requirements()))
