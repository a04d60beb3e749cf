"""impactapp-cli: the command-line interface (no Qt)."""


def main(argv: list[str] | None = None) -> int:
    raise SystemExit("not yet")
