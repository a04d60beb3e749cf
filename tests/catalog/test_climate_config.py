"""climate.yaml: the target, known totals and reporting dates, checked with file:line messages."""

from __future__ import annotations

import pytest

from impactapp.catalog import CatalogInvalid
from impactapp.catalog.climate import load_climate_config, parse_climate
from impactapp.domain.climate_target import ClimateTarget
from impactapp.domain.followup import ReportingCalendar

VALID = b"""\
target:
  cut_percent: 95
  year: 2030
  base_year: 2009
  base_tonnes: 1254000
reference:
  2022: 1000000
reporting:
  dates: ['06-30', '12-31']
  due_window_days: 14
  far_ratio: 0.6
lifetime_years: 20
"""


def test_a_valid_file_is_read(tmp_path, monkeypatch) -> None:
    (tmp_path / "climate.yaml").write_bytes(VALID)
    monkeypatch.setenv("IMPACTAPP_CONFIG_DIR", str(tmp_path))
    config = load_climate_config()
    assert config.target == ClimateTarget(95, 2030, 2009, 1254000.0, ((2022, 1000000.0),))
    assert config.calendar == ReportingCalendar(((6, 30), (12, 31)), 14, 0.6)
    assert config.lifetime_years == 20


def test_no_file_gives_the_defaults(tmp_path) -> None:
    config = load_climate_config(tmp_path)
    assert config.target is None
    assert config.calendar.dates == ((4, 30), (8, 31), (12, 31))


def test_problems_name_file_line_and_field() -> None:
    bad = (VALID.replace(b"year: 2030", b"year: 2000").replace(b"'06-30'", b"'06-31'")
           .replace(b"far_ratio: 0.6", b"far_ratio: 2").replace(b"lifetime_years: 20",
                                                                   b"lifetime: 20"))
    with pytest.raises(CatalogInvalid) as info:
        parse_climate(bad)
    assert [str(e) for e in info.value.errors] == [
        "climate.yaml:12: lifetime: unknown key 'lifetime' (allowed: target, reference, "
        "reporting, lifetime_years)",
        "climate.yaml:3: target.year: the target year 2000 must come after the base year 2009",
        "climate.yaml:9: reporting.dates[0]: '06-31' is not a date of the year such as "
        "'04-30' (MM-DD)",
        "climate.yaml:11: reporting.far_ratio: must lie between 0 and 1, not 2",
    ]


def test_a_missing_target_figure_is_named() -> None:
    with pytest.raises(CatalogInvalid) as info:
        parse_climate(b"target:\n  cut_percent: 95\n  year: 2030\n  base_year: 2009\n")
    assert [str(e) for e in info.value.errors] == [
        "climate.yaml:1: target: the required key 'base_tonnes' is missing"]


def test_the_documented_example_is_valid() -> None:
    from pathlib import Path

    example = Path(__file__).resolve().parents[2] / "docs" / "climate.example.yaml"
    config = parse_climate(example.read_bytes())
    assert config.target == ClimateTarget(95, 2030, 2009, 1254000.0, ((2022, 1000000.0),))
    assert config.calendar == ReportingCalendar()
