"""The impactapp-case/1 file format: validated import and export."""

from .errors import CaseFileError, CaseFileInvalid
from .reader import ImportedCase, import_case_file, parse_case, read_case_file
from .validate import FORMAT
from .writer import dump_case, write_case_file

__all__ = [
    "FORMAT",
    "CaseFileError",
    "CaseFileInvalid",
    "ImportedCase",
    "dump_case",
    "import_case_file",
    "parse_case",
    "read_case_file",
    "write_case_file",
]
