"""Reading one catalog file: bytes, safe YAML, the top-level mapping and its schema_version."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .check import FileCheck
from .errors import CatalogError
from .yamlload import YamlError, format_path, load_yaml

#: The newest catalog schema this program reads. A newer file needs a newer program; an older
#: one would get a migration here, but version 1 is the first.
SCHEMA_VERSION = 1


def catalog_file_name(folder: Path, name: str) -> str:
    """How errors name a file: relative to the folder's parent, e.g. ``criteria/sdg.yaml``."""
    return f"{folder.name}/{name}"


def open_catalog_file(
    folder: Path, name: str, keys: tuple[str, ...], errors: list[CatalogError],
    label: str | None = None,
    optional: tuple[str, ...] = (),
) -> tuple[FileCheck, dict[str, Any]] | None:
    """Load ``folder/name`` and check its top level (``keys`` required, ``optional`` allowed);
    None if its content cannot be checked.

    Errors name the file as ``label``, by default as ``catalog_file_name`` does.
    """
    file = label or catalog_file_name(folder, name)
    try:
        raw = (folder / name).read_bytes()
    except FileNotFoundError:
        errors.append(CatalogError(file, None, "", "file not found"))
        return None
    except OSError as exc:
        errors.append(CatalogError(file, None, "", f"cannot be read: {exc.strerror or exc}"))
        return None
    try:
        doc = load_yaml(raw, file)
    except YamlError as exc:
        errors.append(CatalogError(file, exc.line, format_path(exc.path), exc.message))
        return None
    if doc.data is None:
        errors.append(CatalogError(file, None, "", "the file is empty"))
        return None
    check = FileCheck(file, doc, errors)
    if not isinstance(doc.data, dict):
        expected = ", ".join(("schema_version", *keys))
        check.error((), f"the top level must be a mapping with the keys {expected}")
        return None
    if not _schema_version_readable(check, doc.data):
        return None
    top = check.mapping(doc.data, (), ("schema_version", *keys), optional)
    return (check, top) if top is not None else None


def _schema_version_readable(check: FileCheck, top: dict[str, Any]) -> bool:
    """Report a bad schema_version; False when the rest of the file is in an unknown format."""
    if "schema_version" not in top:
        return True  # reported as a missing key; the content is most likely version 1
    version = check.integer(top, (), "schema_version")
    if version is None:
        return True
    if version > SCHEMA_VERSION:
        check.error(
            ("schema_version",),
            f"version {version} is newer than this program understands (up to "
            f"{SCHEMA_VERSION}); install a newer ImpactApp",
        )
        return False
    if version < 1:
        check.error(("schema_version",), f"unsupported version {version} (must be 1)")
        return False
    return True
