"""Speed figures for the app: launch to a usable window, opening and filtering the
largest article of a million-claim store, and how long the window can stall while a
large import runs on the worker thread."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

_LAUNCH_PROBE = """
import time
started = time.perf_counter()
import sys
from PySide6.QtCore import QSettings
from annotator.store import Store
from annotator.ui.app import create_app
from annotator.ui.main_window import MainWindow
app = create_app(sys.argv[:1])
store = Store(sys.argv[1], editor="bench")
window = MainWindow(store, QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
assert window.claims.rowCount() > 0
print(time.perf_counter() - started, flush=True)
"""


def _median_ms(work: Callable, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def launch(folder: Path, report: Callable[[str], None], runs: int) -> None:
    from annotator.paths import seed_files
    from annotator.store import Store

    with Store(folder / "seeds.db", editor="bench") as store:
        store.import_paths(seed_files())
    command = [sys.executable, "-c", _LAUNCH_PROBE, str(folder / "seeds.db"), str(folder / "s.ini")]
    subprocess.run(command, check=True, capture_output=True)  # warm caches, as a second start is
    walls, insides = [], []
    for _ in range(runs):
        started = time.perf_counter()
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        walls.append(time.perf_counter() - started)
        insides.append(float(out))
    report(f"app launch: {statistics.median(walls):.2f} s from starting the process to a painted "
           f"window with the first article's claims ({statistics.median(insides):.2f} s of it after "
           f"the interpreter started; median of {runs})")


def large_store(folder: Path, sizes: dict, report: Callable[[str], None]) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from annotator.store import Store
    from annotator.store.bench import build_store
    from annotator.ui.main_window import MainWindow

    path = folder / "big.db"
    largest = build_store(path, sizes["articles"], sizes["claims"], sizes["largest"])
    app = QApplication.instance()
    assert app is not None  # run() made it
    with Store(path, editor="bench") as store:
        window = MainWindow(store, QSettings(str(folder / "big.ini"), QSettings.Format.IniFormat))
        window.show()
        app.processEvents()
        other = next(a.id for a in store.articles() if a.id != largest)

        def open_largest():
            window.open_article(other)
            window.open_article(largest)
            app.processEvents()

        ms_open = _median_ms(open_largest) / 2  # two article switches per run
        rows = window.claims.rowCount()

        def apply_filter():
            window.state_filter.setCurrentIndex(window.state_filter.findData("corrected"))
            app.processEvents()
            window.state_filter.setCurrentIndex(0)
            app.processEvents()

        ms_filter = _median_ms(apply_filter) / 2
        window.close()
    report(f"app on {sizes['claims']:,} claims: open the largest article ({rows:,} claims) "
           f"{ms_open:.0f} ms; apply a state filter {ms_filter:.0f} ms")


def import_stalls(folder: Path, count: int, report: Callable[[str], None]) -> None:
    """The longest gap between ticks of a 5 ms timer while the worker imports."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from annotator.bench import generate_articles
    from annotator.store import Store
    from annotator.ui.workers import start_import

    articles = folder / "incoming"
    articles.mkdir()
    for i, text in enumerate(generate_articles(count, seed=5)):
        (articles / f"{i:05}.txt").write_text(text, encoding="utf-8")
    Store(folder / "import.db", editor="bench").close()
    app = QApplication.instance()
    assert app is not None  # run() made it
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(5)
    thread, _worker = start_import(folder / "import.db", "bench", [str(articles)], None)
    started = time.perf_counter()
    while not thread.isFinished():
        app.processEvents()
        time.sleep(0.001)
    seconds = time.perf_counter() - started
    timer.stop()
    gaps = sorted(b - a for a, b in pairwise(ticks))
    report(f"app while importing {count} articles ({seconds:.1f} s): longest stall "
           f"{gaps[-1] * 1000:.0f} ms, 99th percentile {gaps[int(len(gaps) * 0.99)] * 1000:.0f} ms")


def run(quick: bool = False, report: Callable[[str], None] = print) -> None:
    from annotator.store.bench import FULL, QUICK
    from annotator.ui.app import create_app

    create_app(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="annotator-ui-bench-") as tmp:
        folder = Path(tmp)
        launch(folder, report, 3 if quick else 5)
        large_store(folder, QUICK if quick else FULL, report)
        import_stalls(folder, 60 if quick else 1000, report)
