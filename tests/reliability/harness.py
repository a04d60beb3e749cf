"""Starting writer processes and killing them with SIGKILL at a chosen moment.

Writers are forked by a zygote process that has imported the writer once
(tests/reliability/zygote.py): each is a process of its own, killed and waited for as one
started with subprocess would be, without 0.2 s of CPU spent starting Python first.
"""

from __future__ import annotations

import atexit
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[2]
#: A writer that has not said "ready" by then is stuck, not slow.
READY_TIMEOUT = 60.0


class Zygote:
    """The forking process (one per test process, started on first use)."""

    def __init__(self) -> None:
        ours, theirs = socket.socketpair()
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.zygote", str(theirs.fileno())],
            cwd=ROOT, pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        theirs.close()
        self._socket = ours
        self._answers = ours.makefile("r", encoding="utf-8")
        self._lock = threading.Lock()

    def ask(self, request: dict, fds: tuple[int, ...] = ()) -> dict:
        with self._lock:
            socket.send_fds(self._socket, [json.dumps(request).encode()], list(fds))
            line = self._answers.readline()
        if not line:
            raise RuntimeError(f"the zygote ended (exit status {self._process.wait()})")
        return json.loads(line)

    def close(self) -> None:
        self._answers.close()
        self._socket.close()
        self._process.wait(timeout=READY_TIMEOUT)


_zygote: Zygote | None = None


def zygote() -> Zygote:
    global _zygote
    if _zygote is None:
        _zygote = Zygote()
        atexit.register(_zygote.close)
    return _zygote


class Forked:
    """A writer forked by the zygote, with what the tests use of ``subprocess.Popen``."""

    def __init__(self, argv: list[str]):
        read_end, write_end = os.pipe()
        # Open for the writer's whole life (Run.errors reads it), closed with this object.
        self.stderr: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        try:
            self.pid = int(zygote().ask({"argv": argv},
                                        (write_end, self.stderr.fileno()))["pid"])
        finally:
            os.close(write_end)  # the child holds the only write end: EOF when it ends
        self.stdout: IO[str] = os.fdopen(read_end, "r", encoding="utf-8")
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            self.returncode = zygote().ask({"wait": self.pid, "block": False})["status"]
        return self.returncode

    def wait(self, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while self.poll() is None:
            if time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"writer {self.pid}", timeout)
            time.sleep(0.002)
        assert self.returncode is not None
        return self.returncode


@dataclass
class Run:
    """One writer process and the lines it has printed so far (read as they come)."""

    process: Forked
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
        self.process.stderr.seek(0)
        return self.process.stderr.read()


def start(db: Path, *options: str) -> Run:
    """Start a writer (``tests/reliability/writer.py``) on ``db`` with ``options``."""
    run = Run(Forked([str(db), *options]))
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
