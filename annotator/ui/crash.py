"""A crash is never silent: an exception nobody caught is written to a log file in the
user's data folder and shown in a dialog with its traceback.

PySide6 hands an exception raised in a slot to ``sys.excepthook`` and carries on, so
the app keeps running. The store is still whole (a failed write rolls its transaction
back), and ``crashed`` lets the window read it again, so it shows what is saved.
"""

from __future__ import annotations

import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import __version__
from annotator.paths import user_dir

LOG_NAME = "crash.log"
LOG_LIMIT = 1_000_000  # bytes; past it the old log is kept as crash.log.1


class CrashReporter(QObject):
    crashed = Signal()
    _from_thread = Signal(str)  # a worker thread's traceback, shown on the GUI thread

    def __init__(self, log: Path | None = None, parent=None):
        super().__init__(parent)
        self.log = log or user_dir("data") / LOG_NAME
        self._showing = False
        self._from_thread.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def handle(self, kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        report = "".join(traceback.format_exception(kind, error, tb))
        sys.stderr.write(report)
        self._write(report)
        self._show(report)

    def _handle_thread(self, args) -> None:
        report = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        sys.stderr.write(report)
        self._write(report)
        self._from_thread.emit(report)

    def _write(self, report: str) -> None:
        try:
            self.log.parent.mkdir(parents=True, exist_ok=True)
            if self.log.exists() and self.log.stat().st_size > LOG_LIMIT:
                self.log.replace(self.log.with_name(LOG_NAME + ".1"))
            with self.log.open("a", encoding="utf-8") as out:
                out.write(f"--- {datetime.now().isoformat(timespec='seconds')} · 数核 "
                          f"{__version__} · Python {sys.version.split()[0]}\n{report}\n")
        except OSError as exc:  # a full disk must not turn one crash into two
            sys.stderr.write(f"annotator: cannot write {self.log}: {exc}\n")

    @Slot(str)
    def _show(self, report: str) -> None:
        if self._showing:  # a crash while the dialog is up: logged, not stacked
            return
        self._showing = True
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Something went wrong"), self.tr(
                "数核 hit an error it did not expect. Your decisions so far are saved; what "
                "you were doing may not be. The details are in %1.").replace("%1", str(self.log)),
                QMessageBox.StandardButton.Ok, QApplication.activeWindow())
            box.setObjectName("crashDialog")
            box.setDetailedText(report)
            box.exec()
        finally:
            self._showing = False
        self.crashed.emit()
