"""A database that may not be written, or not reached at all: refused at open, untouched."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from impactapp.domain.model import Case
from impactapp.store import DatabaseReadOnly, DatabaseUnusable, Store
from impactapp.store.errors import CANNOT_OPEN

from .readonly import access_taken, enterable_folder, posix_only

pytestmark = posix_only


@pytest.fixture
def open_folder() -> Iterator[Path]:
    with enterable_folder() as folder:
        yield folder


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _database(folder: Path) -> Path:
    folder.mkdir()
    path = folder / "saker.db"
    with Store.open(path, who="kari") as store:
        store.add_case(Case(title="Skrivebeskyttet sak"))
    return path


def _refused(path: Path) -> DatabaseUnusable:
    before = _sha256(path)
    names = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(DatabaseUnusable) as info:
        Store.open(path, who="kari")
    assert _sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == names  # no -wal, -shm, backups
    return info.value


def test_a_read_only_file_is_refused_before_anything_is_written(open_folder: Path) -> None:
    path = _database(open_folder / "data")
    with access_taken(open_folder, path):
        error = _refused(path)
    assert isinstance(error, DatabaseReadOnly)
    assert not error.folder
    assert str(error) == f"The file {path} is read-only, so ImpactApp cannot save anything in it."
    assert "skrivebeskyttet" in error.text.nb


def test_a_file_in_a_read_only_folder_is_refused_untouched(open_folder: Path) -> None:
    path = _database(open_folder / "data")
    with access_taken(open_folder, path.parent):
        error = _refused(path)
    assert isinstance(error, DatabaseReadOnly)
    assert error.folder
    assert "folder" in str(error)


def test_a_damaged_read_only_file_is_reported_as_damaged(open_folder: Path) -> None:
    path = _database(open_folder / "data")
    path.write_bytes(path.read_bytes()[:5000])
    with access_taken(open_folder, path.parent, path):
        error = _refused(path)
    assert not isinstance(error, DatabaseReadOnly)
    assert "truncated" in error.detail


def test_a_file_in_a_folder_without_access_cannot_be_opened(open_folder: Path) -> None:
    path = _database(open_folder / "data")
    with access_taken(open_folder, path.parent, keep=0), pytest.raises(DatabaseUnusable) as info:
        Store.open(path)
    assert info.value.reason == CANNOT_OPEN
    assert "Permission denied" in str(info.value)


def test_a_new_database_cannot_be_created_in_a_read_only_folder(open_folder: Path) -> None:
    folder = open_folder / "data"
    folder.mkdir()
    with access_taken(open_folder, folder), pytest.raises(DatabaseUnusable) as info:
        Store.open(folder / "ny.db")
    assert info.value.reason == CANNOT_OPEN
    assert list(folder.iterdir()) == []


def test_a_folder_that_cannot_be_made_is_a_plain_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("en fil, ikke en mappe", encoding="utf-8")
    with pytest.raises(DatabaseUnusable) as info:
        Store.open(blocker / "saker.db")
    assert info.value.reason == CANNOT_OPEN
    assert str(info.value).endswith(".")
    assert blocker.read_text(encoding="utf-8") == "en fil, ikke en mappe"
