"""``annotator --self-test``: prove that this installation (or bundle) works.

Starts the app on a temporary store, imports the bundled seeds, opens the first article,
renders the window, and checks that claims were found and highlighted in their colour.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor

from annotator.paths import seed_files
from annotator.store import Store
from annotator.ui import theme
from annotator.ui.app import create_app, install_translations


class SelfTestFailure(Exception):
    pass


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


def self_test() -> int:
    from annotator.ui.main_window import MainWindow

    # Nothing is shown, so no display is needed: a machine without one must pass too.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(sys.argv[:1])
        install_translations(app, "zh_CN")
        try:
            with Store(Path(tmp) / "self-test.db", editor="self-test") as store:
                results = store.import_paths(seed_files())
                failed = [r for r in results if r.status == "failed"]
                _check(len(results) >= 1 and not failed, f"importing the seeds failed: {failed}")
                config = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
                window = MainWindow(store, config)
                window.show()
                app.processEvents()
                summary = _check_window(window)
                window.close()
        except (SelfTestFailure, Exception) as exc:  # any failure is the answer, not a crash
            print(f"annotator self-test failed: {exc}", file=sys.stderr)
            return 1
    print(f"annotator self-test passed: {len(results)} articles imported; {summary}")
    return 0


def _check_window(window) -> str:
    _check(window.article is not None, "no article opened")
    claims = window.claims.claims()
    _check(len(claims) > 0, f"no claims found in {window.article.name}")
    _check(len(window.view.extraSelections()) == len(claims), "claims are not all highlighted")
    image = window.grab().toImage()
    _check(not image.isNull() and image.width() > 0, "the window did not render")
    first = claims[0]
    rect = window.view.claim_rect(first.id)
    pixel = window.view.viewport().grab(rect).toImage().pixelColor(rect.width() // 2, 1)
    expected = QColor(theme.look(window.claims.state_of(first)).background)
    _check(_close(pixel, expected), f"claim {first.text} is drawn {pixel.name()}, not {expected.name()}")
    return f"“{window.article.title}” shows {len(claims)} highlighted claims"


def _close(a: QColor, b: QColor, tolerance: int = 24) -> bool:
    return all(abs(x - y) <= tolerance
               for x, y in zip((a.red(), a.green(), a.blue()), (b.red(), b.green(), b.blue())))
