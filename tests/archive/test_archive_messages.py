"""The archive's refusals read in nb and en; the English is the sentence the CLI printed."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from impactapp.archive import ArchiveError, FilingExists
from impactapp.archive.messages import MESSAGES


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_code_has_the_same_values_in_both_languages(code):
    assert MESSAGES[code].nb and MESSAGES[code].en
    assert _fields(MESSAGES[code].nb) == _fields(MESSAGES[code].en)


def test_filing_exists_names_the_other_filing_in_both_languages():
    error = FilingExists(Path("/arkiv/ut"), "uid-1/revisjon-2")
    assert isinstance(error, ArchiveError)
    assert str(error) == ("The folder /arkiv/ut already holds the filing uid-1/revisjon-2; "
                          "choose another folder or confirm that it is to be replaced.")
    assert error.message("nb") == ("Mappen /arkiv/ut inneholder allerede arkivuttrekket "
                                   "uid-1/revisjon-2; velg en annen mappe eller bekreft at det "
                                   "skal erstattes.")
    assert error.what == "the filing uid-1/revisjon-2"
