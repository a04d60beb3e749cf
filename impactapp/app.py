"""Composition root of the GUI: opens the store and catalog, builds the windows, wires them."""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .domain.clock import SYSTEM_CLOCK, Clock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .store import CaseStore
    from .ui.controller import AppController
    from .ui.settings import UiSettings


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="impactapp", description="ImpactApp (GUI)")
    parser.add_argument("--version", action="version", version=f"impactapp {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="database file to open, or the postgresql:// address of a shared "
                             "database")
    parser.add_argument("--lang", choices=("nb", "en"), help="UI language (default: nb)")
    parser.add_argument("--smoke", action="store_true",
                        help="check this installation: start with a temporary database, load "
                             "the examples, open one, export its memo as PDF/A, then exit")
    parser.add_argument("--smoke-report", metavar="FILE",
                        help="with --smoke: also write the results to FILE")
    return parser.parse_args(argv)


#: The desktop entry's name (packaging/linux), so Wayland shells show the right icon.
DESKTOP_ID = "no.impactapp.ImpactApp"


def make_application() -> QApplication:
    """The QApplication with the program's name, version and icon (one per process)."""
    from PySide6.QtWidgets import QApplication

    from .ui.app_icon import app_icon

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("ImpactApp")
    app.setOrganizationName("ImpactApp")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    return app


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Start the GUI; returns the exit status. ``clock`` (default: the computer's) is the one
    every part of the program reads the time from; the store hands it on."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.smoke:
        from .smoke import run_smoke

        return run_smoke(args.lang or "nb", args.smoke_report)

    from .logsetup import configure_logging, shutdown_logging

    with contextlib.suppress(OSError):  # no log folder is no reason not to start
        configure_logging()

    from PySide6.QtWidgets import QMessageBox

    from .catalog import CatalogInvalid, load_catalog
    from .catalog.municipalities import catalog_for_place, region_data
    from .store import open_store, store_opener
    from .store.opener import as_location
    from .ui.controller import AppController
    from .ui.database_dialog import open_store_interactively
    from .ui.gc_guard import MainThreadCollector
    from .ui.i18n import install_translators
    from .ui.place_actions import ask_for_place
    from .ui.prompts import QtPrompts
    from .ui.settings import UiSettings

    app = make_application()
    collector = MainThreadCollector(app)  # noqa: F841 - lives as long as the application
    settings = UiSettings()
    lang = args.lang or os.environ.get("IMPACTAPP_LANG") or settings.language
    translators = install_translators(app, lang)  # noqa: F841 - keep them alive
    prompts = QtPrompts()  # every question and notice of this run goes through it

    def fail(title: str, text: str, details: str = "") -> int:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text)
        if details:
            box.setDetailedText(details)
        box.exec()
        return 1

    try:
        catalog = load_catalog()
    except CatalogInvalid as exc:
        from .resources import resource_dir

        # The errors name files relative to the catalog folder: say which folder (a
        # municipality's configuration or the shipped catalog) was read.
        folder = app.translate("App", "Catalog folder: %1").replace(
            "%1", str(resource_dir("criteria").parent))
        return fail(
            "ImpactApp",
            app.translate("App", "The criteria catalog is invalid, so ImpactApp cannot start."),
            "\n".join([folder, *(str(e) for e in exc.errors)]),
        )
    try:
        regions = region_data()
    except CatalogInvalid as exc:
        return fail("ImpactApp", app.translate(
            "App", "The list of municipalities is invalid, so ImpactApp cannot start."),
            "\n".join(str(e) for e in exc.errors))
    location = start_location(args.db, settings)
    started_with = location
    # A database that cannot be opened gets a dialog: open another, restore a backup, create
    # a new one, or quit (None).
    clock = clock or SYSTEM_CLOCK
    store = open_store_interactively(location, lang, functools.partial(open_store, clock=clock),
                                     clock, prompts)
    if store is None:
        return 1
    remember_location(settings, as_location(store.location), started_with)
    try:
        while True:  # again when the user connects to a shared database while running
            switched: list[CaseStore] = []
            # The one opener: windows and background workers get their own connections.
            location = as_location(store.location)
            opener = store_opener(location, who=store.who, clock=clock)
            # The municipality is the database's: chosen once, at its first start.
            first_start = store.municipality_code() is None
            place = ask_for_place(store, regions)
            if place is None:
                return 1
            controller = AppController(store, catalog_for_place(catalog, place, regions),
                                       location, lang, settings, prompts, opener=opener)
            controller.shared.switch_requested.connect(
                functools.partial(_switch, app, controller, switched))
            controller.main.show()
            controller.ask_profile_if_missing()  # the first start: who is this?
            controller.database.start_daily_backup()  # in the background: ~2 s on 10,000
            controller.offer_examples()
            if first_start:
                controller.places.offer_first_fetch()
            try:
                status = app.exec()
            finally:
                controller.close_all()
                settings.sync()
            if not switched:
                return status
            store.close()
            store = switched[0]
    finally:
        store.close()
        shutdown_logging()


def start_location(given: str | None, settings: UiSettings) -> Path | str:
    """Where to start: ``--db``, else ``$IMPACTAPP_DB``, else the shared database connected
    to last, else the user's own database file."""
    from .store.opener import ENV_VAR, as_location, default_location

    if given:
        return as_location(given)
    remembered = settings.shared_database
    if os.environ.get(ENV_VAR, "").strip() or not remembered:
        return default_location()
    return as_location(remembered)


def remember_location(settings: UiSettings, opened: Path | str, started_with: Path | str) -> None:
    """Remember a shared database that was opened; forget it when the user chose a file
    instead of it at start (the server was out of reach, and they went on locally)."""
    from .store.opener import is_database_uri

    if is_database_uri(opened):
        settings.shared_database = str(opened)
    elif is_database_uri(started_with):
        settings.shared_database = ""


def _switch(app: QApplication, controller: AppController, switched: list[CaseStore],
            store: CaseStore) -> None:
    """Go on with ``store``: close this run's windows and leave the event loop."""
    switched.append(store)
    controller.close_all()
    controller.main.close()
    app.quit()


if __name__ == "__main__":
    sys.exit(main())
