"""One filing for the archive as plain data: a case folder (saksmappe) with one organ-internal
journal entry (journalpost) whose main document is the memo PDF.

Pure: the caller gives the case's stable identifier, the PDF's bytes, the settings and the
moment of filing, so the same revision filed at the same moment gives the same filing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from impactapp.domain.messages import CodedError
from impactapp.domain.model import Case
from impactapp.domain.text import plain_text

from .messages import MESSAGES
from .settings import ArchiveSettings, Code

#: The name the archive knows this program by (fagsystem in referanseEksternNoekkel).
FAGSYSTEM = "ImpactApp"
#: The file name of the memo PDF beside arkivmelding.xml (plain ASCII, as the archive wants).
DOCUMENT_FILE = "notat.pdf"
MESSAGE_FILE = "arkivmelding.xml"


class ArchiveError(CodedError):
    """A filing cannot be made or written: a code and values, one sentence in nb or en."""

    MESSAGES = MESSAGES


@dataclass(frozen=True)
class DocumentFile:
    """The memo PDF as the archive sees it: its name, SHA-256 checksum and size in bytes."""

    name: str
    sha256: str
    size: int

    @classmethod
    def of(cls, name: str, data: bytes) -> DocumentFile:
        return cls(name, hashlib.sha256(data).hexdigest(), len(data))


@dataclass(frozen=True)
class Screening:
    """Skjerming: the access restriction code and the legal basis written to the archive."""

    restriction: Code
    legal_basis: str


@dataclass(frozen=True)
class Filing:
    """Everything arkivmelding.xml says."""

    case_key: str  # the saksmappe's external key: the case's uid
    entry_key: str  # the journalpost's external key: the case's uid and revision
    title: str
    public_title: str
    unit: str
    unit_id: str
    caseworker: str
    case_date: date
    filed_at: datetime
    arkivdel: Code
    screening: Screening | None
    document: DocumentFile
    codes: dict[str, Code]

    def code(self, name: str) -> Code:
        return self.codes[name]


def one_line(text: str) -> str:
    """``text`` as one line of characters XML may hold: a stored case may still carry control
    characters (the wizard drops them, an older database may not have)."""
    return " ".join(plain_text(text).replace("\ufffe", "").replace("\uffff", "").split())


def entry_key(uid: str, revision: int) -> str:
    """The stable key of one revision's filing: a re-sent revision carries the same key."""
    return f"{uid}/revisjon-{revision}"


def plan_filing(case: Case, uid: str, pdf: bytes, settings: ArchiveSettings,
                filed_at: datetime) -> Filing:
    """The filing of ``case`` (stored under ``uid``) with the memo ``pdf``; ArchiveError when
    the case cannot be filed as it is."""
    if not uid.strip():
        raise ArchiveError("no_uid")
    if filed_at.tzinfo is None:
        raise ValueError("the moment of filing must carry its time zone")
    title = one_line(case.title)
    if not title:
        raise ArchiveError("no_title")
    screening = None
    public_title = title
    if case.confidentiality.exempt:
        basis = one_line(case.confidentiality.basis)
        if not basis:
            raise ArchiveError("no_basis")
        exemption = settings.exemption
        screening = Screening(exemption.restriction(basis), exemption.legal_basis(basis))
        public_title = exemption.public_title
    return Filing(
        case_key=uid,
        entry_key=entry_key(uid, case.revision),
        title=title,
        public_title=public_title,
        unit=one_line(case.unit),
        unit_id=settings.enhet(one_line(case.unit)),
        caseworker=one_line(case.caseworker),
        case_date=case.created.date() if case.created is not None else filed_at.date(),
        filed_at=filed_at,
        arkivdel=settings.arkivdel(one_line(case.unit)),
        screening=screening,
        document=DocumentFile.of(DOCUMENT_FILE, pdf),
        codes=dict(settings.codes),
    )
