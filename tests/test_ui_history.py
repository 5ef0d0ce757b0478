"""History in the editor's language: the states and values a decision changed, who and
when, links too; Edit ▸ Undo names what Ctrl+Z will undo and is greyed out otherwise."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QAction
from ui_support import (
    SEED_000,
    SEED_003,
    claim_named,
    close_window,
    open_window,
    press,
    seeded_store,
)

from annotator.store import Correction
from annotator.ui import app as ui_app
from annotator.ui import operations


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, seeded_store(tmp_path / "h.db"), tmp_path / "s.ini")
    yield win
    close_window(win)


@pytest.fixture
def chinese(qapp):
    ui_app.install_translations(qapp, "zh_CN")
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    ui_app.install_translations(qapp, "en")


def _history(win) -> list[str]:
    return [win.detail.history.item(i).text() for i in range(win.detail.history.count())]


def test_history_says_states_values_who_and_links_in_chinese(qtbot, window, chinese):
    win = window
    claim = claim_named(win, SEED_000, "2215.5亿元")
    other = claim_named(win, SEED_003, "1804列")
    win.open_article(claim.article_id)
    win.select_claim(claim.id)
    win.perform(operations.decide, claim, "confirmed")
    claim = win.store.claim(claim.id)
    win.perform(operations.decide, claim, "corrected", correction=Correction(225150000000, "元"))
    win.perform(operations.link, win.store.claim(claim.id), other.id, "conflict")
    win.select_claim(claim.id)
    lines = _history(win)
    assert len(lines) == 3, lines
    assert "王编辑" in lines[0] and "未核 → 已确认" in lines[0]
    assert "已确认 → 已更正" in lines[1] and "2215.5亿元 → 2251.5亿元" in lines[1]
    assert "矛盾" in lines[2]  # the link, by its relation
    assert lines[0][:4].isdigit() and "T" not in lines[0][:16]  # a date, not an ISO stamp


def test_the_edit_menu_names_what_undo_will_undo_and_greys_out(qtbot, window):
    win = window
    undo = win.findChild(QAction, "claim.undo")
    assert not undo.isEnabled()
    claim = claim_named(win, SEED_000, "2215.5亿元")
    win.open_article(claim.article_id)
    win.select_claim(claim.id)
    press(qtbot, win.table, Qt.Key.Key_C)
    assert undo.isEnabled()
    assert undo.text() == "Undo “2215.5亿元” Unchecked → Confirmed"
    press(qtbot, win.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not undo.isEnabled()
    redo = win.findChild(QAction, "claim.redo")
    assert redo.isEnabled() and "2215.5亿元" in redo.text()
