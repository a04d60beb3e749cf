"""What the PyInstaller spec puts into the bundle: data at the package's paths, licences, and
which libraries it leaves out."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import ROOT


def test_the_data_goes_where_the_package_looks_for_it(bundle_files):
    pairs = dict((dest, Path(src)) for src, dest in bundle_files.data_files(ROOT)
                 if not src.endswith(".qm"))
    assert pairs["impactapp/_data/criteria"] == ROOT / "criteria"
    assert pairs["impactapp/_data/forms"] == ROOT / "forms"
    assert pairs["impactapp/_data/examples"] == ROOT / "examples"
    assert pairs["impactapp/_data/docs/guide"] == ROOT / "docs" / "guide"
    assert pairs["impactapp/report/fonts"] == ROOT / "impactapp" / "report" / "fonts"
    assert pairs["impactapp/ui/icons"] == ROOT / "impactapp" / "ui" / "icons"
    assert (pairs["licenses"] / "LGPL-3.0.txt").is_file()
    qms = [Path(src).name for src, dest in bundle_files.data_files(ROOT)
           if dest == "impactapp/ui/i18n"]
    assert qms == ["impactapp_en.qm", "impactapp_nb.qm"]


def test_the_wheel_and_the_bundle_ship_the_same_top_level_data(bundle_files):
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    (value,) = [node.value for node in tree.body if isinstance(node, ast.Assign)
                and [t.id for t in node.targets if isinstance(t, ast.Name)] == ["DATA_DIRS"]]
    assert ast.literal_eval(value) == bundle_files.DATA_DIRS


def test_a_tree_without_compiled_translations_is_refused(bundle_files, tmp_path):
    (tmp_path / "impactapp" / "ui" / "i18n").mkdir(parents=True)
    with pytest.raises(SystemExit, match="No compiled translations"):
        bundle_files.data_files(tmp_path)


def test_the_runtime_closure_follows_requested_extras_and_skips_test_tools(bundle_files):
    names = {d.metadata["Name"].lower() for d in bundle_files.runtime_distributions()}
    assert {"impactapp", "pyside6_essentials", "shiboken6", "pikepdf", "pandas", "numpy",
            "fonttools", "jsonschema"} <= {n.replace("-", "_") for n in names}
    assert not names & {"pytest", "hypothesis", "ruff", "pyinstaller"}


def test_licence_files_keep_their_sub_folders(bundle_files):
    numpy = [d for d in bundle_files.runtime_distributions() if d.metadata["Name"] == "numpy"]
    pairs = bundle_files.licence_files(numpy)
    folders = {dest for _, dest in pairs}
    assert "licenses/numpy" in folders
    assert len({(Path(src).name, dest) for src, dest in pairs}) == len(pairs)  # no clashes
    assert any(dest == "licenses/python" for _, dest in pairs)


def test_libraries_only_dropped_plugins_need_are_found(bundle_files):
    imports = {
        "/wheel/PySide6/Qt/lib/libQt6Gui.so.6": {("libglib-2.0.so.0", "/lib/libglib-2.0.so.0")},
        "/wheel/numpy/_core/umath.so": {("libgfortran.so.5", "/wheel/numpy.libs/x.so")},
    }
    binaries = [
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/wheel/PySide6/Qt/lib/libQt6Gui.so.6", "BINARY"),
        ("numpy/_core/umath.so", "/wheel/numpy/_core/umath.so", "EXTENSION"),
        ("libglib-2.0.so.0", "/lib/libglib-2.0.so.0", "BINARY"),
        ("libcairo.so.2", "/lib/libcairo.so.2", "BINARY"),  # the GTK theme's, now dropped
        ("libpython3.11.so.1.0", "/py/lib/libpython3.11.so.1.0", "BINARY"),
    ]
    assert bundle_files.unreachable_libraries(
        binaries, lambda source: imports.get(source, set())) == {"libcairo.so.2"}


@pytest.mark.parametrize(("name", "left_out"), [
    ("libX11.so.6", True), ("libxcb-xkb.so.1", True), ("libfontconfig.so.1", True),
    ("libglib-2.0.so.0", True), ("libz.so.1", True), ("libwayland-client.so.0", True),
    ("libstdc++.so.6", False), ("libcrypto.so.3", False), ("libsqlite3.so.0", False),
    ("libQt6Core.so.6", False), ("libzstd-40ad5e7e.so.1.5.7", False),
])
def test_desktop_libraries_come_from_the_running_system(bundle_files, name, left_out):
    assert bool(bundle_files.DESKTOP_LIBRARIES.match(name)) is left_out
