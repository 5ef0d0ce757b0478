"""The window's size and layout: it opens within the screen's available area (a 1366×768
laptop included, title bar and taskbar counted), and reopens as the editor left it.

The window manager adds its frame only after the window is shown, so the window is
fitted before, with room for a frame (``FRAME``): no event reliably says when a frame
arrives, and a window that jumps after it appears is worse than one a little smaller."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMargins, QRect, QSettings, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter

PREFERRED = QSize(1480, 920)  # enough for three panes and the review dock
SCREEN_SHARE = 0.92           # of the available area, leaving room for the frame
# Room for a window manager's frame: title bars run 20 (openbox) to 37 (GNOME) pixels.
FRAME = QMargins(8, 48, 8, 8)


def first_geometry(available: QRect) -> QRect:
    """Where a window opens the first time: the preferred size, or less, centred, with
    room for its frame."""
    size = PREFERRED.boundedTo(QSize(int(available.width() * SCREEN_SHARE),
                                     int(available.height() * SCREEN_SHARE)))
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return fitted(rect, available - FRAME)


def fitted(frame: QRect, available: QRect) -> QRect:
    """``frame`` moved, and shrunk if need be, to lie within ``available``."""
    size = frame.size().boundedTo(available.size())
    left = min(max(frame.left(), available.left()), available.right() - size.width() + 1)
    top = min(max(frame.top(), available.top()), available.bottom() - size.height() + 1)
    return QRect(left, top, size.width(), size.height())


def keep_on_screen(window: QMainWindow) -> None:
    """Move and shrink the window so its frame (title bar included) is on its screen."""
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    available, frame = screen.availableGeometry(), window.frameGeometry()
    if available.contains(frame):
        return
    target = fitted(frame, available)
    margins = frame.size() - window.geometry().size()  # the frame's title bar and borders
    window.resize(target.size() - margins)
    window.move(target.topLeft())


def restore(window: QMainWindow, settings: QSettings, splitters: list[QSplitter]) -> None:
    """The saved layout, or the first one; either way within the screen, frame included
    (a layout saved on a larger monitor shrinks to this one)."""
    geometry = settings.value("window/geometry")
    screen = window.screen()
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    if screen is not None:
        available = screen.availableGeometry()
        if not restored:
            window.setGeometry(first_geometry(available))
        elif not window.isMaximized() and not window.isFullScreen():
            window.setGeometry(fitted(window.geometry(), available - FRAME))
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    for splitter in splitters:
        sizes = settings.value(f"window/{splitter.objectName()}")
        if isinstance(sizes, QByteArray):
            splitter.restoreState(sizes)


def save(window: QMainWindow, settings: QSettings, splitters: list[QSplitter]) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    for splitter in splitters:
        settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
