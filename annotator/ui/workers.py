"""Long jobs on a worker thread, so the window stays responsive: imports and the
conflict finder. Each worker opens its own ``Store`` on the same file (an SQLite
connection belongs to the thread that made it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from annotator.store import Store
from annotator.store.files import find_files


class ImportWorker(QObject):
    """Imports files and folders; cancelling keeps the files committed, each whole,
    and reports every one of them."""

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
            total = sum(1 for _ in find_files(self.paths))
            with Store(self.store_path, editor=self.editor) as store:
                for result in store.iter_import(self.paths, lambda: self._cancelled):
                    results.append(result)
                    self.progress.emit(len(results), total, result.name)
        except Exception as exc:  # reported in the window; the worker thread must not die silently
            self.failed.emit(str(exc))
            return
        self.finished.emit(results)


class FinderWorker(QObject):
    """Runs the conflict finder (over the whole store, or the articles ``only`` names
    against the stored facts they may share) and records its suggestions; with an
    archive, checks every article against it too (shown, never stored)."""

    finished = Signal(int)  # how many suggestions are open for review
    archived = Signal(list, str)  # the archive's suggestions and its path, before ``finished``
    failed = Signal(str)
    building = Signal(int, int)  # articles whose facts are built, of how many (once)

    def __init__(self, store_path: Path, editor: str, only: set[int] | None = None,
                 archive_path: str | None = None):
        super().__init__()
        self.store_path, self.editor, self.only = store_path, editor, only
        self.archive_path = archive_path

    @Slot()
    def run(self) -> None:
        from annotator.store import conflicts

        more = []
        try:
            with Store(self.store_path, editor=self.editor) as store:
                found, _claims = conflicts.record(store, self.only, self.building.emit)
                if self.archive_path:
                    more = _archived(store, self.archive_path)
        except Exception as exc:  # reported in the window; the worker thread must not die silently
            self.failed.emit(str(exc))
            return
        self.archived.emit(more, self.archive_path or "")
        self.finished.emit(len(found) + len(more))


def _archived(store: Store, path: str) -> list:
    """Every article's suggestions against the archive at ``path``, read-only."""
    from annotator.archive.index import Archive
    from annotator.store import archived

    with Archive(path) as archive:
        return archived.suggestions(store, archive, {a.id for a in store.articles()})[0]


def start(worker: ImportWorker | FinderWorker, parent: QObject | None) -> QThread:
    """A started thread running ``worker.run``; it ends when the worker does."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: quit from the worker's own thread as it finishes, so a GUI slot that waits
    # for the thread never waits for a quit queued behind itself.
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    # No deleteLater: deleted on its finishing thread, a worker's ~QObject took Qt's
    # connection lock and then waited for the GIL, while the GUI thread held the GIL and
    # waited for that lock (a CI run hung so). The jobs drop it once its thread is joined,
    # and Python deletes it on the GUI thread.
    thread.start()
    return thread


def start_import(store_path: Path, editor: str, paths: list[str], parent: QObject | None
                 ) -> tuple[QThread, ImportWorker]:
    worker = ImportWorker(store_path, editor, paths)
    return start(worker, parent), worker
