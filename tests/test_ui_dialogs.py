"""The dialogs as the editor meets them: typing goes into the text field, Tab moves on,
nothing is red before anything is typed, and an added claim gets the value typed."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_support import (
    SEED_000,
    article_named,
    close_window,
    open_window,
    press,
    seeded_store,
    when_dialog_opens,
)

from annotator.ui.dialogs import AddClaimDialog, CorrectDialog, LinkDialog, NoteDialog, PasteDialog


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, seeded_store(tmp_path / "dialogs.db"), tmp_path / "s.ini")
    yield win
    close_window(win)


def typed_into(qtbot, kind, key, win, text: str, then=None) -> dict:
    """Open a dialog by its key, type ``text`` where the focus is, note what happened."""
    seen = {}

    def handle(dialog):
        focus = dialog.focusWidget()  # where the dialog puts typing when it is active
        seen["focus"] = focus.objectName() if focus else None
        seen["error"] = dialog.error.text()
        if focus is not None:  # nothing here may raise: the dialog must close
            qtbot.keyClicks(focus, text)
            if then:
                then(dialog, seen)
        dialog.reject()

    when_dialog_opens(qtbot, kind, handle)
    press(qtbot, win.table, key)
    return seen


def test_note_opens_with_the_typing_in_the_note_and_tab_moves_on(qtbot, window):
    def tab(dialog, seen):
        seen["note"] = dialog.note.toPlainText()
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen["after_tab"] = dialog.focusWidget().objectName()
        seen["note_after_tab"] = dialog.note.toPlainText()

    seen = typed_into(qtbot, NoteDialog, Qt.Key.Key_N, window, "see report", tab)
    assert seen["focus"] == "note" and seen["note"] == "see report"
    assert seen["after_tab"] == "evidence" and seen["note_after_tab"] == "see report"


def test_link_opens_with_the_typing_in_the_search(qtbot, window):
    seen = typed_into(qtbot, LinkDialog, Qt.Key.Key_L, window, "2215",
                      lambda dialog, seen: seen.update(hits=dialog.search.hits.count()))
    assert seen["focus"] == "query" and seen["hits"] > 0


def test_correct_opens_without_an_error_and_explains_a_bad_value(qtbot, window):
    def bad_value(dialog, seen):
        seen["ok_empty"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        seen["error_typed"] = dialog.error.text()

    seen = typed_into(qtbot, CorrectDialog, Qt.Key.Key_E, window, "5o", bad_value)
    assert seen["focus"] == "value" and seen["error"] == ""
    assert "5o" in seen["error_typed"] and not seen["ok_empty"]


def test_paste_tab_moves_from_the_name_to_the_text(qtbot, window):
    dialog = PasteDialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.name.hasFocus)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
    assert dialog.text.toPlainText() == "" and not dialog.text.hasFocus()
    assert dialog.error.text() == ""
    dialog.reject()


def test_an_added_claim_gets_the_value_typed_and_is_no_correction(qtbot, window):
    win = window
    article = article_named(win, SEED_000)
    win.open_article(article)
    start = win.article.text.index("10大类")
    win.view.select_text(start, start + 4)

    def give_value(dialog: AddClaimDialog):
        assert dialog.focusWidget() is dialog.value and dialog.error.text() == ""
        qtbot.keyClicks(dialog.value, "10")
        dialog.fields.unit.setText("类")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(qtbot, AddClaimDialog, give_value)
    press(qtbot, win.view, Qt.Key.Key_A)
    added = win.current_claim()
    assert (added.text, added.value, added.unit, added.status) == ("10大类", 10, "类", "unchecked")
    assert added.correction is None
    row = win.claims_filter.mapFromSource(win.claims.index(win.claims.row_of(added.id), 1))
    assert row.data() == "10类"
    report = io.StringIO()
    win.store.export("md", report)
    assert "10大类" not in report.getvalue()  # the correction report lists corrections only
