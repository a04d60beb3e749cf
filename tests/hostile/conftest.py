"""Fixtures of the hostile input tests: a database with a case and figures to protect."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from impactapp.casefile import read_case_file
from impactapp.indicators.importing import read_indicator_file
from impactapp.store import Store
from tests.conftest import DATA

from .corpus import ACCEPTED, INDICATOR


@pytest.fixture(scope="session")
def template_db(tmp_path_factory, catalog) -> Path:
    """A database holding the hand-written case and figures of INDICATOR, made once."""
    path = tmp_path_factory.mktemp("hostile") / "template.db"
    observations = read_indicator_file(catalog.indicators[INDICATOR],
                                       ACCEPTED / "jsonstat_bom_utf8.json")
    with Store.open(path) as store:
        store.add_case(read_case_file(DATA / "parking_fees.yaml", catalog))
        store.replace_observations(INDICATOR, observations)
    return path


@pytest.fixture
def db(template_db, tmp_path) -> Path:
    """A fresh copy of the template database for one test."""
    path = tmp_path / "impactapp.db"
    for suffix in ("", "-wal"):
        source = template_db.with_name(template_db.name + suffix)
        if source.exists():
            shutil.copy(source, path.with_name(path.name + suffix))
    return path
