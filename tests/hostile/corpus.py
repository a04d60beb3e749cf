"""The hostile corpus and what the tests need around it: the manifest, a database to protect,
its fingerprint, and the command line run in this process."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

HERE = Path(__file__).resolve().parent
CASEFILES = HERE / "casefiles"
JSONSTAT = HERE / "jsonstat"
ACCEPTED = HERE / "accepted"
MANIFEST: dict[str, Any] = yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))
LIMITS = MANIFEST["limits"]

#: The indicator hostile JSON-stat files are imported for (SSB table 06947).
INDICATOR = "ind.low_income_households"
#: The tables whose rows a refused import must leave exactly as they were.
GUARDED_TABLES = ("cases", "revisions", "audit", "observations")


def fingerprint(db: Path) -> dict[str, tuple[int, str]]:
    """Per guarded table: its row count and a SHA-256 of all its rows (in a fixed order)."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        out: dict[str, tuple[int, str]] = {}
        for table in GUARDED_TABLES:
            rows = sorted(map(repr, conn.execute(f"SELECT * FROM {table}")))
            out[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return out
    finally:
        conn.close()


def run_cli(
    argv: Sequence[str], catalog: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> tuple[int, str, str]:
    """``impactapp-cli`` run in this process with the session's catalog: (status, out, err)."""
    from impactapp import catalog as catalog_package
    from impactapp import cli

    monkeypatch.setattr(catalog_package, "load_catalog", lambda: catalog)
    capsys.readouterr()
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def one_line(text: str) -> str:
    """Whitespace runs as single spaces (messages are compared without their line breaks)."""
    return " ".join(text.split())
