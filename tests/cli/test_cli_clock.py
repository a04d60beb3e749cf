"""The CLI reads the time from the clock its composition root hands it, never the wall clock."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from impactapp.cli import main
from impactapp.domain.clock import FixedClock, local_naive
from impactapp.domain.model import Case
from impactapp.store import Store


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


def test_restore_names_the_replaced_databases_backup_by_the_clock_given(
    capsys, tmp_path: Path
) -> None:
    clock = FixedClock(datetime(2031, 2, 3, 4, 5, 6, tzinfo=UTC))
    db, copy = tmp_path / "saker.db", tmp_path / "kopi.db"
    with Store.open(db) as store:
        store.add_case(Case(title="Parkering"))
    assert main(["--db", str(db), "db", "backup", "-o", str(copy)], clock=clock) == 0
    assert main(["--db", str(db), "db", "restore", str(copy)], clock=clock) == 0
    err = capsys.readouterr().err
    stamp = f"{local_naive(clock):%Y%m%d-%H%M%S}"
    replaced = err.split("backed up to ", 1)[1].splitlines()[0].rstrip(".")
    assert Path(replaced).name == f"saker-{stamp}-restore.db"


def test_cases_added_through_the_cli_are_dated_by_the_clock_given(capsys, tmp_path, case_file):
    clock = FixedClock(datetime(2031, 2, 3, 4, 5, 6, tzinfo=UTC))
    db = tmp_path / "saker.db"
    assert main(["--db", str(db), "case", "import", str(case_file)], clock=clock) == 0
    with Store.open(db) as store:
        (summary,) = store.list_cases()
        assert summary.updated == clock.now()
