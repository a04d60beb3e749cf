"""UI fixtures: the program's own translations installed as the user would see them."""

import gc
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from impactapp.ui.i18n import install_translators, qm_path

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"


@pytest.fixture(scope="session", autouse=True)
def collect_on_the_ui_thread(qapp):
    """As the program does: no garbage collection in worker threads (see ui/gc_guard.py)."""
    from impactapp.ui.gc_guard import MainThreadCollector

    collector = MainThreadCollector(qapp)
    yield collector
    # Tear Qt down in order before Python finalises: windows left open by tests would
    # otherwise be destroyed after the application, which crashes at exit.
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    collector.stop()
    gc.collect()


@pytest.fixture(autouse=True)
def synchronous_saves(monkeypatch):
    """Case windows the program opens save on the calling thread: once the autosave's moment
    comes (or a test calls ``draft.autosave.save()``) the edits are stored, with no thread to
    wait for. Tests of the threaded saver itself build a BackgroundSaver."""
    from impactapp.ui.autosave import SynchronousSaver
    from impactapp.ui.controller import AppController

    monkeypatch.setattr(AppController, "make_saver", SynchronousSaver)


@pytest.fixture
def lang_nb(qapp):
    """Install the bokmål translation for one test, and remove it afterwards."""
    assert qm_path("nb").exists(), "run `make test` (it compiles the translations) first"
    translators = install_translators(qapp, "nb")
    yield "nb"
    for t in translators:
        QCoreApplication.removeTranslator(t)


def save_screenshot(widget, name: str) -> Path:
    """Grab ``widget`` to tests/ui/screenshots/<name>.png for a person to look at (a
    date-sensitive test's run a year ahead adds ``_a_year_ahead``: both runs may be at it at
    once, in two workers)."""
    from tests.clock_shift import running_ahead

    SCREENSHOTS.mkdir(exist_ok=True)
    ahead = running_ahead()
    path = SCREENSHOTS / f"{name}_{ahead}.png" if ahead else SCREENSHOTS / f"{name}.png"
    save_png(widget.grab().toImage(), path)
    return path


def save_png(image, path: Path) -> None:
    """Write a QImage as PNG, lossless. Qt's own PNG writer took 60 to 90 ms a window
    (a tenth of the UI tests' time, over 170 pictures); as 24-bit RGB through Pillow with
    quick compression it takes about 20 ms, the file a little larger."""
    from PIL import Image
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    assert not rgb.isNull(), f"nothing to save as {path.name}"
    pixels = Image.frombuffer("RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()),
                              "raw", "RGB", rgb.bytesPerLine(), 1)
    # Written whole under another name, then renamed: a reader never sees half a picture.
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    pixels.save(partial, format="PNG", compress_level=3)
    os.replace(partial, path)


@pytest.fixture
def draft(tmp_path, catalog, case_file):
    """The hand-written case, stored in a fresh database and open for editing."""
    from impactapp.casefile import read_case_file
    from impactapp.store import Store
    from impactapp.ui.draft import CaseDraft

    with Store.open(tmp_path / "draft.db") as store:
        yield CaseDraft(store.add_case(read_case_file(case_file, catalog)), store, catalog)


def open_step_page(qtbot, draft, step_id: str, lang: str):
    """One wizard step's page on its own, shown and active; returns (page, its first field)."""
    from PySide6.QtWidgets import QApplication

    from impactapp.ui.fields.base import FieldContext
    from impactapp.ui.wizard.page import StepPage

    page = StepPage(draft.catalog.form.step(step_id), draft, FieldContext(draft.catalog, lang))
    qtbot.addWidget(page)
    page.resize(800, 800)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page, page.fields[0]


@pytest.fixture
def prompts():
    """The scripted prompts of tests/ui/prompts_double.py; every queued answer must be asked."""
    from .prompts_double import ScriptedPrompts

    double = ScriptedPrompts()
    yield double
    assert not double.queue, f"answers queued but never asked for: {double.queue}"
