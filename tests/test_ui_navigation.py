"""The desk keeps the editor's place: after a jump through a link, an undo or redo of a
link, a Delete, and a change another window made."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialogButtonBox
from ui_support import (
    SEED_000,
    SEED_003,
    article_named,
    claim_named,
    close_window,
    open_window,
    press,
    seeded_store,
    when_dialog_opens,
)

from annotator.store import Store
from annotator.ui.dialogs import LinkDialog

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def store_path(tmp_path):
    return seeded_store(tmp_path / "nav.db")


@pytest.fixture
def window(qtbot, store_path, tmp_path):
    win = open_window(qtbot, store_path, tmp_path / "s.ini")
    yield win
    close_window(win)


def on_screen(win, widget, point: QPoint) -> QColor:
    """The colour at ``point`` of ``widget`` as the screen shows it now (what was last
    painted, not a fresh rendering); invalid until the window is first painted."""
    image = win.screen().grabWindow(win.winId()).toImage()
    at = widget.mapTo(win, point)
    return image.pixelColor(at) if image.rect().contains(at) else QColor()


def test_a_jump_through_a_link_shows_its_article_as_current_in_the_list(qtbot, store_path, tmp_path):
    with Store(store_path, editor="王编辑") as store:
        here = next(c for c in store.claims(1) if c.text == "2215.5亿元")
        there = next(c for c in store.claims(4) if c.text == "1804列")
        store.link([here.id, there.id], "related")
    win = open_window(qtbot, store_path, tmp_path / "s.ini")
    table = win.articles.table
    highlight = table.palette().color(QPalette.ColorRole.Highlight)

    def painted_as_current(article_id: int) -> bool:
        row = win.articles.proxy.mapFromSource(
            win.articles.model.index(win.articles.model.row_of(article_id), 0))
        rect = table.visualRect(row)
        return on_screen(win, table.viewport(), rect.topLeft() + QPoint(2, rect.height() // 2)) == highlight

    win.select_claim(here.id)
    qtbot.waitUntil(lambda: win.detail.links.count() == 1 and painted_as_current(here.article_id))
    win.detail.links.itemActivated.emit(win.detail.links.item(0))  # as a double-click does
    assert win.article.id == there.article_id and win.current_claim().id == there.id
    qtbot.waitUntil(lambda: painted_as_current(there.article_id), timeout=500)
    assert not painted_as_current(here.article_id)
    close_window(win)


def link_by_key(qtbot, win, query: str) -> None:
    def choose(dialog: LinkDialog):
        dialog.search.query.setText(query)
        dialog.search.hits.setCurrentRow(0)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(qtbot, LinkDialog, choose)
    press(qtbot, win.table, Qt.Key.Key_L)


def test_undo_and_redo_of_a_link_land_at_the_linked_claim(qtbot, window):
    win = window
    share = claim_named(win, SEED_003, "40%")
    win.open_article(share.article_id)
    win.select_claim(share.id)
    link_by_key(qtbot, win, "2215.5")
    members = set(win.store.links(claim_id=share.id)[0].members)

    # From an article without either claim: at one of them, in its article.
    win.open_article(next(a.id for a in win.store.articles() if a.name.startswith("002_")))
    press(qtbot, win.table, Qt.Key.Key_Z, CTRL)
    assert win.store.links(claim_id=share.id) == []
    landed = win.current_claim()
    assert landed.id in members and win.article.id == landed.article_id
    # From the claim's own article, a few rows away: back at the claim, not at the top.
    win.open_article(share.article_id)
    press(qtbot, win.table, Qt.Key.Key_J)
    press(qtbot, win.table, Qt.Key.Key_J)
    press(qtbot, win.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(win.store.links(claim_id=share.id)) == 1
    assert win.current_claim().id == share.id
    assert win.view.textCursor().block().text().find("40%") >= 0  # the text shows it too


def test_delete_shows_the_claim_that_takes_the_deleted_ones_place(qtbot, window):
    win = window
    article = article_named(win, SEED_000)
    text = win.store.article(article).text
    start = text.index("10大类")
    added = win.store.add_claim(article, start, start + 4, value=10, unit="类")
    win.open_article(article)  # as it is now, with the added claim
    win.select_claim(added.id)
    assert "10大类" in win.detail.sentence.text()
    press(qtbot, win.table, Qt.Key.Key_Delete)
    now = win.current_claim()
    assert now is not None and now.id != added.id
    assert f"<b><u>{now.text}</u></b>" in win.detail.sentence.text()
    assert "<b><u>10大类</u></b>" not in win.detail.sentence.text()


def test_a_live_refresh_leaves_the_article_where_the_editor_scrolled_it(qtbot, window, store_path):
    win = window
    bar = win.view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # reading the end of the article
    last = win.claims.claim_at(win.claims.rowCount() - 1)
    with Store(store_path, editor="李编辑") as colleague:  # another window decides a claim
        colleague.decide(last.id, last.version, "confirmed")
    qtbot.waitUntil(lambda: win.claims.claim_at(win.claims.row_of(last.id)).status == "confirmed",
                    timeout=5000)
    assert bar.value() == bar.maximum()
