"""The domain is pure: it imports nothing but the standard library and itself."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import impactapp.domain

DOMAIN = Path(impactapp.domain.__file__).parent
ALLOWED = set(sys.stdlib_module_names) | {"impactapp"}


def _imported_top_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_the_domain_has_modules_to_check():
    assert len(list(DOMAIN.glob("*.py"))) >= 8


@pytest.mark.parametrize("module", sorted(p.name for p in DOMAIN.glob("*.py")))
def test_a_domain_module_imports_only_the_standard_library(module):
    outside = _imported_top_names(DOMAIN / module) - ALLOWED
    assert outside == set(), f"{module} imports {sorted(outside)}"


def test_the_check_would_catch_a_third_party_import(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import json\nfrom yaml import safe_load\nfrom . import model\n")
    assert _imported_top_names(probe) - ALLOWED == {"yaml"}
