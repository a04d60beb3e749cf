"""A throwaway PostgreSQL cluster: a temporary folder, a Unix socket, no TCP.

Used by the tests (``tests/pgcluster.py``: the ``pg_cluster`` fixture starts one per test
process, so every pytest-xdist worker has its own folder and socket) and by ``make bench``,
which is why it lives here and imports nothing of pytest or the tests. It
is found through ``initdb`` on PATH or under /usr/lib/postgresql/*/bin (newest first); without
one, or without psycopg, every PostgreSQL test is skipped with the reason. PostgreSQL refuses
to run as root, so as root the server runs as the ``postgres`` user (``runuser``) and owns the
folder. The cluster is stopped (``-m immediate``) and its folder removed when the session
ends, also after a failure or an interrupt (the finalizer, and ``atexit`` as a fallback).

Authentication is ``trust`` on the socket only: a test connects as any login by name, the way
libpq authenticates (no password is ever involved).
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import re
import shutil
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

SERVER_USER = "postgres"  # the account the server runs as when the tests run as root
PORT = 5432  # only names the socket file; each cluster has a socket folder of its own


def find_bindir() -> Path | None:
    """The folder with ``initdb``, ``pg_ctl`` and ``postgres``, or None when there is none."""
    on_path = shutil.which("initdb")
    candidates = [Path(on_path).resolve().parent] if on_path else []

    def version(path: str) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", path)) or (0,)

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)
    candidates += [Path(p) for p in found]
    for bindir in candidates:
        if all((bindir / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return bindir
    return None


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


class PgCluster:
    """One PostgreSQL cluster in a temporary folder, reachable only on its own socket."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="impactapp-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "socket"
        self.log = self.root / "server.log"
        self.superuser = SERVER_USER if _as_root() else _os_user()
        self.started = False
        self.start_seconds = 0.0

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a server tool as the account that owns the cluster."""
        command = [str(self.bindir / args[0]), *args[1:]]
        if _as_root():
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        return subprocess.run(command, cwd=self.root, capture_output=True, text=True,
                              check=False, timeout=120)

    def _check(self, result: subprocess.CompletedProcess[str], what: str) -> None:
        if result.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"{what} failed ({result.returncode}): {result.stderr}\n{log}")

    def start(self) -> None:
        """Create the cluster (initdb --no-sync) and start it on the socket, fsync off."""
        begin = time.perf_counter()
        self.socket_dir.mkdir()
        if _as_root():
            shutil.chown(self.root, SERVER_USER)
            shutil.chown(self.socket_dir, SERVER_USER)
        self._check(self._run("initdb", "--no-sync", "--auth=trust", "--encoding=UTF8",
                              "--locale=C", f"--username={self.superuser}",
                              "-D", str(self.data)), "initdb")
        options = (f"-c listen_addresses='' -c unix_socket_directories={self.socket_dir}"
                   f" -c port={PORT} -c fsync=off -c full_page_writes=off"
                   " -c synchronous_commit=off -c max_connections=60")
        self._check(self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w",
                              "-o", options, "start"), "pg_ctl start")
        self.started = True
        self.start_seconds = time.perf_counter() - begin

    def restart(self) -> None:
        """Restart the server the way an administrator does (``pg_ctl restart -m fast``):
        every session is ended, open transactions rolled back, committed ones kept."""
        self._check(self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w",
                              "-m", "fast", "restart"), "pg_ctl restart")

    def stop(self) -> None:
        """Stop the server at once (no checkpoint) and remove the folder; safe to repeat."""
        if self.started:
            self.started = False
            result = self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            if result.returncode != 0:
                self._kill_postmaster()
        shutil.rmtree(self.root, ignore_errors=True)

    def _kill_postmaster(self) -> None:
        pid_file = self.data / "postmaster.pid"
        with contextlib.suppress(OSError, ValueError):
            os.kill(int(pid_file.read_text().split()[0]), 9)

    def conninfo(self, dbname: str = "postgres", user: str | None = None) -> str:
        """A libpq URI for ``dbname`` on the socket, as ``user`` (default: the superuser)."""
        return (f"postgresql:///{dbname}?host={self.socket_dir}&port={PORT}"
                f"&user={user or self.superuser}")

    def connect(self, dbname: str = "postgres", user: str | None = None,
                **options: Any) -> Any:
        """A psycopg connection (autocommit unless told otherwise)."""
        import psycopg

        options.setdefault("autocommit", True)
        return psycopg.connect(self.conninfo(dbname, user), **options)

    def create_database(self, prefix: str = "impactapp") -> str:
        """A new empty database with a unique name; returns the name."""
        name = f"{prefix}_{uuid.uuid4().hex[:10]}"
        with self.connect() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return name

    def drop_database(self, name: str) -> None:
        with self.connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def create_login(self, name: str, *groups: str) -> None:
        """A login role (no password: the socket trusts it), member of ``groups``."""
        with self.connect() as conn:
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone()
            if not exists:
                conn.execute(f'CREATE ROLE "{name}" LOGIN')
            for group in groups:
                conn.execute(f'GRANT "{group}" TO "{name}"')


def _os_user() -> str:
    import getpass

    return getpass.getuser()


def start_cluster() -> PgCluster | str:
    """A started cluster, or the reason why none can run here."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed"
    bindir = find_bindir()
    if bindir is None:
        return "no PostgreSQL server found (initdb on PATH or /usr/lib/postgresql/*/bin)"
    if _as_root() and shutil.which("runuser") is None:
        return "running as root, but runuser is missing to start PostgreSQL as postgres"
    cluster = PgCluster(bindir)
    atexit.register(cluster.stop)
    try:
        cluster.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        cluster.stop()
        return f"the PostgreSQL test cluster did not start: {exc}"
    return cluster
