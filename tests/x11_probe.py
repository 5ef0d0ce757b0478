"""Runs the real ``annotator`` command on the display it is given, and once a window
manager has framed its window, reports what the screen shows and closes it the way an
editor does (so the layout is saved). Started by ``test_x11_smoke.py``; not a test.

usage: python x11_probe.py REPORT.json SCREENSHOT.png [WxH] -- ANNOTATOR ARGS...
(WxH: the size the editor drags the window to before closing it)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from annotator.cli import main
from annotator.ui.app import create_app
from annotator.ui.main_window import MainWindow

DEADLINE = 60  # seconds for the app to start and the window manager to frame it


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def global_rect(widget, r: QRect) -> list[int]:
    return rect(QRect(widget.mapToGlobal(r.topLeft()), r.size()))


def probe(report: Path, screenshot: Path, resize: list[int], started: float,
          settle: bool = True) -> None:
    window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)
    framed = (window is not None and window.isVisible()
              and window.frameGeometry() != window.geometry() and window.current_claim() is not None)
    # framed is not yet drawn: wait until the window is exposed and focused, as an editor sees it
    ready = framed and window.windowHandle().isExposed() and window.isActiveWindow()
    if not ready and time.monotonic() - started < DEADLINE:
        QTimer.singleShot(50, lambda: probe(report, screenshot, resize, started))
        return
    if ready and settle:
        # one more round of painting after focus arrived (the selection turns its active colour)
        QTimer.singleShot(300, lambda: probe(report, screenshot, resize, started, settle=False))
        return
    result = {"framed": framed, "platform": QApplication.platformName()}
    if window is not None:
        claim = window.current_claim()
        screen = window.screen()
        row = window.table.visualRect(window.table.currentIndex())
        result.update(
            available=rect(screen.availableGeometry()), screen=rect(screen.geometry()),
            frame=rect(window.frameGeometry()), geometry=rect(window.geometry()),
            claim=claim.text if claim else None,
            claim_rect=global_rect(window.view.viewport(), window.view.claim_rect(claim.id)) if claim else None,
            row_rect=global_rect(window.table.viewport(), row),
            highlight=window.table.palette().color(
                QPalette.ColorGroup.Active if window.isActiveWindow() else QPalette.ColorGroup.Inactive,
                QPalette.ColorRole.Highlight).name(),
            device_pixel_ratio=screen.devicePixelRatio())
        # the whole screen as X has it: the window manager's title bar included
        screen.grabWindow(0).save(str(screenshot))
        if resize:
            window.resize(*resize)
        window.close()  # as the editor closes it: the layout is saved
    report.write_text(json.dumps(result), encoding="utf-8")
    QApplication.quit()


if __name__ == "__main__":
    report, screenshot = Path(sys.argv[1]), Path(sys.argv[2])
    end = sys.argv.index("--")
    size = [int(n) for n in sys.argv[3].split("x")] if end > 3 else []
    args = sys.argv[end + 1:]
    create_app(sys.argv[:1])  # the app's own QApplication, made here so the timer can wait on it
    QTimer.singleShot(0, lambda: probe(report, screenshot, size, time.monotonic()))
    sys.exit(main(args))
