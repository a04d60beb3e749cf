"""Defaults the method sets where the catalog or the municipality has said nothing.

Kept apart from the modules that use them so that reading the data model does not load the
code that works with it (the local challenges above all).
"""

#: The challenge margin when the configuration names none: 10 % worse than the reference.
DEFAULT_MARGIN_PERCENT = 10.0
