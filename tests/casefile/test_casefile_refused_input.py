"""Files the safe loader refuses (encoding, tags, aliases, size) and JSON-specific errors."""

from __future__ import annotations

import json

from impactapp.domain.model import Catalog
from tests.casefile.case_texts import ALTERNATIVES, HEAD, VALID, errors_of

# --- what the safe loader refuses -----------------------------------------------------------


def test_invalid_utf8_is_refused_with_its_line(catalog: Catalog) -> None:
    raw = VALID.replace("Dagens ordning", "Dagens ordning \udcff")
    raw = raw.encode("utf-8", "surrogateescape")  # a lone 0xFF byte on line 9
    assert errors_of(raw, catalog) == ["case.yaml:9: bytes that are not UTF-8 at byte 166"]


def test_alias_is_refused(catalog: Catalog) -> None:
    text = HEAD + "  unit: &etat Bymiljøetaten\n  caseworker: *etat\n" + ALTERNATIVES
    # The loader sees an alias as the anchored value met a second time, so the line is the
    # anchor's and the field is where the alias was used.
    assert errors_of(text, catalog) == [
        "case.yaml:7: case.caseworker: anchors and aliases (*name) are not allowed"
    ]


def test_python_tags_are_refused(catalog: Catalog) -> None:
    apply = HEAD + "  unit: !!python/object/apply:os.system ['echo pwned']\n" + ALTERNATIVES
    assert errors_of(apply, catalog) == [
        "case.yaml:7: case.unit: tag tag:yaml.org,2002:python/object/apply:os.system is not "
        "allowed"
    ]
    name = HEAD + "  unit: !!python/object:os.system\n" + ALTERNATIVES
    assert errors_of(name, catalog) == [
        "case.yaml:7: case.unit: value not allowed: could not determine a constructor for the "
        "tag 'tag:yaml.org,2002:python/object:os.system'"
    ]


def test_duplicate_key_is_refused(catalog: Catalog) -> None:
    text = HEAD + "  title: Igjen\n" + ALTERNATIVES
    assert errors_of(text, catalog) == ["case.yaml:7: case: duplicate key 'title'"]


def test_impossible_date_is_refused(catalog: Catalog) -> None:
    text = HEAD + "  decision_date: 2026-02-30\n" + ALTERNATIVES
    assert errors_of(text, catalog) == [
        "case.yaml:7: case.decision_date: value not allowed: day is out of range for month"
    ]


def test_oversized_file_is_refused_before_parsing(catalog: Catalog) -> None:
    raw = VALID.encode() + b"#" * (5 * 1024 * 1024)
    assert errors_of(raw, catalog) == [
        f"case.yaml: the file is {len(raw):,} bytes, more than the limit of 5,242,880 bytes"
    ]


# --- JSON -----------------------------------------------------------------------------------


def _json_case(**changes: object) -> dict:
    case = {
        "title": "Bompenger",
        "language": "nb",
        "depth": "minimum",
        "status": "draft",
        "alternatives": [
            {"id": "a0", "name": "Dagens ordning", "zero": True},
            {"id": "a1", "name": "Bompenger",
             "assessments": [{"criterion": "env.noise", "rating": -1}]},
        ],
    }
    case.update(changes)
    return {"format": "impactapp-case/1", "case": case}


def test_json_errors_have_fields_but_no_lines(catalog: Catalog) -> None:
    doc = _json_case(status="done", decision_date="2026-3-1", screening=[{"criterion": 7}])
    raw = json.dumps(doc).encode()
    assert errors_of(raw, catalog, "case.json") == [
        "case.json: case.status: 'done' is not allowed here "
        "(allowed: draft, in_review, approved, decided)",
        "case.json: case.decision_date: '2026-3-1' is not a date in the form YYYY-MM-DD",
        "case.json: case.screening[0]: the required key 'relevant' is missing",
        "case.json: case.screening[0].criterion: must be text, not a number (put it in quotes)",
    ]


def test_json_nan_is_refused(catalog: Catalog) -> None:
    raw = json.dumps(_json_case()).replace('"rating": -1', '"rating": NaN').encode()
    assert errors_of(raw, catalog, "case.json") == [
        "case.json: case.alternatives[1].assessments[0].rating: NaN is not a number JSON allows"
    ]


def test_json_lone_surrogate_is_refused(catalog: Catalog) -> None:
    raw = json.dumps(_json_case(title="Bom\ud800")).encode()
    assert errors_of(raw, catalog, "upload") == [
        "upload: case.title: contains the control character U+D800 at position 4; "
        "only line breaks and tabs are allowed in text"
    ]
