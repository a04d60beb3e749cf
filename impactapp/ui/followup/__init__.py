"""Follow-up of decided measures and the sustainability budget: views and the editor."""
