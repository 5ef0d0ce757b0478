"""Starting the app: first run, the store's place, the editor's name, imports, self-test."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Qt, QThread, Slot

from annotator.store import Store
from annotator.store.settings import default_store_path
from annotator.ui import app as ui_app
from annotator.ui.workers import start_import

ROOT = Path(__file__).resolve().parent.parent


def test_first_run_creates_the_store_in_the_data_folder_with_the_seeds(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)
    config = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ui_app.create_app([])  # names the application as the real start does
    # the store layer (no Qt) and Qt agree on the user's data folder
    qt_folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    assert default_store_path().parent == qt_folder
    with ui_app.open_store(None, "first", config) as store:
        assert store.path == default_store_path()
        assert len(store.articles()) == 5
    with ui_app.open_store(None, "second", config) as store:  # not imported twice
        assert len(store.articles()) == 5
    assert config.value("store") == str(default_store_path())


def test_editor_name_never_asks_a_headless_run(tmp_path, monkeypatch):
    config = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.delenv("ANNOTATOR_EDITOR", raising=False)
    assert ui_app.editor_name("李编辑", config, interactive=False) == "李编辑"
    assert ui_app.editor_name(None, config, interactive=False) == "李编辑"  # kept in settings
    monkeypatch.setenv("ANNOTATOR_EDITOR", "赵编辑")
    assert ui_app.editor_name(None, config, interactive=False) == "赵编辑"


class Receiver(QObject):
    """Lives on the GUI thread, as the main window does: worker signals arrive queued."""

    def __init__(self, worker):
        super().__init__()
        self.progress, self.results = [], None
        worker.progress.connect(self.on_progress)
        worker.finished.connect(self.on_finished)

    @Slot(int, int, str)
    def on_progress(self, done, total, _name):
        self.progress.append((done, total))

    @Slot(list)
    def on_finished(self, results):
        self.results = results


def test_import_runs_on_a_worker_thread_with_progress(qtbot, tmp_path):
    folder = tmp_path / "incoming"
    (folder / "sub").mkdir(parents=True)
    for i in range(6):
        (folder / f"a{i}.txt").write_text(f"第{i}篇：总投资达{i + 1}亿元，同比增长{i}.5%。", encoding="utf-8")
    (folder / "sub" / "bad.txt").write_bytes(b"")
    path = tmp_path / "worker.db"
    Store(path, editor="x").close()
    thread, worker = start_import(path, "worker", [str(folder)], None)
    receiver = Receiver(worker)
    qtbot.waitUntil(lambda: receiver.results is not None, timeout=20000)
    thread.wait()
    results = receiver.results
    assert len(results) == 7 and sum(r.status == "failed" for r in results) == 1
    assert receiver.progress[-1] == (7, 7)
    with Store(path) as store:
        assert len(store.articles()) == 6


def test_a_finished_worker_is_deleted_on_the_gui_thread(qtbot, tmp_path):
    """Deleted on its own finishing thread, a worker could deadlock the window (its
    destructor held Qt's connection lock and waited for the GIL the window held)."""
    import gc

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("总投资达5亿元。", encoding="utf-8")
    path = tmp_path / "worker.db"
    Store(path, editor="x").close()
    thread, worker = start_import(path, "worker", [str(tmp_path / "in")], None)
    on_gui_thread = []
    worker.destroyed.connect(
        lambda: on_gui_thread.append(QThread.currentThread() == QCoreApplication.instance().thread()),
        Qt.ConnectionType.DirectConnection)
    receivers = [Receiver(worker)]
    qtbot.waitUntil(lambda: receivers[0].results is not None, timeout=20000)
    thread.quit()
    thread.wait()
    receivers.clear()
    del worker
    gc.collect()
    assert on_gui_thread == [True]


def import_cancelled_after_three(qtbot, tmp_path, texts):
    """Imports a folder of ``texts`` into tmp_path/cancel.db, cancelled once three files
    are done: the results the worker reported, and the store's path."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i:02}.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "cancel.db"
    Store(path, editor="x").close()
    thread, worker = start_import(path, "worker", [str(folder)], None)
    # A plain function runs in the emitting (worker) thread, right before the worker
    # looks at its cancel flag.
    worker.progress.connect(lambda done, _total, _name: worker.cancel() if done == 3 else None)
    receiver = Receiver(worker)
    qtbot.waitUntil(lambda: receiver.results is not None, timeout=30000)
    thread.wait()
    return receiver.results, path


def test_cancelling_an_import_keeps_what_is_in(qtbot, tmp_path):
    results, path = import_cancelled_after_three(
        qtbot, tmp_path, [f"第{i}篇：产值达{i + 1}亿元。" for i in range(40)])
    assert len(results) == 3  # read in this process: the import stops after exactly three
    with Store(path) as store:
        assert len(store.articles()) == len(results)


def test_self_test_passes_with_no_display_and_no_platform_named():
    bare = {k: v for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "annotator", "--self-test"], capture_output=True,
                            text=True, cwd=ROOT, env=bare, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
