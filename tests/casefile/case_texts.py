"""Case file texts and helpers shared by the tests of refused files."""

from __future__ import annotations

import pytest

from impactapp.casefile import CaseFileInvalid, parse_case
from impactapp.domain.model import Catalog

# A valid case: each test changes one thing, so the line numbers below are easy to follow.
HEAD = """\
format: impactapp-case/1
case:
  title: Bompenger i rushtiden
  language: nb
  depth: minimum
  status: draft
"""
ALTERNATIVES = """\
  alternatives:
    - id: a0
      name: Dagens ordning
      zero: true
    - id: a1
      name: Bompenger i rushtiden
      assessments:
        - criterion: env.climate_mitigation
          rating: 2
"""
VALID = HEAD + ALTERNATIVES
ASSESSMENT_PATH = "case.alternatives[1].assessments[0]"


def errors_of(raw: bytes | str, catalog: Catalog, source: str = "case.yaml") -> list[str]:
    """The error lines parse_case reports for ``raw`` (the test fails if it accepts it)."""
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    with pytest.raises(CaseFileInvalid) as info:
        parse_case(data, catalog, source)
    assert str(info.value) == "\n".join(str(e) for e in info.value.errors)
    return [str(e) for e in info.value.errors]
