"""The log (impactapp/logsetup.py): a private file that records what failed and where in the
code, and never the text of a case; the text of an exempt case run through import, save, a
conflict, memo export and unexpected exceptions appears nowhere in it."""

from __future__ import annotations

import logging
import os
import stat
import sys
import threading
import unicodedata
from pathlib import Path

import pytest
import yaml

from impactapp import logsetup
from impactapp.casefile import CaseFileInvalid, read_case_file
from impactapp.logsetup import WITHHELD, Kind, configure_logging, shutdown_logging
from impactapp.store import ConflictError, Store
from tests.conftest import DATA
from tests.hostile.corpus import run_cli

SECRET = "Hemmelig-Ŋ7f3a Čáhppes"
#: Pieces of the secret a log could hold when it does not hold it whole.
TRACES = (SECRET, unicodedata.normalize("NFD", SECRET), "Hemmelig", "7f3a", "Čáhppes",
          "\\u014a7f3a", "Ŋ7f3a")


@pytest.fixture
def log_file(tmp_path):
    path = configure_logging(tmp_path / "logs")
    yield path
    shutdown_logging()


def _text(path: Path) -> str:
    for handler in logging.getLogger(logsetup.LOGGER).handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_file_and_its_new_folder_are_private(log_file):
    assert log_file.name == "impactapp.log"
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700


def test_the_default_folder_is_the_users_log_folder_unless_the_environment_names_one(
    monkeypatch, tmp_path
):
    monkeypatch.delenv(logsetup.LOG_DIR_ENV, raising=False)
    monkeypatch.setattr("platformdirs.user_log_dir",
                        lambda name, appauthor: str(tmp_path / name))
    try:
        assert configure_logging() == tmp_path / "impactapp" / "impactapp.log"
        monkeypatch.setenv(logsetup.LOG_DIR_ENV, str(tmp_path / "elsewhere"))
        assert configure_logging() == tmp_path / "elsewhere" / "impactapp.log"
    finally:
        shutdown_logging()


def test_numbers_and_kinds_are_written_and_every_other_argument_withheld(log_file):
    log = logging.getLogger("impactapp.store")
    log.info("saved case %d version %d: %s", 12, 3, Kind("conflict"))
    log.info("title %s, path %s, kind %s", SECRET, Path("/x") / SECRET, Kind(SECRET))
    log.info("by name %(case)d %(title)s", {"case": 7, "title": SECRET})
    log.warning(ValueError(SECRET))
    log.debug("below the level %d", 1)
    lines = [line.split(": ", 1)[1] for line in _text(log_file).splitlines()]
    assert lines == [
        "saved case 12 version 3: conflict",
        f"title {WITHHELD}, path {WITHHELD}, kind {WITHHELD}",
        f"by name 7 {WITHHELD}",
        WITHHELD,
    ]


def test_a_message_with_the_wrong_arguments_is_written_without_them():
    record = logging.LogRecord("impactapp.x", logging.INFO, __file__, 1, "%s and %s", (1,),
                               None)
    assert logsetup.PrivateFormatter("%(message)s").format(record) == f"%s and %s {WITHHELD}"


def _raise_nested() -> None:
    try:
        raise KeyError(SECRET)
    except KeyError as exc:
        raise ValueError(f"could not save {SECRET}") from exc


def test_an_exception_is_written_as_its_types_and_code_never_its_message(log_file):
    try:
        _raise_nested()
    except ValueError:
        logging.getLogger("impactapp.ui").exception("save failed: %s", Kind("internal"))
    text = _text(log_file)
    assert "ERROR impactapp.ui: save failed: internal" in text
    assert text.index("builtins.KeyError (message withheld)") < text.index(
        "builtins.ValueError (message withheld)")
    assert 'raise ValueError(f"could not save {SECRET}") from exc' in text  # the code
    assert f"in {_raise_nested.__name__}" in text
    assert SECRET not in text


def test_exceptions_nothing_caught_are_logged_from_any_thread_and_passed_on(tmp_path):
    seen: list[str] = []
    before_sys, before_thread = sys.excepthook, threading.excepthook
    sys.excepthook = lambda kind, value, trace: seen.append(f"sys {kind.__name__}")
    threading.excepthook = lambda args: seen.append(f"thread {args.exc_type.__name__}")
    try:
        path = configure_logging(tmp_path)
        try:
            raise RuntimeError(SECRET)
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        worker = threading.Thread(target=_raise_nested)
        worker.start()
        worker.join()
        text = _text(path)
        shutdown_logging()
        assert sys.excepthook is not before_sys and threading.excepthook is not before_thread
    finally:
        sys.excepthook, threading.excepthook = before_sys, before_thread
    assert seen == ["sys RuntimeError", "thread ValueError"]
    assert "CRITICAL impactapp: unexpected RuntimeError in the main thread" in text
    assert "CRITICAL impactapp: unexpected ValueError in the worker thread" in text
    assert SECRET not in text


def test_shutting_down_puts_the_hooks_back(tmp_path):
    before = (sys.excepthook, threading.excepthook)
    configure_logging(tmp_path)
    assert (sys.excepthook, threading.excepthook) != before
    shutdown_logging()
    assert (sys.excepthook, threading.excepthook) == before


def test_libraries_records_do_not_reach_the_file(log_file):
    logging.getLogger("sqlite_utils").warning("row %s", SECRET)
    logging.getLogger().error("root %s", SECRET)
    logging.getLogger("impactapp.casefile").info("case file read: %d alternatives", 2)
    assert _text(log_file).count("\n") == 1


def test_a_rotated_log_stays_private(log_file):
    handler = next(h for h in logging.getLogger(logsetup.LOGGER).handlers
                   if isinstance(h, logsetup.PrivateFileHandler))
    handler.maxBytes = 200
    for number in range(20):
        logging.getLogger("impactapp.test").info("line %d of the rotation test", number)
    rotated = sorted(log_file.parent.glob("impactapp.log*"))
    assert len(rotated) > 2
    if os.name == "posix":
        assert {stat.S_IMODE(p.stat().st_mode) for p in rotated} == {0o600}


# --- an exempt case through the whole program --------------------------------------------------


def _exempt_case_file(folder: Path) -> Path:
    """The hand-written case, exempt, with the secret in every kind of text."""
    document = yaml.safe_load((DATA / "parking_fees.yaml").read_text(encoding="utf-8"))
    case = document["case"]
    case["confidentiality"] = {"exempt": True, "basis": f"offl. § 13 ({SECRET})"}
    for key in ("title", "unit", "caseworker", "problem", "goals", "prerequisites"):
        case[key] = f"{case[key]} {SECRET}"
    measure = case["alternatives"][1]
    measure["name"] = f"{SECRET} tiltak"
    measure["assessments"][0]["justification"] = SECRET
    case["recommendation"]["justification"] = SECRET
    path = folder / "exempt.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return path


def test_the_text_of_an_exempt_case_never_reaches_the_log(tmp_path, catalog, monkeypatch,
                                                          capsys):
    monkeypatch.setattr(threading, "excepthook", lambda args: None)  # no second report
    # The same folder for the CLI, should it set up the log itself
    monkeypatch.setenv(logsetup.LOG_DIR_ENV, str(tmp_path / "logs"))
    log_file = configure_logging()

    def cli(*argv: str) -> tuple[int, str, str]:
        result = run_cli(["--db", str(db), *argv], catalog, monkeypatch, capsys)
        configure_logging()  # in case the CLI closed the log on its way out
        return result

    try:
        db = tmp_path / "impactapp.db"
        case_path = _exempt_case_file(tmp_path)
        # import (and a refused import whose errors quote the text)
        status, out, err = cli("case", "import", str(case_path))
        assert (status, err) == (0, "")
        case_id = int(out)
        broken = tmp_path / "broken.yaml"
        broken.write_text(case_path.read_text(encoding="utf-8").replace(
            "status: draft", f"status: {SECRET}"), encoding="utf-8")
        with pytest.raises(CaseFileInvalid) as refused:
            read_case_file(broken, catalog)
        assert SECRET in str(refused.value)
        # save, then a conflicting save from a second window
        with Store.open(db) as first, Store.open(db) as second:
            mine, theirs = first.get_case(case_id), second.get_case(case_id)
            mine.goals = f"{SECRET} endret"
            first.save_case(mine)
            theirs.problem = f"{SECRET} også endret"
            with pytest.raises(ConflictError) as conflict:
                second.save_case(theirs)
            logging.getLogger("impactapp.ui.draft").warning(
                "save of case %d refused: %s", case_id, Kind("conflict"),
                exc_info=conflict.value)
        # the memo
        status, _, err = cli("memo", str(case_id), "-o", str(tmp_path / "memo.pdf"))
        assert status == 0, err
        # unexpected exceptions carrying the text, in the main thread and a worker
        try:
            raise RuntimeError(f"unexpected while showing {SECRET}")
        except RuntimeError:
            logsetup.log_unexpected(*sys.exc_info())
        worker = threading.Thread(target=lambda: read_case_file(broken, catalog))
        worker.start()
        worker.join()
        text = _text(log_file)
    finally:
        shutdown_logging()
    for expected in ("case file read: 2 alternatives", "case file refused: 1 problems",
                     f"save of case {case_id} refused: conflict", "ConflictError",
                     "memo rendered:", "unexpected RuntimeError in the main thread",
                     "unexpected CaseFileInvalid in the worker thread"):
        assert expected in text, expected
    assert [trace for trace in TRACES if trace in text] == []


# --- the command line's log, opened when something is logged ---------------------------------

def test_a_run_that_logs_nothing_makes_no_log_file(tmp_path):
    logsetup.configure_logging_on_use(tmp_path / "logs")
    try:
        logging.getLogger("impactapp.store").debug("below the level: not a record")
        assert not (tmp_path / "logs").exists()
        logging.getLogger("impactapp.store").warning("conflict on case %d", 7)
        path = tmp_path / "logs" / logsetup.FILE_NAME
        assert _text(path).rstrip().endswith("conflict on case 7")
        if os.name == "posix":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        shutdown_logging()


def test_a_log_folder_that_cannot_be_made_stops_nothing(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be", encoding="utf-8")
    logsetup.configure_logging_on_use(blocker / "logs")
    try:
        logging.getLogger("impactapp.store").error("first %s", SECRET)
        logging.getLogger("impactapp.store").error("second")
    finally:
        shutdown_logging()
    assert blocker.read_text(encoding="utf-8") == "a file where the log folder should be"
