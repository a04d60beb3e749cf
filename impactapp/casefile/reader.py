"""Import of a case file: load safely, validate everything, and only then build the Case."""

from __future__ import annotations

import os
from pathlib import Path

from impactapp.catalog.yamlload import (
    DEFAULT_MAX_BYTES,
    Document,
    YamlError,
    format_path,
    load_json,
    load_yaml,
)
from impactapp.domain.model import Case, Catalog
from impactapp.domain.serialize import case_from_data

from .errors import CaseFileError, CaseFileInvalid
from .validate import clean, validate_document


def _is_json(raw: bytes, source: str) -> bool:
    """JSON when the name says so or the first non-space byte opens an object."""
    if source.lower().endswith(".json"):
        return True
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    return body.lstrip()[:1] == b"{"


def _load(raw: bytes, source: str) -> Document:
    loader = load_json if _is_json(raw, source) else load_yaml
    try:
        return loader(raw, source, DEFAULT_MAX_BYTES)
    except YamlError as exc:
        error = CaseFileError(source, exc.line, format_path(exc.path), exc.message)
        raise CaseFileInvalid([error]) from None


def parse_case(raw: bytes, catalog: Catalog, source: str = "<case>") -> Case:
    """The case in ``raw`` (YAML or JSON), or CaseFileInvalid listing every problem found."""
    doc = _load(raw, source)
    errors = validate_document(doc, catalog, source)
    if errors:
        raise CaseFileInvalid(errors)
    return case_from_data(clean(doc.data["case"]))


def read_case_file(path: Path, catalog: Catalog) -> Case:
    """Read and validate a case file; OSError (missing, unreadable) is left to the caller."""
    source = str(path)
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        # Never read more than one byte past the limit, whatever the file claims to be.
        raw = b"" if size > DEFAULT_MAX_BYTES else f.read(DEFAULT_MAX_BYTES + 1)
    if size > DEFAULT_MAX_BYTES:
        message = f"the file is {size:,} bytes, more than the limit of {DEFAULT_MAX_BYTES:,} bytes"
        raise CaseFileInvalid([CaseFileError(source, None, "", message)])
    return parse_case(raw, catalog, source)
