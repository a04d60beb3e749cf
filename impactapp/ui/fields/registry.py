"""Which widget a form field gets, by its ``type`` in forms/ (forms are data, not code)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.model import FormField
from ..draft import CaseDraft
from .base import FieldContext, FieldWidget
from .simple import BoolField, ChoiceField, DateField, NumberField, TextAreaField, TextField

FIELD_WIDGETS: dict[str, type[FieldWidget]] = {
    "text": TextField,
    "textarea": TextAreaField,
    "date": DateField,
    "choice": ChoiceField,
    "number": NumberField,
    "bool": BoolField,
}


def widget_for(field: FormField, draft: CaseDraft, ctx: FieldContext,
               parent: QWidget | None = None) -> FieldWidget:
    """The widget for ``field``; a type without a widget is a programming error."""
    try:
        cls = FIELD_WIDGETS[field.type]
    except KeyError:
        raise LookupError(f"no widget registered for field type '{field.type}'") from None
    return cls(field, draft, ctx, parent)
