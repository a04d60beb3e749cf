"""From the store's rows to the comparison table and its files: the path the CLI and the UI share.

``impactapp-cli compare`` and the program's comparison view both read ``Store.comparison_rows``,
lay the rows out with ``build_comparison`` and write a table file with ``table_file``; only
where the rows come from (filters in SQL, or a table filtered on screen) differs.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

import pandas as pd

from impactapp.domain.model import Catalog

from .export_csv import write_csv
from .export_xlsx import write_xlsx
from .frame import comparison_frame
from .tables import RowTables, Tables, as_tables

#: The file types a comparison table is written as, by file name ending.
TABLE_FORMATS: tuple[str, ...] = (".csv", ".xlsx")


def build_comparison(
    rows: RowTables | Tables, catalog: Catalog, *, per_measure: bool = False, lang: str = "nb"
) -> tuple[Tables, pd.DataFrame]:
    """The rows as ``Tables`` (converted once, for the aggregates too) and the comparison frame."""
    tables = as_tables(rows, catalog)
    return tables, comparison_frame(tables, catalog, per_measure=per_measure, lang=lang)


def table_file(
    frame: pd.DataFrame,
    catalog: Catalog,
    suffix: str,
    *,
    lang: str = "nb",
    aggregates: Mapping[str, pd.DataFrame] | None = None,
) -> bytes:
    """The comparison ``frame`` as the bytes of a ``.csv`` or ``.xlsx`` file (the XLSX with a
    sheet of ``aggregates`` when given); raises ValueError for another ending."""
    buffer = io.BytesIO()
    if suffix.lower() == ".csv":
        write_csv(frame, buffer, catalog, lang=lang)
    elif suffix.lower() == ".xlsx":
        write_xlsx(frame, buffer, catalog, lang=lang, aggregates=aggregates)
    else:
        raise ValueError(f"a comparison table is written as {' or '.join(TABLE_FORMATS)}")
    return buffer.getvalue()
