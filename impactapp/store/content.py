"""A case's stored content: canonical JSON, its hash, timestamps and rebuilding the Case."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from impactapp.domain.clock import SYSTEM_CLOCK
from impactapp.domain.clock import Clock as TimeSource

if TYPE_CHECKING:
    from impactapp.domain.model import Case
    from impactapp.domain.serialize import Data


def canonical_text(data: Any) -> str:
    """One fixed spelling of plain data, so equal content always has an equal hash.

    NaN and infinities are refused: they are not JSON and no case may contain them.
    """
    return json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )


def canonical_json(case: Case) -> str:
    """The case's content (``serialize.case_to_data``) as canonical JSON."""
    from impactapp.domain.serialize import case_to_data

    return canonical_text(case_to_data(case))


def sha256_hex(text: str) -> str:
    """SHA-256 of the text's UTF-8 bytes, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_hash(case: Case) -> str:
    """SHA-256 (hex) of the case's canonical JSON: what a frozen revision is checked against."""
    return sha256_hex(canonical_json(case))


def timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC with microseconds, so stored timestamps sort as text."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_timestamp(text: str | None) -> datetime | None:
    """A stored timestamp as an aware datetime (None stays None)."""
    return None if text is None else datetime.fromisoformat(text)


class Clock:
    """UTC timestamps that strictly increase within one store, so 'last changed' never ties.

    The moments come from ``source`` (the program's clock, injected by the composition root).
    """

    def __init__(self, source: TimeSource | None = None) -> None:
        self._source = source or SYSTEM_CLOCK
        self._last: datetime | None = None

    def now(self) -> datetime:
        moment = self._source.now().astimezone(UTC)
        if self._last is not None and moment <= self._last:
            moment = self._last + timedelta(microseconds=1)
        self._last = moment
        return moment


def build_case(data: Data, row: dict[str, Any]) -> Case:
    """A Case from its content plus the bookkeeping columns of its row."""
    from impactapp.domain.serialize import case_from_data

    case = case_from_data(data)
    case.id = row["id"]
    case.status = row["status"]
    case.revision = row["revision"]
    case.version = row["version"]
    case.approved_by = row["approved_by"] or ""
    case.approved_at = parse_timestamp(row["approved_at"])
    case.created = parse_timestamp(row["created"])
    case.updated = parse_timestamp(row["updated"])
    return case


def changed_fields(old: Data, new: Data) -> list[str]:
    """Top-level content keys whose values differ: the compact detail of an 'update'."""
    return sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))
