"""The message above the wizard when saving fails: what happened, that nothing is lost yet,
and what the person can do (try again now, or export the case to a file).

The edits stay in the window and the save is tried again every few seconds on its own; the
database file is left as it was. No SQLite words and no traceback reach the person.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...casefile import write_case_file
from ...store import DatabaseFailure, NotAllowed, StoreError
from ..prompts import Choice, Prompts, QtPrompts

if TYPE_CHECKING:
    from ..draft import CaseDraft

STYLE = "QFrame#saveFailureBar { background: #fddbc7; border: 1px solid #b2182b; }"


def failure_text(exc: StoreError, lang: str) -> str:
    """One plain sentence for the window: a database failure without SQLite's own words."""
    text = exc.plain if isinstance(exc, DatabaseFailure) else exc.text
    return text.get(lang)


def ask_export_path(prompts: Prompts, parent: QWidget, suggested: Path) -> Path | None:
    """Where to export the case (a file dialog); None when the person cancels."""
    chosen = prompts.save_file(
        parent, QCoreApplication.translate("SaveFailureBar", "Export case file"), suggested,
        "ImpactApp (*.yaml *.json)")
    return chosen[0] if chosen else None


def export_case(prompts: Prompts, parent: QWidget, draft: CaseDraft) -> Path | None:
    """Write the case as the window holds it to a case file the person picks; the file, or
    None when cancelled or the file could not be written (that is shown)."""
    case = draft.case
    stem = (case.case_number or case.title or "sak").replace("/", "-")[:60]
    path = ask_export_path(prompts, parent, Path.home() / f"{stem}.yaml")
    if path is None:
        return None
    try:
        write_case_file(case, path)
    except OSError as exc:
        prompts.warn(
            parent, "ImpactApp",
            QCoreApplication.translate("SaveFailureBar", "The case could not be written to %1: %2")
            .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
        return None
    return path


class SaveFailureBar(QFrame):
    """Shown while the last save failed; hidden as soon as a save succeeds."""

    def __init__(self, draft: CaseDraft, lang: str, parent: QWidget | None = None, *,
                 prompts: Prompts | None = None):
        super().__init__(parent)
        self.draft = draft
        self.lang = lang
        self.prompts: Prompts = prompts or QtPrompts()
        self.exported: Path | None = None
        self.setObjectName("saveFailureBar")
        self.setStyleSheet(STYLE)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Not saved"))
        self.retry_button = QPushButton(self.tr("&Try again now"), self)
        self.export_button = QPushButton(self.tr("&Export to a file …"), self)
        self.retry_button.clicked.connect(draft.autosave.retry_now)
        self.export_button.clicked.connect(self.export)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        draft.autosave.save_state_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        failure = self.draft.autosave.save_failure
        if isinstance(failure, NotAllowed):  # the server refuses; trying again won't help
            self.message.setText(self.tr(
                "Your changes could not be saved: %1 They are kept in this window; export "
                "them to a file to keep them.").replace("%1", failure_text(failure, self.lang)))
        elif failure is not None:
            self.message.setText(
                self.tr("Your latest changes could not be saved: %1 They are kept in this "
                        "window, and ImpactApp tries again every few seconds. The database "
                        "file has not been changed.").replace("%1", failure_text(failure,
                                                                                 self.lang)))
        self.setVisible(failure is not None)

    def export(self) -> Path | None:
        self.exported = export_case(self.prompts, self.window(), self.draft) or self.exported
        return self.exported


def ask_unsaved_close(prompts: Prompts, parent: QWidget | None, draft: CaseDraft,
                      lang: str) -> str | None:
    """The warning when a window with unsaved edits is closed, and the ways out of it:
    "export", "retry", "drop" or "keep" (None when the box closed otherwise)."""
    reason = draft.autosave.save_failure
    informative = ((failure_text(reason, lang) + "\n\n" if reason is not None else "")
                   + QCoreApplication.translate(
                       "UnsavedCloseBox", "Export the case to a file so nothing is lost; you "
                       "can import the file later (File → Import case file)."))
    text = QCoreApplication.translate(
        "UnsavedCloseBox", "Your latest changes to “%1” could not be saved.")
    return prompts.ask(
        parent, QCoreApplication.translate("UnsavedCloseBox", "Changes not saved"),
        text.replace("%1", draft.case.title),
        [Choice("export", QCoreApplication.translate("UnsavedCloseBox", "&Export to a file …")),
         Choice("retry", QCoreApplication.translate("UnsavedCloseBox", "&Try again"), "action"),
         Choice("drop", QCoreApplication.translate("UnsavedCloseBox", "Close &without saving"),
                "destructive"),
         Choice("keep", QCoreApplication.translate("UnsavedCloseBox", "&Keep the window open"),
                "reject")],
        default="export", escape="keep", icon="warning", informative=informative)


def confirm_close(prompts: Prompts, parent: QWidget, draft: CaseDraft, lang: str) -> bool:
    """Whether a case window may close now.

    Yes when every edit is stored (in the case or in its conflict copy). Otherwise the person
    is warned and offered to export the case to a file, to try again, to keep the window
    open, or (their explicit choice) to close without saving.
    """
    while True:
        draft.flush()
        if not draft.autosave.pending:
            return True
        clicked = ask_unsaved_close(prompts, parent, draft, lang)
        if clicked == "export" and export_case(prompts, parent, draft) is not None:
            return True
        if clicked == "drop":
            return True
        if clicked not in ("export", "retry"):
            return False
