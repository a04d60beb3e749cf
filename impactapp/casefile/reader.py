"""Import of a case file: load safely, validate everything, and only then build the Case."""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from impactapp.catalog.yamlload import (
    DEFAULT_MAX_BYTES,
    Document,
    YamlError,
    format_path,
    load_json,
    load_yaml,
)
from impactapp.domain.history import ImportOrigin
from impactapp.domain.model import Case, Catalog
from impactapp.domain.serialize import case_from_data

from .approval import apply_approval
from .budget import MAX_VALUES, json_over_budget, yaml_over_budget
from .errors import CaseFileError, CaseFileInvalid
from .followup import pop_followups
from .validate import clean, validate_document

# Counts only: a case file's text may be exempt from disclosure (see impactapp.logsetup).
_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ImportedCase:
    """A case read from a file, and where it came from (marked in the case's history)."""

    case: Case
    origin: ImportOrigin


def _is_json(raw: bytes, source: str) -> bool:
    """JSON when the name says so or the first non-space byte opens an object."""
    if source.lower().endswith(".json"):
        return True
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    return body.lstrip()[:1] == b"{"


def _refuse_before_loading(raw: bytes, source: str, as_json: bool) -> None:
    """Refuse a file within the size limit that is no text, or holds more values than any case
    (MAX_VALUES), before the loader turns it into objects."""
    nul = raw.find(b"\x00")
    if nul >= 0 and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Neither YAML nor JSON text may hold a NUL byte: this is UTF-16 without a byte order
        # mark (every other byte of Latin text is 0) or no text at all.
        message = ("the file holds NUL bytes, so it is not UTF-8 text (UTF-16, or not text at "
                   "all); save it as UTF-8")
        raise CaseFileInvalid([CaseFileError(source, raw.count(b"\n", 0, nul) + 1, "", message)])
    if as_json:
        line = json_over_budget(raw)
    else:
        try:
            line = yaml_over_budget(raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
        except UnicodeDecodeError:
            line = None  # the loader names the byte
    if line is not None:
        message = (f"the file holds more than {MAX_VALUES:,} values, far more than a case has; "
                   "it is not read further")
        raise CaseFileInvalid([CaseFileError(source, line, "", message)])


def _load(raw: bytes, source: str) -> Document:
    as_json = _is_json(raw, source)
    if len(raw) <= DEFAULT_MAX_BYTES:  # a larger file is refused by the loader, unread
        _refuse_before_loading(raw, source, as_json)
    loader = load_json if as_json else load_yaml
    try:
        return loader(raw, source, DEFAULT_MAX_BYTES)
    except YamlError as exc:
        error = CaseFileError(source, exc.line, format_path(exc.path), exc.message)
        raise CaseFileInvalid([error]) from None
    except ValueError:
        # Python refuses to read an integer of more than 4,300 digits (a guard against slow
        # conversions); the JSON loader lets that through.
        message = "a number in the file has too many digits to be read"
        raise CaseFileInvalid([CaseFileError(source, None, "", message)]) from None


def parse_case(
    raw: bytes, catalog: Catalog, source: str = "<case>", *, as_draft: bool = False
) -> Case:
    """The case in ``raw`` (YAML or JSON), or CaseFileInvalid listing every problem found.

    With ``as_draft`` the case comes in as a draft without any approval record, whatever
    status the file claims; otherwise the file's approval record is put on the case.
    """
    doc = _load(raw, source)
    errors = validate_document(doc, catalog, source, as_draft=as_draft)
    if errors:
        raise CaseFileInvalid(errors)
    data = clean(doc.data["case"])
    record = data.pop("approval", None)
    followups = pop_followups(data)
    case = apply_approval(case_from_data(data), record, as_draft)
    if not as_draft:
        case.followup = followups
    return case


def read_case_file(path: Path, catalog: Catalog, *, as_draft: bool = False) -> Case:
    """Read and validate a case file; OSError (missing, unreadable) is left to the caller."""
    return import_case_file(path, catalog, as_draft=as_draft).case


def import_case_file(path: Path, catalog: Catalog, *, as_draft: bool = False) -> ImportedCase:
    """Read and validate a case file, with the file's name and SHA-256 for the history."""
    source = str(path)
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        # Never read more than one byte past the limit, whatever the file claims to be.
        raw = b"" if size > DEFAULT_MAX_BYTES else f.read(DEFAULT_MAX_BYTES + 1)
    if size > DEFAULT_MAX_BYTES:
        _log.info("case file refused unread: %d bytes", size)
        message = f"the file is {size:,} bytes, more than the limit of {DEFAULT_MAX_BYTES:,} bytes"
        raise CaseFileInvalid([CaseFileError(source, None, "", message)])
    try:
        case = parse_case(raw, catalog, source, as_draft=as_draft)
    except CaseFileInvalid as refused:
        _log.info("case file refused: %d problems", len(refused.errors))
        raise
    _log.info("case file read: %d alternatives", len(case.alternatives))
    return ImportedCase(case, ImportOrigin(Path(path).name, hashlib.sha256(raw).hexdigest()))
