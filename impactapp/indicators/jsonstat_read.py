"""Reading JSON-stat 2.0 text into a checked ``Dataset``, written to the full specification.

Every shape the specification allows is read: ``value`` and ``status`` as an array, an object
or (status) a single string; ``category.index`` as an array or an object, or left out for a
single category given by its label; units with decimals; roles. Anything else is refused with
a JsonStatError that names the place, and nothing else escapes: a file is checked against a
size limit before it is parsed, and a cube is checked against a cell limit before any list of
that size is made.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from .errors import JsonStatError
from .jsonstat import ROLES, Category, Dataset, Dimension, Unit
from .jsonstat_check import Checker, kind_of, number_text, read_status, read_values, show
from .jsonstat_json import load_json_text

#: Largest JSON-stat file a user may hand in (import, inspect).
USER_FILE_LIMIT = 5 * 1024 * 1024
#: Largest cube read by default: SSB's maximum per request (``maxDataCells``) with room to spare.
DEFAULT_MAX_CELLS = 1_000_000

_MAJOR_2 = re.compile(r"2(?:\.\d+)*")


def read_jsonstat_file(
    path: Path | str,
    *,
    max_bytes: int = USER_FILE_LIMIT,
    max_cells: int = DEFAULT_MAX_CELLS,
    metadata: bool = False,
) -> Dataset:
    """The dataset in the file at ``path``; files over ``max_bytes`` are refused unread."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise JsonStatError(name, "", _too_big(size, max_bytes))
        with path.open("rb") as f:
            raw = f.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as exc:
        raise JsonStatError(name, "", f"cannot be read ({exc.strerror or exc})") from None
    return read_jsonstat(raw, name, max_bytes=max_bytes, max_cells=max_cells, metadata=metadata)


def read_jsonstat(
    raw: bytes | str,
    source: str = "",
    *,
    max_bytes: int = USER_FILE_LIMIT,
    max_cells: int = DEFAULT_MAX_CELLS,
    metadata: bool = False,
) -> Dataset:
    """The dataset in ``raw`` (UTF-8 bytes, or text whose length counts as its size).

    ``metadata``: read a PxWebApi metadata response, whose ``value`` is empty, as a dataset
    with every cell missing.
    """
    if len(raw) > max_bytes:
        raise JsonStatError(source, "", _too_big(len(raw), max_bytes))
    if isinstance(raw, bytes):
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise JsonStatError(source, "", "is not UTF-8 text but UTF-16; save it as UTF-8")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise JsonStatError(
                source, "", f"is not UTF-8 text (byte {exc.start + 1})"
            ) from None
    else:
        text = raw.removeprefix("\ufeff")
    data = load_json_text(text, source)
    return parse_dataset(data, source, max_cells=max_cells, metadata=metadata)


def _too_big(size: int, limit: int) -> str:
    return (
        f"is {size / 1048576:.1f} MB, more than the {limit / 1048576:.1f} MB a JSON-stat file "
        "may have here"
    )


def parse_dataset(
    data: Any, source: str = "", *, max_cells: int = DEFAULT_MAX_CELLS, metadata: bool = False
) -> Dataset:
    """A checked Dataset from parsed JSON; raises JsonStatError naming the first problem."""
    r = Checker(source)
    if not isinstance(data, dict):
        raise r.fail("", f"must be a JSON object (a JSON-stat dataset), found {kind_of(data)}")
    _check_version_and_class(r, data)
    for key in ("id", "size", "dimension", "value"):
        if key not in data and not (key == "value" and metadata):
            raise r.fail(key, "is missing (a JSON-stat dataset needs id, size, dimension, value)")
    ids = r.strings(data["id"], "id")
    sizes = _sizes(r, data["size"], len(ids))
    cells = math.prod(sizes)
    if cells > max_cells:
        raise r.fail(
            "size", f"gives {number_text(cells)} cells, more than the {max_cells:,} read here"
        )
    roles = _roles(r, data.get("role"), ids)
    dims = data["dimension"]
    if not isinstance(dims, dict):
        raise r.fail("dimension", f"must be an object, found {kind_of(dims)}")
    extra = [key for key in dims if key not in ids]
    if extra:
        raise r.fail(f"dimension.{show(extra[0])}", "is not listed in id")
    dimensions = tuple(
        _dimension(r, dim_id, dims.get(dim_id), size, roles.get(dim_id, ()))
        for dim_id, size in zip(ids, sizes, strict=True)
    )
    texts: dict[int, str] = {}
    values = {} if metadata else read_values(r, data["value"], cells, texts)
    status = read_status(r, data.get("status"), cells, texts)
    extension = data.get("extension")
    px = extension.get("px") if isinstance(extension, dict) else None
    table = px.get("tableid") if isinstance(px, dict) else None
    return Dataset(
        label=r.optional_text(data, "label", "label"),
        source=r.optional_text(data, "source", "source"),
        updated=r.optional_text(data, "updated", "updated"),
        table=table if isinstance(table, str) else "",
        dimensions=dimensions,
        values=values,
        status=status,
    )


def _check_version_and_class(r: Checker, data: dict[str, Any]) -> None:
    version = data.get("version")
    if version is None:
        raise r.fail("version", "is missing: this is not JSON-stat 2.0 (an older version?)")
    if not isinstance(version, str) or not _MAJOR_2.fullmatch(version):
        shown = f"'{show(version)}'" if isinstance(version, str) else kind_of(version)
        raise r.fail("version", f"must be \"2.0\", found {shown}")
    cls = data.get("class", "dataset")
    if cls != "dataset":
        what = f"a JSON-stat {show(cls)}" if isinstance(cls, str) else kind_of(cls)
        raise r.fail("class", f"is {what}, not a dataset")


def _sizes(r: Checker, value: Any, count: int) -> list[int]:
    if not isinstance(value, list):
        raise r.fail("size", f"must be an array of whole numbers, found {kind_of(value)}")
    if len(value) != count:
        raise r.fail("size", f"has {len(value)} entries but id names {count} dimensions")
    for i, item in enumerate(value):
        if type(item) is not int or item < 0:
            raise r.fail(f"size[{i}]", "must be a whole number, 0 or more")
    return value


def _roles(r: Checker, value: Any, ids: list[str]) -> dict[str, tuple[str, ...]]:
    """Dimension id -> its roles. Roles other than time, geo and metric are ignored."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise r.fail("role", f"must be an object, found {kind_of(value)}")
    found: dict[str, list[str]] = {}
    for role in ROLES:
        if role not in value:
            continue
        for dim_id in r.strings(value[role], f"role.{role}"):
            if dim_id not in ids:
                raise r.fail(
                    f"role.{role}", f"names '{show(dim_id)}', which is not a dimension in id"
                )
            found.setdefault(dim_id, []).append(role)
    return {dim_id: tuple(roles) for dim_id, roles in found.items()}


def _dimension(r: Checker, dim_id: str, obj: Any, size: int, roles: tuple[str, ...]) -> Dimension:
    where = f"dimension.{show(dim_id)}"
    if obj is None:
        raise r.fail(where, "is missing (every dimension in id needs one)")
    if not isinstance(obj, dict):
        raise r.fail(where, f"must be an object, found {kind_of(obj)}")
    category = obj.get("category")
    if not isinstance(category, dict):
        raise r.fail(
            f"{where}.category",
            "is missing or not an object (dimensions given only by href are not read)",
        )
    labels = _labels(r, category.get("label"), f"{where}.category.label")
    codes = _index(r, category.get("index"), labels, f"{where}.category")
    if len(codes) != size:
        raise r.fail(
            where, f"has {len(codes)} categories, but size gives {size} for this dimension"
        )
    positions = {code: i for i, code in enumerate(codes)}
    for code in labels:
        if code not in positions:
            raise r.fail(
                f"{where}.category.label", f"names '{show(code)}', which is not in the index"
            )
    units = _units(r, category.get("unit"), positions, f"{where}.category.unit")
    categories = tuple(Category(code, labels.get(code, code), units.get(code)) for code in codes)
    label = r.optional_text(obj, "label", f"{where}.label") or dim_id
    return Dimension(dim_id, label, categories, roles, positions)


def _labels(r: Checker, value: Any, field: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise r.fail(field, f"must be an object of category labels, found {kind_of(value)}")
    for code, label in value.items():
        if not isinstance(label, str):
            raise r.fail(f"{field}.{show(code)}", f"must be a string, found {kind_of(label)}")
    return value


def _index(r: Checker, value: Any, labels: dict[str, str], field: str) -> list[str]:
    """The category codes in order, from ``index`` (array or object) or a lone label."""
    if value is None:
        if len(labels) == 1:
            return list(labels)
        raise r.fail(
            f"{field}.index",
            "is missing (only a dimension with a single labelled category may leave it out)",
        )
    if isinstance(value, list):
        return r.strings(value, f"{field}.index")
    if not isinstance(value, dict):
        raise r.fail(f"{field}.index", f"must be an array or an object, found {kind_of(value)}")
    codes: list[str | None] = [None] * len(value)
    for code, position in value.items():
        if type(position) is float and position.is_integer():
            position = int(position)
        if type(position) is not int or not 0 <= position < len(value):
            shown = number_text(position) if type(position) in (int, float) else kind_of(position)
            raise r.fail(
                f"{field}.index.{show(code)}",
                f"position {shown} is not one of 0 to {len(value) - 1} (one per category)",
            )
        if codes[position] is not None:
            raise r.fail(f"{field}.index.{show(code)}", f"position {position} is used twice")
        codes[position] = code
    return codes  # type: ignore[return-value]  # every slot was filled: positions are distinct


def _units(
    r: Checker, value: Any, positions: dict[str, int], field: str
) -> dict[str, Unit]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise r.fail(field, f"must be an object, found {kind_of(value)}")
    units: dict[str, Unit] = {}
    for code, spec in value.items():
        where = f"{field}.{show(code)}"
        if code not in positions:
            raise r.fail(field, f"names '{show(code)}', which is not in the index")
        if not isinstance(spec, dict):
            raise r.fail(where, f"must be an object, found {kind_of(spec)}")
        decimals = spec.get("decimals")
        if decimals is not None and (type(decimals) is not int or not 0 <= decimals <= 20):
            raise r.fail(f"{where}.decimals", "must be a whole number from 0 to 20")
        position = r.optional_text(spec, "position", f"{where}.position") or "end"
        if position not in ("start", "end"):
            raise r.fail(f"{where}.position", "must be start or end")
        units[code] = Unit(
            label=r.optional_text(spec, "label", f"{where}.label"),
            base=r.optional_text(spec, "base", f"{where}.base"),
            symbol=r.optional_text(spec, "symbol", f"{where}.symbol"),
            position=position,
            decimals=decimals,
        )
    return units
