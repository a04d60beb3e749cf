"""Packaging tests: helpers to import the build scripts, which are not part of the package."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_script(path: Path) -> ModuleType:
    """Import a build script (tools/, packaging/) by its path."""
    name = f"_script_{path.stem}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def icon_files() -> ModuleType:
    return load_script(ROOT / "tools" / "icon_files.py")


@pytest.fixture(scope="session")
def bundle_files() -> ModuleType:
    return load_script(ROOT / "packaging" / "bundle_files.py")
