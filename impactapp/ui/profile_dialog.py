"""Settings: the user's own name, unit and municipality (defaults for new cases, and the name
every status change records). A name is required: nothing is recorded under an empty name or
the OS account."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.approval import Actor, check_actor
from ..store import Profile


class ProfileDialog(QDialog):
    """Edits a Profile; the caller saves it to the store."""

    def __init__(self, profile: Profile, parent: QWidget | None = None, *,
                 first_start: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who are you?") if first_start else self.tr("Settings"))
        layout = QVBoxLayout(self)
        text = self.tr("Used as the defaults when you start a new case, and recorded with "
                       "every status change you make (review, approval, decision).")
        if first_start:
            text = self.tr("Welcome to ImpactApp. Please give your name and unit first.") \
                + " " + text
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(profile.name, self)
        self.unit = QLineEdit(profile.unit, self)
        self.municipality = QLineEdit(profile.municipality, self)
        for label, edit in ((self.tr("Your name"), self.name),
                            (self.tr("Unit (agency, district or enterprise)"), self.unit),
                            (self.tr("Municipality"), self.municipality)):
            edit.setAccessibleName(label)
            form.addRow(label, edit)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check_name)
        self._check_name()

    def _check_name(self) -> None:
        """Save only with a person's name; say why not."""
        name = self.name.text().strip()
        problems = check_actor(Actor(name))
        text = ""
        if problems and name:
            text = self.tr("“%1” is a system account, not a person; give your own name.") \
                .replace("%1", name)
        elif problems:
            text = self.tr("Your name is required: it is recorded with every status change.")
        self.problem.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)

    def profile(self) -> Profile:
        return Profile(self.name.text().strip(), self.unit.text().strip(),
                       self.municipality.text().strip())
