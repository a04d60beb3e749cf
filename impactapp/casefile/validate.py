"""Validation of a whole ``impactapp-case/1`` document against the catalog.

Every problem is collected (never only the first), so a caseworker can fix a file in one go.
The rules are those of CASE-FORMAT.md: known keys only, the right types, ids from the catalog,
finite numbers, plain text of bounded length, one zero alternative, unique alternative ids.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from impactapp.catalog.yamlload import Document
from impactapp.domain.model import (
    DEPTHS,
    DIRECTIONS,
    LANGUAGES,
    STATUSES,
    STEP_IDS,
    VERDICTS,
    Catalog,
)
from impactapp.domain.screening import ALLOWED_ANSWERS

from .alternatives import AlternativeChecks
from .approval import check_approval, check_status_has_approval
from .checks import MAX_ERRORS, Checker, Path, TooManyErrors, describe, line_breaks, show
from .errors import CaseFileError
from .followup import check_followup_needs_decided

FORMAT = "impactapp-case/1"
FORMAT_VERSION = 1
_FORMAT_NAME = re.compile(r"impactapp-case/(\d+)")
_INDICATOR_ID = re.compile(r"ind\.[a-z0-9_]+")


def validate_document(
    doc: Document, catalog: Catalog, source: str, *, as_draft: bool = False
) -> list[CaseFileError]:
    """Every error in the document (at most MAX_ERRORS and a note that there are more), in
    line order; an empty list means it can be imported (as a draft when ``as_draft``, which
    lets an approved case without its approval record in)."""
    validator = _CaseValidator(doc, catalog, source, as_draft)
    try:
        errors = validator.run()
        more: list[CaseFileError] = []
    except TooManyErrors:
        errors = validator.ck.errors
        more = [CaseFileError(source, None, "", f"more problems not listed: the first "
                                                f"{MAX_ERRORS} are shown")]
    # Some checks finish after their list (e.g. the second zero alternative): sort by line,
    # keeping the check order within a line and for JSON, which has no lines.
    return sorted(errors, key=lambda e: e.line or 0) + more


class _CaseValidator(AlternativeChecks):
    def __init__(self, doc: Document, catalog: Catalog, source: str, as_draft: bool = False):
        super().__init__(Checker(doc, source), catalog)
        self.alternative_ids: set[str] = set()
        self.as_draft = as_draft

    def run(self) -> list[CaseFileError]:
        ck, data = self.ck, self.ck.doc.data
        if data is None:
            ck.error((), f"the file is empty; a case file starts with 'format: {FORMAT}'")
            return ck.errors
        if not isinstance(data, dict):
            ck.error((), f"the file must be a mapping with the keys format and case, "
                         f"not {describe(data)}")
            return ck.errors
        if "format" not in data:
            ck.error((), f"the key 'format' is missing; a case file starts with 'format: {FORMAT}'")
        elif self._format(data["format"]) == "newer":
            return ck.errors
        for key in data:
            if key not in ("format", "case"):
                ck.error((str(key),), f"unknown key '{key}' (allowed: format, case)")
        if "case" not in data:
            ck.error((), "the required key 'case' is missing")
        else:
            self._case(("case",), data["case"])
        return ck.errors

    def _format(self, value: Any) -> str:
        """Check ``format``; 'newer' means the file is from a later program version."""
        path: Path = ("format",)
        match = _FORMAT_NAME.fullmatch(value) if isinstance(value, str) else None
        if match is None:
            self.ck.error(path, f"{show(value)} is not a case file format this program knows "
                                f"(expected {FORMAT})")
            return "unknown"
        version = int(match.group(1))
        if version > FORMAT_VERSION:
            self.ck.error(path, f"this file is in format {value}, newer than this program "
                                f"understands ({FORMAT}); update ImpactApp")
            return "newer"
        if version < FORMAT_VERSION:
            self.ck.error(path, f"{show(value)} is not a case file format this program knows "
                                f"(expected {FORMAT})")
            return "unknown"
        return "ok"

    def _case(self, path: Path, value: Any) -> None:
        ck = self.ck
        if isinstance(value, dict) and isinstance(value.get("alternatives"), list):
            self.alternative_ids = {
                unicodedata.normalize("NFC", alt["id"])
                for alt in value["alternatives"]
                if isinstance(alt, dict) and isinstance(alt.get("id"), str)
            }
        ck.mapping(
            path,
            value,
            {
                "title": ck.text,
                "case_number": self._case_number,
                "unit": ck.text,
                "caseworker": ck.text,
                "decision_body": ck.text,
                "decision_date": ck.iso_date,
                "language": lambda p, v: ck.choice(p, v, LANGUAGES),
                "confidentiality": self._confidentiality,
                "depth": lambda p, v: ck.choice(p, v, DEPTHS),
                "depth_reason": ck.text,
                "status": lambda p, v: ck.choice(p, v, STATUSES),
                "problem": ck.text,
                "goals": ck.text,
                "principled_questions": ck.text,
                "screening_answers": self._screening_answers,
                "screening": self._screening,
                "alternatives": self.alternatives,
                "indicators": self._indicators,
                "recommendation": self._recommendation,
                "prerequisites": ck.text,
                "review": self._review,
                "approval": lambda p, v: check_approval(ck, p, v),
                "municipality": self._municipality,
            },
            required=("title", "language", "depth", "status", "alternatives"),
        )
        if not self.as_draft:
            check_status_has_approval(ck, path, value)
            check_followup_needs_decided(ck, path, value)

    def _municipality(self, path: Path, value: Any) -> None:
        text = self.ck.identifier(path, value, hint=': put the number in quotes, e.g. "3405"')
        if text is not None and not re.fullmatch(r"[0-9]{4}", text):
            self.ck.error(path, f"{show(text)} is not a municipality number of 4 digits")

    def _case_number(self, path: Path, value: Any) -> None:
        self.ck.text(path, value, hint=': put the case number in quotes, e.g. "24/01234"')

    def _confidentiality(self, path: Path, value: Any) -> None:
        self.ck.mapping(path, value, {"exempt": self.ck.boolean, "basis": self.ck.text})

    def _screening_answers(self, path: Path, value: Any) -> None:
        if not isinstance(value, dict):
            self.ck.wrong_type(path, "a mapping of question to answer", value)
            return
        for key, answer in value.items():
            item = (*path, str(key))
            if not isinstance(key, str):
                self.ck.wrong_type(item, "a key in text", key, " (put it in quotes)")
            elif key not in ALLOWED_ANSWERS:
                self.ck.error(item, f"{show(key)} is not a screening question "
                                    f"(allowed: {', '.join(ALLOWED_ANSWERS)})")
            elif self.ck.text(item, answer) is not None and answer not in ALLOWED_ANSWERS[key]:
                self.ck.error(item, f"{show(answer)} is not an answer to {key} "
                                    f"(allowed: {', '.join(ALLOWED_ANSWERS[key])})")

    def _screened(self, path: Path, value: Any) -> str | None:
        """A criterion id, or a pillar id to screen a whole pillar with one reason."""
        if isinstance(value, str) and value in self.catalog.pillars:
            return value
        return self.criterion(path, value)

    def _screening(self, path: Path, value: Any) -> None:
        entries = self.ck.sequence(path, value)
        seen: dict[str, int] = {}
        for i, entry in enumerate(entries or ()):
            item = (*path, i)
            self.ck.mapping(
                item,
                entry,
                {"criterion": self._screened, "relevant": self.ck.boolean, "reason": self.ck.text},
                required=("criterion", "relevant"),
            )
            if not isinstance(entry, dict):
                continue
            if entry.get("relevant") is False and not _filled(entry.get("reason")):
                self.ck.error(item, "a reason is required when relevant is false")
            self.unique(seen, item, "criterion", entry, "screening")

    def _indicators(self, path: Path, value: Any) -> None:
        entries = self.ck.sequence(path, value)
        seen: dict[tuple[str, str], int] = {}
        for i, entry in enumerate(entries or ()):
            item = (*path, i)
            self.ck.mapping(
                item,
                entry,
                {
                    "indicator": self._indicator_id,
                    "region": self._region,
                    "expected": lambda p, v: self.ck.choice(p, v, DIRECTIONS),
                },
                required=("indicator", "region", "expected"),
            )
            if isinstance(entry, dict):
                pair = (entry.get("indicator"), entry.get("region"))
                if not all(isinstance(part, str) for part in pair):
                    continue
                if pair in seen:
                    self.ck.error(item, f"indicator {pair[0]} for region {pair[1]} is already "
                                        f"listed in indicators[{seen[pair]}]")
                seen.setdefault(pair, i)

    def _indicator_id(self, path: Path, value: Any) -> None:
        text = self.ck.identifier(path, value)
        if text is None:
            return
        if not _INDICATOR_ID.fullmatch(text):
            self.ck.error(path, f"{show(text)} is not an indicator id (ind.<name>, "
                                "lowercase letters, digits and _)")
        elif self.catalog.indicators and text not in self.catalog.indicators:
            # A catalog without an indicator set accepts any well-formed id.
            self.ck.error(path, f"{show(text)} is not an indicator in the catalog's indicator set")

    def _region(self, path: Path, value: Any) -> None:
        text = self.ck.identifier(path, value, hint=': put region codes in quotes, e.g. "0301"')
        if text is not None and text not in self.catalog.regions:
            self.ck.error(path, f"{show(text)} is not a known kommune or district code")

    def _recommendation(self, path: Path, value: Any) -> None:
        self.ck.mapping(
            path,
            value,
            {"alternative": self._recommended, "justification": self.ck.text},
            required=("alternative",),
        )

    def _recommended(self, path: Path, value: Any) -> None:
        alt_id = self.ck.identifier(path, value)
        if alt_id is not None and alt_id not in self.alternative_ids:
            known = ", ".join(sorted(self.alternative_ids)) or "none"
            self.ck.error(path, f"{show(alt_id)} is not the id of an alternative in this case "
                                f"(ids: {known})")

    def _review(self, path: Path, value: Any) -> None:
        entries = self.ck.sequence(path, value)
        seen: dict[str, int] = {}
        for i, entry in enumerate(entries or ()):
            item = (*path, i)
            self.ck.mapping(
                item,
                entry,
                {
                    "step": lambda p, v: self.ck.choice(p, v, STEP_IDS),
                    "verdict": lambda p, v: self.ck.choice(p, v, VERDICTS),
                    "note": self.ck.text,
                    "answer": self.ck.text,
                    "by": self.ck.text,
                    "stale": self.ck.boolean,
                },
                required=("step", "verdict"),
            )
            if isinstance(entry, dict):
                self.unique(seen, item, "step", entry, "review")


def _filled(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def clean(value: Any) -> Any:
    """Validated data ready for ``case_from_data``: text in NFC with LF line breaks, empty
    optional keys dropped."""
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [clean(v) for v in value]
    if isinstance(value, str):
        return unicodedata.normalize("NFC", line_breaks(value))
    return value

