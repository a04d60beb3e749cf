"""JSON text to plain data for the JSON-stat reader, refusing what JSON forbids at its place.

Python's ``json`` module takes the last of two equal keys in an object without a word, and
reads NaN and Infinity, which JSON does not allow. Both are refused here with the path of the
value (``dimension.Tid.category.index``), found by a walk through the parsed data that only a
refused document pays for.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .errors import JsonStatError
from .jsonstat_check import show


class _Constant(float):
    """NaN, Infinity or -Infinity as read from the text: a float that remembers its spelling."""

    spelling: str


class _Loading:
    """The hooks of one parse: remember the first object with a repeated key and the first
    non-JSON constant, so the document can be refused with their places afterwards."""

    def __init__(self) -> None:
        self.repeated: tuple[dict[str, Any], str] | None = None
        self.constant: _Constant | None = None

    def object(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        built = dict(pairs)
        if len(built) != len(pairs) and self.repeated is None:
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    self.repeated = (built, key)
                    break
                seen.add(key)
        return built

    def constant_value(self, name: str) -> float:
        value = _Constant(name)
        value.spelling = name
        if self.constant is None:
            self.constant = value
        return value


def load_json_text(text: str, source: str) -> Any:
    """The plain data of the JSON ``text``; JsonStatError naming the place of any problem."""
    hooks = _Loading()
    try:
        data = json.loads(text, object_pairs_hook=hooks.object,
                          parse_constant=hooks.constant_value)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise JsonStatError(source, "", f"is not valid JSON ({where}: {exc.msg})") from None
    except ValueError:
        # Python refuses to read an integer of more than 4,300 digits.
        raise JsonStatError(source, "", "has a number with too many digits to be read") from None
    except RecursionError:
        raise JsonStatError(source, "", "nests JSON too deeply to be a dataset") from None
    if hooks.repeated is not None:
        repeated, key = hooks.repeated
        place = path_to(data, lambda value: value is repeated)
        raise JsonStatError(source, place, f"has the key '{show(key)}' twice")
    if hooks.constant is not None:
        constant = hooks.constant
        place = path_to(data, lambda value: value is constant)
        raise JsonStatError(source, place, f"{constant.spelling} is not a number JSON allows")
    return data


def path_to(data: Any, wanted: Callable[[Any], bool]) -> str:
    """The path (``dimension.Tid.label``, ``value[3]``) of the first value in document order
    for which ``wanted`` is true; "" for the document itself or when there is none."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, path = stack.pop()
        if wanted(value):
            return path
        if isinstance(value, dict):
            children = [(child, f"{path}.{show(key)}" if path else show(key))
                        for key, child in value.items()]
        elif isinstance(value, list):
            children = [(child, f"{path}[{i}]") for i, child in enumerate(value)]
        else:
            continue
        stack.extend(reversed(children))
    return ""
