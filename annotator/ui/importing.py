"""Importing on a worker thread, so the window stays responsive during a large import.

The worker opens its own ``Store`` on the same file (an SQLite connection belongs to
the thread that made it); each file commits on its own, so cancelling keeps what is in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from annotator.store import Store
from annotator.store.files import find_files


class ImportWorker(QObject):
    progress = Signal(int, int, str)  # files done, files in all, the last file's name
    finished = Signal(list)           # ImportResult for each file done
    failed = Signal(str)

    def __init__(self, store_path: Path, editor: str, paths: list[str]):
        super().__init__()
        self.store_path, self.editor, self.paths = store_path, editor, paths
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True  # read between files; a bool store is atomic in CPython

    @Slot()
    def run(self) -> None:
        results = []
        try:
            total = len(find_files(self.paths))
            with Store(self.store_path, editor=self.editor) as store:
                for result in store.iter_import(self.paths):
                    results.append(result)
                    self.progress.emit(len(results), total, result.name)
                    if self._cancelled:
                        break
        except Exception as exc:  # reported in the window; the worker thread must not die silently
            self.failed.emit(str(exc))
            return
        self.finished.emit(results)


def start_import(store_path: Path, editor: str, paths: list[str], parent: QObject
                 ) -> tuple[QThread, ImportWorker]:
    """A started thread running an ImportWorker; the thread ends when the worker does."""
    thread = QThread(parent)
    worker = ImportWorker(store_path, editor, paths)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread, worker
