"""Connecting to a shared database: a small dialog taking a libpq URI.

The program never keeps or asks for a password (libpq authenticates: a pgpass or service
file, Kerberos), so an address with one is refused with one sentence before anything is
tried. The dialog connects through the store opener and keeps the open store for the caller;
``shown_database`` is how the window names the database it works on (host/dbname).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..store import CaseStore, StoreError, open_store
from ..store.opener import is_database_uri
from .labels import error_sentence

#: Opens the store at a location (the opener's ``open_store``, or a stand-in in tests).
LocationOpener = Callable[[str], CaseStore]


def has_password(uri: str) -> bool:
    """Whether the URI carries a password (in its user part or as a parameter)."""
    try:
        parts = urlsplit(uri.strip())
        password = parts.password
    except ValueError:
        return "password" in uri.lower()
    query = parse_qs(parts.query, keep_blank_values=True)
    return bool(password) or any(key.lower() == "password" for key in query)


def shown_database(location: Path | str) -> str:
    """The database as the window names it: host/dbname for a shared one (no login and no
    password), the file path otherwise."""
    if not is_database_uri(location):
        return str(location)
    try:
        parts = urlsplit(str(location).strip())
        host = parts.hostname or ""
    except ValueError:
        return ""
    query = {k.lower(): v[-1] for k, v in parse_qs(parts.query).items() if v}
    dbname = unquote(parts.path.lstrip("/")) or query.get("dbname", "")
    if not host:
        host = query.get("host", "")
    if not host and query.get("service"):
        return f"service {query['service']}" + (f"/{dbname}" if dbname else "")
    return f"{host or 'localhost'}/{dbname}" if dbname else (host or "localhost")


def refusal(uri: str) -> str:
    """Why the address cannot be used as typed, as one sentence; "" when it can be tried."""
    if not uri:
        return QCoreApplication.translate(
            "ConnectDialog", "Enter the address of the shared database.")
    if not is_database_uri(uri):
        return QCoreApplication.translate(
            "ConnectDialog", "The address must start with postgresql://, for example "
            "postgresql://server.kommune.no/impactapp.")
    if has_password(uri):
        return QCoreApplication.translate(
            "ConnectDialog", "The address contains a password; ImpactApp never keeps one, so "
            "put it in a pgpass or service file instead and remove it from the address.")
    return ""


class ConnectDialog(QDialog):
    """Asks for the address of the shared database and connects to it.

    After ``exec()`` returns accepted, ``store`` is the connected store and ``uri`` its
    address; on a failure the dialog stays open with the reason in one sentence.
    """

    def __init__(self, lang: str, parent: QWidget | None = None, *, uri: str = "",
                 opener: LocationOpener = open_store):
        super().__init__(parent)
        self.lang = lang
        self.opener = opener
        self.store: CaseStore | None = None
        self.uri = ""
        self.setWindowTitle(self.tr("Connect to a shared database"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The address of the municipality's shared database, as IT gave it to you, for "
            "example postgresql://server.kommune.no/impactapp or "
            "postgresql:///?service=impactapp. ImpactApp never asks for or keeps a password: "
            "your login is checked through a pgpass or service file, or Kerberos."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.uri_edit = QLineEdit(uri, self)
        self.uri_edit.setPlaceholderText("postgresql://server/database")
        self.uri_edit.setAccessibleName(self.tr("Address of the shared database"))
        self.uri_edit.setClearButtonEnabled(True)
        layout.addWidget(self.uri_edit)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #a1260d;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(self)
        self.connect_button: QPushButton = buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_connect)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _refuse(self, sentence: str) -> None:
        self.error_label.setText(sentence)
        self.error_label.show()
        self.uri_edit.setFocus()

    def try_connect(self) -> bool:
        """Connect to the typed address; True (and accepted) when the store is open."""
        uri = self.uri_edit.text().strip()
        sentence = refusal(uri)
        if sentence:
            self._refuse(sentence)
            return False
        self.error_label.hide()
        try:
            store = self.opener(uri)
        except (StoreError, OSError) as exc:
            self._refuse(error_sentence(exc, self.lang))
            return False
        self.store, self.uri = store, uri
        self.accept()
        return True
