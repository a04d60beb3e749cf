"""Composition root of the GUI: opens the store and catalog, builds the windows, wires them."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="impactapp", description="ImpactApp (GUI)")
    parser.add_argument("--version", action="version", version=f"impactapp {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file to open")
    parser.add_argument("--lang", choices=("nb", "en"), help="UI language (default: nb)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Start the GUI; returns the exit status."""
    args = parse_args(sys.argv[1:] if argv is None else argv)

    from PySide6.QtWidgets import QApplication, QMessageBox

    from .catalog import CatalogInvalid, load_catalog
    from .store import Store, StoreError, default_db_path
    from .ui.controller import AppController
    from .ui.gc_guard import MainThreadCollector
    from .ui.i18n import install_translators
    from .ui.settings import UiSettings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("ImpactApp")
    app.setOrganizationName("ImpactApp")
    collector = MainThreadCollector(app)  # noqa: F841 - lives as long as the application
    settings = UiSettings()
    lang = args.lang or os.environ.get("IMPACTAPP_LANG") or settings.language
    translators = install_translators(app, lang)  # noqa: F841 - keep them alive

    def fail(title: str, text: str, details: str = "") -> int:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text)
        if details:
            box.setDetailedText(details)
        box.exec()
        return 1

    try:
        catalog = load_catalog()
    except CatalogInvalid as exc:
        return fail(
            "ImpactApp",
            app.translate("App", "The criteria catalog is invalid, so ImpactApp cannot start."),
            "\n".join(str(e) for e in exc.errors),
        )
    db_path = Path(args.db).expanduser() if args.db else default_db_path()
    try:
        store = Store.open(db_path)
    except (StoreError, OSError) as exc:
        return fail("ImpactApp", app.translate("App", "The database cannot be opened."), str(exc))

    controller = AppController(store, catalog, db_path, lang, settings)
    controller.main.show()
    controller.offer_examples()
    try:
        return app.exec()
    finally:
        controller.close_all()
        settings.sync()
        store.close()


if __name__ == "__main__":
    sys.exit(main())
