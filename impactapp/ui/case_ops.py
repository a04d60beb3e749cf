"""Case operations behind the main window's menus: new, duplicate, bin, export, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..casefile import CaseFileInvalid, ImportedCase, import_case_file, write_case_file
from ..domain.model import Alternative, Case, Catalog
from ..domain.serialize import case_from_data, case_to_data
from ..store import CaseStore, Profile, StoreError
from . import district_fit
from .labels import error_sentence


def new_case(profile: Profile, lang: str) -> Case:
    """A fresh draft with the user's defaults and the zero alternative every case needs."""
    zero_name = QCoreApplication.translate("CaseOps", "Zero alternative – as today")
    return Case(
        title=QCoreApplication.translate("CaseOps", "New case"),
        unit=profile.unit,
        caseworker=profile.name,
        language=lang,
        alternatives=[Alternative(id="a0", name=zero_name, zero=True)],
    )


def duplicate(case: Case) -> Case:
    """A new draft with the same content, its review cleared and its title marked as a copy."""
    copy = case_from_data(case_to_data(case))
    copy.title = QCoreApplication.translate("CaseOps", "Copy of %1").replace("%1", case.title)
    copy.status = "draft"
    copy.review = []
    return copy


def show_problems(parent: QWidget, title: str, summary: str, lines: list[str]) -> None:
    """A warning with the first problems visible and all of them under 'Show details'."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, summary, parent=parent)
    box.setInformativeText("\n".join(lines[:8]) + ("\n…" if len(lines) > 8 else ""))
    box.setDetailedText("\n".join(lines))
    box.exec()


def _read(path: Path, catalog: Catalog, as_draft: bool = False) -> ImportedCase | list[str]:
    """The file's case, or the sentences saying why it was refused."""
    try:
        return import_case_file(path, catalog, as_draft=as_draft)
    except CaseFileInvalid as exc:
        return [str(e) for e in exc.errors]
    except OSError as exc:
        return [f"{path}: {exc.strerror}"]


def ask_import_as_drafts(parent: QWidget, problems: list[str]) -> bool:
    """Offer to import files that claim an approval they do not record, as drafts."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("CaseOps", "Import"),
        QCoreApplication.translate(
            "CaseOps", "%n file(s) claim an approval or decision but do not say who approved "
            "the case and when. Import them as drafts instead?", "", len(problems)),
        parent=parent,
    )
    box.setInformativeText("\n".join(problems[:8]) + ("\n…" if len(problems) > 8 else ""))
    as_draft = box.addButton(QCoreApplication.translate("CaseOps", "Import as draft"),
                             QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("CaseOps", "Cancel"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(as_draft)
    box.exec()
    return box.clickedButton() is as_draft


def import_files(parent: QWidget, store: CaseStore, catalog: Catalog,
                 paths: list[Path]) -> list[int]:
    """Validate every file, then import all of them, or none if one is invalid.

    A file refused only because it claims an approval without its record can come in as a
    draft when the person says so. The messages are the case file layer's, the same the
    command line prints.
    """
    cases: list[ImportedCase] = []
    problems: list[str] = []
    draftable: list[str] = []
    catalog, place = district_fit.import_catalog(store, catalog)
    for path in paths:
        result = _read(path, catalog)
        if isinstance(result, ImportedCase):
            cases.append(result)
            continue
        as_draft = _read(path, catalog, as_draft=True)
        if isinstance(as_draft, ImportedCase):
            cases.append(as_draft)
            draftable.extend(result)
        else:
            problems.extend(result)
    if problems:
        show_problems(
            parent, QCoreApplication.translate("CaseOps", "Import"),
            QCoreApplication.translate(
                "CaseOps", "Nothing was imported: the files have %n problem(s).", "",
                len(problems + draftable)),
            problems + draftable,
        )
        return []
    if draftable and not ask_import_as_drafts(parent, draftable):
        return []
    fitted = district_fit.fit_districts(parent, [c.case for c in cases], paths, place)
    if fitted is None:
        return []
    try:
        added = store.add_cases(fitted, (c.origin for c in cases))
        return [case.id for case in added]
    except StoreError as exc:
        show_problems(
            parent,
            QCoreApplication.translate("CaseOps", "Import"),
            QCoreApplication.translate("CaseOps", "The import could not be saved."),
            [error_sentence(exc, getattr(parent, "lang", "nb"))],
        )
        return []


def export_file(parent: QWidget, store: CaseStore, case_id: int, path: Path) -> bool:
    """Write a case to a case file; a failure is shown, never raised."""
    try:
        write_case_file(store.get_case(case_id), path)
    except (OSError, StoreError) as exc:
        show_problems(
            parent,
            QCoreApplication.translate("CaseOps", "Export"),
            QCoreApplication.translate("CaseOps", "The case could not be exported."),
            [error_sentence(exc, getattr(parent, "lang", "nb"))],
        )
        return False
    return True


def confirm_erase(parent: QWidget, title: str) -> bool:
    """Erasing for good needs two confirmations: nothing is erased by one slip."""
    first = QMessageBox.question(
        parent, QCoreApplication.translate("CaseOps", "Erase for good"),
        QCoreApplication.translate(
            "CaseOps", "Erase “%1” for good? It can not be restored afterwards."
        ).replace("%1", title),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if first != QMessageBox.StandardButton.Yes:
        return False
    second = QMessageBox.warning(
        parent, QCoreApplication.translate("CaseOps", "Erase for good"),
        QCoreApplication.translate(
            "CaseOps", "Are you sure? The case and all its revisions will be erased."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return second == QMessageBox.StandardButton.Yes
