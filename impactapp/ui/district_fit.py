"""Importing case files into a database for one municipality: a case rating another
municipality's districts is refused, or imported without those ratings if the user says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..catalog.municipalities import catalog_with_all_districts, region_data
from ..domain.district_check import foreign_districts, without_districts
from ..domain.model import Case, Catalog
from ..domain.place import Place
from ..store import CaseStore
from ..store.place import database_place


def import_catalog(store: CaseStore, catalog: Catalog) -> tuple[Catalog, Place | None]:
    """The catalog to read case files with (every official district known, so that a foreign
    one is asked about here rather than refused as unknown), and the database's municipality."""
    place = database_place(store, region_data())
    if place is None:
        return catalog, None
    return catalog_with_all_districts(catalog, region_data()), place


def fit_districts(parent: QWidget, cases: list[Case], paths: list[Path],
                  place: Place | None) -> list[Case] | None:
    """The cases to store, without other municipalities' district ratings when the user agrees;
    None when the user declines (nothing is imported)."""
    if place is None:
        return cases
    found = [(path, foreign_districts(case, place)) for case, path in zip(cases, paths,
                                                                         strict=True)]
    found = [(path, codes) for path, codes in found if codes]
    if not found:
        return cases
    lines = "\n".join(
        QCoreApplication.translate("DistrictFit", "%1: districts %2").replace("%1", path.name)
        .replace("%2", ", ".join(codes)) for path, codes in found)
    text = QCoreApplication.translate(
        "DistrictFit", "These cases rate districts that are not in %1, so they cannot be "
        "imported as they are:").replace("%1", place.name)
    question = QCoreApplication.translate(
        "DistrictFit", "Import them without those district ratings? The other ratings are kept.")
    answer = QMessageBox.question(parent, QCoreApplication.translate("DistrictFit", "Import"),
                                  f"{text}\n{lines}\n\n{question}")
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return [without_districts(case, foreign_districts(case, place)) for case in cases]
