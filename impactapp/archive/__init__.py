"""The hand-off to the sak/arkiv system: the memo PDF and an arkivmelding.xml for KS Fiks Arkiv,
built from a case, the municipality's archive codes (archive/archive.yaml) and a given clock."""

from .arkivmelding import arkivmelding_xml, filed_entry_key
from .export import FilingExists, check_folder, export_filing
from .filing import (
    DOCUMENT_FILE,
    FAGSYSTEM,
    MESSAGE_FILE,
    ArchiveError,
    DocumentFile,
    Filing,
    entry_key,
    plan_filing,
)
from .schema import schema_errors
from .settings import ArchiveSettings, Code, load_archive_settings

__all__ = [
    "DOCUMENT_FILE",
    "FAGSYSTEM",
    "MESSAGE_FILE",
    "ArchiveError",
    "ArchiveSettings",
    "Code",
    "DocumentFile",
    "Filing",
    "FilingExists",
    "arkivmelding_xml",
    "check_folder",
    "entry_key",
    "export_filing",
    "filed_entry_key",
    "load_archive_settings",
    "plan_filing",
    "schema_errors",
]
