"""Every question, notice and file choice the program puts to the person goes through one
injected prompts object, so tests answer them from a script instead of patching Qt."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

Icon = Literal["information", "question", "warning"]
Role = Literal["accept", "reject", "action", "destructive"]
Standard = Literal["yes", "no", "cancel", "ok", "close"]


@dataclass(frozen=True)
class Choice:
    """One button of a question: ``key`` is what ``ask`` returns when it is clicked; without
    a ``label`` the key names one of Qt's standard buttons (yes, no, cancel, ok, close)."""

    key: str
    label: str = ""
    role: Role = "accept"


class Prompts(Protocol):
    """What the UI may ask of the person; each call returns once they have answered."""

    def ask(self, parent: QWidget | None, title: str, text: str, choices: list[Choice], *,
            default: str | None = None, escape: str | None = None, icon: Icon = "question",
            informative: str = "", details: str = "") -> str | None:
        """The key of the button clicked (None when the box closed without one)."""

    def confirm(self, parent: QWidget | None, title: str, text: str, *,
                default: Standard | None = None, refuse: Standard = "no",
                warning: bool = False) -> bool:
        """Yes (True) or ``refuse`` (No or Cancel)."""

    def inform(self, parent: QWidget | None, title: str, text: str, *,
               informative: str = "") -> None:
        """A notice to read and close."""

    def warn(self, parent: QWidget | None, title: str, text: str, *, informative: str = "",
             details: str = "", wait: bool = True) -> None:
        """A warning; ``wait=False`` shows it without waiting for it to be closed."""

    def open_file(self, parent: QWidget | None, title: str, folder: Path | str,
                  filters: str) -> Path | None:
        """One existing file to read (None: cancelled)."""

    def open_files(self, parent: QWidget | None, title: str, folder: Path | str,
                   filters: str) -> list[Path]:
        """Existing files to read (empty: cancelled)."""

    def save_file(self, parent: QWidget | None, title: str, suggested: Path | str,
                  filters: str, *, confirm_overwrite: bool = True) -> tuple[Path, str] | None:
        """Where to write, and the file type chosen (None: cancelled)."""

    def choose_folder(self, parent: QWidget | None, title: str,
                      folder: Path | str) -> Path | None:
        """An existing folder (None: cancelled)."""


_ICONS = {"information": QMessageBox.Icon.Information, "question": QMessageBox.Icon.Question,
          "warning": QMessageBox.Icon.Warning}
_ROLES = {"accept": QMessageBox.ButtonRole.AcceptRole,
          "reject": QMessageBox.ButtonRole.RejectRole,
          "action": QMessageBox.ButtonRole.ActionRole,
          "destructive": QMessageBox.ButtonRole.DestructiveRole}
_STANDARD = {"yes": QMessageBox.StandardButton.Yes, "no": QMessageBox.StandardButton.No,
             "cancel": QMessageBox.StandardButton.Cancel, "ok": QMessageBox.StandardButton.Ok,
             "close": QMessageBox.StandardButton.Close}


class QtPrompts:
    """The prompts as Qt's message boxes and file dialogs (translated by the installed
    translators, so in bokmål when the program runs in bokmål)."""

    def __init__(self) -> None:
        # Boxes shown without waiting, kept alive while open; the last one for a look.
        self.open_boxes: list[QMessageBox] = []

    def ask(self, parent: QWidget | None, title: str, text: str, choices: list[Choice], *,
            default: str | None = None, escape: str | None = None, icon: Icon = "question",
            informative: str = "", details: str = "") -> str | None:
        box = _box(parent, icon, title, text, informative, details)
        buttons = {c.key: (box.addButton(c.label, _ROLES[c.role]) if c.label
                           else box.addButton(_STANDARD[c.key])) for c in choices}
        if default is not None:
            box.setDefaultButton(buttons[default])
        if escape is not None:
            box.setEscapeButton(buttons[escape])
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return next((key for key, button in buttons.items() if button is clicked), None)

    def confirm(self, parent: QWidget | None, title: str, text: str, *,
                default: Standard | None = None, refuse: Standard = "no",
                warning: bool = False) -> bool:
        show = QMessageBox.warning if warning else QMessageBox.question
        buttons = QMessageBox.StandardButton.Yes | _STANDARD[refuse]
        first = _STANDARD[default] if default else QMessageBox.StandardButton.NoButton
        return show(parent, title, text, buttons, first) == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str, *,
               informative: str = "") -> None:
        if not informative:
            QMessageBox.information(parent, title, text)
            return
        _box(parent, "information", title, text, informative, "").exec()

    def warn(self, parent: QWidget | None, title: str, text: str, *, informative: str = "",
             details: str = "", wait: bool = True) -> None:
        if wait and not (informative or details):
            QMessageBox.warning(parent, title, text)
            return
        box = _box(parent, "warning", title, text, informative, details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        if wait:
            box.exec()
            return
        box.open()  # not modal to the caller: a person reads and closes it
        box.finished.connect(lambda _result, b=box: self._closed(b))
        self.open_boxes.append(box)

    def _closed(self, box: QMessageBox) -> None:
        if box in self.open_boxes:
            self.open_boxes.remove(box)

    def open_file(self, parent: QWidget | None, title: str, folder: Path | str,
                  filters: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
        return Path(path) if path else None

    def open_files(self, parent: QWidget | None, title: str, folder: Path | str,
                   filters: str) -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, str(folder), filters)
        return [Path(p) for p in paths]

    def save_file(self, parent: QWidget | None, title: str, suggested: Path | str,
                  filters: str, *, confirm_overwrite: bool = True) -> tuple[Path, str] | None:
        options = (QFileDialog.Option(0) if confirm_overwrite
                   else QFileDialog.Option.DontConfirmOverwrite)
        path, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), filters,
                                                   options=options)
        return (Path(path), chosen) if path else None

    def choose_folder(self, parent: QWidget | None, title: str,
                      folder: Path | str) -> Path | None:
        path = QFileDialog.getExistingDirectory(parent, title, str(folder))
        return Path(path) if path else None


def _box(parent: QWidget | None, icon: Icon, title: str, text: str, informative: str,
         details: str) -> QMessageBox:
    box = QMessageBox(_ICONS[icon], title, text, parent=parent)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    return box
