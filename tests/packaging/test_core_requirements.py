"""make core-test's environment: every requirement of pyproject.toml except those bringing Qt."""

from __future__ import annotations

import tomllib

from .conftest import ROOT, load_script

core = load_script(ROOT / "tools" / "core_requirements.py")


def test_the_core_environment_gets_everything_but_qt():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    got = core.core_requirements()
    assert not [r for r in got if r.lower().startswith(("pyside6", "pytest-qt", "shiboken6"))]
    left_out = [r for r in wanted if r not in got]
    assert sorted(r.split(">")[0].split("[")[0].lower() for r in left_out) == [
        "pyside6-essentials", "pytest-qt"]


def test_a_qt_requirement_written_otherwise_is_left_out_too(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[project]\ndependencies = ["PySide6_Addons ==6.9", "reportlab>=4"]\n'
        '[project.optional-dependencies]\ntest = ["pytest-qt", "pytest"]\n', encoding="utf-8")
    assert core.core_requirements(pyproject) == ["reportlab>=4", "pytest"]
