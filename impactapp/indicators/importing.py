"""An indicator's observations from a saved file: a JSON-stat response or a CSV file.

Used by ``impactapp-cli indicators import`` and the indicator view's Import action alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from impactapp.domain.clock import SYSTEM_CLOCK, Clock
from impactapp.domain.model import Indicator
from impactapp.domain.observation import Observation
from impactapp.domain.place import Place

from .comparison import with_national_codes
from .csvfile import read_observation_csv_file
from .errors import IndicatorDataError
from .jsonstat_read import read_jsonstat_file
from .places import default_place
from .resolve import expand, ours_only, resolve
from .tidy import dataset_observations


def holds_json(path: Path) -> bool:
    """Whether the file holds JSON (a saved response) rather than CSV, by its first character."""
    try:
        with path.open("rb") as f:
            head = f.read(64)
    except OSError as exc:
        raise IndicatorDataError(str(path), "", f"cannot be read ({exc.strerror or exc})") from None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16: the JSON reader says plainly that it is not UTF-8
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] in (b"{", b"[")


def read_indicator_file(
    indicator: Indicator,
    path: Path | str,
    *,
    regions: Iterable[str] = (),
    fetched: datetime | None = None,
    clock: Clock | None = None,
    place: Place | None = None,
) -> list[Observation]:
    """The indicator's observations in the file at ``path``; IndicatorDataError if unusable.

    A JSON-stat file is read through the indicator's query, which keeps its own regions and
    ``regions`` besides (the municipalities it is compared with); a CSV file is read whole.
    """
    path = Path(path)
    now = fetched or (clock or SYSTEM_CLOCK).now().astimezone(UTC)
    source = indicator.source
    if holds_json(path):
        dataset = read_jsonstat_file(path)
        query = expand(source.query, place or default_place(), with_national_codes(regions))
        try:
            # The file's own region codes (030101a) read back as ours, as in a fetch.
            resolved = resolve(query, {d.id: d.codes for d in dataset.dimensions}, str(path))
        except IndicatorDataError:
            resolved = None
        observations = dataset_observations(
            dataset,
            indicator.id,
            query=resolved.query if resolved is not None else query,
            source=str(path),
            source_table=source.table,
            check_table=source.kind == "ssb",
            unit=indicator.unit.nb,
            fetched=now,
        )
        return ours_only(observations, resolved) if resolved is not None else observations
    return read_observation_csv_file(
        path, indicator.id, source_table=source.table, unit=indicator.unit.nb, fetched=now
    )
