"""A writable copy of the valid fixture catalog that tests break in small, precise ways."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from impactapp.catalog import CatalogInvalid, load_catalog
from impactapp.domain.model import Catalog

VALID = Path(__file__).parent / "fixtures" / "valid"


class CatalogCopy:
    """The valid fixture copied under ``root``; edits name files as ``criteria/sdg.yaml``."""

    def __init__(self, root: Path):
        shutil.copytree(VALID, root, dirs_exist_ok=True)
        self.root = root
        self.criteria = root / "criteria"
        self.forms = root / "forms"

    def replace(self, file: str, old: str | bytes, new: str | bytes) -> CatalogCopy:
        """Replace the single occurrence of ``old`` (it must occur exactly once)."""
        path = self.root / file
        raw = path.read_bytes()
        old_b = old.encode() if isinstance(old, str) else old
        new_b = new.encode() if isinstance(new, str) else new
        assert raw.count(old_b) == 1, f"{old!r} occurs {raw.count(old_b)} times in {file}"
        path.write_bytes(raw.replace(old_b, new_b))
        return self

    def write(self, file: str, raw: bytes) -> CatalogCopy:
        (self.root / file).write_bytes(raw)
        return self

    def remove(self, file: str) -> CatalogCopy:
        (self.root / file).unlink()
        return self

    def load(self) -> Catalog:
        return load_catalog(self.criteria, self.forms)

    def errors(self) -> list[str]:
        """The problems loading reports, one string each (the load must fail)."""
        with pytest.raises(CatalogInvalid) as info:
            self.load()
        return [str(e) for e in info.value.errors]


@pytest.fixture(scope="session")
def valid_dir() -> Path:
    """The valid fixture catalog's root (criteria/ and forms/ inside); never modify it."""
    return VALID


@pytest.fixture
def catalog_copy(tmp_path: Path) -> CatalogCopy:
    return CatalogCopy(tmp_path / "catalog")
