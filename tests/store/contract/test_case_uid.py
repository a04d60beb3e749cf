"""The case's permanent identifier (the archive's key): unique, unchanged by edits."""

from __future__ import annotations

import re

import pytest

from impactapp.casefile import read_case_file
from impactapp.store import NotFound
from tests.conftest import DATA


def test_each_case_has_its_own_uid_and_keeps_it_when_saved(store_factory, catalog):
    with store_factory() as store:
        first = store.add_case(read_case_file(DATA / "parking_fees.yaml", catalog))
        second = store.add_case(read_case_file(DATA / "parking_fees.yaml", catalog))
        uid = store.case_uid(first.id)
        assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", uid)
        assert store.case_uid(second.id) != uid
        first.title = "Ny tittel"
        store.save_case(first)
        assert store.case_uid(first.id) == uid
        with pytest.raises(NotFound):
            store.case_uid(999)
