"""Fuzzing the indicator import (``impactapp-cli indicators import`` and the indicator view's
Import): whatever the file, ``read_indicator_file`` gives observations the store takes, or
raises IndicatorDataError, nothing else.

tests/indicators/test_jsonstat_properties.py fuzzes the JSON-stat parser on its own; these go
through the whole path (file, JSON-stat or CSV, the indicator's query, the store) with cubes
shaped like the indicator's table, and with the text-level damage JSON's parser forgives
(repeated keys, NaN) put in.
"""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from impactapp.indicators import IndicatorDataError, JsonStatError, read_jsonstat
from impactapp.indicators.importing import read_indicator_file
from impactapp.store import Store
from tests.indicators.strategies import JSON

from .corpus import ACCEPTED, INDICATOR
from .mutations import FUZZ, corrupted, for_json, mutated

SEED_TEXT = (ACCEPTED / "jsonstat_bom_utf8.json").read_bytes().decode("utf-8-sig")
SEED = json.loads(SEED_TEXT)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """One database for every example: accepted figures must be storable."""
    with Store.open(tmp_path_factory.mktemp("fuzz") / "fuzz.db") as opened:
        yield opened


def _import(raw: bytes, catalog, store: Store) -> None:
    """Import ``raw`` as a saved file; accepted figures go into the store."""
    indicator = catalog.indicators[INDICATOR]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "saved.json"
        path.write_bytes(raw)
        try:
            observations = read_indicator_file(indicator, path)
        except IndicatorDataError as refused:
            assert str(refused).startswith(str(path))
            event(f"refused: {type(refused).__name__}")
            return
    event("accepted")
    assert observations and all(o.indicator == INDICATOR for o in observations)
    assert all(o.value is None or math.isfinite(o.value) for o in observations)
    assert store.replace_observations(INDICATOR, observations) == len(
        {(o.region, o.period) for o in observations})


def test_the_seed_imports(catalog, store):
    indicator = catalog.indicators[INDICATOR]
    assert len(read_indicator_file(indicator, ACCEPTED / "jsonstat_bom_utf8.json")) == 4


@FUZZ
@given(data=st.data())
def test_a_mutated_cube_of_the_indicators_table_imports_or_is_refused(data, catalog, store):
    document = data.draw(mutated(SEED))
    text = json.dumps(for_json(document), ensure_ascii=False, allow_nan=True)
    _import(text.encode("utf-8", "surrogatepass"), catalog, store)


@FUZZ
@given(data=st.data())
def test_the_cube_cut_or_corrupted_anywhere_imports_or_is_refused(data, catalog, store):
    _import(data.draw(corrupted(SEED_TEXT.encode("utf-8"))), catalog, store)


@FUZZ
@given(value=JSON)
def test_any_json_value_as_a_saved_file_imports_or_is_refused(value, catalog, store):
    _import(json.dumps(value).encode("utf-8"), catalog, store)


#: Text JSON's parser would take without complaint, put in after an opening brace.
FORGIVEN = st.sampled_from(['"x": NaN, ', '"x": [-Infinity], ', '"label": "a", "label": "b", ',
                            '"x": {"index": 0, "index": 1}, ',
                            '"x": ' + "[" * 3000 + "]" * 3000 + ", "])


@FUZZ
@given(data=st.data(), inserted=FORGIVEN)
def test_repeated_keys_and_non_json_numbers_anywhere_are_refused(data, inserted):
    braces = [i for i, ch in enumerate(SEED_TEXT) if ch == "{"]
    at = data.draw(st.sampled_from(braces)) + 1
    text = SEED_TEXT[:at] + inserted + SEED_TEXT[at:]
    with pytest.raises(JsonStatError) as caught:
        read_jsonstat(text, "saved.json")
    event(caught.value.message)
