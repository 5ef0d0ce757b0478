"""What the desk's tests share: a window on a seeded store, keys as the editor presses
them, and dialogs answered as they open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator.paths import seed_files
from annotator.store import Store
from annotator.ui.main_window import MainWindow

SEED_000 = "000_"  # 从西洽会看重庆之"新": 2215.5亿元, 90个生产性服务业集聚区
SEED_003 = "003_"  # 1804列, 40%, 第一


def seeded_store(path: Path, editor: str = "tester") -> Path:
    with Store(path, editor=editor) as store:
        store.import_paths(seed_files())
    return path


def open_window(qtbot, store_path: Path, settings_path: Path, editor: str = "王编辑") -> MainWindow:
    """A window as the app opens it; closed (and its store with it) after the test."""
    store = Store(store_path, editor=editor)
    win = MainWindow(store, QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def close_window(win: MainWindow) -> None:
    win.close()
    win.store.close()


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key press as the editor makes it: in the window's focused widget."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    qtbot.keyClick(widget, key, modifier)


def when_dialog_opens(qtbot, kind, handle):
    """Run ``handle(dialog)`` on the next modal dialog of type ``kind`` once it shows."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            handle(dialog)
        else:
            QTimer.singleShot(10, poll)
    QTimer.singleShot(0, poll)


def article_named(win: MainWindow, prefix: str) -> int:
    return next(a.id for a in win.store.articles() if a.name.startswith(prefix))


def claim_named(win: MainWindow, prefix: str, text: str):
    return next(c for c in win.store.claims(article_named(win, prefix)) if c.text == text)


def wait_for_jobs(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.jobs.busy(), timeout=30000)
