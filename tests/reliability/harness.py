"""Starting writer processes and killing them with SIGKILL at a chosen moment."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: A writer that has not said "ready" by then is stuck, not slow.
READY_TIMEOUT = 60.0


@dataclass
class Run:
    """One writer process and the lines it has printed so far (read as they come)."""

    process: subprocess.Popen
    lines: list[str] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)
    reader: threading.Thread | None = None
    killed: bool = False

    def _read(self) -> None:
        # Read all the time, so the writer never blocks on a full pipe (a kill would then
        # always land in a write to stdout instead of somewhere in the store).
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.endswith("\n"):  # a line cut short by the kill was never acknowledged
                self.lines.append(line.rstrip("\n"))
                if line == "ready\n":
                    self.ready.set()
        self.ready.set()

    def kill(self) -> None:
        """SIGKILL: no clean-up, no flush, no atexit; the store is left mid-operation."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.killed = True

    def finish(self) -> int:
        """Wait for the process and its output; returns the exit status."""
        code = self.process.wait(timeout=READY_TIMEOUT)
        assert self.reader is not None
        self.reader.join(READY_TIMEOUT)
        self.process.stdout.close()
        return code

    @property
    def errors(self) -> str:
        assert self.process.stderr is not None
        return self.process.stderr.read()


def start(db: Path, *options: str) -> Run:
    """Start ``python -m tests.reliability.writer db options`` in the project root."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.writer", str(db), *options],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    run = Run(process)
    run.reader = threading.Thread(target=run._read, daemon=True)
    run.reader.start()
    return run


def kill_after(run: Run, delay: float, *, from_ready: bool) -> None:
    """Kill ``delay`` seconds after the writer said ready (or after it was started)."""
    if from_ready:
        assert run.ready.wait(READY_TIMEOUT), "the writer never became ready"
    time.sleep(delay)
    run.kill()

#: One-line results of the reliability tests, printed at the end of the pytest run.
SUMMARY: list[str] = []
