"""The comparison table as CSV: a header row in the UI language, one row per table row.

Written for the spreadsheet a caseworker opens it in: UTF-8 with a byte order mark (so Excel
reads æøå and Sami letters right), and in bokmål semicolons with decimal commas (what a
Norwegian spreadsheet expects), in English commas with decimal points. Formula-like text is
neutralised (see ``cells``).
"""

from __future__ import annotations

import csv
import io
from typing import BinaryIO

import pandas as pd

from impactapp.domain.model import Catalog

from .cells import column_kind, csv_cell, csv_safe
from .labels import column_labels

DELIMITERS = {"nb": ";", "en": ","}


def write_csv(frame: pd.DataFrame, fh: BinaryIO, catalog: Catalog, *, lang: str = "nb") -> None:
    """Write ``frame`` (a comparison frame, filtered or not) as CSV to the binary file ``fh``."""
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(text, delimiter=DELIMITERS.get(lang, ","), lineterminator="\r\n")
        labels = column_labels(frame.columns, catalog, lang)
        writer.writerow([csv_safe(labels[c]) for c in frame.columns])
        cells = [
            [csv_cell(v, column_kind(c, catalog), lang) for v in frame[c].tolist()]
            for c in frame.columns
        ]
        writer.writerows(zip(*cells, strict=True))
        text.flush()
    finally:
        text.detach()  # leave ``fh`` open: it belongs to the caller
