"""Undo in the window never sticks: after an import (and the finder run that follows
it), after a colleague's change, and after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from ui_support import (
    SEED_000,
    article_named,
    close_window,
    open_window,
    press,
    seeded_store,
)

from annotator.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier
CLASH = "今年一季度，重庆外贸进出口总值达2251.5亿元，同比增长34.3%。"  # 2215.5 in seed 000


class MessageBoxes:
    """Every message box that opens, closed at once and remembered."""

    def __init__(self):
        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._look)
        self._timer.start(10)

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.seen.append(f"{box.windowTitle()}: {box.text()}")
            box.close()


@pytest.fixture
def boxes():
    watch = MessageBoxes()
    yield watch
    watch._timer.stop()


def import_by_menu(qtbot, win, monkeypatch, path) -> None:
    """File › Import files… (Ctrl+I), the file chosen in the dialog; the finder runs after."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    press(qtbot, win.table, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: path.name in names_listed(win), timeout=20000)
    qtbot.waitUntil(lambda: suggested_in(win, path.name), timeout=20000)


def names_listed(win) -> list[str]:
    return [a.name for a in win.articles.model.rows()]


def suggested_in(win, name: str) -> bool:
    """Whether the review panel lists a suggestion touching the article ``name``."""
    panel = win.conflicts
    links = [panel.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.list.count())]
    try:
        article_id = win.store.article_id(name)
    except Exception:
        return False
    return any(win.store.claim(m).article_id == article_id for link in links for m in link.members)


def test_import_then_undo_repeatedly_and_after_a_restart(qtbot, tmp_path, monkeypatch, boxes):
    path = seeded_store(tmp_path / "undo.db")
    win = open_window(qtbot, path, tmp_path / "s.ini")
    confirmed = win.current_claim()
    press(qtbot, win.table, Qt.Key.Key_C)
    first = tmp_path / "快讯一.txt"
    first.write_text(CLASH, encoding="utf-8")
    import_by_menu(qtbot, win, monkeypatch, first)

    press(qtbot, win.table, Qt.Key.Key_Z, CTRL)  # the import, though the finder linked it since
    qtbot.waitUntil(lambda: first.name not in names_listed(win), timeout=5000)
    assert not suggested_in(win, first.name)
    press(qtbot, win.table, Qt.Key.Key_Z, CTRL)  # and on to the confirmation before it
    assert win.store.claim(confirmed.id).status == "unchecked"
    assert win.current_claim().id == confirmed.id and win.current_claim().status == "unchecked"
    close_window(win)

    win = open_window(qtbot, path, tmp_path / "s.ini")  # a restart
    second = tmp_path / "快讯二.txt"
    second.write_text(CLASH.replace("同比", "比上年同期"), encoding="utf-8")
    import_by_menu(qtbot, win, monkeypatch, second)
    press(qtbot, win.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: second.name not in names_listed(win), timeout=5000)
    # nothing of this editor's is left: Edit ▸ Undo is greyed out, and Ctrl+Z does nothing
    assert not win.findChild(QAction, "claim.undo").isEnabled()
    press(qtbot, win.table, Qt.Key.Key_Z, CTRL)
    assert boxes.seen == []
    close_window(win)


def test_undo_skips_what_a_colleague_changed_since_and_goes_on(qtbot, tmp_path, boxes):
    path = seeded_store(tmp_path / "skip.db")
    win = open_window(qtbot, path, tmp_path / "s.ini")
    earlier = win.current_claim()
    press(qtbot, win.table, Qt.Key.Key_C)
    later = win.current_claim()
    press(qtbot, win.table, Qt.Key.Key_X)
    with Store(path, editor="李编辑") as colleague:
        colleague.decide(later.id, colleague.claim(later.id).version, "confirmed")

    press(qtbot, win.table, Qt.Key.Key_Z, CTRL)
    assert boxes.seen == []
    assert "“" in win.statusBar().currentMessage()  # says what it skipped, and why
    assert win.store.claim(later.id).status == "confirmed"  # the colleague's, kept
    press(qtbot, win.table, Qt.Key.Key_Z, CTRL)  # not stuck: the action before it
    assert win.store.claim(earlier.id).status == "unchecked"
    assert win.current_claim().id == earlier.id
    assert article_named(win, SEED_000) == win.article.id
    close_window(win)
