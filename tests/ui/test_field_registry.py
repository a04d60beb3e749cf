"""The form's field types and the UI's widget registry agree: every type the catalog accepts in
forms/ has a widget, and every field of the shipped form gets the one registered for its type."""

from __future__ import annotations

from dataclasses import replace

import pytest

from impactapp.catalog.form import FIELD_TYPES
from impactapp.ui.fields.base import FieldContext, FieldWidget
from impactapp.ui.fields.registry import FIELD_WIDGETS, widget_for


def test_every_field_type_the_catalog_accepts_has_a_widget_and_no_other_type_does() -> None:
    assert set(FIELD_TYPES) - set(FIELD_WIDGETS) == set(), "field types without a widget"
    assert set(FIELD_WIDGETS) - set(FIELD_TYPES) == set(), "widgets for no field type"
    for field_type, widget in FIELD_WIDGETS.items():
        assert issubclass(widget, FieldWidget), field_type


def test_every_field_of_the_shipped_form_gets_the_widget_of_its_type(qtbot, draft) -> None:
    ctx = FieldContext(draft.catalog, "nb")
    for step in draft.catalog.form.steps:
        for field in step.fields:
            widget = widget_for(field, draft, ctx)
            qtbot.addWidget(widget)
            assert type(widget) is FIELD_WIDGETS[field.type], (step.id, field.id)
            assert widget.field is field


def test_a_field_type_without_a_widget_is_refused_by_name(draft) -> None:
    field = replace(draft.catalog.form.steps[0].fields[0], type="slider")
    with pytest.raises(LookupError, match="no widget registered for field type 'slider'"):
        widget_for(field, draft, FieldContext(draft.catalog, "nb"))
