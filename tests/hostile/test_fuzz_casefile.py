"""Fuzzing the case importer: whatever the bytes, ``parse_case`` returns a case or raises
CaseFileInvalid, nothing else; and what it accepts, the rest of the program can handle (domain
validation, the memo's view model, export and import back to the same case)."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import yaml
from hypothesis import event, given, settings
from hypothesis import strategies as st

from impactapp.casefile import CaseFileInvalid, dump_case, parse_case
from impactapp.casefile.checks import line_breaks
from impactapp.domain.model import Case
from impactapp.domain.serialize import case_to_data, content_equal
from impactapp.domain.validation import validate_case
from impactapp.report import build_memo
from tests.conftest import DATA
from tests.domain import strategies as domain_strategies
from tests.domain.sample import CATALOG as SAMPLE_CATALOG

from .corpus import CASEFILES
from .mutations import EXAMPLES, FUZZ, ODD_TEXT, corrupted, for_json, mutated

SEED_TEXT = (DATA / "parking_fees.yaml").read_bytes()
SEEDS = [
    yaml.safe_load(SEED_TEXT),
    yaml.safe_load((CASEFILES / "missing_title.yaml").read_text(encoding="utf-8").replace(
        "case:\n", "case:\n  title: Bompenger\n")),
]


def _import(raw: bytes, catalog, source: str) -> Case | None:
    """The case ``raw`` holds, or None when refused (as CaseFileInvalid, with its reasons)."""
    try:
        case = parse_case(raw, catalog, source)
    except CaseFileInvalid as refused:
        assert refused.errors and all(str(e) for e in refused.errors)
        event("refused")
        return None
    event("accepted")
    return case


def _usable(case: Case, catalog) -> None:
    """An accepted case goes through what comes after an import without an exception."""
    validate_case(case, catalog)
    build_memo(case, catalog)
    for fmt in ("yaml", "json"):
        again = parse_case(dump_case(case, fmt), catalog, f"again.{fmt}")
        assert content_equal(again, case)


def test_the_seeds_are_valid_cases(catalog):
    for seed in SEEDS:
        assert parse_case(yaml.safe_dump(seed, allow_unicode=True).encode(), catalog).title


@FUZZ
@given(raw=st.binary(max_size=2000))
def test_arbitrary_bytes_are_a_case_or_a_case_file_error(raw, catalog):
    for source in ("upload.yaml", "upload.json"):
        case = _import(raw, catalog, source)
        if case is not None:
            _usable(case, catalog)


YAML_ALPHABET = st.sampled_from([*"abcz019 :-?[]{},#&*!|>'\"%@`\n\t\\.~<=", "\u00e1", "\u014b",
                                 "\ufeff", "\x00", "\x85", "\u2028"])


@FUZZ
@given(text=st.text(YAML_ALPHABET, max_size=300))
def test_arbitrary_yaml_like_text_is_a_case_or_a_case_file_error(text, catalog):
    raw = ("format: impactapp-case/1\ncase:\n" + text).encode("utf-8")
    case = _import(raw, catalog, "case.yaml")
    if case is not None:
        _usable(case, catalog)


@FUZZ
@given(data=st.data(), seed=st.sampled_from(SEEDS), as_json=st.booleans())
def test_a_mutated_valid_case_is_a_case_or_a_case_file_error(data, seed, as_json, catalog):
    document = data.draw(mutated(seed))
    if as_json:
        # allow_nan writes NaN and Infinity, which JSON forbids: the importer must refuse them
        text = json.dumps(for_json(document), ensure_ascii=False, allow_nan=True)
        raw, source = text.encode("utf-8", "surrogatepass"), "case.json"
    else:
        text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
        raw, source = text.encode("utf-8", "surrogatepass"), "case.yaml"
    case = _import(raw, catalog, source)
    if case is not None:
        _usable(case, catalog)


@FUZZ
@given(data=st.data())
def test_a_valid_case_file_cut_or_corrupted_anywhere_is_a_case_or_a_case_file_error(
    data, catalog
):
    raw = data.draw(corrupted(SEED_TEXT))
    case = _import(raw, catalog, "case.yaml")
    if case is not None:
        _usable(case, catalog)


@FUZZ
@given(text=ODD_TEXT, field=st.sampled_from(["title", "problem", "caseworker", "unit"]))
def test_any_text_in_a_text_field_is_taken_as_written_or_refused_at_that_field(
    text, field, catalog
):
    document = dict(SEEDS[1])
    document["case"] = dict(document["case"], **{field: text})
    raw = json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")
    try:
        case = parse_case(raw, catalog, "case.json")
    except CaseFileInvalid as refused:
        # a lone surrogate cannot be UTF-8: the bytes are refused before any field is read
        assert [e.field for e in refused.errors] == [f"case.{field}"] or (
            "not UTF-8" in refused.errors[0].message)
        return
    # accepted text is kept as written, in NFC and with LF line breaks
    assert getattr(case, field) == unicodedata.normalize("NFC", line_breaks(text))
    _usable(case, catalog)


def _as_read(value: Any) -> Any:
    """Plain case data as a case file gives it back: text in NFC with LF line breaks."""
    if isinstance(value, dict):
        return {k: _as_read(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_read(v) for v in value]
    if isinstance(value, str):
        return unicodedata.normalize("NFC", line_breaks(value))
    return value


# A quarter of the examples: the domain's cases carry many 20,001-character texts, which
# PyYAML's emitter (pure Python) takes a while to write.
@settings(FUZZ, max_examples=max(EXAMPLES // 4, 25))
@given(case=domain_strategies.cases, fmt=st.sampled_from(["yaml", "json"]))
def test_any_case_the_program_can_hold_exports_to_a_file_read_back_equal_or_refused(case, fmt):
    """The domain's arbitrary cases (invalid ones too): export never writes a file the import
    reads differently; what it cannot take back, it refuses."""
    try:
        again = parse_case(dump_case(case, fmt), SAMPLE_CATALOG, f"case.{fmt}")
    except CaseFileInvalid as refused:
        assert refused.errors
        event("refused")
        return
    event("accepted")
    assert case_to_data(again) == _as_read(case_to_data(case))
