"""The climate settings the views read: climate.yaml, with the target set in the program."""

from __future__ import annotations

from dataclasses import replace

from ...catalog import CatalogInvalid
from ...catalog.climate import ClimateConfig, load_climate_config
from ...store import CaseStore


def climate_settings(store: CaseStore) -> tuple[ClimateConfig, str]:
    """The configuration in force and a problem sentence ("" when none): a broken climate.yaml
    gives the defaults and its first problems, so the views still open."""
    try:
        config = load_climate_config()
        problem = ""
    except CatalogInvalid as exc:
        config = ClimateConfig()
        problem = "; ".join(str(e) for e in exc.errors[:3])
    stored = store.climate_target()
    if stored is not None:
        known = stored.known or (config.target.known if config.target else ())
        config = replace(config, target=replace(stored, known=known))
    return config, problem
