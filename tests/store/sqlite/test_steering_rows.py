"""Targets and plans in the SQLite file: the schema 5 upgrade; a removed plan leaves no link."""

import shutil
import sqlite3
from pathlib import Path

from impactapp.domain.indicator_targets import IndicatorTarget
from impactapp.domain.plans import Plan
from impactapp.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_schema_5_database_gains_targets_and_plans(tmp_path):
    path = tmp_path / "schema5.db"
    shutil.copy(FIXTURES / "schema5.db", path)
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert "plans" not in tables and "indicator_targets" not in tables
    with Store.open(path, who="kari") as store:
        assert len(store.list_cases()) == 1
        assert store.indicator_targets() == {} and store.plans() == []
        store.set_indicator_target(IndicatorTarget("ind.a", 1, 2030, "higher"))
        plan = store.add_plan(Plan("Plan", targets=("1.1",)))
        assert store.plans() == [plan]


def test_a_removed_plan_leaves_no_link_rows(store) -> None:
    stored = store.add_plan(Plan("Klimastrategi", targets=("13.2", "11.6"),
                                 indicators=("ind.ghg_emissions",)))
    store.remove_plan(stored.id)
    links = store.db.execute("SELECT COUNT(*) FROM plan_links WHERE plan_id = ?",
                             [stored.id]).fetchone()[0]
    assert links == 0
