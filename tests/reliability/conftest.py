"""Print the reliability figures (trials, kills, saves acknowledged, data lost) after the run."""

from .harness import SUMMARY


def pytest_terminal_summary(terminalreporter) -> None:
    if SUMMARY:
        terminalreporter.section("reliability")
        for line in SUMMARY:
            terminalreporter.write_line(line)
