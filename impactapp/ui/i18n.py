"""Loading the UI language: compiled .qm translations and bokmål standard button texts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES = ("nb", "en")


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"impactapp_{lang}.qm"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the program's translation for ``lang`` (English is the source language; its
    catalogue holds only the plural forms).

    Qt ships no bokmål qtbase catalogue, only nynorsk, so for nb the standard dialog button
    texts come from our own catalogue (context "QPlatformTheme"). Returns the translators so
    the caller keeps them alive and can remove them on a language switch.
    """
    translators: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(str(qm_path(lang))):
        app.installTranslator(own)
        translators.append(own)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    if lang not in ("nb", "en") and base.load(QLocale(lang), "qtbase", "_", qt_dir):
        app.installTranslator(base)
        translators.append(base)
    return translators
