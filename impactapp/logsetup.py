"""The program's log: a rotating file in the user's log folder, readable by its owner only.

The log is for finding faults (what failed, where in the code, how often), never for what a
case says: the text of a case exempt from disclosure must not leave the database and the
owner-only files made from it. Rather than listing sensitive strings (which would have to
know every exempt case, and every text copied out of one), no case text is written at all,
and that is enforced where records are written, not left to each call:

1. A record's message is the format string written in the code. Its arguments are written
   when they are numbers, booleans or None (ids, counts, versions), or ``Kind`` words (the
   program's own vocabulary: an error kind, a status, a command); any other argument (text, a
   path, an object) is written as ``<withheld>``. A message that is not a string is withheld
   whole. tests/test_privacy.py checks that every logging call in impactapp/ passes a literal
   format string, so no text is formatted into a message before the call.
2. An exception is written as its type and the code it passed through (file, line, function,
   source line), for each exception of its chain, never its message: messages quote values
   (a case file error shows the refused text; ``str`` of any exception may hold user text).
3. Only the program's own loggers (``impactapp`` and below) write to the file: a library's
   records carry messages formatted with its data.

``configure_logging`` sets this up (once at start, in the GUI and the CLI) and installs hooks
that log exceptions nothing else caught, in the main thread and in worker threads.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

LOGGER = "impactapp"
FILE_NAME = "impactapp.log"
#: An environment variable naming another log folder (tests, a managed installation).
LOG_DIR_ENV = "IMPACTAPP_LOG_DIR"
MAX_BYTES = 1024 * 1024
BACKUPS = 5
WITHHELD = "<withheld>"

_KIND = re.compile(r"[A-Za-z0-9_.:-]{1,40}")
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_previous_hooks: dict[str, Any] = {}


class Kind(str):
    """A word of the program's own vocabulary that may appear in the log (``Kind("conflict")``).

    Only short words of ASCII letters, digits and ``_.:-`` are written; anything else given
    as a Kind is withheld like any text.
    """


def _shown(value: object) -> object:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Kind) and _KIND.fullmatch(value):
        return str(value)
    return WITHHELD


class PrivateFormatter(logging.Formatter):
    """Formats records by the rules of this module: plain data only, exceptions as code."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = self._message(record)
        record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and record.exc_info[1] is not None:
            text += "\n" + self.formatException(record.exc_info)
        if record.stack_info:
            text += "\n" + self.formatStack(record.stack_info)
        return text

    @staticmethod
    def _message(record: logging.LogRecord) -> str:
        if not isinstance(record.msg, str):
            return WITHHELD
        if not record.args:
            return record.msg
        args = record.args
        shown: Any = ({key: _shown(value) for key, value in args.items()}
                      if isinstance(args, dict) else tuple(_shown(value) for value in args))
        try:
            return record.msg % shown
        except (TypeError, ValueError, KeyError):
            return f"{record.msg} {WITHHELD}"

    def formatException(self, ei: Any) -> str:
        """The exception's chain, oldest first: each one's frames and type, no message."""
        exc: BaseException | None = ei[1]
        chain: list[BaseException] = []
        while exc is not None and all(exc is not seen for seen in chain):
            chain.append(exc)
            exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        lines: list[str] = []
        for number, exc in enumerate(reversed(chain)):
            if number:
                lines.append("During handling of it, or caused by it:")
            lines.append("Traceback (most recent call last):")
            for frame in _frames(exc):
                lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
                if frame.line:
                    lines.append(f"    {frame.line.strip()}")
            kind = type(exc)
            lines.append(f"{kind.__module__}.{kind.__qualname__} (message withheld)")
        return "\n".join(lines)


def _frames(exc: BaseException) -> list:
    import traceback  # loaded when an exception is logged, not by every run

    return traceback.extract_tb(exc.__traceback__)


class PrivateFileHandler(logging.FileHandler):
    """A log file created readable and writable by its owner only (0600), rotated at
    ``maxBytes``: it becomes ``impactapp.log.1``, the older ones move up, and the ones beyond
    ``backupCount`` are removed.

    The standard library's rotating handler lives in ``logging.handlers``, whose import (socket,
    pickle, queues) costs every command-line run more than the rotation itself.
    """

    def __init__(self, filename: Path, maxBytes: int, backupCount: int,  # names as in
                 encoding: str = "utf-8"):  # logging's RotatingFileHandler
        super().__init__(filename, mode="a", encoding=encoding)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _open(self):  # type: ignore[no-untyped-def] - logging's own signature
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # a file left by an older version may have been wider
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
        except Exception:  # logging must never stop the program
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        """Whether ``record`` would take the file past ``maxBytes``."""
        if self.maxBytes <= 0:
            return False
        if self.stream is None:
            self.stream = self._open()
        size = len((self.format(record) + self.terminator).encode(self.encoding or "utf-8"))
        return self.stream.tell() + size > self.maxBytes and self.stream.tell() > 0

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment] - reopened below
        base = self.baseFilename
        if self.backupCount > 0:
            for number in range(self.backupCount - 1, 0, -1):
                older = f"{base}.{number}"
                if os.path.exists(older):
                    os.replace(older, f"{base}.{number + 1}")
            os.replace(base, f"{base}.1")
        else:
            os.truncate(base, 0)
        self.stream = self._open()


def default_log_dir() -> Path:
    """``$IMPACTAPP_LOG_DIR`` if set, else the user's log folder for ImpactApp (e.g.
    ~/.local/state/impactapp/log on Linux)."""
    configured = os.environ.get(LOG_DIR_ENV, "").strip()
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_log_dir  # not loaded when the environment names the folder

    return Path(user_log_dir("impactapp", appauthor=False))


def configure_logging(log_dir: Path | None = None) -> Path:
    """Log INFO and above of ``impactapp.*`` to a private rotating file; returns its path.

    Also logs exceptions nothing else caught (``sys.excepthook``, ``threading.excepthook``)
    before handing them on to the hooks that were there. Calling it again moves the log.
    Raises OSError when the folder or the file cannot be made.
    """
    handler = _file_handler(log_dir)
    _install(handler)
    return Path(handler.baseFilename)


def configure_logging_on_use(log_dir: Path | None = None) -> None:
    """As ``configure_logging``, but the folder is found and the file opened when the first
    record arrives: a command-line run that logs nothing touches no log file (and loads no
    code to find the folder). A folder that cannot be made then means no log, quietly."""
    _install(_OnFirstRecord(log_dir))


def _file_handler(log_dir: Path | None) -> PrivateFileHandler:
    folder = Path(log_dir) if log_dir is not None else default_log_dir()
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    handler = PrivateFileHandler(folder / FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                 encoding="utf-8")
    handler.setFormatter(PrivateFormatter(_FORMAT))
    return handler


def _install(handler: logging.Handler) -> None:
    logger = logging.getLogger(LOGGER)
    _remove_handlers(logger)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # nothing of ours goes to handlers that format it otherwise
    _install_hooks()


class _OnFirstRecord(logging.Handler):
    """Hands records to the private log file, which it opens for the first one."""

    def __init__(self, log_dir: Path | None):
        super().__init__()
        self._log_dir = log_dir
        self.target: PrivateFileHandler | None = None
        self._unusable = False

    def emit(self, record: logging.LogRecord) -> None:
        if self.target is None and not self._unusable:
            try:
                self.target = _file_handler(self._log_dir)
            except OSError:
                self._unusable = True  # no log folder is no reason to stop the command
        if self.target is not None:
            self.target.handle(record)

    def close(self) -> None:
        if self.target is not None:
            self.target.close()
        super().close()


def shutdown_logging() -> None:
    """Close the log file and put back the exception hooks that were there before."""
    _remove_handlers(logging.getLogger(LOGGER))
    if "sys" in _previous_hooks:
        sys.excepthook = _previous_hooks.pop("sys")
    if "threading" in _previous_hooks:
        threading.excepthook = _previous_hooks.pop("threading")


def _remove_handlers(logger: logging.Logger) -> None:
    for handler in list(logger.handlers):
        if isinstance(handler, PrivateFileHandler | _OnFirstRecord):
            logger.removeHandler(handler)
            handler.close()


def log_unexpected(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None,
    where: str = "main",
) -> None:
    """Log an exception nothing caught, as its type and frames (see the module's rules)."""
    if issubclass(kind, KeyboardInterrupt):
        return
    logging.getLogger(LOGGER).critical(
        "unexpected %s in the %s thread", Kind(kind.__name__), Kind(where),
        exc_info=(kind, value, trace),
    )


def _install_hooks() -> None:
    if "sys" not in _previous_hooks:
        _previous_hooks["sys"] = sys.excepthook
        previous = sys.excepthook

        def hook(kind: type[BaseException], value: BaseException,
                 trace: TracebackType | None) -> None:
            log_unexpected(kind, value, trace)
            previous(kind, value, trace)

        sys.excepthook = hook
    if "threading" not in _previous_hooks:
        _previous_hooks["threading"] = threading.excepthook
        previous_thread = threading.excepthook

        def thread_hook(args: threading.ExceptHookArgs) -> None:
            if args.exc_value is not None:
                log_unexpected(args.exc_type, args.exc_value, args.exc_traceback, "worker")
            previous_thread(args)

        threading.excepthook = thread_hook
