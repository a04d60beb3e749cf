"""Safe YAML (and JSON) loading that remembers the line of every value.

Used by the catalog and the case file importer so that every error can name ``file:line``.
Only plain data is ever built: no Python tags, no aliases (which also rules out "billion
laughs" expansion; an anchor nobody refers to is harmless), no merge keys, no duplicate keys,
UTF-8 only, and a size limit before parsing. Uses libyaml's parser when PyYAML has it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 64

PathPart = str | int
Path = tuple[PathPart, ...]


class YamlError(Exception):
    """The document cannot be read as plain data; ``line`` is 1-based or None."""

    def __init__(self, message: str, line: int | None = None, path: Path = ()):
        super().__init__(message)
        self.message = message
        self.line = line
        self.path = path


def format_path(path: Iterable[PathPart]) -> str:
    """``("alternatives", 1, "rating")`` -> ``alternatives[1].rating``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


@dataclass
class Document:
    """Loaded plain data plus the line (1-based) where each path starts."""

    data: Any
    lines: dict[Path, int] = field(default_factory=dict)

    def line(self, path: Iterable[PathPart]) -> int | None:
        """The line of ``path``, or of its nearest ancestor that has one."""
        p = tuple(path)
        while True:
            if p in self.lines:
                return self.lines[p]
            if not p:
                return None
            p = p[:-1]


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _decode(raw: bytes, source: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise YamlError("the file is UTF-16; save it as UTF-8", 1)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise YamlError(f"bytes that are not UTF-8 at byte {exc.start}", line) from None


def _check_size(raw: bytes, max_bytes: int) -> None:
    if len(raw) > max_bytes:
        raise YamlError(
            f"the file is {len(raw):,} bytes, more than the limit of {max_bytes:,} bytes", None
        )


def load_yaml(raw: bytes, source: str = "<yaml>", max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Parse YAML bytes into plain data with line numbers; raise YamlError on anything else."""
    _check_size(raw, max_bytes)
    text = _decode(raw, source)
    loader = _BaseLoader(text)
    try:
        node = loader.get_single_node()
        doc = Document(None)
        if node is not None:
            doc.data = _build(loader, node, (), doc.lines, 0, set())
        return doc
    except YamlError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise YamlError(f"YAML syntax error: {problem}", line) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"YAML syntax error: {exc}", None) from None
    except RecursionError:
        raise YamlError("the document is nested too deeply", None) from None
    finally:
        loader.dispose()


def _build(
    loader: yaml.SafeLoader,
    node: Node,
    path: Path,
    lines: dict[Path, int],
    depth: int,
    seen: set[int],
):
    # An alias makes the composer hand out the same node twice: refusing the second visit
    # rejects aliases and, with them, exponential "billion laughs" expansion.
    if id(node) in seen:
        raise YamlError(
            "anchors and aliases (*name) are not allowed", node.start_mark.line + 1, path
        )
    seen.add(id(node))
    if depth > MAX_DEPTH:
        raise YamlError(f"nested deeper than {MAX_DEPTH} levels", node.start_mark.line + 1, path)
    lines[path] = node.start_mark.line + 1
    if isinstance(node, MappingNode):
        if node.tag not in ("tag:yaml.org,2002:map",):
            raise YamlError(f"tag {node.tag} is not allowed", node.start_mark.line + 1, path)
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise YamlError("a key must be plain text", key_node.start_mark.line + 1, path)
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlError(
                    "merge keys (<<) are not allowed", key_node.start_mark.line + 1, path
                )
            key = _scalar(loader, key_node, path)
            if key in out:
                raise YamlError(f"duplicate key '{key}'", key_node.start_mark.line + 1, path)
            out[key] = _build(loader, value_node, (*path, str(key)), lines, depth + 1, seen)
            lines[(*path, str(key))] = key_node.start_mark.line + 1
        return out
    if isinstance(node, SequenceNode):
        if node.tag != "tag:yaml.org,2002:seq":
            raise YamlError(f"tag {node.tag} is not allowed", node.start_mark.line + 1, path)
        return [
            _build(loader, item, (*path, i), lines, depth + 1, seen)
            for i, item in enumerate(node.value)
        ]
    return _scalar(loader, node, path)


def _scalar(loader: yaml.SafeLoader, node: Node, path: Path) -> Any:
    try:
        return loader.construct_object(node, deep=True)
    except ConstructorError as exc:
        raise YamlError(
            f"value not allowed: {exc.problem or exc}", node.start_mark.line + 1, path
        ) from None
    except ValueError as exc:
        raise YamlError(f"value not allowed: {exc}", node.start_mark.line + 1, path) from None


def load_json(raw: bytes, source: str = "<json>", max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Parse JSON bytes into plain data (no line map beyond syntax errors); a repeated key or
    NaN/Infinity is refused with the path of the value it concerns."""
    _check_size(raw, max_bytes)
    text = _decode(raw, source)
    # The parser gives no positions to its hooks: the first offending object or value is
    # remembered and found again (by identity) in the finished data to name its path.
    repeated: list[tuple[dict[str, Any], str]] = []
    constants: list[tuple[float, str]] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(items)
        if len(out) != len(items) and not repeated:
            seen: set[str] = set()
            for key, _ in items:
                if key in seen:
                    repeated.append((out, key))
                    break
                seen.add(key)
        return out

    def constant(name: str) -> float:
        value = float(name)  # a new object each time, so identity finds this one
        if not constants:
            constants.append((value, name))
        return value

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
    except json.JSONDecodeError as exc:
        raise YamlError(f"JSON syntax error: {exc.msg}", exc.lineno) from None
    except ValueError:  # an integer of more than 4,300 digits
        raise YamlError("a number in the file has too many digits to be read", None) from None
    except RecursionError:
        raise YamlError("the document is nested too deeply", None) from None
    if repeated:
        mapping, key = repeated[0]
        raise YamlError(f"duplicate key '{key}'", None, _path_to(data, mapping))
    if constants:
        value, name = constants[0]
        raise YamlError(f"{name} is not a number JSON allows", None, _path_to(data, value))
    return Document(data)


def _path_to(data: Any, target: object) -> Path:
    """The path of ``target`` (found by identity) in ``data``, the first in document order."""
    stack: list[tuple[Any, Path]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if value is target:
            return path
        if isinstance(value, dict):
            stack.extend(reversed([(v, (*path, str(k))) for k, v in value.items()]))
        elif isinstance(value, list):
            stack.extend(reversed([(v, (*path, i)) for i, v in enumerate(value)]))
    return ()
