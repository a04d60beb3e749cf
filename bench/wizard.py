"""Wizard benchmarks: opening a large case, autosave latency, typing while saving."""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from impactapp.catalog import load_catalog
from impactapp.store import Store

from .core import report
from .synthetic import make_case


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def bench_wizard(args: argparse.Namespace) -> None:
    """Open a 4-measure case in the case window; autosave after typing; the longest save."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    from impactapp.ui.autosave import BackgroundSaver
    from impactapp.ui.draft import CaseDraft
    from impactapp.ui.wizard.window import CaseWindow

    app = QApplication.instance() or QApplication([])
    catalog = load_catalog()
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "w.db") as store:
        case = store.add_case(make_case(1, catalog, measures=4))

        def open_window(visit_all: bool = False) -> float:
            start = time.perf_counter()
            draft = CaseDraft(store.get_case(case.id), store, catalog)
            window = CaseWindow(draft, catalog.form, "nb")
            window.show()
            app.processEvents()
            if visit_all:
                for index in range(len(catalog.form.steps)):
                    window.go_to(index)
                    app.processEvents()
            elapsed = time.perf_counter() - start
            window.close()
            window.deleteLater()
            app.processEvents()
            return elapsed

        def empty_window() -> float:
            start = time.perf_counter()
            window = QMainWindow()
            window.show()
            app.processEvents()
            elapsed = time.perf_counter() - start
            window.close()
            return elapsed

        open_window()
        opened = statistics.median(open_window() for _ in range(max(3, args.repeat)))
        base = statistics.median(empty_window() for _ in range(max(3, args.repeat)))
        report("open a 4x26 case in the wizard", opened, target=0.3,
               baseline=("empty Qt window", base))
        every = statistics.median(open_window(True) for _ in range(3))
        report("open it and show each of the 12 steps once", every)

        opened_case = store.get_case(case.id)
        path, who = store.path, store.who
        saver = BackgroundSaver(lambda: Store.open(path, who=who), case.id, opened_case.version)
        draft = CaseDraft(opened_case, store, catalog, saver=saver)
        text = ""
        for i in range(200):  # type, and let every edit be saved
            text += "æ" if i % 7 else " "
            draft.set_value("problem", text)
            draft.flush()  # hand the snapshot over, then wait for it to be written
        draft.close()
        saves, ui = draft.autosave.save_times, draft.autosave.ui_save_times
        report(f"autosave in the background, median of {len(saves)}", statistics.median(saves))
        report("autosave in the background, 95th percentile", _percentile(saves, 0.95),
               target=0.010)
        report("autosave on the UI thread, 95th percentile", _percentile(ui, 0.95))
        report("autosave on the UI thread, longest", max(ui), target=0.016)
