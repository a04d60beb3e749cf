"""CatalogError and CatalogInvalid read as one plain line per problem."""

from __future__ import annotations

from impactapp.catalog import CatalogError, CatalogInvalid


def test_error_names_file_line_field_and_message():
    error = CatalogError("criteria/criteria.yaml", 12, "criteria[1].scale", "unknown scale 'x'")
    assert str(error) == "criteria/criteria.yaml:12: criteria[1].scale: unknown scale 'x'"


def test_error_without_line_omits_it():
    error = CatalogError("criteria/sdg.yaml", None, "goals", "list expected, found string")
    assert str(error) == "criteria/sdg.yaml: goals: list expected, found string"


def test_error_without_field_omits_it():
    assert str(CatalogError("forms/wizard.yaml", None, "", "file not found")) == (
        "forms/wizard.yaml: file not found"
    )
    assert str(CatalogError("forms/wizard.yaml", 3, "", "the file is empty")) == (
        "forms/wizard.yaml:3: the file is empty"
    )


def test_invalid_catalog_lists_every_error_on_its_own_line():
    errors = [
        CatalogError("criteria/scales.yaml", 4, "scales[0].id", "must not be empty"),
        CatalogError("criteria/regions.yaml", None, "", "file not found"),
    ]
    invalid = CatalogInvalid(errors)
    assert invalid.errors == errors
    assert str(invalid) == (
        "criteria/scales.yaml:4: scales[0].id: must not be empty\n"
        "criteria/regions.yaml: file not found"
    )
