"""A crash is never silent: the app started as ``annotator`` starts it shows the
traceback in a dialog, writes it to a log in the user's data folder, keeps running, and
the store holds no half-made change."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_support import close_window, open_window, press, seeded_store

from annotator.store import history
from annotator.ui.crash import CrashReporter


@pytest.mark.qt_no_exception_capture
def test_a_crash_is_shown_logged_and_leaves_the_store_whole(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # both put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    win = open_window(qtbot, seeded_store(tmp_path / "crash.db"), tmp_path / "s.ini")
    reporter = CrashReporter(parent=win)
    reporter.install()
    reporter.crashed.connect(win.refresh_all)
    claim = win.current_claim()

    def fail(*_args):  # the history write fails after the claim's row was updated
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(history, "record", fail)
    shown = {}

    def read_and_close():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            shown.update(title=box.windowTitle(), text=box.text(), details=box.detailedText())
            box.close()
        else:
            QTimer.singleShot(10, read_and_close)

    QTimer.singleShot(0, read_and_close)
    press(qtbot, win.table, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: "details" in shown, timeout=5000)
    assert "RuntimeError: disk on fire" in shown["details"]
    log = tmp_path / "data" / "annotator" / "crash.log"
    assert str(log) in shown["text"]
    assert "RuntimeError: disk on fire" in log.read_text(encoding="utf-8")

    assert win.store.claim(claim.id).status == "unchecked"  # rolled back, not half-saved
    assert win.claims.claim_at(win.claims.row_of(claim.id)).status == "unchecked"
    monkeypatch.undo()  # the disk is fine again: the app carries on
    win.select_claim(claim.id)
    press(qtbot, win.table, Qt.Key.Key_C)
    assert win.store.claim(claim.id).status == "confirmed"
    close_window(win)
