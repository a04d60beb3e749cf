"""The field-by-field differences between two versions of a case (conflicts, history)."""

from __future__ import annotations

from copy import deepcopy

import pytest

from impactapp.domain.case_diff import case_differences

from ..store.conftest import make_case


@pytest.fixture(scope="module")
def shipped_catalog():
    """The shipped catalog: the differences use the form's own labels."""
    from impactapp.catalog import load_catalog

    return load_catalog()


def test_the_differences_name_step_field_and_alternative_in_plain_words(shipped_catalog):
    catalog = shipped_catalog
    stored = make_case()
    assert case_differences(stored, deepcopy(stored), catalog, "nb") == []
    copy = deepcopy(stored)
    zone = copy.alternative("a1")
    zone.name = "Lavutslippssone fra 2028"  # renamed: its ratings still pair up by id
    zone.assessments[0].rating = 3
    copy.screening_answers["children_affected"] = "yes"
    copy.status = "in_review"
    rows = [(d.step, d.field, d.stored, d.copy)
            for d in case_differences(stored, copy, catalog, "nb")]
    assert rows == [
        ("Avgrensning og utredningsnivå",
         "Screeningspørsmål: Berører saken barn og unge?", "", "Ja"),
        ("Alternativer", "Nullalternativ og tiltak: navn",
         "Lavutslippssone fra 2027", "Lavutslippssone fra 2028"),
        ("Miljøkonsekvenser", "Lavutslippssone fra 2028: Klimagassutslipp",
         "+2 · sikkerhet: middels · Færre tunge dieselkjøretøy.",
         "+3 · sikkerhet: middels · Færre tunge dieselkjøretøy."),
        ("Gjennomgang og godkjenning", "Status", "utkast", "til godkjenning"),
    ]
    english = case_differences(stored, copy, catalog, "en")
    assert [d.step for d in english][2] == "Environmental consequences"
    assert english[2].field == "Lavutslippssone fra 2028: Greenhouse gas emissions"
