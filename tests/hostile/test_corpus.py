"""Every file of the hostile corpus is refused at the program's entry points: with the
documented error, a message naming the problem and its place, the database untouched, and
memory bounded (files over the size limit are not parsed at all).

The corpus and the expected refusals are listed in expected.yaml.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from impactapp.casefile import CaseFileError, CaseFileInvalid, read_case_file
from impactapp.casefile import reader as case_reader
from impactapp.indicators import IndicatorDataError, jsonstat_read
from impactapp.indicators.importing import read_indicator_file
from impactapp.store import Store

from .corpus import (
    ACCEPTED,
    CASEFILES,
    INDICATOR,
    JSONSTAT,
    LIMITS,
    MANIFEST,
    fingerprint,
    one_line,
    run_cli,
)

MB = 1024 * 1024
#: What the Python tags in the corpus would create if anything ever ran them.
PWNED = Path("/tmp/impactapp-pwned")
#: Under this a refusal read nothing: the 5 MB limit was applied before the file was read.
UNREAD_PEAK = 1 * MB


def _entries(section: str) -> list[Any]:
    """The section's file names, as parameters."""
    return sorted(MANIFEST[section])


class Peak:
    """The most memory allocated (tracemalloc) while the ``with`` block ran."""

    def __init__(self) -> None:
        self.bytes = 0

    def __enter__(self) -> Peak:
        tracemalloc.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bytes = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


def _case_refusal(path: Path, catalog) -> tuple[CaseFileInvalid, int]:
    with Peak() as peak, pytest.raises(CaseFileInvalid) as caught:
        read_case_file(path, catalog)
    return caught.value, peak.bytes


def _named(errors: list[CaseFileError], message: str) -> CaseFileError:
    """The error whose message has ``message`` (a file may have other problems too)."""
    found = [e for e in errors if message in one_line(e.message)]
    assert found, f"no error says {message!r}: {[str(e) for e in errors]}"
    return found[0]


def _import_case_refused(path: Path, error: str, db: Path, catalog, monkeypatch, capsys) -> None:
    """``impactapp-cli case import`` refuses the file with ``error`` and the database keeps
    every row as it was."""
    before = fingerprint(db)
    status, out, err = run_cli(["--db", str(db), "case", "import", str(path)],
                               catalog, monkeypatch, capsys)
    assert (status, out) == (1, "")
    assert error in err
    assert err.rstrip().endswith("Nothing was imported.")
    assert fingerprint(db) == before


# --- case files ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", _entries("casefiles"))
def test_a_bad_case_file_is_refused_naming_the_problem_and_changes_nothing(
    name, catalog, db, monkeypatch, capsys
):
    entry = MANIFEST["casefiles"][name]
    path = CASEFILES / name
    assert path.stat().st_size < 64 * 1024  # committed files are small
    refusal, peak = _case_refusal(path, catalog)
    error = _named(refusal.errors, entry["message"])
    assert str(refusal)  # one plain sentence per problem, never empty
    assert peak < LIMITS["case_file_peak_mb"] * MB
    _import_case_refused(path, str(error), db, catalog, monkeypatch, capsys)
    assert not PWNED.exists()


@pytest.mark.parametrize("name", _entries("casefiles"))
def test_a_bad_case_files_error_names_its_place(name, catalog):
    entry = MANIFEST["casefiles"][name]
    refusal, _ = _case_refusal(CASEFILES / name, catalog)
    error = _named(refusal.errors, entry["message"])
    assert error.file == str(CASEFILES / name)
    assert (error.line, error.field) == (entry["line"], entry.get("pending", entry["field"]))


def _valid_case_text() -> str:
    return (CASEFILES / "missing_title.yaml").read_text(encoding="utf-8").replace(
        "case:\n", "case:\n  title: Bompenger i rushtiden\n").split("\n", 1)[1]


def _write_in_pieces(path: Path, head: bytes, piece: bytes, count: int, tail: bytes) -> None:
    """``head + piece * count + tail`` written without holding it all in memory at once."""
    with path.open("wb") as f:
        f.write(head)
        chunk = max(1, (1 * MB) // len(piece))
        for done in range(0, count, chunk):
            f.write(piece * min(chunk, count - done))
        f.write(tail)


def _ten_mb_string(path: Path) -> None:
    head = b"# generated\nformat: impactapp-case/1\ncase:\n  title: "
    _write_in_pieces(path, head, b"x", 10 * MB, b"\n" + _valid_case_text().split("\n", 3)[3]
                     .encode())


def _over_limit_by_one_byte(path: Path) -> None:
    body = ("# generated\n" + _valid_case_text()).encode()
    limit = case_reader.DEFAULT_MAX_BYTES
    _write_in_pieces(path, body, b"#" * 63 + b"\n", (limit + 1 - len(body)) // 64,
                     b"#" * ((limit + 1 - len(body)) % 64))
    assert path.stat().st_size == limit + 1


def _near_limit_long_text(path: Path) -> None:
    head = b"# generated\nformat: impactapp-case/1\ncase:\n  title: "
    _write_in_pieces(path, head, b"x", 4_900_000, b"\n" + _valid_case_text().split("\n", 3)[3]
                     .encode())


def _near_limit_many_values_yaml(path: Path) -> None:
    head = b"# generated\nformat: impactapp-case/1\ncase: {alternatives: ["
    _write_in_pieces(path, head, b"0,", 2_400_000, b"0]}\n")


def _near_limit_many_values_json(path: Path) -> None:
    head = b'{"format": "impactapp-case/1", "case": {"alternatives": ['
    _write_in_pieces(path, head, b"[],", 1_600_000, b"[]]}}\n")


def _many_errors(path: Path) -> None:
    head = b"format: impactapp-case/1\ncase:\n  alternatives: ["
    _write_in_pieces(path, head, b"0, ", 40_000, b"0]\n")


CASE_GENERATORS: dict[str, Callable[[Path], None]] = {
    "ten_mb_string.yaml": _ten_mb_string,
    "over_limit_by_one_byte.yaml": _over_limit_by_one_byte,
    "near_limit_long_text.yaml": _near_limit_long_text,
    "near_limit_many_values.yaml": _near_limit_many_values_yaml,
    "near_limit_many_values.json": _near_limit_many_values_json,
    "many_errors.yaml": _many_errors,
}


def test_every_generated_case_file_has_a_generator_and_an_entry():
    assert set(CASE_GENERATORS) == set(MANIFEST["generated_casefiles"])


def _never(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("a file over the size limit was handed to a parser")


@pytest.fixture
def no_case_parsing(monkeypatch) -> Iterator[None]:
    """Every way into the case file parsers fails the test."""
    for name in ("parse_case", "load_yaml", "load_json", "yaml_over_budget",
                 "json_over_budget"):
        monkeypatch.setattr(case_reader, name, _never)
    yield


@pytest.mark.parametrize("name", sorted(CASE_GENERATORS))
def test_a_big_or_expanding_case_file_is_refused_with_bounded_memory(
    name, catalog, db, tmp_path, monkeypatch, capsys, request
):
    entry = MANIFEST["generated_casefiles"][name]
    path = tmp_path / name
    CASE_GENERATORS[name](path)
    if entry.get("parsed", True) is False:
        request.getfixturevalue("no_case_parsing")
    refusal, peak = _case_refusal(path, catalog)
    error = _named(refusal.errors, entry["message"])
    assert (error.line, error.field) == (entry["line"], entry["field"])
    limit = UNREAD_PEAK if entry.get("parsed", True) is False else (
        LIMITS["case_file_peak_mb"] * MB)
    assert peak < limit, f"{peak / MB:.1f} MB"
    # every problem up to a hundred, then one line saying there are more
    assert len(refusal.errors) == entry.get("errors", 1)
    assert refusal.errors[-1] is error or error.message.startswith("more problems")
    _import_case_refused(path, str(error), db, catalog, monkeypatch, capsys)


# --- JSON-stat files -------------------------------------------------------------------------


def _jsonstat_refusal(path: Path, catalog) -> tuple[IndicatorDataError, int]:
    with Peak() as peak, pytest.raises(IndicatorDataError) as caught:
        read_indicator_file(catalog.indicators[INDICATOR], path)
    return caught.value, peak.bytes


def _import_jsonstat_refused(path: Path, error: IndicatorDataError, db: Path, catalog,
                             monkeypatch, capsys) -> None:
    before = fingerprint(db)
    status, out, err = run_cli(["--db", str(db), "indicators", "import", INDICATOR, str(path)],
                               catalog, monkeypatch, capsys)
    assert (status, out) == (1, "")
    assert err.splitlines() == [str(error), "Nothing was imported."]
    assert fingerprint(db) == before


def _check_refusal(error: IndicatorDataError, entry: dict[str, Any], path: Path) -> None:
    assert type(error).__name__ == entry["error"]
    assert entry["message"] in error.message
    assert (error.source, error.field) == (str(path), entry["field"])


@pytest.mark.parametrize("name", _entries("jsonstat"))
def test_a_bad_jsonstat_file_is_refused_at_its_place_and_changes_nothing(
    name, catalog, db, monkeypatch, capsys
):
    entry = MANIFEST["jsonstat"][name]
    path = JSONSTAT / name
    assert path.stat().st_size < 64 * 1024
    error, peak = _jsonstat_refusal(path, catalog)
    _check_refusal(error, entry, path)
    assert peak < LIMITS["jsonstat_peak_mb"] * MB
    _import_jsonstat_refused(path, error, db, catalog, monkeypatch, capsys)
    assert not PWNED.exists()


def _small_cube() -> str:
    return (ACCEPTED / "jsonstat_bom_utf8.json").read_bytes().decode("utf-8-sig")


def _ten_mb_label(path: Path) -> None:
    head, tail = _small_cube().split('"label": "06947', 1)
    _write_in_pieces(path, (head + '"label": "').encode(), b"x", 10 * MB,
                     ('06947' + tail).encode())


def _jsonstat_over_limit_by_one_byte(path: Path) -> None:
    body = _small_cube().encode()
    limit = jsonstat_read.USER_FILE_LIMIT
    _write_in_pieces(path, body, b" ", limit + 1 - len(body), b"")


def _near_limit_nested_values(path: Path) -> None:
    head, tail = _small_cube().split('"value": [', 1)
    _write_in_pieces(path, (head + '"value": [').encode(), b"[], ", 1_200_000,
                     ("[]]" + tail.split("]", 1)[1]).encode())


JSONSTAT_GENERATORS: dict[str, Callable[[Path], None]] = {
    "ten_mb_label.json": _ten_mb_label,
    "over_limit_by_one_byte.json": _jsonstat_over_limit_by_one_byte,
    "near_limit_nested_values.json": _near_limit_nested_values,
}


def test_every_generated_jsonstat_file_has_a_generator_and_an_entry():
    assert set(JSONSTAT_GENERATORS) == set(MANIFEST["generated_jsonstat"])


@pytest.fixture
def no_jsonstat_parsing(monkeypatch) -> Iterator[None]:
    monkeypatch.setattr(jsonstat_read, "read_jsonstat", _never)
    monkeypatch.setattr(jsonstat_read, "load_json_text", _never)
    yield


@pytest.mark.parametrize("name", sorted(JSONSTAT_GENERATORS))
def test_a_big_or_expanding_jsonstat_file_is_refused_with_bounded_memory(
    name, catalog, db, tmp_path, monkeypatch, capsys, request
):
    entry = MANIFEST["generated_jsonstat"][name]
    path = tmp_path / name
    JSONSTAT_GENERATORS[name](path)
    unread = entry.get("parsed", True) is False
    if unread:
        assert path.stat().st_size > jsonstat_read.USER_FILE_LIMIT
        request.getfixturevalue("no_jsonstat_parsing")
    else:
        assert path.stat().st_size < jsonstat_read.USER_FILE_LIMIT
    error, peak = _jsonstat_refusal(path, catalog)
    _check_refusal(error, entry, path)
    assert peak < (UNREAD_PEAK if unread else LIMITS["jsonstat_peak_mb"] * MB), (
        f"{peak / MB:.1f} MB")
    _import_jsonstat_refused(path, error, db, catalog, monkeypatch, capsys)


# --- accepted edges and the size of the corpus -----------------------------------------------


@pytest.mark.parametrize("name", [n for n in sorted(MANIFEST["accepted"])
                                  if not n.startswith("jsonstat")])
def test_accepted_edge_case_files_import_as_their_text_says(
    name, catalog, db, monkeypatch, capsys
):
    status, out, err = run_cli(["--db", str(db), "case", "import", str(ACCEPTED / name)],
                               catalog, monkeypatch, capsys)
    assert (status, err) == (0, "")
    with Store.open(db) as store:
        case = store.get_case(int(out))
    assert case.title == "Bompenger i rushtiden"
    assert case.alternatives[0].name == MANIFEST["accepted"][name]["name"]


def test_a_jsonstat_file_with_a_byte_order_mark_imports(catalog, db, monkeypatch, capsys):
    name = "jsonstat_bom_utf8.json"
    status, out, err = run_cli(["--db", str(db), "indicators", "import", INDICATOR,
                                str(ACCEPTED / name)], catalog, monkeypatch, capsys)
    assert (status, err) == (0, "")
    assert f"{MANIFEST['accepted'][name]['observations']} observations stored" in out


def test_the_corpus_has_at_least_30_bad_case_files_and_15_bad_jsonstat_files():
    assert len(list(CASEFILES.iterdir())) == len(MANIFEST["casefiles"]) >= 30
    assert len(list(JSONSTAT.iterdir())) == len(MANIFEST["jsonstat"]) >= 15


def test_the_corpus_covers_every_kind_the_issue_names():
    kinds = " | ".join(entry["kind"] for section in ("casefiles", "generated_casefiles",
                                                     "jsonstat", "generated_jsonstat")
                       for entry in MANIFEST[section].values())
    for kind in ("wrong type", "missing key", "unknown key", "duplicate key", "NaN",
                 "infinite", "1e308", "10 MB string", "deep nesting", "billion laughs",
                 "!!python/object", "UTF-16", "invalid UTF-8", "sizes not matching values",
                 "negative size", "index out of range", "status key out of range",
                 "duplicate category code", "id and size of different lengths",
                 "huge declared size", "wrong version", "not a dataset", "top-level array",
                 "NaN literal", "Infinity literal", "nested arrays"):
        assert kind in kinds, kind
    assert "bom_utf8.yaml" in MANIFEST["accepted"]
