"""Writing one filing (notat.pdf and arkivmelding.xml) into a folder for the archive's import.

Both files are written to temporary files in the folder first and renamed into place only when
both are complete, the PDF first (the XML names its checksum). Their permissions come from the
archive settings, so the archive's import account can read them; the folder, when created here,
gets the same read access plus the search bit.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import datetime
from pathlib import Path

from impactapp.domain.messages import Verbatim, render
from impactapp.domain.model import Case, Text

from .arkivmelding import arkivmelding_xml, filed_entry_key
from .filing import DOCUMENT_FILE, MESSAGE_FILE, ArchiveError, plan_filing
from .messages import MESSAGES
from .schema import schema_errors
from .settings import ArchiveSettings


class FilingExists(ArchiveError):
    """The folder already holds the filing of another revision (or files that are not ours)."""

    def __init__(self, folder: Path, existing: str | None):
        self.folder = folder
        self.existing = existing
        super().__init__("exists", folder=Verbatim(folder), what=self.holds)

    @property
    def holds(self) -> Text:
        """What the folder holds, in every language."""
        if self.existing:
            return render(MESSAGES["what_filing"], {"existing": Verbatim(self.existing)})
        return render(MESSAGES["what_other"], {"message": MESSAGE_FILE, "document": DOCUMENT_FILE})

    @property
    def what(self) -> str:
        """What the folder holds, e.g. "the filing <uid>/revisjon-2" (English, for the CLI)."""
        return self.holds.en


def folder_mode(file_mode: int) -> int:
    """The mode of a folder created for files of ``file_mode``: search where read is given."""
    return file_mode | ((file_mode & 0o444) >> 2)


def export_filing(folder: Path, case: Case, uid: str, pdf: bytes, settings: ArchiveSettings,
                  filed_at: datetime, *, replace: bool = False) -> Path:
    """Write the memo ``pdf`` and its arkivmelding.xml into ``folder``; returns the XML's path.

    Refused (FilingExists) when the folder holds another revision's filing unless ``replace``;
    the same revision's filing is simply written again. ArchiveError names any other failure.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ArchiveError("is_a_file", folder=Verbatim(folder))
    filing = plan_filing(case, uid, pdf, settings, filed_at)
    xml = arkivmelding_xml(filing)
    problems = schema_errors(xml)
    if problems:
        raise ArchiveError("schema", problem=Verbatim(problems[0]))
    if not replace:
        check_folder(folder, filing.entry_key)
    try:
        _create_folder(folder, folder_mode(settings.file_mode))
        _write_pair(folder, ((DOCUMENT_FILE, pdf), (MESSAGE_FILE, xml)), settings.file_mode)
    except OSError as exc:
        where = exc.filename or folder
        raise ArchiveError("cannot_write", where=Verbatim(where),
                           why=Verbatim(exc.strerror or exc)) from None
    return folder / MESSAGE_FILE


def check_folder(folder: Path, key: str) -> None:
    """Raise FilingExists when ``folder`` holds anything but the filing with ``key``."""
    message = folder / MESSAGE_FILE
    try:
        existing = message.read_bytes()
    except FileNotFoundError:
        if (folder / DOCUMENT_FILE).exists():
            raise FilingExists(folder, None) from None
        return
    except OSError as exc:
        raise ArchiveError("cannot_read", where=Verbatim(message),
                           why=Verbatim(exc.strerror or exc)) from None
    found = filed_entry_key(existing)
    if found != key:
        raise FilingExists(folder, found)


def _create_folder(folder: Path, mode: int) -> None:
    if folder.is_dir():
        return
    folder.mkdir(parents=True)
    if os.name == "posix":
        os.chmod(folder, mode)  # mkdir's mode is narrowed by the umask


def _write_pair(folder: Path, files: tuple[tuple[str, bytes], ...], mode: int) -> None:
    """Stage every file completely, then rename each into place."""
    staged: list[tuple[str, Path]] = []
    try:
        for name, data in files:
            staged.append((_stage(folder, name, data, mode), folder / name))
        for tmp, target in staged:
            os.replace(tmp, target)
    except BaseException:
        for tmp, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


def _stage(folder: Path, name: str, data: bytes, mode: int) -> str:
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            if os.name == "posix":
                os.fchmod(fh.fileno(), mode)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp
