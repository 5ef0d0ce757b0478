"""The window's long jobs: imports (with a progress dialog) and conflict-finder runs,
each on a worker thread with its own ``Store``, kept alive until it reports."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.ui.workers import FinderWorker, start, start_import

ETA_AFTER = 3  # files done before the time left is worth estimating


class Jobs(QObject):
    imported = Signal(list)  # an ImportResult per file
    found = Signal(int)      # suggestions open for review after a finder run
    building = Signal(int, int)  # the finder's facts built for so many articles, of how many
    archived = Signal(list, str)  # that run's suggestions against the archive at a path (not stored)
    failed = Signal(str)     # why a job stopped

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._window = parent  # progress dialogs open over it
        self._imports: list = []  # (thread, worker, progress dialog)
        self._finders: list = []  # (thread, worker)

    def busy(self) -> bool:
        return bool(self._imports or self._finders)

    def start_import(self, store_path: Path, editor: str, paths: list[str]) -> None:
        progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 0, self._window)
        progress.setObjectName("importProgress")
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setMinimumDuration(0)
        progress.setProperty("started", time.monotonic())
        thread, worker = start_import(store_path, editor, paths, self)
        progress.canceled.connect(worker.cancel)
        worker.progress.connect(self._import_progress)
        worker.finished.connect(self._import_finished)
        worker.failed.connect(self._import_failed)
        self._imports.append((thread, worker, progress))

    def find_conflicts(self, store_path: Path, editor: str, only: set[int] | None = None,
                       archive_path: str | None = None) -> None:
        worker = FinderWorker(store_path, editor, only, archive_path)
        worker.building.connect(self.building)
        worker.archived.connect(self.archived)
        worker.finished.connect(self._finder_finished)
        worker.failed.connect(self._finder_failed)
        self._finders.append((start(worker, self), worker))

    def stop(self) -> None:
        """Cancel imports between files and wait for every job (the window is closing)."""
        for thread, worker, _progress in self._imports:
            worker.cancel()
            thread.wait()
        for thread, _worker in self._finders:
            thread.wait()

    @Slot(int, int, str)
    def _import_progress(self, done: int, total: int, name: str) -> None:
        for _thread, _worker, progress in self._imports:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(self._import_label(
                name, done, total, time.monotonic() - progress.property("started")))

    def _import_label(self, name: str, done: int, total: int, elapsed: float) -> str:
        """The file just imported and, once the rate is known, the time left at that rate."""
        if done < ETA_AFTER or elapsed < 1:
            return self.tr("Importing %1").replace("%1", name)
        left = elapsed / done * (total - done)
        if left >= 90:
            text = self.tr("Importing %1, about %2 min left").replace("%2", f"{left / 60:.0f}")
        else:
            text = self.tr("Importing %1, about %2 s left").replace("%2", f"{left:.0f}")
        return text.replace("%1", name)

    @Slot(list)
    def _import_finished(self, results: list) -> None:
        self._end_import()
        self.imported.emit(results)

    @Slot(str)
    def _import_failed(self, error: str) -> None:
        self._end_import()
        self.failed.emit(error)

    def _end_import(self) -> None:
        # the job whose worker reports, not the oldest: two imports may end out of order
        entry = next((job for job in self._imports if job[1] is self.sender()), self._imports[0])
        self._imports.remove(entry)
        thread, _worker, progress = entry
        progress.close()
        _join(thread)

    @Slot(int)
    def _finder_finished(self, count: int) -> None:
        self._end_finder()
        self.found.emit(count)

    @Slot(str)
    def _finder_failed(self, error: str) -> None:
        self._end_finder()
        self.failed.emit(error)

    def _end_finder(self) -> None:
        entry = next((job for job in self._finders if job[1] is self.sender()), self._finders[0])
        self._finders.remove(entry)
        _join(entry[0])


def _join(thread: QThread) -> None:
    """Wait for a finished worker's thread: the worker quit its event loop as it ended, and
    quitting again here ends one that lost that quit (a CI run hung once in wait())."""
    thread.quit()
    thread.wait()
