"""``impactapp --smoke``: proves that an installation works, the way a caseworker would use it.

Part of the composition root with app.py (it builds the same application and windows), so
it may import Qt; pyproject.toml's layers contract keeps everything below from importing it.

Starts the GUI on a temporary database (and temporary UI settings), waits for the main window
to be painted, loads the shipped examples, opens one in the wizard and walks its steps,
exports its memo and validates it as PDF/A, then exits 0; any failing step exits 1. One line
per step, so IT can read the result of a freshly built or deployed bundle (run it with
QT_QPA_PLATFORM=offscreen where there is no display).
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

#: Seconds the main window may take to be painted before the smoke test gives up.
WINDOW_TIMEOUT = 30.0
#: Set by a launcher to the wall-clock time (time.time()) just before it started the program.
LAUNCH_ENV_VAR = "IMPACTAPP_LAUNCH_T0"


class SmokeFailed(Exception):
    """A step found the installation broken; the message says what was expected."""


def seconds_since_launch() -> tuple[float, str] | None:
    """Seconds since this process was started, and how that was measured (None if unknown).

    Prefers the launcher's time (it includes everything a user waits for); else the process's
    start time from the operating system (Linux /proc, Windows GetProcessTimes), which counts
    a frozen bundle's boot loader too.
    """
    launched = os.environ.get(LAUNCH_ENV_VAR, "").strip()
    if launched:
        try:
            return time.time() - float(launched), "since the launcher started the program"
        except ValueError:
            pass
    if sys.platform.startswith("linux"):
        return _linux_process_age()
    if sys.platform == "win32":
        return _windows_process_age()
    return None


def _linux_process_age() -> tuple[float, str] | None:
    try:
        stat = Path("/proc/self/stat").read_text()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError):
        return None
    # Fields after the command name (in parentheses, which may hold spaces); the 22nd field of
    # the whole line is the start time in clock ticks after boot.
    fields = stat.rsplit(")", 1)[1].split()
    started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return uptime - started, "since the process started"


def _windows_process_age() -> tuple[float, str] | None:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    times = [wintypes.FILETIME() for _ in range(4)]
    now = wintypes.FILETIME()
    if not kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), *map(ctypes.byref, times)):
        return None
    kernel32.GetSystemTimeAsFileTime(ctypes.byref(now))

    def ticks(value: wintypes.FILETIME) -> int:  # 100 ns units
        return (value.dwHighDateTime << 32) | value.dwLowDateTime

    return (ticks(now) - ticks(times[0])) / 1e7, "since the process started"


class SmokeRun:
    """Runs the steps in order, printing one line per step."""

    def __init__(self, out: list[TextIO]):
        self.out = out
        self.started = time.perf_counter()

    def say(self, line: str) -> None:
        for stream in self.out:
            print(line, file=stream, flush=True)

    def step(self, name: str, action: Callable[[], str]) -> None:
        begun = time.perf_counter()
        detail = action()
        self.say(f"smoke: {name:<13} ok  {time.perf_counter() - begun:6.2f} s  {detail}")


def run_smoke(lang: str = "nb", report: str | None = None) -> int:
    """Run every step; 0 when all pass, 1 at the first that fails (with the reason)."""
    streams: list[TextIO] = [sys.stdout] if sys.stdout is not None else []
    report_file = open(report, "w", encoding="utf-8") if report else None  # noqa: SIM115
    if report_file is not None:
        streams.append(report_file)
    smoke = SmokeRun(streams)
    try:
        with tempfile.TemporaryDirectory(prefix="impactapp-smoke-") as folder:
            _run_steps(smoke, Path(folder), lang)
    except Exception as exc:  # every failure becomes one line and exit status 1
        smoke.say(f"smoke: FAILED: {type(exc).__name__}: {exc}")
        status = 1
    else:
        smoke.say(f"smoke: passed in {time.perf_counter() - smoke.started:.2f} s")
        status = 0
    finally:
        if report_file is not None:
            report_file.close()
    return status


def _run_steps(smoke: SmokeRun, folder: Path, lang: str) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings

    from . import __version__
    from .app import make_application
    from .catalog import CatalogInvalid, load_catalog
    from .catalog.municipalities import region_data
    from .store import store_opener
    from .ui.controller import AppController
    from .ui.gc_guard import MainThreadCollector
    from .ui.i18n import install_translators
    from .ui.settings import UiSettings

    app = make_application()
    collector = MainThreadCollector(app)
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    smoke.say(f"smoke: impactapp {__version__} ({frozen}, Python {sys.version.split()[0]}, "
              f"Qt platform {app.platformName()})")
    translators = install_translators(app, lang)
    settings = UiSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    state: dict[str, object] = {}

    def translations() -> str:
        if lang == "nb":
            source = "About ImpactApp"  # the About dialog's title: "Om ImpactApp"
            if not translators or QCoreApplication.translate("AboutDialog", source) == source:
                raise SmokeFailed("the bokmål translation (impactapp_nb.qm) was not loaded")
        return f"language {lang}"

    def catalog() -> str:
        try:
            state["catalog"] = loaded = load_catalog()
            municipalities = len(region_data().municipalities)  # regions/ ships too
        except CatalogInvalid as exc:
            raise SmokeFailed("; ".join(str(e) for e in exc.errors[:5])) from None
        return (f"{len(loaded.criteria)} criteria, {len(loaded.targets)} SDG targets, "
                f"{municipalities} municipalities")

    path = folder / "impactapp.db"
    opener = store_opener(path)

    def database() -> str:
        state["store"] = opener()
        return str(path)

    def window() -> str:
        controller = AppController(state["store"], state["catalog"], path, lang, settings,
                                   opener=opener)
        state["controller"] = controller
        painted = _show_and_wait_for_paint(app, controller.main)
        age = seconds_since_launch()
        since = f"{age[0]:.2f} s {age[1]}" if age else "process start time unknown here"
        return f"main window painted after {painted:.2f} s; {since}"

    def examples() -> str:
        from .examples import load_examples

        store = state["store"]
        added = list(store.add_cases(load_examples(state["catalog"])))
        if not added:
            raise SmokeFailed("no example cases were found (examples/ missing from the bundle?)")
        state["controller"].main.refresh()
        state["case_id"] = added[0].id
        state["examples"] = len(added)
        return f"{len(added)} cases stored"

    def compare() -> str:
        from .ui.comparison.export import table_task
        from .ui.worker import TaskState

        controller = state["controller"]
        view = controller.comparison_views().comparison
        controller.main.show_view(view)
        wanted = state["examples"]
        _wait(app, lambda: view.data is not None and len(view.shown_case_ids()) == wanted,
              "the comparison table did not fill")
        path = folder / "comparison.xlsx"
        task = table_task(view.shown_table(), view.data.tables, view.shown_case_ids(),
                          state["catalog"], path, lang)
        task(TaskState(lambda _fraction: None))
        if path.read_bytes()[:2] != b"PK":
            raise SmokeFailed("the comparison export is not an .xlsx workbook")
        controller.main.set_mode(0)
        return f"{wanted} cases compared, .xlsx export {path.stat().st_size // 1024} kB"

    def wizard() -> str:
        case_window = state["controller"].open_case(state["case_id"])
        if case_window is None:
            raise SmokeFailed("the case window did not open")
        steps = case_window.form.steps
        for index in range(len(steps)):
            case_window.go_to(index)
            app.processEvents()
        state["case_window"] = case_window
        return f"'{case_window.draft.case.title}', {len(steps)} steps shown"

    def memo() -> str:
        from .report.pdfa import render_memo_pdf

        data = render_memo_pdf(state["case_window"].memo_actions.memo())
        path = folder / "memo.pdf"
        path.write_bytes(data)
        state["memo"] = data
        return f"{len(data) // 1024} kB"

    def pdfa() -> str:
        return _check_pdfa(state["memo"])

    try:
        smoke.step("translations", translations)
        smoke.step("catalog", catalog)
        smoke.step("database", database)
        smoke.step("window", window)
        smoke.step("examples", examples)
        smoke.step("compare", compare)
        smoke.step("wizard", wizard)
        smoke.step("memo", memo)
        smoke.step("pdf/a", pdfa)
    finally:
        controller = state.get("controller")
        if controller is not None:
            controller.close_all()
            controller.main.close()
        app.processEvents()
        store = state.get("store")
        if store is not None:
            store.close()
        collector.stop()


def _show_and_wait_for_paint(app, window) -> float:
    """Show ``window`` and return the seconds until it was first painted."""
    from PySide6.QtCore import QEvent, QObject

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watch = PaintWatch()
    window.installEventFilter(watch)
    begun = time.perf_counter()
    window.show()
    while not watch.painted:
        if time.perf_counter() - begun > WINDOW_TIMEOUT:
            raise SmokeFailed(f"the main window was not painted within {WINDOW_TIMEOUT:.0f} s")
        app.processEvents()
        time.sleep(0.001)
    window.removeEventFilter(watch)
    return time.perf_counter() - begun


def _wait(app, done: Callable[[], bool], failure: str) -> None:
    """Process events until ``done()``; SmokeFailed with ``failure`` after WINDOW_TIMEOUT."""
    begun = time.perf_counter()
    while not done():
        if time.perf_counter() - begun > WINDOW_TIMEOUT:
            raise SmokeFailed(f"{failure} within {WINDOW_TIMEOUT:.0f} s")
        app.processEvents()
        time.sleep(0.005)


def _check_pdfa(data: bytes) -> str:
    """Validate with pikepdf's PDF/A checker (level B: it expects only the declared conformance
    letter and the PDF/UA schema it does not know) and read the page count."""
    import pikepdf
    from pikepdf import pdfa

    from .report.pdfa import expected_pikepdf_finding

    findings = pdfa.validate_written(io.BytesIO(data), "2b").findings
    unexpected = [f for f in findings if not expected_pikepdf_finding(f.rule, f.message)]
    if unexpected:
        first = unexpected[0]
        raise SmokeFailed(f"{len(unexpected)} PDF/A finding(s), first: {first.rule}: "
                          f"{getattr(first, 'message', first)}")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages = len(pdf.pages)
        part = str(pdf.open_metadata().get("pdfaid:part", "?"))
        conformance = str(pdf.open_metadata().get("pdfaid:conformance", "?"))
    return f"PDF/A-{part}{conformance.lower()} valid, {pages} pages"
