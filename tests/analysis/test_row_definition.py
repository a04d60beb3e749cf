"""The store's comparison rows and the analysis's tables come from one definition of the rows
(``domain.comparison_columns``): a column added on one side only fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from impactapp.analysis import ROW_COLUMNS, as_tables
from impactapp.domain.comparison_columns import COMPARISON_COLUMNS, PORTFOLIO_TABLES
from impactapp.store import Store
from impactapp.store.sqlite import comparison as store_comparison

from .cases import hand_made_cases


def test_the_store_and_the_analysis_use_the_domains_definition_itself() -> None:
    assert store_comparison.COLUMNS is COMPARISON_COLUMNS
    assert ROW_COLUMNS is COMPARISON_COLUMNS
    assert set(PORTFOLIO_TABLES) < set(COMPARISON_COLUMNS)


@pytest.mark.parametrize("per_measure", [False, True])
def test_every_table_the_store_reads_has_exactly_the_defined_columns_and_values(
        tmp_path: Path, catalog, per_measure: bool) -> None:
    with Store.open(tmp_path / "rows.db") as store:
        for case in hand_made_cases():
            store.add_case(case)
        full = store.comparison_rows(portfolio=True, per_measure=per_measure)
        plain = store.comparison_rows(per_measure=per_measure)
    assert set(full) == set(COMPARISON_COLUMNS)
    assert set(plain) == set(COMPARISON_COLUMNS) - set(PORTFOLIO_TABLES)
    for table, (columns, data) in full.items():
        assert tuple(columns) == COMPARISON_COLUMNS[table], table
        # the statement selects one value per defined column, in every row
        assert data, f"the hand-made cases leave {table!r} empty: the test would prove nothing"
        assert {len(row) for row in data} == {len(columns)}, table
    assert as_tables(full, catalog).present == frozenset(COMPARISON_COLUMNS)
    assert as_tables(plain, catalog).present == frozenset(COMPARISON_COLUMNS) - set(
        PORTFOLIO_TABLES)
