"""Where a window opens on screens of every size (the arithmetic, without a window)."""

import pytest
from PySide6.QtCore import QRect

from annotator.ui.window_layout import first_geometry, fitted


@pytest.mark.parametrize("screen", [QRect(0, 0, 1366, 768), QRect(0, 0, 1600, 1000),
                                    QRect(1920, 24, 1280, 776)])
def test_a_first_window_and_a_restored_one_fit_each_screen(screen):
    first = first_geometry(screen)
    assert screen.contains(first) and first.height() <= screen.height() - 40  # room for a title bar
    too_big = QRect(screen.left() - 50, screen.top() + 300, 3000, 2000)
    assert screen.contains(fitted(too_big, screen))
    assert fitted(first, screen) == first
