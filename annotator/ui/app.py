"""Starting the app: settings, language, the editor's name, the store, the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from annotator import __version__
from annotator.paths import resource, seed_files
from annotator.store import Store, StoreError
from annotator.store.settings import default_editor, default_store_path
from annotator.ui import QT_TRANSLATE_NOOP

APP_NAME = "annotator"


def settings() -> QSettings:
    """The user's settings (editor, newsroom, language, last store), one INI file."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def language(config: QSettings) -> str:
    """``zh_CN`` unless the settings or the environment ask for English."""
    chosen = str(config.value("language", "") or "")
    if chosen:
        return chosen
    env = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "en" if env.startswith("en") else "zh_CN"


# Qt's own file dialog (the non-native one a source install shows on Linux) labels these
# with mnemonics since Qt 6, and qtbase_zh_CN.qm still holds only the old "Look in:" and
# "Files of type:": the two stayed English. Our catalogue carries them in Qt's context;
# Qt asks each installed translator, so it finds them there.
QT_STRINGS_QTBASE_LACKS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
                           QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))


def install_translations(app: QApplication, lang: str) -> None:
    """Our strings and Qt's own (button boxes, file dialogs) in ``lang``; English is the
    source language, so it needs neither."""
    if lang.startswith("en"):
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return
    QLocale.setDefault(QLocale(lang))
    for name, folder in (("annotator_" + lang, str(resource("i18n"))),
                         ("qtbase_" + lang, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)


def editor_name(given: str | None, config: QSettings, interactive: bool) -> str:
    """``--editor``, ``ANNOTATOR_EDITOR``, the saved name, or (asked once) the editor's
    answer; a headless run never asks and falls back to the login name."""
    name = given or os.environ.get("ANNOTATOR_EDITOR") or str(config.value("editor", "") or "")
    if not name and interactive:
        answer, ok = QInputDialog.getText(None, "数核", QApplication.translate(
            "App", "Your name, as the history of decisions will show it:"), text=default_editor())
        name = answer.strip() if ok else ""
    name = name or default_editor()
    config.setValue("editor", name)
    return name


def open_store(db: str | None, editor: str, config: QSettings) -> Store:
    """The store to open; a first run creates one in the user's data folder and fills it
    with the bundled sample articles."""
    stored = config.value("store", "")
    path = Path(db or os.environ.get("ANNOTATOR_DB") or (stored if isinstance(stored, str) else "")
                or default_store_path())
    first_run = not path.exists()
    store = Store(path, editor=editor)
    if first_run:
        store.import_paths(seed_files())
    config.setValue("store", str(path))
    return store


def create_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)  # the app and its tests make no other kind
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("数核")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)  # matches resources/annotator.desktop (icon on Wayland)
    app.setWindowIcon(QIcon(str(resource("icons/annotator.svg"))))
    return app


def run(db: str | None = None, editor: str | None = None, archive: str | None = None) -> int:
    from annotator.ui.crash import CrashReporter
    from annotator.ui.main_window import MainWindow

    app = create_app(sys.argv[:1])
    config = settings()
    install_translations(app, language(config))
    crashes = CrashReporter(parent=app)
    crashes.install()
    interactive = app.platformName() not in ("offscreen", "minimal")
    try:
        store = open_store(db, editor_name(editor, config, interactive), config)
    except StoreError as exc:
        # started from a launcher, nobody reads stderr: the message names store and problem
        print(f"annotator: {exc}", file=sys.stderr)
        QMessageBox.critical(None, "数核", QApplication.translate(
            "App", "The store could not be opened.") + "\n\n" + str(exc))
        return 1
    if archive:  # the finder reads it from the settings, as when chosen in the app
        config.setValue("archive", str(Path(archive).resolve()))
    window = MainWindow(store, config)
    crashes.crashed.connect(window.refresh_all)  # show what the store holds, not a half-done change
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
