"""Everything the program writes is readable by its owner only, even under a umask that
would let everyone read: the database and its WAL and shared-memory files, case files, memos,
comparison tables and portfolio reports (any of them may hold an exempt case)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from impactapp.store import Store
from tests.conftest import DATA
from tests.hostile.corpus import run_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The most permissive umask: only the program's own care keeps files private."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def test_a_new_database_its_folder_and_its_side_files_are_private(open_umask, tmp_path,
                                                                   catalog):
    path = tmp_path / "new" / "folder" / "impactapp.db"
    from impactapp.casefile import read_case_file

    with Store.open(path) as store:
        store.add_case(read_case_file(DATA / "parking_fees.yaml", catalog))
        sides = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
        assert all(side.exists() for side in sides)  # written in WAL mode, still open
        assert {p.name: mode(p) for p in (path, *sides)} == {
            p.name: 0o600 for p in (path, *sides)}
    assert (mode(path.parent), mode(path.parent.parent)) == (0o700, 0o700)


EXPORTS = {
    "case.yaml": ["case", "export", "1", "-o"],
    "case.json": ["case", "export", "1", "-o"],
    "memo.pdf": ["memo", "1", "-o"],
    "table.csv": ["compare", "-o"],
    "table.xlsx": ["compare", "-o"],
    "portfolio.pdf": ["portfolio", "-o"],
}


@pytest.fixture
def imported(tmp_path, catalog, monkeypatch, capsys) -> Path:
    db = tmp_path / "db" / "impactapp.db"
    status, out, _ = run_cli(["--db", str(db), "case", "import", str(DATA / "parking_fees.yaml")],
                             catalog, monkeypatch, capsys)
    assert (status, out) == (0, "1\n")
    return db


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_every_exported_file_is_private(name, open_umask, imported, tmp_path, catalog,
                                        monkeypatch, capsys):
    target = tmp_path / name
    status, _, err = run_cli(["--db", str(imported), *EXPORTS[name], str(target)],
                             catalog, monkeypatch, capsys)
    assert status == 0, err
    assert target.stat().st_size > 0
    assert mode(target) == 0o600
    assert mode(imported) == 0o600


def test_an_export_over_a_file_others_could_read_leaves_a_private_file(
    imported, tmp_path, catalog, monkeypatch, capsys
):
    target = tmp_path / "memo.pdf"
    target.write_bytes(b"an older memo")
    target.chmod(0o644)
    status, _, err = run_cli(["--db", str(imported), "memo", "1", "-o", str(target)],
                             catalog, monkeypatch, capsys)
    assert status == 0, err
    assert target.read_bytes().startswith(b"%PDF")
    assert mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
