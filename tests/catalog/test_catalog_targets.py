"""targets.yaml in the configuration folder: targets per indicator and the Utfordringer margin
load with the catalog, and each bad value is named with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from impactapp.catalog import CatalogInvalid, load_catalog
from impactapp.domain.indicator_targets import FROM_CONFIG

GOOD = """\
schema_version: 1
indicators:
  - indicator: ind.low_income_households
    value: 9.5
    year: 2030
  - indicator: ind.employment_rate
    value: 72
    year: 2028
    direction: higher
challenges:
  margin_percent: 15
"""


def load(valid_dir: Path, config: Path):
    return load_catalog(valid_dir / "criteria", valid_dir / "forms", targets_dir=config)


def test_configured_targets_and_margin_load(valid_dir, tmp_path):
    (tmp_path / "targets.yaml").write_text(GOOD, encoding="utf-8")
    catalog = load(valid_dir, tmp_path)
    low = catalog.indicator_targets["ind.low_income_households"]
    assert (low.value, low.year, low.direction, low.source) == (9.5, 2030, "lower", FROM_CONFIG)
    assert catalog.indicator_targets["ind.employment_rate"].direction == "higher"
    assert catalog.challenge_margin == 15.0


def test_no_targets_file_means_no_targets(valid_dir, tmp_path):
    catalog = load(valid_dir, tmp_path)
    assert catalog.indicator_targets == {} and catalog.challenge_margin == 10.0


@pytest.mark.parametrize("entry, line, message", [
    ("  - indicator: ind.nope\n    value: 1\n    year: 2030\n", 3,
     "unknown indicator 'ind.nope'"),
    ("  - indicator: ind.employment_rate\n    value: 70\n    year: soon\n", 5,
     "year: a year such as 2030 expected"),
    ("  - indicator: ind.employment_rate\n    value: 70\n    year: 20300\n", 5,
     "20300 is not a year"),
    ("  - indicator: ind.employment_rate\n    value: 70\n    year: 2030\n"
     "    direction: lower\n", 6, "goes against the indicator"),
    ("  - indicator: ind.employment_rate\n    value: 70\n    year: 2030\n"
     "    direction: under\n", 6, "'under' is not one of lower, higher"),
    ("  - indicator: ind.employment_rate\n    value: mye\n    year: 2030\n", 4,
     "value: a number expected"),
    ("  - indicator: ind.employment_rate\n    year: 2030\n", 3, "value: missing required key"),
])
def test_each_bad_value_is_named_with_file_and_line(valid_dir, tmp_path, entry, line, message):
    (tmp_path / "targets.yaml").write_text(
        f"schema_version: 1\nindicators:\n{entry}", encoding="utf-8")
    with pytest.raises(CatalogInvalid) as caught:
        load(valid_dir, tmp_path)
    (error,) = caught.value.errors
    assert str(error).startswith(f"{tmp_path.name}/targets.yaml:{line}: indicators[0].")
    assert message in str(error)


def test_a_duplicate_target_and_a_bad_margin_are_both_reported(valid_dir, tmp_path):
    (tmp_path / "targets.yaml").write_text(
        "schema_version: 1\nindicators:\n"
        "  - {indicator: ind.employment_rate, value: 70, year: 2030}\n"
        "  - {indicator: ind.employment_rate, value: 71, year: 2030}\n"
        "challenges:\n  margin_percent: 250\n", encoding="utf-8")
    with pytest.raises(CatalogInvalid) as caught:
        load(valid_dir, tmp_path)
    texts = [str(e) for e in caught.value.errors]
    assert any(":4: indicators[1].indicator: duplicate indicator" in t for t in texts)
    assert any(":6: challenges.margin_percent: 250 is not a share" in t for t in texts)
