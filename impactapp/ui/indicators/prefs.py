"""What the indicator view remembers between runs: chosen districts and the comparison set."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from ...indicators.comparison import DEFAULT_COMPARISON

_DISTRICTS = "indicators/districts"
_COMPARISON = "indicators/comparison"
_NAMES = "indicators/region_names"


class IndicatorPrefs:
    """Lists kept as JSON text (QSettings turns a one-element list into a string otherwise)."""

    def __init__(self, settings: QSettings | None = None):
        self._s = settings if settings is not None else QSettings("ImpactApp", "ImpactApp")

    def _list(self, key: str) -> list[str] | None:
        raw = self._s.value(key)
        try:
            value = json.loads(raw) if isinstance(raw, str) else None
        except ValueError:
            return None
        return [str(v) for v in value] if isinstance(value, list) else None

    def districts(self) -> list[str]:
        """The bydeler shown beside the municipality (none until the user chooses)."""
        return self._list(_DISTRICTS) or []

    def set_districts(self, codes: list[str]) -> None:
        self._s.setValue(_DISTRICTS, json.dumps(codes))

    def comparison(self) -> list[str]:
        """The regions compared with (the ten largest municipalities and Norway by default)."""
        chosen = self._list(_COMPARISON)
        return list(DEFAULT_COMPARISON) if chosen is None else chosen

    def set_comparison(self, codes: list[str]) -> None:
        self._s.setValue(_COMPARISON, json.dumps(codes))

    def region_names(self) -> dict[str, str]:
        """Names the user gave municipalities added to the comparison by number."""
        raw = self._s.value(_NAMES)
        try:
            value = json.loads(raw) if isinstance(raw, str) else {}
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def set_region_name(self, code: str, name: str) -> None:
        names = self.region_names()
        names[code] = name
        self._s.setValue(_NAMES, json.dumps(names, ensure_ascii=False))
