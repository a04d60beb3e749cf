"""The municipality's climate configuration: ``climate.yaml`` in its configuration directory.

It holds the climate target (a percentage cut by a year against a base year, with the base
year's emissions), later known totals for the reference path, the reporting dates of the
follow-up and the ratio that marks a reported effect as far from the expected. Problems are
reported like the catalog's: file, line, field and one sentence. A target set in the program
(kept in the database) takes precedence over the file's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from impactapp.domain.climate_target import ClimateTarget, target_problems
from impactapp.domain.followup import ReportingCalendar
from impactapp.domain.sustainability_budget import DEFAULT_LIFETIME_YEARS
from impactapp.resources import config_dir

from .errors import CatalogError, CatalogInvalid
from .yamlload import Document, YamlError, format_path, load_yaml

FILE = "climate.yaml"
_TARGET_KEYS = ("cut_percent", "year", "base_year", "base_tonnes")


@dataclass(frozen=True)
class ClimateConfig:
    """The climate settings in force (defaults where the file says nothing)."""

    target: ClimateTarget | None = None
    calendar: ReportingCalendar = field(default_factory=ReportingCalendar)
    lifetime_years: int = DEFAULT_LIFETIME_YEARS
    source: str = ""  # the file read ("" for the defaults)


class _Checker:
    def __init__(self, doc: Document):
        self.doc = doc
        self.errors: list[CatalogError] = []

    def error(self, path: tuple, message: str) -> None:
        self.errors.append(CatalogError(FILE, self.doc.line(path), format_path(path), message))

    def mapping(self, path: tuple, value: Any, allowed: tuple[str, ...]) -> dict:
        if not isinstance(value, dict):
            self.error(path, "must be a mapping")
            return {}
        for key in value:
            if key not in allowed:
                self.error((*path, key), f"unknown key '{key}' (allowed: {', '.join(allowed)})")
        return value

    def number(self, path: tuple, value: Any, whole: bool = False) -> float | None:
        if isinstance(value, bool) or not isinstance(value, int | float) or (
                whole and not isinstance(value, int)):
            self.error(path, f"must be {'a whole number' if whole else 'a number'}, "
                             f"not {value!r}")
            return None
        return value


def _field_of(problem: str) -> tuple:
    """The field a target problem is about, so its line can be shown."""
    for words, path in (("the cut", ("target", "cut_percent")),
                        ("the target year", ("target", "year")),
                        ("emissions", ("target", "base_tonnes")),
                        ("known total", ("reference",))):
        if problem.startswith(words) or words in problem:
            return path
    return ("target",)


def _target(ck: _Checker, value: Any, known: tuple) -> ClimateTarget | None:
    data = ck.mapping(("target",), value, _TARGET_KEYS)
    figures = {}
    for key in _TARGET_KEYS:
        if key not in data:
            ck.error(("target",), f"the required key '{key}' is missing")
            continue
        figures[key] = ck.number(("target", key), data[key], whole=key.endswith("year"))
    if any(figures.get(k) is None for k in _TARGET_KEYS):
        return None
    target = ClimateTarget(float(figures["cut_percent"]), int(figures["year"]),
                           int(figures["base_year"]), float(figures["base_tonnes"]), known)
    for problem in target_problems(target):
        ck.error(_field_of(problem), problem)
    return target


def _reference(ck: _Checker, value: Any) -> tuple[tuple[int, float], ...]:
    if not isinstance(value, dict):
        ck.error(("reference",), "must map years to known totals in t CO2e, e.g. 2022: 1000000")
        return ()
    out = []
    for year, tonnes in value.items():
        if isinstance(year, bool) or not isinstance(year, int):
            ck.error(("reference", year), f"{year!r} is not a year")
            continue
        number = ck.number(("reference", year), tonnes)
        if number is not None:
            out.append((year, float(number)))
    return tuple(sorted(out))


def _dates(ck: _Checker, value: Any) -> tuple[tuple[int, int], ...] | None:
    path = ("reporting", "dates")
    if not isinstance(value, list) or not value:
        ck.error(path, "must be a list of dates of the year such as '04-30'")
        return None
    out = []
    for i, item in enumerate(value):
        try:
            month, day = (int(part) for part in str(item).split("-"))
            date(2024, month, day)  # a leap year, so 02-29 is allowed
        except ValueError:
            ck.error((*path, i), f"{item!r} is not a date of the year such as '04-30' (MM-DD)")
            continue
        out.append((month, day))
    return tuple(sorted(set(out))) or None


def _calendar(ck: _Checker, value: Any) -> ReportingCalendar:
    data = ck.mapping(("reporting",), value, ("dates", "due_window_days", "far_ratio"))
    calendar = ReportingCalendar()
    dates = _dates(ck, data["dates"]) if "dates" in data else None
    window = ck.number(("reporting", "due_window_days"), data["due_window_days"], whole=True) \
        if "due_window_days" in data else calendar.due_window_days
    ratio = ck.number(("reporting", "far_ratio"), data["far_ratio"]) \
        if "far_ratio" in data else calendar.far_ratio
    if ratio is not None and not 0 < ratio < 1:
        ck.error(("reporting", "far_ratio"), f"must lie between 0 and 1, not {ratio}")
        ratio = None
    if window is not None and window < 0:
        ck.error(("reporting", "due_window_days"), "must not be negative")
        window = None
    return ReportingCalendar(dates or calendar.dates,
                             calendar.due_window_days if window is None else int(window),
                             calendar.far_ratio if ratio is None else float(ratio))


def parse_climate(raw: bytes, source: str = FILE) -> ClimateConfig:
    """The settings in ``raw``, or CatalogInvalid listing every problem."""
    try:
        doc = load_yaml(raw, source)
    except YamlError as exc:
        raise CatalogInvalid([CatalogError(FILE, exc.line, format_path(exc.path),
                                           exc.message)]) from None
    if doc.data is None:
        return ClimateConfig(source=source)
    ck = _Checker(doc)
    data = ck.mapping((), doc.data, ("target", "reference", "reporting", "lifetime_years"))
    known = _reference(ck, data["reference"]) if "reference" in data else ()
    target = _target(ck, data["target"], known) if "target" in data else None
    calendar = _calendar(ck, data["reporting"]) if "reporting" in data else ReportingCalendar()
    lifetime = DEFAULT_LIFETIME_YEARS
    if "lifetime_years" in data:
        years = ck.number(("lifetime_years",), data["lifetime_years"], whole=True)
        if years is not None and years < 1:
            ck.error(("lifetime_years",), "must be at least 1")
        elif years is not None:
            lifetime = int(years)
    if ck.errors:
        raise CatalogInvalid(ck.errors)
    return ClimateConfig(target, calendar, lifetime, source)


def load_climate_config(directory: Path | None = None) -> ClimateConfig:
    """``climate.yaml`` from ``directory`` (default: the configuration directory); the
    defaults when there is none."""
    folder = directory if directory is not None else config_dir()
    path = folder / FILE if folder is not None else None
    if path is None or not path.is_file():
        return ClimateConfig()
    return parse_climate(path.read_bytes(), str(path))
