"""Writer processes forked from one that has already imported the writer.

    python -m tests.reliability.zygote FD

A writer started as ``python -m tests.reliability.writer`` spent about 0.2 s of CPU starting
Python and importing the store before it did anything, and the crash test starts sixty. This
process makes those imports once and then forks a writer per request, so a writer's life is
the part the tests are about: opening the database (after the last one was killed in it),
saving, being killed. Each forked writer is still a process of its own with its own SQLite
connections; the zygote opens no database itself, so a child inherits none.

It talks to the test over the Unix socket FD, one JSON request per message, one JSON line in
answer:

    {"argv": [...]} with the writer's stdout and stderr attached   -> {"pid": N}
    {"wait": N, "block": false}                 -> {"status": None | exit code | -signal}

The test kills a writer itself (SIGKILL to the pid). A child is reaped only when the test asks
for its status, so its pid cannot be taken by another process before the test has seen it end.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import traceback

from tests.reliability import writer  # every import a writer needs, made once, here


def _child(sock: socket.socket, argv: list[str], out: int, err: int) -> None:
    """In the forked child: stdout and stderr to the test's pipes, run the writer, exit."""
    sock.close()
    os.dup2(out, 1)
    os.dup2(err, 2)
    os.close(out)
    os.close(err)
    code = 1
    try:
        code = writer.main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _answer(request: dict, sock: socket.socket, fds: list[int]) -> dict:
    if "argv" in request:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(sock, request["argv"], *fds)
        for fd in fds:
            os.close(fd)
        return {"pid": pid}
    pid = int(request["wait"])
    got, status = os.waitpid(pid, 0 if request.get("block") else os.WNOHANG)
    return {"status": os.waitstatus_to_exitcode(status) if got else None}


def serve(sock: socket.socket) -> None:
    while True:
        message, fds, _, _ = socket.recv_fds(sock, 1 << 16, 2)
        if not message:
            return  # the test closed its end
        sock.sendall((json.dumps(_answer(json.loads(message), sock, fds)) + "\n").encode())


if __name__ == "__main__":
    serve(socket.socket(fileno=int(sys.argv[1])))
