"""Composition root of the GUI."""


def main(argv: list[str] | None = None) -> int:
    raise SystemExit("not yet")
