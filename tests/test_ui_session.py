"""A whole editing session driven through the real widgets, checking widgets and store."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from ui_support import (
    article_named,
    close_window,
    open_window,
    press,
    seeded_store,
    when_dialog_opens,
)

from annotator.store import Store
from annotator.ui import operations
from annotator.ui.claims_model import COLUMNS, ClaimRole
from annotator.ui.dialogs import AddClaimDialog, CorrectDialog, LinkDialog, SearchDialog


@pytest.fixture
def store_path(tmp_path) -> Path:
    return seeded_store(tmp_path / "session.db")


@pytest.fixture
def window(qtbot, store_path, tmp_path):
    win = open_window(qtbot, store_path, tmp_path / "settings.ini")
    win.resize(1366, 740)
    yield win
    close_window(win)


def fresh(store_path) -> Store:
    """A second connection: what another window, or a restart, would read."""
    return Store(store_path, editor="checker")


def current(win):
    return win.current_claim()


def test_a_whole_session(qtbot, window, store_path):
    win = window
    # The seeds are listed and the first article is open with its claims.
    assert win.articles.model.rowCount() == 5
    assert win.article is not None
    first_claims = win.claims.rowCount()
    assert first_claims > 10
    assert len(win.view.extraSelections()) == first_claims

    # Open an article by clicking it in the list.
    target = article_named(win, "003")
    row = win.articles.proxy.mapFromSource(win.articles.model.index(win.articles.model.row_of(target), 0))
    qtbot.mouseClick(win.articles.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.articles.table.visualRect(row).center())
    assert win.article.id == target
    assert current(win).text == "1804列"

    # Move by keyboard: J down twice, K up once.
    press(qtbot, win.table, Qt.Key.Key_J)
    press(qtbot, win.table, Qt.Key.Key_J)
    press(qtbot, win.table, Qt.Key.Key_K)
    second = current(win)
    assert second.text == "40%"

    # Confirm with C: stored, shown, and the cursor moves on.
    press(qtbot, win.table, Qt.Key.Key_C)
    with fresh(store_path) as other:
        confirmed = other.claim(second.id)
        assert (confirmed.status, confirmed.decided_by) == ("confirmed", "王编辑")
    assert win.claims.claim_at(win.claims.row_of(second.id)).status == "confirmed"
    assert current(win).text == "第一"
    assert "1/" in win.articles.model.index(win.articles.model.row_of(target), 3).data()

    # Reject with X.
    rank = current(win)
    press(qtbot, win.table, Qt.Key.Key_X)
    assert win.store.claim(rank.id).status == "rejected"

    # Correct with E: an invalid value is explained in place, then a valid one is saved.
    press(qtbot, win.table, Qt.Key.Key_K)
    press(qtbot, win.table, Qt.Key.Key_K)
    press(qtbot, win.table, Qt.Key.Key_K)
    to_fix = current(win)
    assert to_fix.text == "1804列"
    seen = {}

    def fill(dialog: CorrectDialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.value.setText("18o4")
        seen["error"], seen["ok_enabled"] = dialog.error.text(), ok.isEnabled()
        dialog.value.setText("1840")
        dialog.note.setPlainText("据市交通局通报")
        dialog.evidence.setText("https://example.org/report")
        seen["ok_after"] = ok.isEnabled()
        ok.click()

    when_dialog_opens(qtbot, CorrectDialog, fill)
    press(qtbot, win.table, Qt.Key.Key_E)
    assert "18o4" in seen["error"] and seen["ok_enabled"] is False and seen["ok_after"] is True
    fixed = win.store.claim(to_fix.id)
    assert (fixed.status, fixed.corrected_value, fixed.corrected_unit) == ("corrected", 1840, "列")
    assert fixed.note == "据市交通局通报" and fixed.evidence == "https://example.org/report"
    assert "→ 1840列" in win.claims.index(win.claims.row_of(to_fix.id), 1).data()

    # Add a missed claim from a selection in the article view.
    text = win.article.text
    start = text.index("13+2")
    win.view.select_text(start, start + 4)
    assert win.view.textCursor().selectedText() == "13+2"

    def give_value(dialog: AddClaimDialog):
        dialog.value.setText("15")
        dialog.fields.unit.setText("个")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(qtbot, AddClaimDialog, give_value)
    press(qtbot, win.view, Qt.Key.Key_A)
    added = current(win)
    assert (added.text, added.origin, added.value, added.unit) == ("13+2", "editor", 15, "个")
    assert win.claims.rowCount() == first_claims_of(win, target)
    # ... and delete it again; an extracted claim cannot be deleted, only rejected
    press(qtbot, win.table, Qt.Key.Key_Delete)
    assert all(c.id != added.id for c in win.store.claims(target))
    assert win.claims.row_of(added.id) is None
    press(qtbot, win.table, Qt.Key.Key_Delete)
    assert len(win.store.claims(target)) == win.claims.rowCount()
    press(qtbot, win.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the delete
    assert any(c.id == added.id for c in win.store.claims(target))

    # Link the corrected claim to a claim in another article.
    win.select_claim(to_fix.id)

    def choose(dialog: LinkDialog):
        dialog.search.query.setText("2215.5")
        dialog.search.hits.setCurrentRow(0)
        dialog.relation.setCurrentIndex(dialog.relation.findData("related"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(qtbot, LinkDialog, choose)
    press(qtbot, win.table, Qt.Key.Key_L)
    links = win.store.links(claim_id=to_fix.id)
    assert len(links) == 1 and links[0].relation == "related"
    other_id = next(m for m in links[0].members if m != to_fix.id)
    assert win.store.claim(other_id).article_id != target
    assert win.claims.index(win.claims.row_of(to_fix.id), COLUMNS.index("links")).data() == "1"
    assert win.detail.links.count() == 1

    # Undo and redo across an article switch: confirm in another article, come back,
    # undo twice (the second undo is back in that other article), redo once.
    elsewhere = article_named(win, "000")
    win.open_article(elsewhere)
    far = current(win)
    press(qtbot, win.table, Qt.Key.Key_C)
    assert win.store.claim(far.id).status == "confirmed"
    win.open_article(target)
    press(qtbot, win.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # the confirm in 000
    assert win.article.id == elsewhere
    assert win.store.claim(far.id).status == "unchecked"
    assert win.claims.claim_at(win.claims.row_of(far.id)).status == "unchecked"
    press(qtbot, win.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # the link
    assert win.store.links(claim_id=to_fix.id) == []
    press(qtbot, win.table, Qt.Key.Key_Z,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(win.store.links(claim_id=to_fix.id)) == 1
    with fresh(store_path) as other:  # it is all in the store: a restart sees the same
        assert other.claim(far.id).status == "unchecked"
        assert len(other.links(claim_id=to_fix.id)) == 1

    # Search everything (Ctrl+F): a one-character query finds its article and jumps there.
    def search(dialog: SearchDialog):
        dialog.search.query.setText("渝")
        assert dialog.search.hits.count() > 0
        dialog.search.hits.setCurrentRow(0)
        seen["hit"] = dialog.search.current()
        dialog.search.hits.itemActivated.emit(dialog.search.hits.item(0))

    when_dialog_opens(qtbot, SearchDialog, search)
    press(qtbot, win.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.article.id == seen["hit"].article_id

    # Filter by state and by text.
    win.open_article(target)
    win.state_filter.setCurrentIndex(win.state_filter.findData("corrected"))
    assert win.claims_filter.rowCount() == 1
    assert win.claims_filter.index(0, 0).data(ClaimRole).id == to_fix.id
    win.state_filter.setCurrentIndex(0)
    qtbot.keyClicks(win.text_filter, "%")
    shown = [win.claims_filter.index(r, 0).data() for r in range(win.claims_filter.rowCount())]
    assert shown and all("%" in s for s in shown)
    # Typing in a text field never triggers a single-key shortcut.
    statuses = [c.status for c in win.store.claims(target)]
    qtbot.keyClicks(win.text_filter, "cx")
    assert win.text_filter.text() == "%cx"
    assert [c.status for c in win.store.claims(target)] == statuses


def first_claims_of(win, article_id: int) -> int:
    return len(win.store.claims(article_id))


def test_a_colleagues_change_is_shown_and_never_overwritten(qtbot, window, store_path):
    win = window
    claim = current(win)
    with fresh(store_path) as colleague:
        colleague.decide(claim.id, colleague.claim(claim.id).version, "rejected")
    # The window learns of it by itself ...
    qtbot.waitUntil(lambda: win.claims.claim_at(win.claims.row_of(claim.id)).status == "rejected",
                    timeout=5000)
    # ... and a decision made on the old version is refused, with a message.
    stale = claim
    messages = []

    def dismiss(box: QMessageBox):
        messages.append(box.text())
        box.close()

    when_dialog_opens(qtbot, QMessageBox, dismiss)
    win.perform(operations.decide, stale, "confirmed")
    assert messages and "changed" in messages[0].lower()
    assert win.store.claim(claim.id).status == "rejected"
