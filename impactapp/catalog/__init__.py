"""The catalog: criteria/ and forms/ YAML loaded into domain objects, with file:line errors."""

from .errors import CatalogError, CatalogInvalid
from .form import FIELD_TYPES
from .loader import default_catalog, load_catalog, load_form

__all__ = [
    "FIELD_TYPES",
    "CatalogError",
    "CatalogInvalid",
    "default_catalog",
    "load_catalog",
    "load_form",
]
