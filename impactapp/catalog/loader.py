"""Load criteria/ and forms/ into one Catalog, reporting every problem in all files at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from impactapp.domain.form import Form
from impactapp.domain.model import (
    PILLARS,
    Catalog,
    Criterion,
    Indicator,
    Pillar,
    Region,
    Scale,
    SdgGoal,
    SdgTarget,
)
from impactapp.resources import config_dir, resource_dir

from . import criteria, form, indicators, regions, scales, sdg, settings
from . import targets as target_file
from .check import Known
from .document import catalog_file_name, open_catalog_file
from .errors import CatalogError, CatalogInvalid

#: The order files are reported in: the order of criteria/README.md.
FILE_ORDER = (scales.FILE, criteria.FILE, sdg.FILE, regions.FILE, indicators.FILE, form.FILE,
              settings.FILE, target_file.FILE)


def load_catalog(
    criteria_dir: Path | None = None,
    forms_dir: Path | None = None,
    settings_file: Path | None = None,
    targets_dir: Path | None = None,
) -> Catalog:
    """Read and validate the whole catalog; raise CatalogInvalid listing every problem.

    ``settings_file`` (default: settings.yaml in the configuration directory, if any) holds
    the municipality's settings, such as switching the two-person rule off. ``targets_dir``
    holds the municipality's targets.yaml (default: its configuration directory; none there
    means no configured targets).
    """
    criteria_dir = Path(criteria_dir) if criteria_dir is not None else resource_dir("criteria")
    forms_dir = Path(forms_dir) if forms_dir is not None else resource_dir("forms")
    errors: list[CatalogError] = []

    # Files are read in dependency order so references can be checked against what the
    # referenced file defines; a file that could not be read yields an incomplete Known,
    # which turns its reference checks off instead of reporting every reference as unknown.
    scale_map: dict[str, Scale] = {}
    scale_ids = Known(complete=False)
    opened = open_catalog_file(criteria_dir, scales.FILE, scales.KEYS, errors)
    if opened:
        scale_map, scale_ids = scales.parse_scales(*opened)

    goals: dict[int, SdgGoal] = {}
    targets: dict[str, SdgTarget] = {}
    target_ids = Known(complete=False)
    opened = open_catalog_file(criteria_dir, sdg.FILE, sdg.KEYS, errors)
    if opened:
        goals, targets, target_ids = sdg.parse_sdg(*opened)

    pillars: dict[str, Pillar] = {}
    criteria_map: dict[str, Criterion] = {}
    pillar_ids = Known(ids=set(PILLARS))
    sdg_file = catalog_file_name(criteria_dir, sdg.FILE)
    opened = open_catalog_file(criteria_dir, criteria.FILE, criteria.KEYS, errors)
    if opened:
        pillars, criteria_map, pillar_ids = criteria.parse_criteria(
            *opened, scale_ids, target_ids, sdg_file
        )

    region_map: dict[str, Region] = {}
    opened = open_catalog_file(criteria_dir, regions.FILE, regions.KEYS, errors)
    if opened:
        region_map = regions.parse_regions(*opened)

    indicator_map = _load_indicators(criteria_dir, errors, pillar_ids, target_ids, sdg_file)
    wizard = _load_form(forms_dir, errors, pillar_ids)
    configured = _load_settings(settings_file or settings.settings_file(), errors)
    folder = Path(targets_dir) if targets_dir is not None else config_dir()
    indicator_targets, margin = target_file.load_config_targets(folder, indicator_map, errors)
    _raise_if_any(errors)
    return Catalog(
        scales=scale_map,
        pillars=pillars,
        criteria=criteria_map,
        goals=goals,
        targets=targets,
        regions=region_map,
        indicators=indicator_map,
        form=wizard,
        **configured,
        indicator_targets=indicator_targets,
        challenge_margin=margin,
    )


def load_form(forms_dir: Path | None = None, pillars: tuple[str, ...] = PILLARS) -> Form:
    """Read and validate forms/wizard.yaml alone; ratings fields may name ``pillars``."""
    forms_dir = Path(forms_dir) if forms_dir is not None else resource_dir("forms")
    errors: list[CatalogError] = []
    wizard = _load_form(forms_dir, errors, Known(ids=set(pillars)))
    _raise_if_any(errors)
    assert wizard is not None  # no errors means the file was read
    return wizard


def default_catalog() -> Catalog:
    """The catalog the program ships with (or the municipality's, via IMPACTAPP_CONFIG_DIR)."""
    return load_catalog()


def _load_indicators(
    criteria_dir: Path, errors: list[CatalogError], pillars: Known, targets: Known, sdg_file: str
) -> dict[str, Indicator]:
    # The indicator set is optional: a municipality may not have one (yet).
    if not (criteria_dir / indicators.FILE).exists():
        return {}
    opened = open_catalog_file(criteria_dir, indicators.FILE, indicators.KEYS, errors)
    if not opened:
        return {}
    pillars = _method_pillars_if_unknown(pillars)
    return indicators.parse_indicators(*opened, pillars, targets, sdg_file)


def _method_pillars_if_unknown(pillars: Known) -> Known:
    # criteria.yaml's pillars are unreadable: fall back to the method's fixed pillars.
    return pillars if pillars.complete else Known(ids=set(PILLARS))


def _load_form(forms_dir: Path, errors: list[CatalogError], pillars: Known) -> Form | None:
    pillars = _method_pillars_if_unknown(pillars)
    opened = open_catalog_file(forms_dir, form.FILE, form.KEYS, errors)
    return form.parse_form(*opened, pillars) if opened else None


def _load_settings(file: Path | None, errors: list[CatalogError]) -> dict[str, Any]:
    if file is None:
        return {}
    # Named as the configuration directory holds it, beside criteria/ and forms/.
    opened = open_catalog_file(file.parent, file.name, settings.KEYS, errors, file.name)
    return settings.parse_settings(*opened) if opened else {}


def _raise_if_any(errors: list[CatalogError]) -> None:
    if not errors:
        return
    rank = {name: i for i, name in enumerate(FILE_ORDER)}

    def key(e: CatalogError) -> tuple[int, int]:
        return rank.get(e.file.rsplit("/", 1)[-1], len(rank)), e.line or 0

    raise CatalogInvalid(sorted(errors, key=key))
