"""Files that are not usable ImpactApp databases, one maker per kind (shared by several tests)."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

from impactapp.domain.model import Case
from impactapp.store import Store
from impactapp.store.errors import DAMAGED, FOREIGN, NEWER_SCHEMA, NOT_SQLITE


def _with_cases(path: Path, count: int = 20) -> bytes:
    with Store.open(path, who="kari") as store:
        for n in range(count):
            store.add_case(Case(title=f"Sak {n}", problem="Tekst. " * 200))
        store.db.execute("PRAGMA journal_mode = DELETE")  # one file, nothing beside it
    return path.read_bytes()


def truncated(path: Path) -> None:
    data = _with_cases(path)
    path.write_bytes(data[: len(data) // 2])  # a copy that stopped half-way


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(8).randbytes(16384))


def not_sqlite(path: Path) -> None:
    path.write_text("Møtereferat fra bydelsutvalget.\n" * 100, encoding="utf-8")


def damaged(path: Path) -> None:
    data = bytearray(_with_cases(path))
    page = 4096
    data[3 * page : 6 * page] = random.Random(3).randbytes(3 * page)
    path.write_bytes(bytes(data))


def foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipes (name) VALUES ('Fårikål')")
    conn.commit()
    conn.close()


def newer_schema(path: Path) -> None:
    _with_cases(path, 2)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE impactapp_meta SET value = '999' WHERE key = 'schema'")
    conn.commit()
    conn.close()


#: name -> (maker, the reason opening gives)
KINDS: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated": (truncated, DAMAGED),
    "random_bytes": (random_bytes, NOT_SQLITE),
    "not_sqlite": (not_sqlite, NOT_SQLITE),
    "damaged": (damaged, DAMAGED),
    "foreign": (foreign, FOREIGN),
    "newer_schema": (newer_schema, NEWER_SCHEMA),
}


def make(kind: str, path: Path) -> str:
    """Write a bad file of ``kind`` at ``path``; returns the reason opening it gives."""
    maker, reason = KINDS[kind]
    maker(path)
    assert not any(path.with_name(path.name + s).exists() for s in ("-wal", "-shm", "-journal"))
    return reason

