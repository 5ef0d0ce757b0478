"""The window rendered offscreen with a CJK font: a claim's pixels carry its state colour."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFontDatabase

from annotator.paths import seed_files
from annotator.store import Store
from annotator.ui import theme
from annotator.ui.main_window import MainWindow

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def colour_inside(win, claim_id) -> QColor:
    rect = win.view.claim_rect(claim_id)
    image = win.view.viewport().grab().toImage()
    # the middle of the claim's first character, left of the glyph's strokes
    return image.pixelColor(rect.left() + 1, rect.center().y())


def close(a: QColor, b: QColor) -> bool:
    return all(abs(x - y) <= 12 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_claim_pixels_carry_the_state_colour(qtbot, tmp_path):
    assert any("CJK" in f or "WenQuanYi" in f or "Hei" in f for f in QFontDatabase.families()), \
        "no CJK font installed: Chinese would render as boxes"
    store = Store(tmp_path / "render.db", editor="renderer")
    store.import_paths(seed_files())
    win = MainWindow(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.resize(1400, 860)  # larger than the offscreen screen: room for the text
    claim = win.claims.claim_at(2)  # not the selected one, whose text is drawn bold
    assert close(colour_inside(win, claim.id), QColor(theme.look("unchecked").background))

    win.select_claim(claim.id)
    win.claim_handlers.confirm()
    qtbot.waitUntil(lambda: close(colour_inside(win, claim.id),
                                  QColor(theme.look("confirmed").background)), timeout=2000)
    win.select_claim(claim.id)
    win.claim_handlers.reject()
    qtbot.waitUntil(lambda: close(colour_inside(win, claim.id),
                                  QColor(theme.look("rejected").background)), timeout=2000)
    ARTIFACTS.mkdir(exist_ok=True)
    assert win.grab().save(str(ARTIFACTS / "main-window.png"))
    win.close()
    store.close()


@pytest.mark.parametrize("state", list(theme.LOOKS))
def test_each_state_differs_in_more_than_colour(state):
    others = [s for s in theme.LOOKS if s != state]
    mine = theme.look(state)
    assert all((mine.underline, mine.strike) != (theme.look(o).underline, theme.look(o).strike)
               for o in others)
