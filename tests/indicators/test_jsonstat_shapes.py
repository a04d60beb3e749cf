"""Every shape JSON-stat 2.0 allows, hand-made, and the documents it does not allow."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from impactapp.indicators import JsonStatError, parse_dataset, read_jsonstat, read_jsonstat_file

from .builders import doc

TWO_BY_THREE = [("geo", ["a", "b"]), ("year", ["2021", "2022", "2023"])]


def cells(document: dict) -> list[tuple[tuple[str, ...], float | None, str]]:
    return [(c.codes, c.value, c.status) for c in parse_dataset(document).iter_cells()]


# --- status ------------------------------------------------------------------------------------


def test_status_as_one_string_applies_to_every_cell():
    dataset = parse_dataset(doc(TWO_BY_THREE, [1, 2, 3, 4, 5, 6], status="e"))
    assert {c.status for c in dataset.iter_cells()} == {"e"}
    assert dataset.status_counts() == {"e": 6}


def test_status_as_an_array_gives_each_cell_its_symbol_and_null_means_none():
    status = ["..", None, ":", "", ".", "p"]
    found = cells(doc(TWO_BY_THREE, [None, 2, None, 4, None, 6], status=status))
    assert [s for _, _, s in found] == ["..", "", ":", "", ".", "p"]
    assert [v for _, v, _ in found] == [None, 2.0, None, 4.0, None, 6.0]


def test_status_as_an_object_marks_only_the_cells_it_names():
    found = cells(doc(TWO_BY_THREE, [1, None, 3, 4, 5, None], status={"1": "..", "5": ":"}))
    assert [s for _, _, s in found] == ["", "..", "", "", "", ":"]


def test_a_one_element_status_array_is_read_as_one_status_for_all():
    dataset = parse_dataset(doc(TWO_BY_THREE, [1, 2, 3, 4, 5, 6], status=["e"]))
    assert dataset.status_counts() == {"e": 6}


def test_a_status_array_of_the_wrong_length_is_refused():
    with pytest.raises(JsonStatError, match="status: has 2 entries, but the sizes give 6"):
        parse_dataset(doc(TWO_BY_THREE, [1, 2, 3, 4, 5, 6], status=["a", "b"]))


def test_a_status_object_with_a_position_outside_the_cube_is_refused():
    with pytest.raises(JsonStatError, match="position 6 is outside the 6 cells"):
        parse_dataset(doc(TWO_BY_THREE, [1, 2, 3, 4, 5, 6], status={"6": "x"}))


# --- value -------------------------------------------------------------------------------------


def test_value_as_a_sparse_object_leaves_the_other_cells_missing():
    dataset = parse_dataset(doc(TWO_BY_THREE, {"0": 1.5, "5": 2}))
    assert [c.value for c in dataset.iter_cells()] == [1.5, None, None, None, None, 2.0]
    assert dataset.missing == 4


def test_nulls_in_a_value_array_are_missing_cells():
    dataset = parse_dataset(doc(TWO_BY_THREE, [1, None, None, 4, 5, None]))
    assert dataset.missing == 3


def test_a_symbol_given_as_value_survives_as_the_status():
    # Some providers write the symbol in place of the number; it must not become a blank.
    found = cells(doc(TWO_BY_THREE, [1, "..", ":", "4.5", 5, ""], status={"2": "c"}))
    assert [(v, s) for _, v, s in found] == [
        (1.0, ""), (None, ".."), (None, "c"), (4.5, ""), (5.0, ""), (None, ""),
    ]


def test_a_value_array_of_the_wrong_length_is_refused():
    with pytest.raises(JsonStatError) as caught:
        parse_dataset(doc(TWO_BY_THREE, [1, 2, 3, 4, 5]))
    assert caught.value.field == "value"
    assert "5 entries, but the sizes give 6 cells" in caught.value.message


@pytest.mark.parametrize("bad", [True, [1], {"a": 1}])
def test_a_value_that_is_no_number_null_or_string_is_refused(bad):
    with pytest.raises(JsonStatError, match=r"value\[2\]: must be a number, null or a string"):
        parse_dataset(doc(TWO_BY_THREE, [1, 2, bad, 4, 5, 6]))


@pytest.mark.parametrize("key", ["-1", "01", "x", "1.0", "99999999999999999999"])
def test_a_value_object_key_that_is_no_plain_position_is_refused(key):
    with pytest.raises(JsonStatError, match="is not a cell position"):
        parse_dataset(doc(TWO_BY_THREE, {key: 1}))


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_numbers_are_refused(text):
    raw = json.dumps(doc(TWO_BY_THREE, [1, 2, 3, 4, 5, 0])).replace("0]", f"{text}]")
    with pytest.raises(JsonStatError):
        read_jsonstat(raw)


# --- index and dimensions ----------------------------------------------------------------------


def test_index_as_an_array_and_as_an_object_give_the_same_cells():
    as_object = doc(TWO_BY_THREE, [1, 2, 3, 4, 5, 6])
    as_array = json.loads(json.dumps(as_object))
    for dim_id, codes in TWO_BY_THREE:
        as_array["dimension"][dim_id]["category"]["index"] = codes
    assert cells(as_array) == cells(as_object)


def test_an_index_object_orders_categories_by_position_not_by_key_order():
    document = doc([("year", ["2021", "2022"])], [10, 20])
    document["dimension"]["year"]["category"]["index"] = {"2022": 1, "2021": 0}
    assert cells(document) == [(("2021",), 10.0, ""), (("2022",), 20.0, "")]


def test_a_single_category_dimension_may_name_its_category_by_label_only():
    document = doc([("metric", ["pop"]), ("year", ["2021", "2022"])], [10, 20])
    del document["dimension"]["metric"]["category"]["index"]
    dataset = parse_dataset(document)
    assert dataset.dimension("metric").codes == ("pop",)
    assert [c.labels for c in dataset.iter_cells()] == [("POP", "2021"), ("POP", "2022")]


def test_categories_without_labels_are_labelled_by_their_codes():
    document = doc([("year", ["2021", "2022"])], [1, 2])
    del document["dimension"]["year"]["category"]["label"]
    assert [c.labels for c in parse_dataset(document).iter_cells()] == [("2021",), ("2022",)]


def test_a_dimension_whose_categories_do_not_match_its_size_is_refused():
    document = doc(TWO_BY_THREE, [1, 2, 3, 4, 5, 6])
    document["size"] = [3, 2]
    with pytest.raises(JsonStatError, match="has 2 categories, but size gives 3"):
        parse_dataset(document)


def test_an_index_object_with_a_gap_in_its_positions_is_refused():
    document = doc(TWO_BY_THREE, [1, 2, 3, 4, 5, 6])
    document["dimension"]["year"]["category"]["index"] = {"2021": 0, "2022": 1, "2023": 5}
    with pytest.raises(JsonStatError, match="position 5 is not one of 0 to 2"):
        parse_dataset(document)


def test_a_multi_category_dimension_without_an_index_is_refused():
    document = doc(TWO_BY_THREE, [1, 2, 3, 4, 5, 6])
    del document["dimension"]["geo"]["category"]["index"]
    with pytest.raises(JsonStatError, match="index: is missing"):
        parse_dataset(document)


def test_a_dimension_missing_from_dimension_is_refused():
    document = doc(TWO_BY_THREE, [1, 2, 3, 4, 5, 6])
    del document["dimension"]["year"]
    with pytest.raises(JsonStatError, match=re.escape("dimension.year: is missing")):
        parse_dataset(document)


def test_roles_are_read_and_a_role_naming_no_dimension_is_refused():
    dataset = parse_dataset(
        doc(TWO_BY_THREE, [1] * 6, roles={"geo": ["geo"], "time": ["year"], "other": ["x"]})
    )
    assert dataset.dimension("geo").roles == ("geo",)
    assert dataset.dimension("year").roles == ("time",)
    with pytest.raises(JsonStatError, match="names 'x', which is not a dimension"):
        parse_dataset(doc(TWO_BY_THREE, [1] * 6, roles={"time": ["x"]}))


def test_units_give_label_symbol_position_and_decimals():
    units = {"metric": {"share": {"label": "per cent", "symbol": "%", "decimals": 1}}}
    dataset = parse_dataset(doc([("metric", ["share"])], [12.34], units=units))
    unit = next(dataset.iter_cells()).unit
    assert (unit.name, unit.symbol, unit.position, unit.decimals) == ("per cent", "%", "end", 1)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": "1.0"}, 'version: must be "2.0"'),
        ({"class": "collection"}, "class: is a JSON-stat collection, not a dataset"),
        ({"id": ["geo", "geo"]}, "'geo' is listed twice"),
        ({"size": [2]}, "size: has 1 entries but id names 2"),
        ({"size": [2, -3]}, r"size\[1\]: must be a whole number"),
    ],
)
def test_documents_that_break_the_specification_are_refused(change, message):
    with pytest.raises(JsonStatError, match=message):
        parse_dataset({**doc(TWO_BY_THREE, [1] * 6), **change})


def test_a_document_without_version_is_named_as_not_json_stat_2():
    document = doc(TWO_BY_THREE, [1] * 6)
    del document["version"]
    with pytest.raises(JsonStatError, match=re.escape("not JSON-stat 2.0")):
        parse_dataset(document)


def test_a_dimension_with_no_categories_gives_an_empty_cube():
    dataset = parse_dataset(doc([("geo", []), ("year", ["2021"])], []))
    assert dataset.cells == 0 and list(dataset.iter_cells()) == []


# --- limits and files --------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 2000)  # not even JSON: refusal must come first
    with pytest.raises(JsonStatError, match=re.escape("more than the 0.0 MB")):
        read_jsonstat_file(path, max_bytes=1000)


def test_the_default_limit_for_files_from_users_is_5_mb(tmp_path: Path):
    path = tmp_path / "big.json"
    with path.open("wb") as f:
        f.truncate(5 * 1024 * 1024 + 1)
    with pytest.raises(JsonStatError, match=re.escape("is 5.0 MB, more than the 5.0 MB")):
        read_jsonstat_file(path)


def test_a_cube_over_the_cell_limit_is_refused_before_values_are_read():
    document = doc([("a", ["1", "2"]), ("b", ["1", "2"])], {"0": 1})
    document["size"] = [2, 2]
    with pytest.raises(JsonStatError, match="gives 4 cells, more than the 3"):
        parse_dataset(document, max_cells=3)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe{}", "is not UTF-8 text"),
        (b'{"version": "2.0",', r"is not valid JSON \(line 1"),
        (b"[" * 100_000 + b"]" * 100_000, "nests JSON too deeply"),
        (b"[]", "must be a JSON object"),
    ],
)
def test_text_that_is_not_a_json_object_is_refused_with_a_reason(raw, message):
    with pytest.raises(JsonStatError, match=message):
        read_jsonstat(raw, "x.json")


def test_a_byte_order_mark_is_accepted():
    raw = b"\xef\xbb\xbf" + json.dumps(doc(TWO_BY_THREE, [1] * 6)).encode()
    assert read_jsonstat(raw).cells == 6


def test_a_missing_file_is_a_json_stat_error_naming_it(tmp_path: Path):
    with pytest.raises(JsonStatError, match=re.escape("nothing.json: cannot be read")):
        read_jsonstat_file(tmp_path / "nothing.json")


def test_the_summary_has_the_keys_inspect_prints():
    summary = parse_dataset(
        doc(TWO_BY_THREE, [1, None, 3, None, 5, 6], status={"1": "..", "3": ".."}, table="06947")
    ).summary()
    assert summary == {
        "table": "06947",
        "label": "test",
        "dimensions": [
            {"id": "geo", "label": "geo", "size": 2},
            {"id": "year", "label": "year", "size": 3},
        ],
        "cells": 6,
        "missing": 2,
        "status_counts": {"..": 2},
    }


@pytest.mark.parametrize("part", ["size", "index", "value", "decimals"])
def test_enormous_integers_anywhere_are_refused_as_json_stat_errors(part):
    huge = 10**5000  # Python will not even print this as text
    document = doc([("m", ["x"])], [1], units={"m": {"x": {"decimals": 1}}})
    if part == "size":
        document["size"] = [huge]
    elif part == "index":
        document["dimension"]["m"]["category"]["index"] = {"x": huge}
    elif part == "value":
        document["value"] = [huge]
    else:
        document["dimension"]["m"]["category"]["unit"]["x"]["decimals"] = huge
    with pytest.raises(JsonStatError):
        parse_dataset(document)
