"""SSB's own responses (copied into data/) read into the cells SSB published."""

from __future__ import annotations

import json

import pytest

from impactapp.indicators import JsonStatError, read_jsonstat, read_jsonstat_file

from .builders import sample


def test_the_ssb_03024_response_reads_with_its_table_label_and_dimensions():
    dataset = read_jsonstat_file(sample("ssb_03024.json"))
    assert dataset.table == "03024"
    assert dataset.label.startswith("03024: Eksport av oppalen laks")
    assert dataset.updated == "2025-12-03T07:00:00Z"
    assert dataset.source == "Statistisk sentralbyrå"
    assert dataset.ids == ("VareGrupper2", "ContentsCode", "Tid")
    assert dataset.sizes == (2, 2, 48)
    assert dataset.cells == 192 and dataset.missing == 0
    assert [d.id for d in dataset.with_role("time")] == ["Tid"]
    assert [d.id for d in dataset.with_role("metric")] == ["ContentsCode"]


def test_the_ssb_03024_cells_follow_row_major_order_with_units_and_decimals():
    raw = json.loads(sample("ssb_03024.json").read_text(encoding="utf-8"))
    cells = list(read_jsonstat_file(sample("ssb_03024.json")).iter_cells())
    assert [c.value for c in cells] == [float(v) for v in raw["value"]]
    # The last dimension (Tid, 48 weeks) varies fastest, then ContentsCode, then VareGrupper2.
    first, weight_week48, price_week1, frozen_last = cells[0], cells[47], cells[48], cells[191]
    assert first.codes == ("01", "Vekt", "2025U01")
    assert first.labels == ("Fersk oppalen laks", "Vekt (tonn)", "2025U01")
    assert weight_week48.codes == ("01", "Vekt", "2025U48")
    assert price_week1.codes == ("01", "Kilopris", "2025U01") and price_week1.value == 125.36
    assert frozen_last.codes == ("02", "Kilopris", "2025U48") and frozen_last.value == 77.24
    assert (first.unit.base, first.unit.decimals) == ("tonn", 0)
    assert (price_week1.unit.base, price_week1.unit.decimals) == ("kr", 2)
    assert all(c.status == "" for c in cells)


def test_the_compact_response_as_sent_reads_like_the_pretty_printed_copy():
    pretty = read_jsonstat_file(sample("ssb_03024.json"))
    raw = read_jsonstat(sample("ssb_03024_raw.json").read_bytes())
    assert list(raw.iter_cells()) == list(pretty.iter_cells())


def test_the_abridged_metadata_response_is_refused_at_its_broken_index():
    with pytest.raises(JsonStatError) as caught:
        read_jsonstat_file(sample("ssb_metadata_14216_abridged.json"), metadata=True)
    assert caught.value.field == "dimension.Region.category.index.3201"
    assert "position 12" in caught.value.message


def test_a_metadata_response_reads_as_dimensions_with_every_cell_missing():
    document = json.loads(sample("ssb_03024.json").read_text(encoding="utf-8"))
    document["value"] = []  # what /tables/{id}/metadata sends
    dataset = read_jsonstat(json.dumps(document), metadata=True)
    assert dataset.sizes == (2, 2, 48)
    assert dataset.missing == dataset.cells == 192
    with pytest.raises(JsonStatError, match="has 0 entries"):
        read_jsonstat(json.dumps(document))


def test_the_handmade_oslo_response_keeps_its_symbols():
    dataset = read_jsonstat_file(sample("handmade_06947_oslo.json"))
    assert dataset.status_counts() == {".": 1, "..": 1, ":": 1}
    assert dataset.missing == 3
    symbols = {c.codes: c.status for c in dataset.iter_cells() if c.status}
    assert symbols == {
        ("0301", "EUskala60", "2023"): "..",
        ("030103", "EUskala60", "2023"): ":",
        ("030107", "OECDskala50", "2023"): ".",
    }
