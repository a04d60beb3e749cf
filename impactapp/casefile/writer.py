"""Export of a case file: YAML or JSON bytes, written atomically."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from impactapp.domain.model import Case
from impactapp.domain.serialize import case_to_data
from impactapp.files import write_private

from .approval import approval_to_data
from .followup import add_followups
from .validate import FORMAT

# Plain scalars that some YAML reader (1.1 or 1.2) could take for a number or a boolean, such as
# the district code 030108 or 1e5: PyYAML leaves those unquoted because it reads them as text.
_AMBIGUOUS = re.compile(r"[-+]?\.?[0-9][0-9A-Za-z_.:+-]*|[yYnN]")
_LINE_SEPARATORS = ("\u2028", "\u2029", "\x85")


#: libyaml's emitter where PyYAML has it (about six times faster on a case; the same text).
_BaseDumper = yaml.CSafeDumper if yaml.__with_libyaml__ else yaml.SafeDumper


class _CaseDumper(_BaseDumper):  # type: ignore[misc, valid-type] - chosen at import
    """A safe dumper that quotes text other YAML readers might read as a number."""


def _scalar_style(value: str) -> str | None:
    """How to write one text: escaped, as a literal block, quoted, or plain (None)."""
    if any(ch in value for ch in _LINE_SEPARATORS):
        # YAML 1.1 reads these as line breaks and YAML 1.2 does not: escape them.
        return '"'
    if "\n" in value:
        # Multi-line text reads best as a literal block; the emitter falls back to quotes when
        # the text cannot be written that way (e.g. trailing spaces).
        return "|"
    return "'" if _AMBIGUOUS.fullmatch(value) else None


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=_scalar_style(value))


_CaseDumper.add_representer(str, _represent_str)


def case_document(case: Case) -> dict[str, Any]:
    """The whole file as plain data: the format line, then the case with its approval record."""
    data = case_to_data(case)
    add_followups(data, case)
    record = approval_to_data(case)
    if record is not None:
        data["approval"] = record
    return {"format": FORMAT, "case": data}


def dump_case(case: Case, fmt: str = "yaml") -> bytes:
    """The case file's bytes, in ``fmt`` 'yaml' or 'json' (UTF-8)."""
    data = case_document(case)
    if fmt == "json":
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    if fmt == "yaml":
        text = yaml.dump(
            data, Dumper=_CaseDumper, allow_unicode=True, sort_keys=False, width=100
        )
        return text.encode("utf-8")
    raise ValueError(f"unknown case file format {fmt!r} (use 'yaml' or 'json')")


def write_case_file(case: Case, path: Path, fmt: str | None = None) -> None:
    """Write the case to ``path`` atomically (JSON for .json, else YAML), readable by owner only."""
    path = Path(path)
    if fmt is None:
        fmt = "json" if path.suffix.lower() == ".json" else "yaml"
    write_private(path, dump_case(case, fmt))

