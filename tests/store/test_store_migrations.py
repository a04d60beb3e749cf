"""Every released schema's database opens in this program and migrates with its data intact."""

import shutil
from pathlib import Path

import pytest

from impactapp.casefile import read_case_file
from impactapp.domain.serialize import case_to_data
from impactapp.store import Store, content_hash
from impactapp.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("schema*.db")))
def test_an_older_database_migrates_with_its_cases_revisions_and_audit_intact(
        name, tmp_path, catalog):
    path = tmp_path / f"{name}.db"
    shutil.copy(FIXTURES / f"{name}.db", path)
    expected = read_case_file(DATA / "parking_fees.yaml", catalog)
    with Store.open(path, who="kari") as store:
        meta = dict(store.db.execute("SELECT key, value FROM impactapp_meta").fetchall())
        assert meta["schema"] == str(SCHEMA_VERSION)
        (summary,) = store.list_cases()
        case = store.get_case(summary.id)
        assert (case.status, case.revision) == ("draft", 2)
        assert case_to_data(case) == case_to_data(expected)
        frozen = store.get_revision(case.id, 1)  # checked against its stored hash
        assert store.revisions(case.id)[0].sha256 == content_hash(frozen)
        assert [e.action for e in store.audit_log(case.id)][:1] == ["create"]
        # What later schemas added works on the old data too.
        rows = store.comparison_rows()
        assert [r[0] for r in rows["cases"][1]] == [case.id]
        assert store.profile().name == ""
        case.goals = "Endret etter oppgradering."
        assert store.save_case(case).goals == "Endret etter oppgradering."
