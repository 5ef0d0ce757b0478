"""PySide6 6.12.0 loses a reference to None on every void Qt call under Python 3.11 and
aborts after a few thousand; the pinned version must survive a long run of them."""

from PySide6.QtWidgets import QWidget


def test_many_void_calls_do_not_crash(qapp):
    widget = QWidget()
    for _ in range(200_000):
        widget.update()
    assert widget.isVisible() is False
