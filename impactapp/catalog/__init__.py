"""The catalog: criteria/ and forms/ YAML loaded into domain objects, with file:line errors."""

from .errors import CatalogError, CatalogInvalid
from .form import FIELD_TYPES
from .indicators import LEVELS as INDICATOR_LEVELS
from .indicators import SOURCE_KINDS
from .loader import default_catalog, load_catalog, load_form

__all__ = [
    "FIELD_TYPES",
    "INDICATOR_LEVELS",
    "SOURCE_KINDS",
    "CatalogError",
    "CatalogInvalid",
    "default_catalog",
    "load_catalog",
    "load_form",
]
