"""Settings: the user's own name, unit and municipality (defaults for new cases)."""

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

from ..store import Profile


class ProfileDialog(QDialog):
    """Edits a Profile; the caller saves it to the store."""

    def __init__(self, profile: Profile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Used as the defaults when you start a new case."), self)
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def profile(self) -> Profile:
        return Profile(self.name.text().strip(), self.unit.text().strip(),
                       self.municipality.text().strip())
