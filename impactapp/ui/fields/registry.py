"""Which widget a form field gets, by its ``type`` in forms/ (forms are data, not code)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.form import FormField
from ..draft import CaseDraft
from .alternatives import AlternativesField
from .base import FieldContext, FieldWidget
from .districts import DistrictsField
from .indicators import IndicatorsField
from .measures import CostField, GhgField
from .ratings import RatingsField
from .review import ReviewField
from .screening import ScreeningField
from .screening_questions import ScreeningQuestionsField
from .sdg import SdgTargetsField
from .simple import BoolField, ChoiceField, DateField, NumberField, TextAreaField, TextField
from .trade_offs import TradeOffsField

FIELD_WIDGETS: dict[str, type[FieldWidget]] = {
    "text": TextField,
    "textarea": TextAreaField,
    "date": DateField,
    "choice": ChoiceField,
    "number": NumberField,
    "bool": BoolField,
    "alternatives": AlternativesField,
    "ghg": GhgField,
    "cost": CostField,
    "screening_questions": ScreeningQuestionsField,
    "screening": ScreeningField,
    "ratings": RatingsField,
    "districts": DistrictsField,
    "sdg_targets": SdgTargetsField,
    "trade_offs": TradeOffsField,
    "indicators": IndicatorsField,
    "review": ReviewField,
}


def widget_for(field: FormField, draft: CaseDraft, ctx: FieldContext,
               parent: QWidget | None = None) -> FieldWidget:
    """The widget for ``field``; a type without a widget is a programming error."""
    try:
        cls = FIELD_WIDGETS[field.type]
    except KeyError:
        raise LookupError(f"no widget registered for field type '{field.type}'") from None
    return cls(field, draft, ctx, parent)
