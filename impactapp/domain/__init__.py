"""Pure domain model and the rules of the assessment method (standard library only)."""
